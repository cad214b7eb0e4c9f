// Spanish words for amounts of money: scales, currency names, number words, hedges and upper bounds.
import type { MoneyWords } from '../../normalise/types.js';

export const moneyWords: MoneyWords = {
  scales: { mil: 1e3, 'millón': 1e6, millones: 1e6, 'mil millones': 1e9, mm: 1e6 },
  currencies: { euros: 'EUR', 'de euros': 'EUR', 'dólares': 'USD', 'de dólares': 'USD', libras: 'GBP', 'de libras': 'GBP', yenes: 'JPY', yuanes: 'CNY' },
  numberWords: { un: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, diez: 10 },
  approximate: ['unos', 'unas', 'alrededor de', 'cerca de', 'casi', 'aproximadamente', 'más de'],
  upTo: ['hasta'],
};
