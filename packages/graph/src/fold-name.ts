import { leadingAdjectives } from './name-adjectives.js';

/** Legal-form suffixes dropped from a name key, as the scorer drops them (FORMAT.md). */
const CORPORATE_SUFFIX =
  /[\s,]+(a\/s|aps|k\/s|i\/s|ab|as|asa|oyj|oy|n\.?v\.?|b\.?v\.?|gmbh|ag|se|s\.?a\.?|s\.?p\.?a\.?|srl|inc\.?|ltd\.?|limited|plc|corp\.?|corporation|llc|co\.?)$/u;
const GENITIVE = /(['’`]s|s['’`]|['’`])$/u;

/**
 * The folded form under which names are compared and looked up: case, accents,
 * punctuation, a corporate suffix, a genitive and a leading adjective removed.
 * "Émile Dupré" → "emile dupre", "Coca-Cola" → "coca cola", "Nokia's" → "nokia".
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
  /** The key's first letter and last four letters, spaces dropped, with its length: `7:hndai`. */
  rear: string;
  /** For a person: the first three letters of the surname. */
  tail: string | null;
}

/**
 * Blocking keys: candidates for a fuzzy match are looked up by these through an
 * index, never by scanning every party. `head` finds a typo from the fifth character
 * on; `rear` one in the second to fourth ("hyundai"/"hyndai"), which leaves the end
 * and the first letter alone (names whose first letters differ never look alike, see
 * compare-names.ts), and a space put in or left out ("alfa people"/"alfapeople"). Its
 * length keeps blocks of names that end alike ("… group") small: one edit changes the
 * length by at most one, so `rearLookups` asks for the neighbouring lengths too.
 * `tail` finds a person written with an initial or another first name.
 */
export function blockKeys(key: string, type: 'COMPANY' | 'PERSON'): BlockKeys {
  const head = key.slice(0, 4);
  const rear = rearOf(key.replaceAll(' ', ''), 0);
  if (type !== 'PERSON') return { head, rear, tail: null };
  const tokens = key.split(' ');
  const last = tokens.length > 1 ? tokens[tokens.length - 1] ?? '' : '';
  return { head, rear, tail: last.length > 0 ? last.slice(0, 3) : null };
}

function rearOf(joined: string, lengthShift: number): string {
  return `${joined.length + lengthShift}:${joined.slice(0, 1)}${joined.slice(-4)}`;
}

/** The rear blocks a key's look-alikes are filed under: its own and those one character shorter or longer. */
export function rearLookups(key: string): string[] {
  const joined = key.replaceAll(' ', '');
  return [rearOf(joined, -1), rearOf(joined, 0), rearOf(joined, 1)];
}
