import { classifyLine, findInlineLink, hasJobWord, isBareReadAlso, normaliseLine, tailReason } from './match-furniture.js';
import type { Block, CleanText, Dropped } from './types.js';

/** Options of {@link cleanText}. */
export interface CleanTextOptions {
  /** ISO 639-1 code of the page, when known. Furniture phrases of every language are always tried. */
  lang?: string;
}

/** A line of the page, or hard-wrapped lines joined, with offsets into the text as read. */
interface Unit {
  start: number;
  end: number;
  text: string;
  norm: string;
  /** First unit after a blank line. */
  paragraphStart: boolean;
  /** Lines joined into it: a hard-wrapped paragraph. */
  wrapped?: boolean;
}

const SENTENCE_END = /[.!?…]["'”’»)\]]*$/u;
const OPENS_LOWERCASE = /^[\p{Ll}\d(]/u;
const WRAP_MIN_LENGTH = 40;
const HEADLINE_MAX_WORDS = 30;
const HEADLINE_MAX_CHARS = 220;
/** The title is looked for among the first few lines only: further down a short line is a subheading. */
const TITLE_WINDOW = 6;
/** Prose that resumes after a furniture heading shares this much vocabulary with the article. */
const RESUME_MIN_CHARS = 150;
const RESUME_MIN_WORDS = 8;
const RESUME_MIN_OVERLAP = 0.35;
const CONTENT_WORD = /[\p{L}][\p{L}\p{M}'’-]{4,}/gu;

/**
 * Splits the text as read into article blocks and page furniture. General rules (repeats, glued tag runs,
 * one-word lines, runs of short lines, a furniture tail) work with per-language phrase lexicons.
 */
export function cleanText(text: string, _options: CleanTextOptions = {}): CleanText {
  const units = splitUnits(text);
  const runReasons = findShortRuns(units);
  const blocks: Block[] = [];
  const dropped: Dropped[] = [];
  const seen = new Set<string>();
  const vocabulary = new Set<string>();
  let title: string | null = null;
  let tail: string | null = null;
  /** A short section opened mid-article: the links after a bare 'Read also:', the body of an advert. */
  let section: { reason: string; left: number } | null = null;

  const drop = (u: Unit, reason: string) => dropped.push({ text: u.text, start: u.start, end: u.end, reason });
  const titleAt = chooseTitle(units, runReasons);

  for (let i = 0; i < units.length; i++) {
    const u = units[i] as Unit;
    const tailHeading = tailReason(u.norm);
    const alone = tailHeading === null ? (runReasons[i] ?? classifyLine(u.text, u.norm)) : null;

    // Before the article has begun a tail heading is a menu item ('Job' in the top bar): the tail would swallow the article.
    if (tailHeading !== null && blocks.length === 0) {
      drop(u, 'navigation');
      continue;
    }
    if (tailHeading !== null) {
      tail = tailHeading;
      section = null;
      drop(u, tailHeading);
      continue;
    }
    if (tail !== null) {
      if (alone === null && isArticleProse(u.text, vocabulary)) {
        tail = null;
      } else {
        const inSection = section !== null && section.left-- > 0 ? section.reason : null;
        drop(u, alone ?? inSection ?? tail);
        if (alone === 'advert') section = { reason: 'advert', left: 2 };
        continue;
      }
    }
    if (alone !== null) {
      drop(u, alone);
      // Outside the tail an advert label drops only itself: what follows may well be the article again.
      section = alone === 'read-also' && isBareReadAlso(u.norm) ? { reason: 'read-also', left: 3 } : null;
      continue;
    }
    if (section !== null) {
      const stillInside = section.left > 0 && isHeadlineLike(u.text);
      section.left--;
      if (stillInside) {
        drop(u, section.reason);
        continue;
      }
      section = null;
    }

    // Short lines above the headline: the site's name ('LEDGER STREET DAILY'), a kicker, a section label, a rule.
    if (i < titleAt && blocks.length === 0) {
      drop(u, 'navigation');
      continue;
    }

    const key = u.norm;
    if (seen.has(key)) {
      drop(u, 'repeated');
      continue;
    }
    seen.add(key);

    let end = u.end;
    const link = findInlineLink(u.text);
    if (link > 0 && link < u.text.length) {
      end = u.start + link;
      const rest = skipSpace(text, end, u.end);
      if (rest < u.end) dropped.push({ text: text.slice(rest, u.end), start: rest, end: u.end, reason: 'read-also' });
    }

    const isTitle = title === null && blocks.length === 0 && i === titleAt;
    if (isTitle) title = collapse(u.text);
    blocks.push({ text: text.slice(u.start, end), start: u.start, end, kind: isTitle ? 'title' : 'body' });
    for (const word of u.text.toLowerCase().matchAll(CONTENT_WORD)) vocabulary.add(word[0]);
  }
  return { title, blocks, dropped };
}

/** Whether a page breaks its paragraphs into lines (three or more long lines going on in lower case on the next line). */
function isHardWrapped(text: string): boolean {
  let wraps = 0;
  const lines = text.slice(0, 200_000).split('\n');
  for (let i = 0; i + 1 < lines.length && wraps < 3; i += 1) {
    const line = (lines[i] as string).trimEnd();
    if (line.length >= WRAP_MIN_LENGTH && !SENTENCE_END.test(line) && OPENS_LOWERCASE.test((lines[i + 1] as string).trimStart())) wraps += 1;
  }
  return wraps >= 3;
}

/** Non-blank lines with exact offsets; a hard-wrapped paragraph (a long line going on in lowercase) stays one unit. */
function splitUnits(text: string): Unit[] {
  const units: Unit[] = [];
  const hardWrapped = isHardWrapped(text);
  let paragraphStart = true;
  let pos = 0;
  while (pos <= text.length) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = text.length;
    const start = skipSpace(text, pos, eol);
    let end = eol;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (start === end) {
      paragraphStart = true;
    } else {
      const previous = units[units.length - 1];
      const line = text.slice(start, end);
      // Inside a paragraph already known to be hard-wrapped, a line going on with a capital continues it too
      // ('a bid on the table from Galliford / Try which was also rejected').
      const lastLineLength = previous === undefined ? 0 : previous.end - Math.max(previous.start, text.lastIndexOf('\n', previous.end - 1) + 1);
      const continues = OPENS_LOWERCASE.test(line) || ((previous?.wrapped === true || hardWrapped) && lastLineLength >= WRAP_MIN_LENGTH && /^\p{Lu}[\p{Ll}\p{Lu}&.'’-]*\s+\p{Ll}/u.test(line));
      if (
        previous !== undefined &&
        !paragraphStart &&
        previous.end - previous.start >= WRAP_MIN_LENGTH &&
        !SENTENCE_END.test(previous.text) &&
        !/[:;]$/u.test(previous.text) &&
        continues
      ) {
        previous.end = end;
        previous.text = text.slice(previous.start, end);
        previous.norm = normaliseLine(previous.text);
        previous.wrapped = true;
      } else {
        units.push({ start, end, text: line, norm: normaliseLine(line), paragraphStart });
      }
      paragraphStart = false;
    }
    pos = eol + 1;
  }
  return units;
}

/**
 * Lists of short lines: employer / job title / place repeated is a job listing; many one-to-three-word
 * lines in a row are a menu. Headings between paragraphs stand alone and are never such a run.
 */
function findShortRuns(units: Unit[]): (string | undefined)[] {
  const reasons: (string | undefined)[] = new Array(units.length);
  let i = 0;
  while (i < units.length) {
    if (!isShortLine(units[i] as Unit)) {
      i++;
      continue;
    }
    let j = i;
    while (j < units.length && isShortLine(units[j] as Unit)) j++;
    const run = units.slice(i, j);
    const norms = run.map((u) => u.norm);
    const repeats = new Set(norms).size < norms.length;
    const jobWords = norms.filter(hasJobWord).length;
    let reason: string | undefined;
    if (run.length >= 3 && jobWords >= 2 && (repeats || run.length >= 6)) reason = 'job-listing';
    else if (run.length >= 6 && norms.every((n) => n.split(' ').length <= 3)) reason = 'navigation';
    if (reason !== undefined) for (let k = i; k < j; k++) reasons[k] = reason;
    i = j;
  }
  return reasons;
}

function isShortLine(u: Unit): boolean {
  return u.norm.split(' ').length <= 8 && !SENTENCE_END.test(u.text);
}

/**
 * The headline among the first lines, before any prose: the first that reads like one (a lowercase word, or four
 * words without a separator), else the first short line at all. A site's name in capitals, with or without its
 * tagline ('LÅSNYTT NORDEN — Säkerhet · Bygg'), or a few capitalised words ('Vestlandets Næringsblad') reads less so.
 */
function chooseTitle(units: Unit[], runReasons: (string | undefined)[]): number {
  let fallback = -1;
  for (let i = 0; i < units.length && i < TITLE_WINDOW; i++) {
    const u = units[i] as Unit;
    if (!/\p{L}{3}/u.test(u.text) || tailReason(u.norm) !== null || (runReasons[i] ?? classifyLine(u.text, u.norm)) !== null) continue;
    if (!isHeadlineLike(u.text)) {
      // Prose has begun: the headline, if any, was above it. A short line ('Search...') is a button.
      if (u.text.trim().split(/\s+/u).length >= 6) return fallback;
      continue;
    }
    if (readsLikeHeadline(u.text)) return i;
    if (fallback === -1) fallback = i;
  }
  return fallback;
}

const SEPARATOR = /\s[|·•—–]\s/u;

function readsLikeHeadline(line: string): boolean {
  const trimmed = line.trim();
  const first = trimmed.split(SEPARATOR)[0] as string;
  if (/\p{L}{3}/u.test(first) && first === first.toUpperCase()) return false;
  if (/(?:^|\s)\p{Ll}\p{L}{2}/u.test(trimmed)) return true;
  // A headline in Title Case has its small words capitalised; a menu of sections has none.
  return !SEPARATOR.test(trimmed) && TITLE_CASE_SMALL_WORD.test(trimmed);
}

const TITLE_CASE_SMALL_WORD = /\s(?:To|For|Of|In|On|At|A|An|The|And|As|By|With|After|Over|From|Into|Its)\s/u;

function isHeadlineLike(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length > HEADLINE_MAX_CHARS || /\.["'”’»)]*$/u.test(trimmed)) return false;
  const words = trimmed.split(/\s+/u).length;
  return words >= 2 && words <= HEADLINE_MAX_WORDS;
}

/** Prose after a furniture heading is taken back only when it plainly continues the article's subject. */
function isArticleProse(line: string, vocabulary: Set<string>): boolean {
  if (line.length < RESUME_MIN_CHARS || !SENTENCE_END.test(line)) return false;
  const words = new Set<string>();
  for (const m of line.toLowerCase().matchAll(CONTENT_WORD)) words.add(m[0]);
  if (words.size < RESUME_MIN_WORDS) return false;
  let shared = 0;
  for (const w of words) if (vocabulary.has(w)) shared++;
  return shared / words.size >= RESUME_MIN_OVERLAP;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0d || code === 0x0c || code === 0xa0 || code === 0x0b || code === 0xfeff || code === 0x3000 || (code >= 0x2000 && code <= 0x200b) || code === 0x202f;
}

function skipSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isSpace(text.charCodeAt(i))) i++;
  return i;
}

function collapse(s: string): string {
  return s.replace(/\s+/gu, ' ').trim();
}
