import { eurReferenceRates } from './eur-reference-rates.js';

/** Sorted years of each currency's table, for the nearest-year lookup. */
const yearsOf = new Map(Object.entries(eurReferenceRates).map(([cur, table]) => [cur, Object.keys(table).map(Number).sort((a, b) => a - b)]));

/**
 * An amount in EUR at the ECB annual average rate of `year`. EUR passes through. Unknown currency or
 * unknown year gives null (a year is never guessed); a year outside the table takes the nearest year's rate.
 */
export function toEur(value: number, currency: string, year: number | null): number | null {
  const code = currency.toUpperCase();
  if (code === 'EUR') return value;
  const table = eurReferenceRates[code];
  const years = yearsOf.get(code);
  if (table === undefined || years === undefined || year === null || !Number.isFinite(year)) return null;
  const first = years[0] as number;
  const last = years[years.length - 1] as number;
  const rate = table[Math.min(Math.max(Math.trunc(year), first), last)];
  return rate === undefined ? null : value / rate;
}
