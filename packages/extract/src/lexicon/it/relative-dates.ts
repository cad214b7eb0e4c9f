// Italian phrases dating something relative to publication: "l'anno scorso", 'oggi', 'N anni fa'.
import type { RelativeDates } from '../../normalise/types.js';

export const relativeDates: RelativeDates = {
  phrases: [
    { phrase: "l'anno scorso", unit: 'year', offset: -1 }, { phrase: 'l’anno scorso', unit: 'year', offset: -1 },
    { phrase: "quest'anno", unit: 'year', offset: 0 }, { phrase: 'quest’anno', unit: 'year', offset: 0 },
    { phrase: "l'anno prossimo", unit: 'year', offset: 1 }, { phrase: 'oggi', unit: 'day', offset: 0 }, { phrase: 'ieri', unit: 'day', offset: -1 },
  ],
  yearsAgo: [{ before: '', after: ['anni fa', 'anno fa'] }],
  hedges: ['meno di', 'più di', 'quasi', 'circa'],
  numberWords: { un: 1, due: 2, tre: 3, quattro: 4, cinque: 5, dieci: 10 },
};
