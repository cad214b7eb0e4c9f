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

/**
 * Blocking keys: candidates for a fuzzy match are looked up by these through an
 * index, never by scanning every party. `head` is the first four characters of
 * the key (a typo later in the name still finds it); `tail` the first three of a
 * person's surname (a person written with an initial or another first name).
 */
export function blockKeys(key: string, type: 'COMPANY' | 'PERSON'): { head: string; tail: string | null } {
  const head = key.slice(0, 4);
  if (type !== 'PERSON') return { head, tail: null };
  const tokens = key.split(' ');
  const last = tokens.length > 1 ? tokens[tokens.length - 1] ?? '' : '';
  return { head, tail: last.length > 0 ? last.slice(0, 3) : null };
}
