// English words for amounts of money: scales, currency names, number words, hedges and upper bounds.
import type { MoneyWords } from '../../normalise/types.js';

export const moneyWords: MoneyWords = {
  scales: { thousand: 1e3, million: 1e6, millions: 1e6, mn: 1e6, mln: 1e6, mil: 1e6, billion: 1e9, billions: 1e9, bn: 1e9, bln: 1e9, trillion: 1e12, tn: 1e12 },
  currencies: {
    dollars: 'USD', dollar: 'USD', 'us dollars': 'USD', 'u.s. dollars': 'USD', 'canadian dollars': 'CAD', 'australian dollars': 'AUD',
    'hong kong dollars': 'HKD', euros: 'EUR', euro: 'EUR', pounds: 'GBP', 'pounds sterling': 'GBP', sterling: 'GBP',
    'swiss francs': 'CHF', francs: 'CHF', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', rupees: 'INR', 'korean won': 'KRW',
    zloty: 'PLN', 'danish kroner': 'DKK', 'danish crowns': 'DKK', 'norwegian kroner': 'NOK', 'norwegian crowns': 'NOK',
    'swedish kronor': 'SEK', 'swedish crowns': 'SEK', kroner: 'KRONE', kronor: 'SEK', crowns: 'KRONE',
  },
  numberWords: { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, 'half a': 0.5 },
  approximate: ['about', 'around', 'roughly', 'nearly', 'almost', 'approximately', 'approx.', 'some', 'close to', 'just under', 'just over', 'more than', 'over', 'an estimated', 'circa', 'c.'],
  upTo: ['up to', 'as much as', 'as high as', 'no more than'],
};
