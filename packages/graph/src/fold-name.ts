import { leadingAdjectives } from './name-adjectives.js';

/** Legal-form suffixes dropped from a name key, as the scorer drops them (FORMAT.md). */
const CORPORATE_SUFFIX =
  /[\s,]+(a\/s|aps|k\/s|i\/s|ab|as|asa|oyj|oy|n\.?v\.?|b\.?v\.?|gmbh|ag|se|s\.?a\.?|s\.?p\.?a\.?|srl|inc\.?|ltd\.?|limited|plc|corp\.?|corporation|llc|co\.?)$/u;
const GENITIVE = /(['’`]s|s['’`]|['’`])$/u;

/**
 * The folded form under which names are compared and looked up: case, accents,
 * punctuation, a corporate suffix, a genitive and a leading adjective removed.
 * "Émile Dupré" → "emile dupre", "Coca-Cola" → "coca cola", "Siemens's" → "siemens".
 */
export function foldName(name: string): string {
  let text = name.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().trim();
  text = text.replace(/\s+/gu, ' ');
  for (let i = 0; i < 2; i += 1) text = text.replace(GENITIVE, '').replace(CORPORATE_SUFFIX, '').trim();
  const tokens = text.replace(/[^\p{L}\p{N}&]+/gu, ' ').trim().split(' ').filter((t) => t.length > 0);
  while (tokens.length > 1 && leadingAdjectives.has(tokens[0] ?? '')) tokens.shift();
  return tokens.join(' ');
}

/** Every distinct key of a name and its aliases, the name's own first. */
export function nameKeys(name: string, aliases: readonly string[]): string[] {
  const keys = [foldName(name), ...aliases.map(foldName)].filter((k) => k.length > 0);
  return [...new Set(keys)];
}

/** What a party is filed under for look-alike lookups: see `blockKeys`. */
export interface BlockKeys {
  /** The first four characters of the key. */
  head: string;
  /** The key's first letter and its fifth to eighth letters, spaces dropped ("hyundai" → "hdai"); null under five letters. */
  mid: string | null;
  /** For a person: the first three letters of the surname. */
  tail: string | null;
}

/**
 * Blocking keys: candidates for a fuzzy match are looked up by these through an
 * index, never by scanning every party. `head` finds a typo from the fifth character
 * on; `mid` one in the second to fourth, which leaves the first letter and the letters
 * after it alone, only shifted by one when a letter went missing or came in ("hyundai"
 * and "hyndai": see `midLookups`), and a space put in or left out ("alfa people",
 * "alfapeople"). So one edit anywhere but in the first letter (names whose first letters
 * differ never look alike, see compare-names.ts) is always compared. `tail` finds a
 * person written with an initial or another first name.
 */
export function blockKeys(key: string, type: 'COMPANY' | 'PERSON'): BlockKeys {
  const head = key.slice(0, 4);
  const mid = midOf(key.replaceAll(' ', ''), 4);
  if (type !== 'PERSON') return { head, mid, tail: null };
  const tokens = key.split(' ');
  const last = tokens.length > 1 ? tokens[tokens.length - 1] ?? '' : '';
  return { head, mid, tail: last.length > 0 ? last.slice(0, 3) : null };
}

function midOf(joined: string, from: number): string | null {
  const letters = joined.slice(from, from + 4);
  return letters.length === 0 ? null : `${joined.slice(0, 1)}${letters}`;
}

/** The mid blocks a key's look-alikes are filed under: its own, and the letters one further left or right. */
export function midLookups(key: string): string[] {
  const joined = key.replaceAll(' ', '');
  return [midOf(joined, 3), midOf(joined, 4), midOf(joined, 5)].filter((mid): mid is string => mid !== null);
}
