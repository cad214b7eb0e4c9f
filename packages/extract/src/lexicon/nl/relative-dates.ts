// Dutch phrases dating something relative to publication: 'vorig jaar', 'vandaag', 'N jaar geleden'.
import type { RelativeDates } from '../../normalise/types.js';

export const relativeDates: RelativeDates = {
  phrases: [
    { phrase: 'vorig jaar', unit: 'year', offset: -1 }, { phrase: 'afgelopen jaar', unit: 'year', offset: -1 },
    { phrase: 'vorige jaar', unit: 'year', offset: -1 }, { phrase: 'verleden jaar', unit: 'year', offset: -1 },
    { phrase: 'dit jaar', unit: 'year', offset: 0 }, { phrase: 'eerder dit jaar', unit: 'year', offset: 0 },
    { phrase: 'volgend jaar', unit: 'year', offset: 1 }, { phrase: 'vorige maand', unit: 'month', offset: -1 },
    { phrase: 'deze maand', unit: 'month', offset: 0 },
    { phrase: 'vandaag', unit: 'day', offset: 0 }, { phrase: 'gisteren', unit: 'day', offset: -1 },
  ],
  yearsAgo: [{ before: '', after: ['jaar geleden'] }],
  yearsLater: ['jaar later'],
  yearsEarlier: ['jaar eerder', 'jaar daarvoor'],
  sameOrNextYear: [{ phrase: 'hetzelfde jaar', shift: 0 }, { phrase: 'datzelfde jaar', shift: 0 }, { phrase: 'een jaar daarop', shift: 1 }, { phrase: 'het jaar daarop', shift: 1 }, { phrase: 'het jaar erop', shift: 1 }, { phrase: 'het jaar ervoor', shift: -1 }],
  hedges: ['minder dan', 'meer dan', 'ruim', 'bijna', 'ongeveer', 'zo\'n', 'circa'],
  numberWords: { een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, twintig: 20 },
};
