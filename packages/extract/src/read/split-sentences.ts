import { abbreviations, sentenceFinalAbbreviations } from '../lexicon/abbreviations.js';
import { monthNames } from '../normalise/month-names.js';
import type { Block, Sentence } from './types.js';

const ALWAYS = new Set(abbreviations);
const UNLESS_CAPITAL = new Set(sentenceFinalAbbreviations);

/** The token before a boundary: the run of non-space characters ending the piece. */
const LAST_TOKEN = /(\S+)\s*$/u;
const INITIAL = /^(?:\p{Lu}\.){1,3}$/u;
const ORDINAL = /^\(?\d{1,2}\.$/u;
const NEXT_WORD = /^\s*(\S+)/u;
const OPENS_CAPITAL = /^["'“”‘’«»([]*\p{Lu}/u;
const ENDS_WITH_PUNCTUATION = /[.!?…:;]["'”’»)\]]*$/u;

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
    for (const segment of segmenterFor(lang).segment(flat)) {
      const end = line.start + segment.index + segment.segment.length;
      if (end >= line.end) break;
      if (!holdsTogether(text.slice(pieceStart, end), text.slice(end, Math.min(end + 40, line.end)))) {
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
    const before = text.slice(start, at).trimEnd();
    const after = text.slice(at + 1, at + 41);
    if (before.length > 0 && (ENDS_WITH_PUNCTUATION.test(before) || OPENS_CAPITAL.test(after.trimStart()))) {
      lines.push({ start, end: at + 1 });
      start = at + 1;
    }
    at = text.indexOf('\n', at + 1);
  }
  lines.push({ start, end: text.length });
  return lines;
}

/** Whether an ICU break between `piece` and what follows is wrong. */
function holdsTogether(piece: string, following: string): boolean {
  const m = LAST_TOKEN.exec(piece);
  if (m === null) return false;
  const token = (m[1] as string).replace(/^["'“‘«([]+/u, '');
  if (!token.endsWith('.')) return false;
  const next = NEXT_WORD.exec(following)?.[1] ?? '';
  if (ALWAYS.has(token) || ALWAYS.has(lastDotted(token)) || ALWAYS.has(lowerFirst(token))) return true;
  if (INITIAL.test(token)) return /^\p{Lu}/u.test(next);
  if (UNLESS_CAPITAL.has(token)) return !OPENS_CAPITAL.test(next);
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
