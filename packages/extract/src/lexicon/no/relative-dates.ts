// Norwegian phrases dating something relative to publication: 'i fjor', 'i dag', 'for N år siden'.
import type { RelativeDates } from '../../normalise/types.js';

export const relativeDates: RelativeDates = {
  phrases: [
    { phrase: 'i fjor', unit: 'year', offset: -1 }, { phrase: 'ifjor', unit: 'year', offset: -1 }, { phrase: 'forrige år', unit: 'year', offset: -1 },
    { phrase: 'i år', unit: 'year', offset: 0 }, { phrase: 'tidligere i år', unit: 'year', offset: 0 },
    { phrase: 'neste år', unit: 'year', offset: 1 }, { phrase: 'i forfjor', unit: 'year', offset: -2 },
    { phrase: 'forrige måned', unit: 'month', offset: -1 },
    { phrase: 'i dag', unit: 'day', offset: 0 }, { phrase: 'i går', unit: 'day', offset: -1 },
  ],
  yearsAgo: [{ before: 'for', after: ['år siden'] }],
  yearsLater: ['år senere'],
  yearsEarlier: ['år tidligere', 'år før'],
  sameOrNextYear: [{ phrase: 'samme år', shift: 0 }, { phrase: 'året etter', shift: 1 }, { phrase: 'året før', shift: -1 }],
  hedges: ['mindre enn', 'mer enn', 'nesten', 'omkring', 'rundt', 'over', 'cirka', 'drøyt'],
  numberWords: { ett: 1, et: 1, to: 2, tre: 3, fire: 4, fem: 5, seks: 6, sju: 7, syv: 7, åtte: 8, ni: 9, ti: 10, tjue: 20 },
};
