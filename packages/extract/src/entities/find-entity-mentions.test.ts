import { describe, expect, test } from '@jest/globals';
import { findEntityMentions, type DocumentWords } from './find-entity-mentions.js';

/** The names found in one English sentence, with the page's lower-case words given. */
function namesIn(text: string, lowercase: string[]): string[] {
  const words: DocumentWords = { lowercase: new Set(lowercase), capitalisedInside: new Set() };
  return findEntityMentions({ text, start: 0, end: text.length, block: 0, lang: 'en', isTitle: false }, 0, words).map((mention) => mention.name);
}

describe('findEntityMentions: a word the page also writes in lower case', () => {
  test('goes on a name of two words inside a sentence', () => {
    expect(namesIn('Comcast has abandoned its takeover of Time Warner Cable, bringing an attempt to end.', ['cable'])).toContain('Time Warner Cable');
  });

  test('is cut from a headline in title case, where capitals say nothing', () => {
    expect(namesIn('The Rise of the Whole Foods Rivals Continues', ['rise', 'rivals', 'continues'])).toEqual(['Whole Foods']);
  });
});

describe('findEntityMentions: where a company is from is no name', () => {
  test.each([
    ["Just Eat rejected a takeover offer from South Africa's Prosus.", ['Just Eat', 'Prosus']],
    ['Prosus was spun off from South African conglomerate Naspers.', ['Prosus', 'Naspers']],
    ['Heineken bought African brewer Distell.', ['Heineken', 'Distell']],
    ["New Zealand's Fonterra has held a stake in Beingmate.", ['Fonterra', 'Beingmate']],
  ])('%s', (text, names) => {
    expect(namesIn(text, [])).toEqual(names);
  });
});

describe('findEntityMentions: German nouns of counting and sentence-opening adverbs', () => {
  const germanNames = (text: string) =>
    findEntityMentions({ text, start: 0, end: text.length, block: 0, lang: 'de', isTitle: false }, 0, { lowercase: new Set(), capitalisedInside: new Set() }).map((mention) => mention.name);

  test.each([
    ['staff counted', 'Orvik mit weltweit 21 000 Beschäftigten hatte das Unternehmen im Mai gekauft.', 'Beschäftigten'],
    ['a pronominal adverb opening the sentence', 'Dahinter folgte das Geschäft von Orvik.', 'Dahinter'],
    ['deals counted', 'Der Goodwill aus Fusionen und Akquisitionen ist ein einmaliger Effekt.', 'Fusionen'],
  ])('%s', (_name, text, noun) => {
    expect(germanNames(text)).not.toContain(noun);
  });
});

describe('findEntityMentions: a genitive before a name glued to a deal noun', () => {
  const names = (text: string, lang: string) =>
    findEntityMentions({ text, start: 0, end: text.length, block: 0, lang, isTitle: false }, 0, { lowercase: new Set(), capitalisedInside: new Set() }).map((mention) => mention.name);

  test.each([
    ['da', 'Kursen steg efter Harwicks Selvane-opkøb i januar.', ['Harwick', 'Selvane']],
    ['no', 'Grønt lys for VTRs Selvane-oppkjøp.', ['VTR', 'Selvane']],
    ['de', 'Die Aktie litt unter Harwicks Selvane-Übernahme.', ['Harwick', 'Selvane']],
  ])('%s: %s', (lang, text, expected) => {
    expect(names(text, lang)).toEqual(expected);
  });
});

describe('findEntityMentions: a name glued to a kind of company', () => {
  /** Names in one sentence, with the capitalised words the rest of the page writes on their own. */
  const names = (text: string, lang: string, alone: string[]) =>
    findEntityMentions({ text, start: 0, end: text.length, block: 0, lang, isTitle: false }, 0, { lowercase: new Set(), capitalisedInside: new Set(), capitalisedAlone: new Set(alone) }).map((mention) => mention.name);

  test.each([
    ['de', 'Im Frühjahr hat die Harwick-Gruppe den Händler Selvane gekauft.', ['Harwick'], ['Harwick', 'Selvane']],
    ['de', 'Der Orvik-Konzern verkauft seine Sparte an Selvane.', ['Orvik'], ['Orvik', 'Selvane']],
    ['da', 'Derfor køber Harwick-koncernen nu Selvane.', ['Harwick'], ['Harwick', 'Selvane']],
  ])('names the company where the page also writes it alone (%s: %s)', (lang, text, alone, expected) => {
    expect(names(text, lang, alone)).toEqual(expected);
  });

  test.each([
    ['a German kind of business', 'de', 'Der Pharma-Konzern kauft die Selvane AG.', [], ['Selvane AG']],
    ['a name the page never writes alone keeps its kind', 'de', 'Der Plan einer Fusion mit der Luxemburger Orvik-Gruppe ist vom Tisch.', [], ['Orvik-Gruppe']],
    ['a compound describing the name after it', 'da', 'Aktierne blev solgt til Harwick-konkurrenten Selvane.', ['Harwick'], ['Selvane']],
    ['an English product glued to its maker', 'en', 'The deal between the Vantor-maker and Selvane closed.', ['Vantor'], ['Selvane']],
  ])('%s', (_name, lang, text, alone, expected) => {
    expect(names(text, lang, alone)).toEqual(expected);
  });
});

describe('findEntityMentions: numbers and initials that name nothing', () => {
  const names = (text: string, lang: string) =>
    findEntityMentions({ text, start: 0, end: text.length, block: 0, lang, isTitle: false }, 0, { lowercase: new Set(), capitalisedInside: new Set() }).map((mention) => `${mention.type}:${mention.name}`);

  test.each([
    ['a day after an English month on a German page', 'de', 'Ein Foto vom Sitz der Orvik Bank in Wien, May 23, 2018.', ['COMPANY:Orvik Bank']],
    ["a person's initials in parentheses", 'da', 'Henriette Lund (HL) er adm. direktør i Selvane.', ['PERSON:Henriette Lund', 'COMPANY:Selvane']],
  ])('%s', (_name, lang, text, expected) => {
    expect(names(text, lang)).toEqual(expected);
  });
});
