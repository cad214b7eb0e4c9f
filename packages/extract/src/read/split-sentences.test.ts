import fc from 'fast-check';
import { splitSentences } from './split-sentences.js';
import type { Block } from './types.js';

const block = (text: string, start = 0): Block => ({ text, start, end: start + text.length, kind: 'body' });
const split = (text: string, lang = 'en') => splitSentences(block(text), lang, 0).map((s) => s.text);

describe('splitSentences', () => {
  const table: [string, string, string[]][] = [
    ['en', 'Acme bought Beta. The price was $2.5bn.', ['Acme bought Beta.', 'The price was $2.5bn.']],
    ['en', 'Mr. Smith met Dr. Jones. They agreed.', ['Mr. Smith met Dr. Jones.', 'They agreed.']],
    ['en', 'J. P. Morgan advised Acme Inc. on the deal.', ['J. P. Morgan advised Acme Inc. on the deal.']],
    ['en', 'Acme Corp. Chief Executive Jane Roe spoke. Nobody else did.', ['Acme Corp.', 'Chief Executive Jane Roe spoke.', 'Nobody else did.']],
    ['en', 'It paid 2.5 billion. Then it stopped.', ['It paid 2.5 billion.', 'Then it stopped.']],
    ['da', 'Prisen var knap 1,3 mia. kr. for selskabet. Det skriver Reuters.', ['Prisen var knap 1,3 mia. kr. for selskabet.', 'Det skriver Reuters.']],
    ['da', 'Firmaet har pr. 1. januar 2026 ansat en ny chef. Hun kommer fra en konkurrent.', ['Firmaet har pr. 1. januar 2026 ansat en ny chef.', 'Hun kommer fra en konkurrent.']],
    ['da', 'Han er adm. direktør, bl.a. for ca. 200 ansatte. Det er mange.', ['Han er adm. direktør, bl.a. for ca. 200 ansatte.', 'Det er mange.']],
    ['de', 'Der Kauf wurde am 3. April 2025 abgeschlossen. Er kostete 1,2 Mrd. Euro.', ['Der Kauf wurde am 3. April 2025 abgeschlossen.', 'Er kostete 1,2 Mrd. Euro.']],
    ['de', 'Andere Firmen, z.B. Siemens, bzw. Bosch, boten mit. Ohne Erfolg.', ['Andere Firmen, z.B. Siemens, bzw. Bosch, boten mit.', 'Ohne Erfolg.']],
    ['nl', 'Geen verkoopprijs\nDe verkoop is gepland.', ['Geen verkoopprijs', 'De verkoop is gepland.']],
    ['en', 'The company said that it had agreed\nto buy its rival.', ['The company said that it had agreed\nto buy its rival.']],
    ['fr', "Le groupe a racheté M. Dupont SA. L'opération est close.", ["Le groupe a racheté M. Dupont SA.", "L'opération est close."]],
    ['de', 'Es ist der dritte Zukauf in wenigen Jahren. 2014 übernahm der Konzern einen Hersteller.', ['Es ist der dritte Zukauf in wenigen Jahren.', '2014 übernahm der Konzern einen Hersteller.']],
    ['de', 'Der Kauf wurde am 13. 2014 gemeldet.', ['Der Kauf wurde am 13. 2014 gemeldet.']],
    // Scraped pages lose the space after a full stop: the sentences are still two.
    ['no', 'Orkla har kjøpt Cederroth.Selgeren er oppkjøpsfondet Altor.Handelen ventes fullført i mars.', ['Orkla har kjøpt Cederroth.', 'Selgeren er oppkjøpsfondet Altor.', 'Handelen ventes fullført i mars.']],
    ['en', 'Its website is Booking.com and Mr.Smith runs it.', ['Its website is Booking.com and Mr.Smith runs it.']],
  ];
  test.each(table)('%s: %s', (lang, text, expected) => {
    expect(split(text, lang)).toEqual(expected);
  });

  test('offsets point into the text as read and carry block index and language', () => {
    const b = block('First one. Second one.', 100);
    expect(splitSentences(b, 'en', 7)).toEqual([
      { text: 'First one.', start: 100, end: 110, block: 7, lang: 'en' },
      { text: 'Second one.', start: 111, end: 122, block: 7, lang: 'en' },
    ]);
  });

  test('property: every sentence is the exact slice of the source, in order, without overlap', () => {
    const piece = fc.constantFrom('Acme', 'Inc.', 'Mr.', 'J.', '1,3', 'mia.', 'kr.', '3.', 'april', '2.5', 'bought', '.', '!', '?', '\n', ' ', '  ', '\n\n', 'Æble', 'ca.', '“', 'x');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.nat(1000), fc.constantFrom('en', 'da', 'de', 'und', 'xx'), (parts, offset, lang) => {
        const text = parts.join(' ');
        const source = ' '.repeat(offset) + text;
        const sentences = splitSentences(block(text, offset), lang, 3);
        let last = offset;
        for (const s of sentences) {
          expect(source.slice(s.start, s.end)).toBe(s.text);
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.text.trim()).toBe(s.text);
          expect(s.text.length).toBeGreaterThan(0);
          last = s.end;
        }
        expect(sentences.map((s) => s.text).join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      }),
      { numRuns: 300 },
    );
  });
});
