// Spanish phrases dating something relative to publication: 'el año pasado', 'hoy', 'hace N años'.
import type { RelativeDates } from '../../normalise/types.js';

export const relativeDates: RelativeDates = {
  phrases: [
    { phrase: 'el año pasado', unit: 'year', offset: -1 }, { phrase: 'este año', unit: 'year', offset: 0 },
    { phrase: 'el próximo año', unit: 'year', offset: 1 }, { phrase: 'hoy', unit: 'day', offset: 0 }, { phrase: 'ayer', unit: 'day', offset: -1 },
  ],
  yearsAgo: [{ before: 'hace', after: ['años', 'año'] }],
  hedges: ['menos de', 'más de', 'casi', 'unos'],
  numberWords: { un: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, diez: 10 },
};
