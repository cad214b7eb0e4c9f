import { gluedScales, prefixCurrencies, scaledCodes, suffixCurrencies } from './currency-symbols.js';
import { moneyWordsByLang } from './money-lexicons.js';
import { parseNumber } from './parse-number.js';
import type { MoneyMention } from './types.js';

// English first: where languages disagree ('billion' is 1e9 in English, 1e12 in Danish and German) a sentence's
// own language decides, and English is the default for text in another language.
const all = [moneyWordsByLang.en, ...Object.values(moneyWordsByLang)].filter((w) => w !== undefined);
const lower = (s: string) => s.toLowerCase().replace(/\s+/gu, ' ');
const merge = <T>(pick: (w: (typeof all)[number]) => Record<string, T> | undefined, extra: Record<string, T> = {}) => {
  const map = new Map<string, T>(Object.entries(extra));
  for (const words of all) for (const [k, v] of Object.entries(pick(words) ?? {})) if (!map.has(k)) map.set(k, v);
  return map;
};

const scales = merge((w) => w.scales);
const currencies = merge((w) => w.currencies, suffixCurrencies);
const scaled = merge((w) => w.scaledCurrencies, scaledCodes);
const numberWords = merge((w) => w.numberWords);
const approximateCues = new Set(all.flatMap((w) => w.approximate));
const upToCues = new Set(all.flatMap((w) => w.upTo));
const kroneByLang = new Map(Object.entries(moneyWordsByLang).flatMap(([lang, w]) => (w.krone ? [[lang, w.krone]] : [])));

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s');
const alternation = (keys: Iterable<string>) => [...new Set(keys)].sort((a, b) => b.length - a.length).map(escape).join('|');
/** Short scale words are abbreviations that may carry a period ('mia.', 'Mrd.'); long ones leave it to the sentence. */
const ABBREVIATION_MAX = 4;
const scaleAlternation = (keys: Iterable<string>) =>
  [...new Set(keys)]
    .sort((a, b) => b.length - a.length)
    .map((k) => escape(k) + (k.length <= ABBREVIATION_MAX && !k.endsWith('.') ? '\\.?' : ''))
    .join('|');

// Bounded quantifiers and a lookbehind on digits keep the matcher linear on long runs of digits.
const number = (sep: string) =>
  String.raw`\d{1,3}(?<${sep}>[.,\u00a0\u202f '’])\d{3}(?:\k<${sep}>\d{3}){0,4}(?:[.,]\d{1,3})?|\d{1,15}(?:[.,]\d{1,6})?`;
const SP = String.raw`[ \u00a0\u202f]`;
const END = String.raw`(?![\p{L}\p{N}])`;
const CUE = alternation([...approximateCues, ...upToCues]);
const PRE = alternation(Object.keys(prefixCurrencies));
const SCALE = scaleAlternation(scales.keys());
const GLUED = alternation(Object.keys(gluedScales));
const POST = alternation([...currencies.keys(), ...scaled.keys()]);
const WORDS = alternation(numberWords.keys());
const amountPattern = new RegExp(
  String.raw`(?<![\p{L}\p{N}$€£¥])(?:(?<cue>${CUE})${SP}{1,3})?(?:` +
    String.raw`(?<pre>${PRE})${SP}?(?<n1>${number('sep1')})(?![\d])(?:(?<g1>${GLUED})${END}|${SP}?(?<s1>${SCALE})${END})?(?:${SP}?(?<c1>${POST})${END})?` +
    String.raw`|(?<n2>${number('sep2')})(?![\d])(?:(?<g2>${GLUED})${END}|${SP}?(?<s2>${SCALE})${END})?${SP}?(?<c2>${POST})${END}` +
    String.raw`|(?<w3>${WORDS})${SP}(?<s3>${SCALE})${SP}?(?<c3>${POST})${END}` +
    ')',
  'giu',
);

/**
 * Amounts of money in a sentence, in every written form: '1,3 milliarder kroner', '$2.5bn', '€1,2 Mrd.',
 * "450 millions d'euros", 'en halv milliard kroner'. A number counts only with a currency, so years,
 * percentages and head counts are never money. 'kroner' and 'kr.' take the crown of the sentence's language
 * (Danish by default) unless the text names another.
 */
export function findAmounts(sentence: string, lang: string): MoneyMention[] {
  const found: MoneyMention[] = [];
  amountPattern.lastIndex = 0;
  for (let m = amountPattern.exec(sentence); m !== null; m = amountPattern.exec(sentence)) {
    const g = m.groups ?? {};
    const written = g.n1 ?? g.n2;
    const wordValue = g.w3 === undefined ? undefined : numberWords.get(lower(g.w3));
    const number = written !== undefined ? parseNumber(written, lang) : wordValue;
    if (number === undefined || !Number.isFinite(number)) continue;

    let scale = 1;
    const glued = g.g1 ?? g.g2;
    const scaleWord = g.s1 ?? g.s2 ?? g.s3;
    if (glued !== undefined) scale = gluedScales[glued.toLowerCase()] ?? 1;
    else if (scaleWord !== undefined) {
      const key = lower(scaleWord).replace(/\.$/u, '');
      scale = moneyWordsByLang[lang]?.scales[key] ?? scales.get(key) ?? 1;
    }

    let currency: string | undefined;
    if (g.pre !== undefined) currency = prefixCurrencies[lower(g.pre)];
    const post = g.c1 ?? g.c2 ?? g.c3;
    if (post !== undefined) {
      const key = lower(post);
      const both = scaled.get(key);
      if (both !== undefined) {
        scale = both[0];
        currency ??= both[1];
      } else {
        currency ??= currencies.get(key);
      }
    }
    if (currency === undefined) continue;
    if (currency === 'KRONE') currency = kroneByLang.get(lang) ?? 'DKK';

    const cue = g.cue === undefined ? undefined : lower(g.cue);
    const value = scale === 1 ? number : Math.round(number * scale);
    const text = m[0];
    found.push({
      value,
      currency,
      approximate: cue !== undefined && approximateCues.has(cue),
      upTo: cue !== undefined && upToCues.has(cue),
      text,
      start: m.index,
      end: m.index + text.length,
    });
  }
  return found;
}
