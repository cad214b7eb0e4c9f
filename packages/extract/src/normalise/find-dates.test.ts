import fc from 'fast-check';
import { findDates } from './find-dates.js';

type Expected = [text: string, year: number | null, month: number | null, day: number | null, relative: boolean];
const run = (sentence: string, lang: string, publishedAt: string | null) =>
  findDates(sentence, lang, publishedAt).map((d): Expected => [d.text, d.year, d.month, d.day, d.relative]);

describe('findDates', () => {
  const table: [string, string, string | null, Expected[]][] = [
    ['en', 'It took control in 2011 and bought the rest two years later.', '2018-07-20', [['2011', 2011, null, null, false], ['two years later', 2013, null, null, true]]],
    ['en', 'In 2012 it wrote down the company it bought five years earlier.', null, [['2012', 2012, null, null, false], ['five years earlier', 2007, null, null, true]]],
    ['de', 'Zwei Jahre später folgte der nächste Kauf.', '2018-07-20', [['Zwei Jahre später', null, null, null, true]]],
    ['da', 'Selskabet blev købt i 2010 og solgt tre år senere.', null, [['2010', 2010, null, null, false], ['tre år senere', 2013, null, null, true]]],
    ['nl', 'Nokia betaalde in 2016 nog 170 miljoen euro, maar schreef vorig jaar 141 miljoen euro af.', '2018-05-31', [['2016', 2016, null, null, false], ['vorig jaar', 2017, null, null, true]]],
    ['nl', 'maar schreef vorig jaar 141 miljoen euro af.', null, [['vorig jaar', null, null, null, true]]],
    ['nl', 'In februari 2017 lanceerde het bedrijf een afdeling.', null, [['februari 2017', 2017, 2, null, false]]],
    ['da', '03. april 2025 | Læs mere', null, [['03. april 2025', 2025, 4, 3, false]]],
    ['da', 'Firmaet har pr. 1. januar 2026 ansat en chef.', null, [['1. januar 2026', 2026, 1, 1, false]]],
    ['de', 'Im März 2019 und am 3. April 2025.', null, [['März 2019', 2019, 3, null, false], ['3. April 2025', 2025, 4, 3, false]]],
    ['en', 'On April 3, 2025, or 2025-04-03, or 3 April 2025.', null, [['April 3, 2025', 2025, 4, 3, false], ['2025-04-03', 2025, 4, 3, false], ['3 April 2025', 2025, 4, 3, false]]],
    ['fr', 'Signé en janvier 2020, le 3 janvier 2020.', null, [['janvier 2020', 2020, 1, null, false], ['3 janvier 2020', 2020, 1, 3, false]]],
    ['en', 'Last year and today, two years ago.', '2018-05-31', [['Last year', 2017, null, null, true], ['today', 2018, 5, 31, true], ['two years ago', 2016, null, null, true]]],
    ['da', 'For 10 år siden, i dag, sidste år og i år.', '2016-04-26', [['For 10 år siden', 2006, null, null, true], ['i dag', 2016, 4, 26, true], ['sidste år', 2015, null, null, true], ['i år', 2016, null, null, true]]],
    ['da', 'Han blev for mindre end et år siden ansat.', '2018-05-31', [['for mindre end et år siden', null, null, null, true]]],
    ['no', 'Selskapet ble kjøpt i fjor.', '2019-02-01', [['i fjor', 2018, null, null, true]]],
    ['sv', 'Bolaget köptes förra året, för 3 år sedan.', '2019-02-01', [['förra året', 2018, null, null, true], ['för 3 år sedan', 2016, null, null, true]]],
    ['de', 'Im vergangenen Jahr, vor 5 Jahren, heute.', '2020-01-15', [['Im vergangenen Jahr', 2019, null, null, true], ['vor 5 Jahren', 2015, null, null, true], ['heute', 2020, 1, 15, true]]],
    ['fr', "L'an dernier, il y a 3 ans, aujourd'hui.", '2021-06-01', [["L'an dernier", 2020, null, null, true], ['il y a 3 ans', 2018, null, null, true], ["aujourd'hui", 2021, 6, 1, true]]],
    ['en', 'Yesterday, on 1 January.', '2020-01-01', [['Yesterday', 2019, 12, 31, true], ['1 January', null, 1, 1, false]]],
    ['en', 'A 2021-2022 yearbook; 12/25/2019.', null, [['2021', 2021, null, null, false], ['2022', 2022, null, null, false], ['12/25/2019', 2019, 12, 25, false]]],
    ['de', 'Am 24.12.2019 unterschrieben.', null, [['24.12.2019', 2019, 12, 24, false]]],
    // A month alone after its preposition is the last such month by the publication date, and unknown without one.
    ['da', 'Købet blev aftalt i august.', '2014-10-01', [['i august', 2014, 8, null, true]]],
    ['fr', 'Le rachat a été annoncé en novembre.', '2024-02-12', [['en novembre', 2023, 11, null, true]]],
    ['en', 'The deal was signed in June.', '2017-06-30', [['in June', 2017, 6, null, true]]],
    ['en', 'The deal was signed in June.', null, [['in June', null, 6, null, true]]],
    ['en', 'The deal was signed in May 2016.', '2017-06-30', [['May 2016', 2016, 5, null, false]]],
    ['sv', 'De enades 1999, men affären sprack i december samma år.', '2002-03-26', [['1999', 1999, null, null, false], ['i december samma år', 1999, 12, null, true]]],
  ];
  test.each(table)('%s: %s (published %s)', (lang, sentence, publishedAt, expected) => {
    expect(run(sentence, lang, publishedAt)).toEqual(expected);
    for (const d of findDates(sentence, lang, publishedAt)) expect(sentence.slice(d.start, d.end)).toBe(d.text);
  });

  const noDates: [string, string][] = [
    ['en', 'The 3 may be one of 200 firms.'],
    ['da', 'Kursen steg til 1,2025 og 5 2025 kroner.'],
    ['en', 'It grew 2019% and paid $2016.'],
    ['en', 'Phone 12345678 and 120000 units.'],
    ['da', 'De har årevis haft i dagens marked travlt.'],
    // 'may' in lower case is a verb in English, not a month.
    ['en', 'Buyers in may still come.'],
  ];
  test.each(noDates)('%s: no date in %s', (lang, sentence) => {
    expect(findDates(sentence, lang, '2020-01-01')).toEqual([]);
  });

  test('property: never throws, offsets exact, on random text', () => {
    const piece = fc.constantFrom('2016', '3.', 'april', 'i', 'år', 'siden', 'for', ' ', '1,', '2025', '-', '/', '12', 'vorig', 'jaar', 'last year', 'x', 'März');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.constantFrom('da', 'en', 'de', 'nl', 'und'), (parts, lang) => {
        const s = parts.join(' ');
        for (const d of findDates(s, lang, '2018-05-31')) expect(s.slice(d.start, d.end)).toBe(d.text);
      }),
      { numRuns: 500 },
    );
  });

  test('1 MB of digits and month names completes', () => {
    const big = ('2016 '.repeat(100) + '1'.repeat(3000) + ' april '.repeat(100) + 'for for for ').repeat(200).slice(0, 1_000_000);
    expect(Array.isArray(findDates(big, 'da', '2018-05-31'))).toBe(true);
  });
});

describe('findDates: the same or the next year as a year told before', () => {
  test.each([
    ['da', 'I 2018 købte Ørsted X, og samme år overtog det Y.', 2018],
    ['en', 'It bought X in 2012 and Y the following year.', 2013],
    ['de', 'Im Jahr 2015 kaufte X die Firma Y, im Jahr darauf Z.', 2016],
    ['de', '2015 kaufte X die Firma Y, nachdem es im Jahr davor Z gekauft hatte.', 2014],
    // A year counted back from publication anchors it too.
    ['sv', 'För fem år sedan köpte X bolaget Y, och samma år sålde det Z.', 2018],
  ])('%s: %s', (lang, text, year) => {
    expect(findDates(text, lang, '2023-01-01').at(-1)?.year).toBe(year);
  });

  test('alone in a sentence it waits for the year told before (shift)', () => {
    expect(findDates('Samme år overtog Ørsted Y.', 'da', '2023-01-01')).toEqual([expect.objectContaining({ year: null, shift: 0 })]);
  });
});
