// Turns lexicon phrase lists into regexes once, at module load: whole words, any case, '…' a short gap, '*' any ending.

const letter = '[\\p{L}\\p{N}]';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One phrase as a regex source: spaces match any whitespace (and, given `adverbs`, one of them between two words:
 * 'avait aussi racheté'), '…' up to nine words and '……' up to sixteen, with no comma but in a number, a final '*' any word ending.
 */
function phraseSource(phrase: string, adverbs: readonly string[] = []): string {
  const stem = phrase.endsWith('*');
  const body = stem ? phrase.slice(0, -1) : phrase;
  const space = adverbs.length > 0 ? `\\s+(?:(?:${adverbs.map(escape).join('|')})(?![\\p{L}])\\s+)?` : '\\s+';
  // Either apostrophe: pages write 'd’Opel' as often as "d'Opel".
  // '……' a longer gap: a German separable verb's object and adverbs ('schreibt im dritten Quartal 400 Millionen Euro
  // auf X ab'). Neither crosses a comma outside a number: 'ble kjent, og til X ble overtatt' is two clauses.
  const pieces = body.split(/(……|…)/u);
  let joined = '';
  pieces.forEach((piece, i) => {
    if (i % 2 === 1) joined += piece === '……' ? '(?:\\s+(?:[^\\s;:!?,]|,(?=\\d))+){0,16}?\\s+' : '(?:\\s+(?:[^\\s;:!?,]|,(?=\\d))+){0,9}?\\s+';
    else joined += escape(piece.trim()).replace(/\s+/g, space).replace(/['’]/gu, "['’]");
  });
  const open = /^[\p{L}\p{N}]/u.test(body) ? `(?<!${letter})` : '';
  // An elided word ('d'', 'l'') is glued to the word after it.
  const close = /[-'’]$/u.test(body) ? '' : stem ? `\\p{L}*(?!${letter})` : `(?!${letter})`;
  return `${open}${joined}${close}`;
}

/** The phrases as compilePhrases orders them (longest first, no repeats, none empty), each with its regex source. */
export function phraseSources(phrases: readonly string[], adverbs: readonly string[] = []): { phrase: string; source: string }[] {
  const unique = [...new Set(phrases.filter((phrase) => phrase.length > 0))];
  unique.sort((a, b) => b.length - a.length);
  return unique.map((phrase) => ({ phrase, source: phraseSource(phrase, adverbs) }));
}

/** Lowercase words whose letters lowercase as the regex's case folding matches them (Latin, Latin-1). */
export const plainWord = /^[a-z0-9%'’\u00df-\u00f6\u00f8-\u00ff]+$/u;

/** The letters and digits a phrase starts with, lowercased: a word not starting with them cannot start the phrase. */
export function leadOf(phrase: string): string {
  return (/^[\p{L}\p{N}]*/u.exec(phrase)?.[0] ?? '').toLowerCase();
}

/** Words cached per matcher before its cache is cleared: pages of distinct words must not grow it without end. */
const maxCachedWords = 20_000;

// The words of the last text searched: one clause is searched for several phrase lists in a row, and split once.
let lastText: string | null = null;
let lastWords: { offset: number; lower: string }[] = [];

function wordsOf(text: string): { offset: number; lower: string }[] {
  if (text === lastText) return lastWords;
  const words: { offset: number; lower: string }[] = [];
  for (const word of text.matchAll(/[\p{L}\p{N}]+/gu)) words.push({ offset: word.index as number, lower: word[0].toLowerCase() });
  lastText = text;
  lastWords = words;
  return words;
}

/**
 * The first match of `compilePhrases(phrases, flags)` (without 'g') in a text, found word by word: at each word a
 * sticky regex of only the phrases whose leading letters begin the word is tried (cached by word and by phrase set).
 * Same match, and small regexes cost V8 little when it compiles them again now and then (tier-up), where a regex of a
 * whole phrase list cost it tens of milliseconds each time. A phrase starting with neither letter nor digit, which
 * could start anywhere, leaves the whole regex in use.
 */
export function compilePhraseMatcher(phrases: readonly string[], flags = 'iu'): (text: string) => RegExpExecArray | null {
  const whole = compilePhrases(phrases, flags.replace('g', ''));
  const sources = phraseSources(phrases).map(({ phrase, source }) => ({ source, lead: leadOf(phrase) }));
  if (sources.length === 0 || sources.some(({ lead }) => lead === '')) return (text) => whole.exec(text);
  const sticky = (indexes: number[]) => new RegExp(indexes.map((i) => sources[i]?.source).join('|'), `${flags.replace(/[gy]/g, '')}y`);
  const all = sticky(sources.map((_, i) => i));
  const byWord = new Map<string, RegExp | null>();
  const bySet = new Map<string, RegExp>();
  const regexFor = (word: string): RegExp | null => {
    if (!plainWord.test(word)) return all;
    let found = byWord.get(word);
    if (found !== undefined) return found;
    const indexes: number[] = [];
    // Leading letters outside plain Latin are not compared (their case folding may differ): the phrase is kept.
    sources.forEach(({ lead }, i) => {
      if (word.startsWith(lead) || !plainWord.test(lead)) indexes.push(i);
    });
    const key = indexes.join(',');
    found = indexes.length === 0 ? null : (bySet.get(key) ?? sticky(indexes));
    if (found !== null) bySet.set(key, found);
    if (byWord.size >= maxCachedWords) byWord.clear();
    byWord.set(word, found);
    return found;
  };
  return (text) => {
    // Every phrase starts with a letter or digit after none (its lookbehind): only a word's start can start a match.
    for (const { offset, lower } of wordsOf(text)) {
      const regex = regexFor(lower);
      if (regex === null) continue;
      regex.lastIndex = offset;
      const match = regex.exec(text);
      if (match) return match;
    }
    return null;
  };
}

/** A global, case-insensitive, unicode regex matching any of the phrases, longest first. */
export function compilePhrases(phrases: readonly string[], flags = 'giu'): RegExp {
  const sources = phraseSources(phrases);
  if (sources.length === 0) return /(?!)/gu;
  return new RegExp(sources.map((s) => s.source).join('|'), flags);
}

/** All matches of a compiled phrase regex in a text, as spans. */
export function findPhrases(regex: RegExp, text: string): { start: number; end: number; text: string }[] {
  const spans: { start: number; end: number; text: string }[] = [];
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match; match = regex.exec(text)) {
    if (match[0].length === 0) {
      regex.lastIndex += 1;
      continue;
    }
    spans.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return spans;
}

/**
 * Words or phrases as one regex alternation without bounds, for patterns that place it themselves: spaces match any
 * whitespace, an apostrophe either apostrophe, a final '*' any word ending.
 */
export function wordAlternation(words: readonly string[]): string {
  const sources = [...new Set(words)].map((word) => {
    const stem = word.endsWith('*');
    const body = escape(stem ? word.slice(0, -1) : word)
      .replace(/\s+/g, '\\s+')
      .replace(/['’]/g, "['’]");
    return stem ? `${body}\\p{L}*` : body;
  });
  // No words: an alternation that never matches, rather than an empty one that always does.
  return sources.length === 0 ? '(?!)' : `(?:${sources.join('|')})`;
}
