// Currency symbols and ISO codes, the same in every language (lowercase; the matcher ignores case).

/** Written before a number: '$2.5bn', 'US$ 300 million', 'CHF 2 Mrd.', 'kr. 425.000'. */
export const prefixCurrencies: Readonly<Record<string, string>> = {
  '$': 'USD', 'us$': 'USD', 'us $': 'USD', 'u.s.$': 'USD', 'usd': 'USD', '€': 'EUR', 'eur': 'EUR', '£': 'GBP', 'gbp': 'GBP',
  '¥': 'JPY', 'jpy': 'JPY', 'cny': 'CNY', 'rmb': 'CNY', 'chf': 'CHF', 'sfr.': 'CHF', 'dkk': 'DKK', 'nok': 'NOK', 'sek': 'SEK',
  'kr.': 'KRONE', 'c$': 'CAD', 'ca$': 'CAD', 'cad': 'CAD', 'a$': 'AUD', 'au$': 'AUD', 'aud': 'AUD', 'hk$': 'HKD', 'hkd': 'HKD',
  '₹': 'INR', 'rs.': 'INR', 'inr': 'INR', '₩': 'KRW', 'krw': 'KRW', 'pln': 'PLN',
};

/** Written after a number or its scale: '170 mio. EUR', '2 Mrd. €', '500 zł'. */
export const suffixCurrencies: Readonly<Record<string, string>> = {
  '$': 'USD', 'usd': 'USD', '€': 'EUR', 'eur': 'EUR', '£': 'GBP', 'gbp': 'GBP', '¥': 'JPY', 'jpy': 'JPY', 'cny': 'CNY',
  'rmb': 'CNY', 'chf': 'CHF', 'dkk': 'DKK', 'nok': 'NOK', 'sek': 'SEK', 'cad': 'CAD', 'aud': 'AUD', 'hkd': 'HKD', 'inr': 'INR',
  'krw': 'KRW', 'pln': 'PLN', 'zł': 'PLN', 'złotych': 'PLN', 'złote': 'PLN',
};

/** Scale letters glued to the number: '$40m', '£2bn', '$500k', '€1.2B'. */
export const gluedScales: Readonly<Record<string, number>> = { k: 1e3, m: 1e6, mn: 1e6, b: 1e9, bn: 1e9 };

/** Code and scale in one, after the number: '50 MEUR', '2 Md€'. */
export const scaledCodes: Readonly<Record<string, [number, string]>> = {
  'meur': [1e6, 'EUR'], 'm€': [1e6, 'EUR'], 'md€': [1e9, 'EUR'], 'mrd€': [1e9, 'EUR'], 'mdkk': [1e6, 'DKK'], 'mnok': [1e6, 'NOK'],
  'musd': [1e6, 'USD'], 'm$': [1e6, 'USD'], 'mio€': [1e6, 'EUR'],
};
