import fc from 'fast-check';
import { findAmounts } from './find-amounts.js';

type Row = [lang: string, sentence: string, expected: [value: number, currency: string, text: string, approximate?: boolean, upTo?: boolean][]];

describe('findAmounts', () => {
  const table: Row[] = [
    ['da', 'Nokia købte Withings for 1,3 milliarder kroner.', [[1.3e9, 'DKK', '1,3 milliarder kroner']]],
    ['nl', 'Nokia betaalde 170 miljoen euro voor de technologie.', [[170e6, 'EUR', '170 miljoen euro']]],
    ['da', 'Prisen ligger på knap 1,3 mia. kr. ifølge selskabet.', [[1.3e9, 'DKK', 'knap 1,3 mia. kr.', true]]],
    ['da', 'Et bud på op mod 85 milliarder kroner.', [[85e9, 'DKK', 'op mod 85 milliarder kroner', false, true]]],
    ['en', 'Acme paid $2.5bn for Beta.', [[2.5e9, 'USD', '$2.5bn']]],
    ['en', 'The bid of US$ 300 million failed.', [[300e6, 'USD', 'US$ 300 million']]],
    ['de', 'Der Preis lag bei €1,2 Mrd. in bar.', [[1.2e9, 'EUR', '€1,2 Mrd.']]],
    ['de', 'Siemens zahlt 1,2 Milliarden Euro.', [[1.2e9, 'EUR', '1,2 Milliarden Euro']]],
    ['de', 'Rund 2 Mio. Euro und bis zu 3 Mrd. Franken.', [[2e6, 'EUR', 'Rund 2 Mio. Euro', true], [3e9, 'CHF', 'bis zu 3 Mrd. Franken', false, true]]],
    ['fr', "Le rachat coûte 450 millions d'euros.", [[450e6, 'EUR', "450 millions d'euros"]]],
    ['fr', "environ 2 milliards de dollars, jusqu'à 5 millions d'euros", [[2e9, 'USD', 'environ 2 milliards de dollars', true], [5e6, 'EUR', "jusqu'à 5 millions d'euros", false, true]]],
    ['da', 'Kameraet koster 425.000 kroner.', [[425000, 'DKK', '425.000 kroner']]],
    ['sv', 'Affären är värd 3,5 miljarder kronor, eller 500 mkr.', [[3.5e9, 'SEK', '3,5 miljarder kronor'], [500e6, 'SEK', '500 mkr']]],
    ['no', 'Selskapet ble solgt for 2 milliarder kroner.', [[2e9, 'NOK', '2 milliarder kroner']]],
    ['da', 'Selskabet blev solgt for 2 milliarder kroner.', [[2e9, 'DKK', '2 milliarder kroner']]],
    ['da', 'Købet kostede 3 milliarder norske kroner.', [[3e9, 'NOK', '3 milliarder norske kroner']]],
    ['en', 'It paid 4 billion Swedish kronor, not NOK 200 million.', [[4e9, 'SEK', '4 billion Swedish kronor'], [200e6, 'NOK', 'NOK 200 million']]],
    ['en', 'A £40m deal, CHF 2 Mrd. and ¥300 billion.', [[40e6, 'GBP', '£40m'], [2e9, 'CHF', 'CHF 2 Mrd.'], [300e9, 'JPY', '¥300 billion']]],
    ['en', 'Valued at 20 billion yuan, about $1 billion.', [[20e9, 'CNY', '20 billion yuan'], [1e9, 'USD', 'about $1 billion', true]]],
    ['da', 'Et køb for mere end en milliard kroner.', [[1e9, 'DKK', 'mere end en milliard kroner', true]]],
    ['da', 'Prisen var en halv milliard kroner.', [[0.5e9, 'DKK', 'en halv milliard kroner']]],
    ['en', 'It fetched half a billion dollars.', [[0.5e9, 'USD', 'half a billion dollars']]],
    ['en', 'A sale for 1,300,000 dollars.', [[1.3e6, 'USD', '1,300,000 dollars']]],
    ['de', 'Ein Kauf für 1.300.000 Euro.', [[1.3e6, 'EUR', '1.300.000 Euro']]],
    ['fr', 'Un achat de 1 300 000 euros.', [[1.3e6, 'EUR', '1 300 000 euros']]],
    ['de', 'Preis: 2’500’000 CHF.', [[2.5e6, 'CHF', '2’500’000 CHF']]],
    ['en', 'EUR 170m in cash.', [[170e6, 'EUR', 'EUR 170m']]],
    ['de', 'In 2 Mrd. € umgerechnet.', [[2e9, 'EUR', '2 Mrd. €']]],
  ];
  test.each(table)('%s: %s', (lang, sentence, expected) => {
    const found = findAmounts(sentence, lang);
    expect(found.map((m) => [m.value, m.currency, m.text, m.approximate, m.upTo])).toEqual(
      expected.map(([v, c, t, a, u]) => [v, c, t, a ?? false, u ?? false]),
    );
    for (const m of found) expect(sentence.slice(m.start, m.end)).toBe(m.text);
  });

  const notMoney: [string, string][] = [
    ['da', 'Withings blev stiftet i 2008 og har 200 medarbejdere.'],
    ['en', 'Sales rose 12 % to 3 billion units in 2016.'],
    ['da', 'Omkring en halv milliard solgte mobiltelefoner.'],
    ['en', 'The 2016 results and 1,3 points.'],
    ['de', 'Im Jahr 2019 hatte die Firma 1.200 Mitarbeiter.'],
    ['en', 'He ran 10 km in 40m and won.'],
    ['nl', 'Er werken 170 mensen.'],
  ];
  test.each(notMoney)('%s: no money in %s', (lang, sentence) => {
    expect(findAmounts(sentence, lang)).toEqual([]);
  });

  test('property: never throws, offsets exact, on random text', () => {
    const piece = fc.constantFrom('1', '2,5', '1.300', ' ', 'mia.', 'kr.', '$', '€', 'billion', 'op mod', 'knap', 'euro', 'x', '\u00a0', '’', '000', 'en halv', 'milliard');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.constantFrom('da', 'en', 'de', 'sv', 'und'), (parts, lang) => {
        const s = parts.join('');
        for (const m of findAmounts(s, lang)) {
          expect(s.slice(m.start, m.end)).toBe(m.text);
          expect(Number.isFinite(m.value)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  test('1 MB of digits, separators and scale words completes', () => {
    const big = ('9'.repeat(5000) + ',' + '1.000.'.repeat(100) + ' mia mia mia $ $ $ ' + 'op mod '.repeat(50)).repeat(100).slice(0, 1_000_000);
    expect(Array.isArray(findAmounts(big, 'da'))).toBe(true);
    expect(Array.isArray(findAmounts('1'.repeat(1_000_000), 'en'))).toBe(true);
  });
});
