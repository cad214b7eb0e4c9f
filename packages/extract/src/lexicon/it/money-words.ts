// Italian words for amounts of money: scales, currency names, number words, hedges and upper bounds.
import type { MoneyWords } from '../../normalise/types.js';

export const moneyWords: MoneyWords = {
  scales: { mila: 1e3, milione: 1e6, milioni: 1e6, mln: 1e6, miliardo: 1e9, miliardi: 1e9, mld: 1e9, mrd: 1e9 },
  currencies: { euro: 'EUR', 'di euro': 'EUR', dollari: 'USD', 'di dollari': 'USD', sterline: 'GBP', 'di sterline': 'GBP', 'franchi svizzeri': 'CHF', yen: 'JPY', yuan: 'CNY' },
  numberWords: { un: 1, uno: 1, una: 1, due: 2, tre: 3, quattro: 4, cinque: 5, dieci: 10, mezzo: 0.5 },
  approximate: ['circa', 'quasi', 'oltre', 'più di', 'intorno a', 'attorno a'],
  upTo: ['fino a'],
};
