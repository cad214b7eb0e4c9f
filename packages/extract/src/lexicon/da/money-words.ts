// Danish words for amounts of money: scales, currency names, number words, hedges and upper bounds.
import type { MoneyWords } from '../../normalise/types.js';

export const moneyWords: MoneyWords = {
  scales: { tusind: 1e3, t: 1e3, mio: 1e6, million: 1e6, millioner: 1e6, mia: 1e9, mrd: 1e9, milliard: 1e9, milliarder: 1e9, billion: 1e12, billioner: 1e12 },
  currencies: {
    kroner: 'KRONE', krone: 'KRONE', kr: 'KRONE', 'kr.': 'KRONE', 'danske kroner': 'DKK', 'norske kroner': 'NOK', 'svenske kroner': 'SEK',
    euro: 'EUR', dollar: 'USD', dollars: 'USD', 'amerikanske dollar': 'USD', pund: 'GBP', 'britiske pund': 'GBP',
    'schweizerfranc': 'CHF', 'schweiziske franc': 'CHF', yen: 'JPY', yuan: 'CNY',
  },
  numberWords: { en: 1, et: 1, 'én': 1, 'ét': 1, to: 2, tre: 3, fire: 4, fem: 5, seks: 6, syv: 7, otte: 8, ni: 9, ti: 10, 'en halv': 0.5, halvanden: 1.5 },
  approximate: ['knap', 'knapt', 'omkring', 'cirka', 'ca.', 'godt', 'næsten', 'små', 'over', 'mere end', 'lidt over', 'lidt under', 'anslået', 'op imod'],
  upTo: ['op mod', 'op til', 'helt op til', 'maksimalt', 'højst'],
  krone: 'DKK',
};
