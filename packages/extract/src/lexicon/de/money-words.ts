// German words for amounts of money: scales, currency names, number words, hedges and upper bounds.
import type { MoneyWords } from '../../normalise/types.js';

export const moneyWords: MoneyWords = {
  scales: { tausend: 1e3, tsd: 1e3, mio: 1e6, million: 1e6, millionen: 1e6, mrd: 1e9, milliarde: 1e9, milliarden: 1e9, bio: 1e12, billion: 1e12 },
  currencies: {
    euro: 'EUR', dollar: 'USD', 'us-dollar': 'USD', 'us dollar': 'USD', pfund: 'GBP', 'britische pfund': 'GBP', franken: 'CHF',
    'schweizer franken': 'CHF', yen: 'JPY', yuan: 'CNY', 'dänische kronen': 'DKK', 'norwegische kronen': 'NOK', 'schwedische kronen': 'SEK', kronen: 'KRONE',
  },
  numberWords: { eine: 1, ein: 1, einer: 1, zwei: 2, drei: 3, vier: 4, 'fünf': 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, 'eine halbe': 0.5, anderthalb: 1.5 },
  approximate: ['rund', 'etwa', 'ungefähr', 'knapp', 'fast', 'nahezu', 'gut', 'circa', 'ca.', 'mehr als', 'über', 'schätzungsweise'],
  upTo: ['bis zu', 'maximal', 'höchstens'],
};
