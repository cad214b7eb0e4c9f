// Swedish words for amounts of money: scales, currency names, number words, hedges and upper bounds.
import type { MoneyWords } from '../../normalise/types.js';

export const moneyWords: MoneyWords = {
  scales: { tusen: 1e3, miljon: 1e6, miljoner: 1e6, milj: 1e6, mn: 1e6, miljard: 1e9, miljarder: 1e9, mdr: 1e9, md: 1e9 },
  currencies: {
    kronor: 'SEK', krona: 'SEK', 'svenska kronor': 'SEK', 'norska kronor': 'NOK', 'danska kronor': 'DKK', euro: 'EUR', dollar: 'USD',
    'amerikanska dollar': 'USD', pund: 'GBP', yen: 'JPY', yuan: 'CNY',
  },
  scaledCurrencies: { mkr: [1e6, 'SEK'], mdkr: [1e9, 'SEK'], tkr: [1e3, 'SEK'], msek: [1e6, 'SEK'] },
  numberWords: { en: 1, ett: 1, två: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, åtta: 8, nio: 9, tio: 10, 'en halv': 0.5, 'halv': 0.5 },
  approximate: ['nästan', 'omkring', 'runt', 'cirka', 'ca', 'ca.', 'drygt', 'knappt', 'över', 'mer än', 'uppskattningsvis'],
  upTo: ['upp till', 'upp mot', 'högst', 'maximalt'],
  krone: 'SEK',
};
