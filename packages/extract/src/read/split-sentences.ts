import { abbreviations, sentenceFinalAbbreviations } from '../lexicon/abbreviations.js';
import { instrumentCodeAt } from '../lexicon/instrument-codes.js';
import { monthNames } from '../normalise/month-names.js';
import type { Block, Sentence } from './types.js';

const ALWAYS = new Set(abbreviations);
const UNLESS_CAPITAL = new Set(sentenceFinalAbbreviations);

const INITIAL = /^(?:\p{Lu}\.){1,3}$/u;
const ORDINAL = /^\(?\d{1,2}\.$/u;
const NEXT_WORD = /^\s*(\S+)/u;
const TICKER = /^\((?:\p{Lu}+:\s*)?\p{Lu}[\p{Lu}.]{0,7}\)/u;
const NAME_WITH_BANG = /^\p{Lu}[\p{L}\d]*!$/u;
const OPENS_CAPITAL = /^["'“”‘’«»([]*\p{Lu}/u;
const FINAL_PUNCTUATION = new Set(['.', '!', '?', '…', ':', ';']);
const CLOSING = new Set(['"', "'", '”', '’', '»', ')', ']']);
const SPACE = /\s/u;

// The helpers below read the end of a piece by walking back from it, never by slicing the piece or matching it with a
// regex anchored at its end: a block of thousands of pieces that hold together would otherwise cost its square.

/** The last run of non-space characters in text[from, to) (what /(\S+)\s*$/ captures), or null. */
function lastToken(text: string, from: number, to: number): string | null {
  let end = to;
  while (end > from && SPACE.test(text[end - 1] as string)) end -= 1;
  if (end === from) return null;
  let start = end;
  while (start > from && !SPACE.test(text[start - 1] as string)) start -= 1;
  return text.slice(start, end);
}

/** Whether text[from, to), trailing space aside, has text and ends with final punctuation and closing quotes. */
function endsWithPunctuation(text: string, from: number, to: number): { empty: boolean; punctuated: boolean } {
  let end = to;
  while (end > from && SPACE.test(text[end - 1] as string)) end -= 1;
  if (end === from) return { empty: true, punctuated: false };
  while (end > from && CLOSING.has(text[end - 1] as string)) end -= 1;
  return { empty: false, punctuated: end > from && FINAL_PUNCTUATION.has(text[end - 1] as string) };
}

const segmenters = new Map<string, Intl.Segmenter>();
function segmenterFor(lang: string): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (segmenter === undefined) {
    try {
      segmenter = new Intl.Segmenter(lang === 'und' ? 'en' : lang, { granularity: 'sentence' });
    } catch {
      segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
    }
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

/**
 * ICU's segmenter (V8's Intl.Segmenter) slows with the length of the string it walks: 50 KB in 20 ms, 400 KB in 5 s.
 * A line longer than this, which no news paragraph is, is segmented in pieces of about this size, cut where ICU breaks
 * anyway (final punctuation, space, a capital) or, in text without such a place, at the limit.
 */
const ICU_MAX_CHARS = 20_000;
const ICU_BREAK = /[.!?]["'”’»)\]]*\s+(?=\p{Lu})/u;

/** The ends of ICU's sentences in `flat`, offsets into it. */
function* icuSentenceEnds(flat: string, lang: string): Generator<number> {
  const segmenter = segmenterFor(lang);
  for (let from = 0; from < flat.length; ) {
    let to = flat.length;
    if (flat.length - from > ICU_MAX_CHARS) {
      // Looked for in the second half of the window only, so that the search too stays bounded.
      const window = flat.slice(from + ICU_MAX_CHARS / 2, from + ICU_MAX_CHARS);
      const found = ICU_BREAK.exec(window);
      to = from + ICU_MAX_CHARS / 2 + (found !== null ? found.index + found[0].length : window.length);
      // Never between the halves of a surrogate pair.
      const code = flat.charCodeAt(to);
      if (code >= 0xdc00 && code <= 0xdfff) to += 1;
    }
    const piece = from === 0 && to === flat.length ? flat : flat.slice(from, to);
    for (const segment of segmenter.segment(piece)) yield from + segment.index + segment.segment.length;
    from = to;
  }
}

/** A sentence that opens with a year after a word and a full stop ('… in wenigen Jahren. 2014 übernahm …'), which ICU joins. */
const YEAR_OPENING = /(?<=\p{Ll}{2}[.!?]["'”’»)\]]*)\s+(?=(?:1[89]|20)\d\d[\s,])/gu;

/** A sentence glued to the one before by a lost space, as scraped pages have them: '… kjøpt Cederroth.Selgeren er …'. */
const GLUED_OPENING = /(?<=\p{L}{2}[.!?])(?=\p{Lu}\p{L}+[\s,])/gu;

/** The word before a glued stop, from its start: 'ALSO.PA', 'SIEGn.DE' are tickers, no sentence glued on. */
const WORD_BEFORE = /(?:^|[\s(])([^\s(]+)$/u;

/** ICU's ends and the ends before a year opening a sentence or a sentence glued on, in order. */
function* withYearOpenings(flat: string, ends: Iterable<number>): Generator<number> {
  const years: number[] = [];
  YEAR_OPENING.lastIndex = 0;
  for (let match = YEAR_OPENING.exec(flat); match; match = YEAR_OPENING.exec(flat)) years.push(match.index + match[0].length);
  GLUED_OPENING.lastIndex = 0;
  // A match is empty: step past it by hand.
  for (let match = GLUED_OPENING.exec(flat); match; match = GLUED_OPENING.exec(flat)) {
    const word = WORD_BEFORE.exec(flat.slice(Math.max(0, match.index - 12), match.index))?.[1] ?? '';
    if (!instrumentCodeAt.test(flat.slice(match.index - word.length, match.index + 4))) years.push(match.index);
    GLUED_OPENING.lastIndex = match.index + 1;
  }
  years.sort((a, b) => a - b);
  let next = 0;
  for (const end of ends) {
    while (next < years.length && (years[next] as number) < end) yield years[next++] as number;
    if (next < years.length && years[next] === end) next += 1;
    yield end;
  }
  while (next < years.length) yield years[next++] as number;
}

/**
 * The sentences of a block, with offsets into the text as read. ICU's sentence breaks are repaired:
 * no break after an abbreviation, an initial ('J. P. Morgan') or an ordinal before a month ('3. April');
 * a break where a line ends without punctuation (a heading or list item).
 */
export function splitSentences(block: Block, lang: string, blockIndex: number): Sentence[] {
  const text = block.text;
  const cuts: number[] = [];
  for (const line of splitLines(text)) {
    let pieceStart = line.start;
    // ICU breaks at every line feed; the lines that should break are already cut, the rest is hard-wrapped prose.
    const flat = text.slice(line.start, line.end).replace(/[\n\r]/gu, ' ');
    for (const flatEnd of withYearOpenings(flat, icuSentenceEnds(flat, lang))) {
      const end = line.start + flatEnd;
      if (end >= line.end) break;
      if (!holdsTogether(lastToken(text, pieceStart, end), text.slice(end, Math.min(end + 40, line.end)))) {
        cuts.push(end);
        pieceStart = end;
      }
    }
    if (line.end < text.length) cuts.push(line.end);
  }
  cuts.push(text.length);

  const sentences: Sentence[] = [];
  let from = 0;
  for (const cut of cuts) {
    let s = from;
    let e = cut;
    while (s < e && /\s/u.test(text[s] as string)) s++;
    while (e > s && /\s/u.test(text[e - 1] as string)) e--;
    if (e > s) {
      sentences.push({ text: text.slice(s, e), start: block.start + s, end: block.start + e, block: blockIndex, lang });
    }
    from = cut;
  }
  return sentences;
}

/**
 * Lines of the block that end a sentence on their own: a line break after text without final
 * punctuation, before a capital (a heading, a list item). Breaks inside hard-wrapped prose are kept.
 */
function splitLines(text: string): { start: number; end: number }[] {
  const lines: { start: number; end: number }[] = [];
  let start = 0;
  let at = text.indexOf('\n');
  while (at >= 0) {
    const before = endsWithPunctuation(text, start, at);
    const after = text.slice(at + 1, at + 41);
    if (!before.empty && (before.punctuated || OPENS_CAPITAL.test(after.trimStart()))) {
      lines.push({ start, end: at + 1 });
      start = at + 1;
    }
    at = text.indexOf('\n', at + 1);
  }
  lines.push({ start, end: text.length });
  return lines;
}

/** Whether an ICU break after a piece ending in `lastToken` and before `following` is wrong. */
function holdsTogether(last: string | null, following: string): boolean {
  if (last === null) return false;
  const token = last.replace(/^["'“‘«([]+/u, '');
  const next = NEXT_WORD.exec(following)?.[1] ?? '';
  // 'kjøpte Kahoot! den amerikanske …': a name written with an exclamation mark, the sentence going on in lower case.
  if (NAME_WITH_BANG.test(token)) return /^\p{Ll}/u.test(next);
  if (!token.endsWith('.')) return false;
  if (ALWAYS.has(token) || ALWAYS.has(lastDotted(token)) || ALWAYS.has(lowerFirst(token))) return true;
  if (INITIAL.test(token)) return /^\p{Lu}/u.test(next);
  // 'Sara Lee Corp. (SLE) said', 'Inc. (NYSE: GE)': a ticker in parentheses after a legal form goes on with the sentence.
  if (UNLESS_CAPITAL.has(token)) return !OPENS_CAPITAL.test(next) || TICKER.test(following.trimStart());
  if (ORDINAL.test(token)) return /^\d/u.test(next) || monthNames.has(next.toLowerCase().replace(/[.,]$/u, ''));
  return false;
}

/** 'kl.' in '(kl.' or 'bl.a.' written as one token with a preceding word glued by a slash or hyphen. */
function lastDotted(token: string): string {
  const at = Math.max(token.lastIndexOf('/'), token.lastIndexOf('-'));
  return at >= 0 ? token.slice(at + 1) : token;
}

/** 'Ca.' opening a sentence is still 'ca.'. */
function lowerFirst(token: string): string {
  return token.charAt(0).toLowerCase() + token.slice(1);
}
