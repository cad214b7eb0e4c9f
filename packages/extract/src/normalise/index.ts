// Normalising values: amounts of money, exchange to EUR, dates.

// Shapes
export type { DateMention, MoneyMention, MoneyWords, RelativeDates } from './types.js';

// Money
export { findAmounts } from './find-amounts.js';
export { parseNumber } from './parse-number.js';
export { toEur } from './to-eur.js';
export { eurReferenceRates } from './eur-reference-rates.js';

// Dates
export { findDates } from './find-dates.js';
export { monthNames, monthNamesFor } from './month-names.js';
