// English phrases dating something relative to publication: 'last year', 'today', 'N years ago'.
import type { RelativeDates } from '../../normalise/types.js';

export const relativeDates: RelativeDates = {
  phrases: [
    { phrase: 'last year', unit: 'year', offset: -1 }, { phrase: 'the previous year', unit: 'year', offset: -1 },
    { phrase: 'this year', unit: 'year', offset: 0 }, { phrase: 'earlier this year', unit: 'year', offset: 0 },
    { phrase: 'next year', unit: 'year', offset: 1 }, { phrase: 'the year before last', unit: 'year', offset: -2 },
    { phrase: 'last month', unit: 'month', offset: -1 }, { phrase: 'this month', unit: 'month', offset: 0 },
    { phrase: 'today', unit: 'day', offset: 0 }, { phrase: 'yesterday', unit: 'day', offset: -1 },
  ],
  yearsAgo: [{ before: '', after: ['years ago', 'year ago'] }],
  yearsLater: ['years later', 'year later'],
  yearsEarlier: ['years earlier', 'year earlier', 'years before'],
  sameOrNextYear: [{ phrase: 'the same year', shift: 0 }, { phrase: 'that same year', shift: 0 }, { phrase: 'the following year', shift: 1 }, { phrase: 'the next year', shift: 1 }, { phrase: 'the year before', shift: -1 }, { phrase: 'the previous year', shift: -1 }],
  hedges: ['less than', 'more than', 'about', 'almost', 'nearly', 'over', 'some', 'around'],
  numberWords: { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twenty: 20 },
};
