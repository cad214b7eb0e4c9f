/** Languages that write 1.234,5 (the rest write 1,234.5). */
const DECIMAL_COMMA = new Set(['da', 'no', 'sv', 'de', 'nl', 'fr', 'es', 'it', 'fi', 'pl', 'pt', 'und']);
const GROUPING_ONLY = /[\s\u00a0\u202f'’]/u;

/**
 * A written number ('1,3', '425.000', '1 300 000', '2.5', '1,234.5') to its value. Two kinds of separator:
 * the last one is the decimal mark. A separator repeated, or a space or apostrophe, groups thousands.
 * One '.' or ',' before exactly three digits follows the language's habit; before other counts it is decimal.
 */
export function parseNumber(written: string, lang: string): number {
  const separators: { char: string; at: number }[] = [];
  for (let i = 0; i < written.length; i++) {
    const c = written[i] as string;
    if (c < '0' || c > '9') separators.push({ char: c, at: i });
  }
  if (separators.length === 0) return Number(written);
  const last = separators[separators.length - 1] as { char: string; at: number };
  const kinds = new Set(separators.map((s) => (GROUPING_ONLY.test(s.char) ? ' ' : s.char)));
  let decimalAt = -1;
  if (!GROUPING_ONLY.test(last.char)) {
    const sameAsLast = separators.filter((s) => s.char === last.char).length;
    const digitsAfter = written.length - last.at - 1;
    if (kinds.size > 1) decimalAt = last.at;
    else if (sameAsLast > 1) decimalAt = -1;
    else if (digitsAfter !== 3) decimalAt = last.at;
    else decimalAt = (last.char === ',') === DECIMAL_COMMA.has(lang) ? last.at : -1;
  }
  let digits = '';
  for (let i = 0; i < written.length; i++) {
    const c = written[i] as string;
    if (c >= '0' && c <= '9') digits += c;
    else if (i === decimalAt) digits += '.';
  }
  return Number(digits);
}
