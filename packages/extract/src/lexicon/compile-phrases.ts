// Turns lexicon phrase lists into regexes once, at module load: whole words, any case, '…' a short gap, '*' any ending.

const letter = '[\\p{L}\\p{N}]';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One phrase as a regex source: spaces match any whitespace, '…' up to six words, a final '*' any word ending. */
function phraseSource(phrase: string): string {
  const stem = phrase.endsWith('*');
  const body = stem ? phrase.slice(0, -1) : phrase;
  const parts = body.split('…').map((part) => escape(part.trim()).replace(/\s+/g, '\\s+'));
  const joined = parts.join('(?:\\s+[^\\s.;:!?]+){0,6}?\\s+');
  const open = /^[\p{L}\p{N}]/u.test(body) ? `(?<!${letter})` : '';
  const close = body.endsWith('-') ? '' : stem ? `\\p{L}*(?!${letter})` : `(?!${letter})`;
  return `${open}${joined}${close}`;
}

/** The phrases as compilePhrases orders them (longest first, no repeats, none empty), each with its regex source. */
export function phraseSources(phrases: readonly string[]): { phrase: string; source: string }[] {
  const unique = [...new Set(phrases.filter((phrase) => phrase.length > 0))];
  unique.sort((a, b) => b.length - a.length);
  return unique.map((phrase) => ({ phrase, source: phraseSource(phrase) }));
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
