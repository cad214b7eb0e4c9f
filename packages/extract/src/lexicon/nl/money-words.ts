// Dutch words for amounts of money: scales, currency names, number words, hedges and upper bounds.
import type { MoneyWords } from '../../normalise/types.js';

export const moneyWords: MoneyWords = {
  scales: { duizend: 1e3, mln: 1e6, miljoen: 1e6, miljoenen: 1e6, mld: 1e9, mrd: 1e9, miljard: 1e9, miljarden: 1e9 },
  currencies: {
    euro: 'EUR', dollar: 'USD', 'amerikaanse dollar': 'USD', pond: 'GBP', 'britse pond': 'GBP', frank: 'CHF', 'zwitserse frank': 'CHF',
    yen: 'JPY', yuan: 'CNY', 'deense kronen': 'DKK', 'noorse kronen': 'NOK', 'zweedse kronen': 'SEK', kronen: 'KRONE',
  },
  numberWords: { een: 1, 'één': 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, 'een half': 0.5, 'een halve': 0.5, anderhalf: 1.5 },
  approximate: ['ongeveer', 'bijna', 'circa', 'ca.', 'zo\'n', 'ruim', 'krap', 'rond', 'meer dan', 'naar schatting', 'om en nabij'],
  upTo: ['tot', 'tot wel', 'tot maximaal', 'maximaal', 'hooguit'],
};
