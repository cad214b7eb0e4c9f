// French words for amounts of money: scales, currency names, number words, hedges and upper bounds.
import type { MoneyWords } from '../../normalise/types.js';

export const moneyWords: MoneyWords = {
  scales: { mille: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9, md: 1e9, mds: 1e9, mrd: 1e9, mrds: 1e9 },
  currencies: {
    euros: 'EUR', euro: 'EUR', "d'euros": 'EUR', 'd’euros': 'EUR', "d'euro": 'EUR', dollars: 'USD', 'de dollars': 'USD', 'dollars américains': 'USD',
    livres: 'GBP', 'de livres': 'GBP', 'livres sterling': 'GBP', 'francs suisses': 'CHF', 'de francs suisses': 'CHF', yens: 'JPY', 'de yens': 'JPY',
    yuans: 'CNY', 'de yuans': 'CNY', 'couronnes danoises': 'DKK', 'de couronnes danoises': 'DKK', 'couronnes norvégiennes': 'NOK',
    'de couronnes norvégiennes': 'NOK', 'couronnes suédoises': 'SEK', 'de couronnes suédoises': 'SEK',
  },
  numberWords: { un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, 'un demi': 0.5, 'un demi-': 0.5 },
  approximate: ['environ', 'près de', 'presque', 'quelque', 'quelques', 'autour de', 'plus de', 'un peu plus de', 'un peu moins de', 'quasiment'],
  upTo: ["jusqu'à", 'jusqu’à', 'au maximum', 'au plus'],
};
