import { eurReferenceRates } from './eur-reference-rates.js';
import { toEur } from './to-eur.js';

describe('toEur', () => {
  const table: [number, string, number | null, number | null][] = [
    [1.3e9, 'DKK', 2016, 174.6e6],
    [170e6, 'EUR', 2016, 170e6],
    [170e6, 'EUR', null, 170e6],
    [2.5e9, 'USD', 2016, 2.2586e9],
    [1e9, 'SEK', 2016, 105.61e6],
    [1e9, 'NOK', 2016, 107.63e6],
    [1e9, 'dkk', 1990, 134.49e6],
    [1e9, 'DKK', 2090, 134.05e6],
    [1e6, 'XYZ', 2016, null],
    [1e6, 'DKK', null, null],
  ];
  test.each(table)('%d %s in %p', (value, currency, year, eur) => {
    const got = toEur(value, currency, year);
    if (eur === null) expect(got).toBeNull();
    else expect(got).toBeCloseTo(eur, -4 - Math.max(0, Math.floor(Math.log10(eur)) - 6));
  });

  test('every currency has a rate for every year 1999-2025 (INR from 2009)', () => {
    for (const [currency, rates] of Object.entries(eurReferenceRates)) {
      for (let year = currency === 'INR' ? 2009 : 1999; year <= 2025; year++) {
        expect(rates[year]).toBeGreaterThan(0);
      }
    }
    for (const required of ['DKK', 'SEK', 'NOK', 'USD', 'GBP', 'CHF', 'JPY', 'CNY']) expect(eurReferenceRates[required]).toBeDefined();
  });

  test('the Danish krone stays in its ERM II band around 7.46', () => {
    for (const rate of Object.values(eurReferenceRates.DKK ?? {})) expect(Math.abs(rate - 7.46038) / 7.46038).toBeLessThan(0.0225);
  });
});
