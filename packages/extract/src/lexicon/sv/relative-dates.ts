// Swedish phrases dating something relative to publication: 'förra året', 'i dag', 'för N år sedan'.
import type { RelativeDates } from '../../normalise/types.js';

export const relativeDates: RelativeDates = {
  phrases: [
    { phrase: 'förra året', unit: 'year', offset: -1 }, { phrase: 'i fjol', unit: 'year', offset: -1 },
    { phrase: 'i år', unit: 'year', offset: 0 }, { phrase: 'tidigare i år', unit: 'year', offset: 0 },
    { phrase: 'nästa år', unit: 'year', offset: 1 }, { phrase: 'förra månaden', unit: 'month', offset: -1 },
    { phrase: 'i dag', unit: 'day', offset: 0 }, { phrase: 'idag', unit: 'day', offset: 0 },
    { phrase: 'i går', unit: 'day', offset: -1 }, { phrase: 'igår', unit: 'day', offset: -1 },
  ],
  yearsAgo: [{ before: 'för', after: ['år sedan'] }],
  yearsLater: ['år senare'],
  yearsEarlier: ['år tidigare'],
  sameOrNextYear: [{ phrase: 'samma år', shift: 0 }, { phrase: 'året därpå', shift: 1 }, { phrase: 'året efter', shift: 1 }, { phrase: 'året innan', shift: -1 }, { phrase: 'året före', shift: -1 }],
  hedges: ['mindre än', 'mer än', 'nästan', 'omkring', 'runt', 'över', 'cirka', 'drygt'],
  numberWords: { ett: 1, två: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, åtta: 8, nio: 9, tio: 10, tjugo: 20 },
};
