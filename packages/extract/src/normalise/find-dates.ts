import { monthNamesFor, monthsByLang } from './month-names.js';
import { relativeDatesByLang } from './relative-date-lexicons.js';
import type { DateMention, RelativeDates } from './types.js';

interface Matcher {
  pattern: RegExp;
  months: ReadonlyMap<string, number>;
  /** Full month names: a day and month without a year needs one ('3 May', not '3 may'). */
  fullMonths: ReadonlySet<string>;
  phrases: Map<string, { unit: 'year' | 'month' | 'day'; offset: number }>;
  numberWords: Map<string, number>;
  hedges: Set<string>;
  /** Words for years that say 'ago' only after their opening word ('Jahren' after 'vor'). */
  needBefore: Set<string>;
  /** 'the same year', 'året efter' with the years to add to the year told before. */
  fromBefore: Map<string, number>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const alternation = (keys: Iterable<string>) => [...new Set(keys)].sort((a, b) => b.length - a.length).map(escape).join('|');
const lower = (s: string) => s.toLowerCase().replace(/\s+/gu, ' ').replace(/\.$/u, '');
const YEAR = String.raw`(?:1[89]\d\d|20\d\d)`;
/** What may not follow a year for it to be a year: a percent sign, a decimal part, a currency. */
const NOT_A_YEAR_AFTER = /^\s?(?:%|‰|pct\b|procent|prozent|percent|kr\b|kroner|kronor|euro|eur\b|dollars?|usd\b|\$|€)/iu;

const CAPITALISED_MONTHS = new Set(['en', 'de']);

const matchers = new Map<string, Matcher>();
function matcherFor(lang: string): Matcher {
  const cached = matchers.get(lang);
  if (cached !== undefined) return cached;
  const lexicons: RelativeDates[] = [];
  const own = relativeDatesByLang[lang];
  if (own !== undefined) lexicons.push(own);
  if (lang !== 'en' && relativeDatesByLang.en !== undefined) lexicons.push(relativeDatesByLang.en);
  if (own === undefined) lexicons.push(...Object.values(relativeDatesByLang).filter((l) => l !== relativeDatesByLang.en));

  const months = monthNamesFor(lang);
  const fullMonths = new Set(
    (monthsByLang[lang] === undefined ? Object.values(monthsByLang) : [monthsByLang[lang], monthsByLang.en])
      .flatMap((table) => (table ?? []).map((names) => names[0] as string)),
  );
  const phrases = new Map(lexicons.flatMap((l) => l.phrases.map((p) => [p.phrase, { unit: p.unit, offset: p.offset }] as const)));
  const numberWords = new Map(lexicons.flatMap((l) => Object.entries(l.numberWords)));
  const hedges = new Set(lexicons.flatMap((l) => l.hedges));
  const befores = lexicons.flatMap((l) => l.yearsAgo.map((y) => y.before)).filter((b) => b !== '');
  const afters = lexicons.flatMap((l) => l.yearsAgo.flatMap((y) => y.after));
  // 'vor N Jahren', 'il y a N ans': a bare word for years says 'ago' only with its opening word ('ein Jahr' is a span).
  const needBefore = new Set(lexicons.flatMap((l) => l.yearsAgo.filter((y) => y.before !== '').flatMap((y) => y.after.filter((after) => !/\s/u.test(after)))));
  const laters = lexicons.flatMap((l) => l.yearsLater ?? []);
  const earliers = lexicons.flatMap((l) => l.yearsEarlier ?? []);
  const fromBefore = new Map(lexicons.flatMap((l) => (l.sameOrNextYear ?? []).map((p) => [p.phrase, p.shift] as const)));

  const fullMonthNames = [...fullMonths].filter((name) => months.has(name));
  // Abbreviated month names may carry a period ('Jan.', 'sept.'); a full name's period ends the sentence.
  const M = [...months.keys()]
    .sort((a, b) => b.length - a.length)
    .map((k) => escape(k) + (k.length <= 4 && !fullMonths.has(k) ? '\\.?' : ''))
    .join('|');
  const N = String.raw`\d{1,3}|${alternation(numberWords.keys())}`;
  const sp = String.raw`[ \u00a0]{1,3}`;
  const source = [
    String.raw`(?<iy>\d{4})-(?<im>\d\d)-(?<id>\d\d)(?!\d)`,
    String.raw`(?<nd>\d{1,2})(?<ns>[./])(?<nm>\d{1,2})\k<ns>(?<ny>${YEAR})(?!\d)`,
    String.raw`(?<dd>\d{1,2})(?:\.|st|nd|rd|th|er|e)?${sp}(?:de${sp})?(?<dm>${M})(?:,?${sp}(?:de${sp})?(?<dy>${YEAR})(?!\d))?`,
    String.raw`(?<mm>${M})${sp}(?<md>\d{1,2})(?:st|nd|rd|th)?,?${sp}(?<my>${YEAR})(?!\d)`,
    String.raw`(?<ym>${M})${sp}(?:de${sp}|del${sp})?(?<yy>${YEAR})(?!\d)`,
    // 'ein Jahr später' before 'ein Jahr': a shift from a year named before, not a span back from publication.
    String.raw`(?<shift>${N})${sp}(?:(?<later>${alternation(laters)})|(?<earlier>${alternation(earliers)}))`,
    String.raw`(?:(?<before>${alternation(befores)})${sp})?(?:(?<hedge>${alternation(hedges)})${sp})?(?<ago>${N})${sp}(?<after>${alternation(afters)})`,
    ...(fromBefore.size > 0 ? [String.raw`(?<same>${alternation(fromBefore.keys())})`] : []),
    // 'in August', 'i august', 'en mai': a full month alone after its preposition, the last such month by the publication.
    // 'i december samma år': the month of the year told before.
    String.raw`(?<mprep>in|i|im|en)${sp}(?<mo>${alternation(fullMonthNames)})${fromBefore.size > 0 ? String.raw`(?:${sp}(?<msame>${alternation(fromBefore.keys())}))?` : ''}(?!${sp}(?:de${sp}|del${sp})?(?:${YEAR}|\d))`,
    String.raw`(?<rel>${alternation(phrases.keys())})`,
    String.raw`(?<year>${YEAR})(?![.,]\d|\d)`,
  ].join('|');
  const pattern = new RegExp(String.raw`(?<![\p{L}\p{N}.,'’$€£¥/])(?:${source})(?![\p{L}\p{N}])`, 'giu');
  const matcher = { pattern, months, fullMonths, phrases, numberWords, hedges, needBefore, fromBefore };
  matchers.set(lang, matcher);
  return matcher;
}

/**
 * Dates and years in a sentence: '2016', 'februari 2017', '3. april 2025', 'April 3, 2025', '2025-04-03',
 * and relative ones ('vorig jaar', 'for 10 år siden', 'today') resolved against `publishedAt` (YYYY-MM-DD).
 * Without a publication date a relative date keeps year null. A hedged span ('less than a year ago',
 * 'for mindre end 10 år siden') is relative with year null: it does not name one year.
 */
export function findDates(sentence: string, lang: string, publishedAt: string | null): DateMention[] {
  const m = matcherFor(lang);
  const published = parsePublished(publishedAt);
  const found: DateMention[] = [];
  m.pattern.lastIndex = 0;
  for (let hit = m.pattern.exec(sentence); hit !== null; hit = m.pattern.exec(sentence)) {
    const g = hit.groups ?? {};
    const text = hit[0];
    const at = { text, start: hit.index, end: hit.index + text.length };
    const absolute = (year: number | null, month: number | null, day: number | null) => {
      if (month !== null && (month < 1 || month > 12)) return;
      if (day !== null && (day < 1 || day > 31)) return;
      found.push({ year, month, day, relative: false, ...at });
    };
    if (g.iy !== undefined) absolute(Number(g.iy), Number(g.im), Number(g.id));
    else if (g.ny !== undefined) {
      let day = Number(g.nd);
      let month = Number(g.nm);
      if ((lang === 'en' && g.ns === '/' && day <= 12) || month > 12) [day, month] = [month, day];
      absolute(Number(g.ny), month, day);
    } else if (g.dm !== undefined) {
      const name = lower(g.dm);
      // Without a year, only a full month name, capitalised where the language capitalises months ('3 May', not '3 may').
      if (g.dy === undefined && (!m.fullMonths.has(name) || (CAPITALISED_MONTHS.has(lang) && !/^\p{Lu}/u.test(g.dm)))) continue;
      absolute(g.dy === undefined ? null : Number(g.dy), m.months.get(name) ?? null, Number(g.dd));
    } else if (g.mm !== undefined) absolute(Number(g.my), m.months.get(lower(g.mm)) ?? null, Number(g.md));
    else if (g.ym !== undefined) absolute(Number(g.yy), m.months.get(lower(g.ym)) ?? null, null);
    else if (g.ago !== undefined) {
      if (g.before === undefined && m.needBefore.has(lower(g.after ?? ''))) continue;
      const n = /^\d/u.test(g.ago) ? Number(g.ago) : (m.numberWords.get(lower(g.ago)) ?? NaN);
      const exact = g.hedge === undefined && n >= 1;
      const year = exact && published !== null ? published.year - n : null;
      found.push({ year, month: null, day: null, relative: true, ...at });
    } else if (g.shift !== undefined) {
      // 'took control in 2011 and bought the rest two years later': from the year named before in the sentence, else open.
      const n = /^\d/u.test(g.shift) ? Number(g.shift) : (m.numberWords.get(lower(g.shift)) ?? NaN);
      const anchor = [...found].reverse().find((date) => !date.relative && date.year !== null)?.year ?? null;
      const shift = g.later !== undefined ? n : -n;
      const year = anchor !== null && n >= 1 ? anchor + shift : null;
      found.push({ year, month: null, day: null, relative: true, ...(anchor === null && n >= 1 ? { shift } : {}), ...at });
    } else if (g.same !== undefined) {
      // 'Samme år overtog Ørsted …': the year told before in the sentence, else the one the sentence before told; also a
      // year counted back ('För tre år sedan …, och samma år …').
      const shift = m.fromBefore.get(lower(g.same)) ?? 0;
      const anchor = [...found].reverse().find((date) => date.year !== null)?.year ?? null;
      found.push({ year: anchor === null ? null : anchor + shift, month: null, day: null, relative: true, ...(anchor === null ? { shift } : {}), ...at });
    } else if (g.mo !== undefined) {
      // Capitalised where the language capitalises months: 'in May', not 'in may'.
      if (CAPITALISED_MONTHS.has(lang) && !/^\p{Lu}/u.test(g.mo)) continue;
      const month = m.months.get(lower(g.mo)) ?? null;
      if (g.msame !== undefined) {
        const shift = m.fromBefore.get(lower(g.msame)) ?? 0;
        const anchor = [...found].reverse().find((date) => date.year !== null)?.year ?? null;
        found.push({ year: anchor === null ? null : anchor + shift, month, day: null, relative: true, ...(anchor === null ? { shift } : {}), ...at });
        continue;
      }
      const year = published === null || month === null ? null : month <= published.month ? published.year : published.year - 1;
      found.push({ year, month, day: null, relative: true, ...at });
    } else if (g.rel !== undefined) {
      const phrase = m.phrases.get(lower(g.rel));
      if (phrase === undefined) continue;
      found.push({ ...resolve(phrase.unit, phrase.offset, published), relative: true, ...at });
    } else if (g.year !== undefined) {
      if (NOT_A_YEAR_AFTER.test(sentence.slice(at.end, at.end + 12))) continue;
      absolute(Number(g.year), null, null);
    }
  }
  return found;
}

interface Published {
  year: number;
  month: number;
  day: number;
}

function parsePublished(publishedAt: string | null): Published | null {
  const m = publishedAt === null ? null : /^(\d{4})-(\d\d)-(\d\d)/u.exec(publishedAt);
  if (m === null) return null;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

function resolve(unit: 'year' | 'month' | 'day', offset: number, p: Published | null): Omit<DateMention, 'relative' | 'text' | 'start' | 'end'> {
  if (p === null) return { year: null, month: null, day: null };
  if (unit === 'year') return { year: p.year + offset, month: null, day: null };
  const d = new Date(Date.UTC(p.year, p.month - 1 + (unit === 'month' ? offset : 0), unit === 'day' ? p.day + offset : 1));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: unit === 'day' ? d.getUTCDate() : null };
}
