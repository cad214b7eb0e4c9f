// Danish phrases dating something relative to publication: 'sidste år', 'i dag', 'for N år siden'.
import type { RelativeDates } from '../../normalise/types.js';

export const relativeDates: RelativeDates = {
  phrases: [
    { phrase: 'sidste år', unit: 'year', offset: -1 }, { phrase: 'i fjor', unit: 'year', offset: -1 },
    { phrase: 'forrige år', unit: 'year', offset: -1 },
    { phrase: 'i år', unit: 'year', offset: 0 }, { phrase: 'tidligere i år', unit: 'year', offset: 0 },
    { phrase: 'næste år', unit: 'year', offset: 1 }, { phrase: 'i forfjor', unit: 'year', offset: -2 },
    { phrase: 'sidste måned', unit: 'month', offset: -1 }, { phrase: 'i denne måned', unit: 'month', offset: 0 },
    { phrase: 'i dag', unit: 'day', offset: 0 }, { phrase: 'i går', unit: 'day', offset: -1 },
  ],
  yearsAgo: [{ before: 'for', after: ['år siden'] }],
  yearsLater: ['år senere'],
  yearsEarlier: ['år tidligere', 'år før'],
  sameOrNextYear: [{ phrase: 'samme år', shift: 0 }, { phrase: 'året efter', shift: 1 }, { phrase: 'året før', shift: -1 }],
  hedges: ['mindre end', 'mere end', 'knap', 'omkring', 'godt', 'over', 'cirka', 'næsten'],
  numberWords: { et: 1, ét: 1, to: 2, tre: 3, fire: 4, fem: 5, seks: 6, syv: 7, otte: 8, ni: 9, ti: 10, tyve: 20 },
};
