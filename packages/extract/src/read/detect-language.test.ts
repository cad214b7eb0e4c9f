import { detectBlockLanguages, detectLanguage } from './detect-language.js';
import type { Block } from './types.js';

describe('detectLanguage', () => {
  const table: [string, string][] = [
    ['en', 'The company has bought its rival for 2 billion euros, the chief executive said on Monday.'],
    ['nl', 'Het bedrijf heeft de concurrent voor 2 miljard euro overgenomen, zo meldde de topman maandag.'],
    ['da', 'Selskabet har købt konkurrenten for 2 milliarder kroner, og det er ikke første gang. Det siger direktøren.'],
    ['no', 'Selskapet har kjøpt konkurrenten for 2 milliarder kroner, og det er ikke første gang. Det sier direktøren.'],
    ['no', 'Selskapet har ikkje kjøpt noen konkurrent etter at det ble solgt av eierne i fjor.'],
    ['da', 'Virksomheden er blevet købt af en konkurrent, efter at den blev sat til salg sidste år.'],
    ['de', 'Das Unternehmen hat den Konkurrenten für 2 Milliarden Euro gekauft, teilte der Vorstand am Montag mit.'],
    ['sv', 'Bolaget har köpt konkurrenten för 2 miljarder kronor och det är inte första gången, säger vd:n.'],
    ['fr', "L'entreprise a racheté son concurrent pour 2 milliards d'euros, a annoncé lundi le directeur général."],
    ['es', 'La empresa ha comprado a su rival por 2.000 millones de euros, según dijo el lunes el consejero delegado.'],
    ['it', "L'azienda ha acquistato il concorrente per 2 miliardi di euro, ha detto lunedì l'amministratore delegato."],
    ['fi', 'Yhtiö on ostanut kilpailijansa kahdella miljardilla eurolla, kertoi toimitusjohtaja maanantaina.'],
    ['pl', 'Spółka kupiła konkurenta za 2 miliardy euro, poinformował w poniedziałek prezes zarządu.'],
    ['de', 'SAP übernimmt Qualtrics für 8 Milliarden Dollar'],
    ['sv', 'Hon lämnar posten som vd med omedelbar verkan. Hennes efterträdare blir en man som hittills har lett varumärket inom koncernen.'],
    ['de', 'Siemens kauft Mentor Graphics für 4,5 Milliarden Dollar.'],
  ];
  test.each(table)('%s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  const undetermined: string[] = ['', 'Hi', '   \n  ', '1,3 mia.', '2016'];
  test.each(undetermined)('%j is too short to tell', (text) => {
    expect(detectLanguage(text)).toBe('und');
  });

  test('long blocks get their own language, short ones the document language', () => {
    const b = (text: string): Block => ({ text, start: 0, end: text.length, kind: 'body' });
    const blocks = [
      b('Selskabet har købt konkurrenten for 2 milliarder kroner, og det er ikke første gang, at selskabet køber op. Det siger direktøren til avisen i dag, efter at handlen er faldet på plads.'),
      b('Read more'),
      b('The company has bought its rival for two billion kroner, the chief executive told the newspaper on Monday, and it is not the first time that the company has done so.'),
    ];
    expect(detectBlockLanguages(blocks, 'da')).toEqual(['da', 'da', 'en']);
  });
});
