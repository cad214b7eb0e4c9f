// Norwegian words for amounts of money: scales, currency names, number words, hedges and upper bounds.
import type { MoneyWords } from '../../normalise/types.js';

export const moneyWords: MoneyWords = {
  scales: { tusen: 1e3, mill: 1e6, million: 1e6, millioner: 1e6, millionar: 1e6, mrd: 1e9, milliard: 1e9, milliarder: 1e9, milliardar: 1e9 },
  currencies: {
    kroner: 'KRONE', krone: 'KRONE', kr: 'KRONE', 'kr.': 'KRONE', 'norske kroner': 'NOK', 'danske kroner': 'DKK', 'svenske kroner': 'SEK',
    euro: 'EUR', dollar: 'USD', 'amerikanske dollar': 'USD', pund: 'GBP', 'britiske pund': 'GBP', yen: 'JPY', yuan: 'CNY',
  },
  numberWords: { en: 1, ett: 1, ei: 1, to: 2, tre: 3, fire: 4, fem: 5, seks: 6, sju: 7, syv: 7, 'åtte': 8, ni: 9, ti: 10, 'en halv': 0.5, halvannen: 1.5 },
  approximate: ['nesten', 'omkring', 'rundt', 'cirka', 'ca.', 'drøyt', 'vel', 'over', 'mer enn', 'snaut', 'anslått'],
  upTo: ['opp mot', 'opp til', 'inntil', 'maksimalt'],
  krone: 'NOK',
};
