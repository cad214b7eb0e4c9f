// Folds a company or person name to the key two names are compared by (FORMAT.md, Scoring):
// case, accents, corporate suffixes and a trailing genitive do not make a name different.

/** Letters NFD does not decompose into a base letter and a mark. */
const LETTER_FOLDS: Record<string, string> = {
  ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i',
};

/**
 * Legal-form and other general corporate suffixes, written without dots and lower-cased.
 * Only trailing tokens are dropped, so "AB Volvo" keeps its "ab".
 */
const CORPORATE_SUFFIXES = new Set([
  // Nordic
  'a/s', 'as', 'asa', 'aps', 'ab', 'publ', 'oy', 'oyj', 'k/s', 'i/s', 'p/s', 'hf', 'ehf',
  // Dutch, Belgian
  'nv', 'bv', 'cv', 'vof',
  // German, Austrian, Swiss
  'gmbh', 'ag', 'kg', 'kgaa', 'se', 'ug', 'ohg', 'ev',
  // French, Spanish, Italian, Portuguese
  'sa', 'sas', 'sasu', 'sarl', 'sca', 'sl', 'spa', 'srl', 'lda',
  // English-speaking
  'inc', 'incorporated', 'ltd', 'limited', 'plc', 'llc', 'llp', 'lp', 'corp', 'corporation', 'co', 'company',
  // general words for "the group"
  'group', 'groupe', 'gruppe', 'gruppen', 'koncern', 'koncernen', 'konzern',
]);

/** Tokens that only join a suffix to the name ("Tiffany & Co."), dropped when they end up last. */
const JOINERS = new Set(['&', 'and', 'und', 'og', 'och', 'en', 'et']);

function foldLetters(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[øæœßłđðþı]/g, (letter) => LETTER_FOLDS[letter] ?? letter)
    .replace(/[’‘`´]/g, "'");
}

/** "Vestas's", "Vestas’s", "Equinors", "Telia's": the genitive of the last word goes. */
function dropGenitive(token: string): string {
  const bare = token.replace(/'s$|'$/, '');
  // A bare -s (Danish, Norwegian, Swedish, German genitive) only on words long enough to carry one.
  // It goes after an apostrophe genitive too, so "Vestas's", "Vestas'" and "Vestas" all fold alike;
  // both sides of a comparison are folded the same way, so "Vestas" and "Vesta" meeting is harmless.
  if (bare.length > 3 && bare.endsWith('s') && !bare.endsWith('ss')) return bare.slice(0, -1);
  return bare;
}

const suffixKey = (token: string): string => token.replace(/[.,()]/g, '');

/**
 * The comparison key of a name: lower case, no accents, no trailing corporate suffix
 * (A/S, ApS, AB, N.V., GmbH, Inc., plc, Group …), no trailing genitive, punctuation as spaces.
 * "A.P. Møller-Mærsk A/S" and "A.P. Moller-Maersk" fold alike; "Equinors" and "Equinor's" fold to "equinor".
 */
export function foldName(name: string): string {
  const tokens = foldLetters(name).split(/\s+/).filter((token) => token.length > 0);
  let changed = true;
  while (changed && tokens.length > 1) {
    changed = false;
    const last = tokens[tokens.length - 1] ?? '';
    const key = suffixKey(last);
    if (CORPORATE_SUFFIXES.has(key) || JOINERS.has(key) || key === '' || key === '-') {
      tokens.pop();
      changed = true;
    }
  }
  const lastIndex = tokens.length - 1;
  const last = tokens[lastIndex];
  if (last !== undefined) tokens[lastIndex] = dropGenitive(last.replace(/[.,;:!?]+$/, ''));
  return tokens
    .join(' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Every key a name and its aliases fold to, empty keys left out. */
export function nameKeys(names: Iterable<string>): Set<string> {
  const keys = new Set<string>();
  for (const name of names) {
    const key = foldName(name);
    if (key.length > 0) keys.add(key);
  }
  return keys;
}

/** Whether two key sets share a key. */
export function keysMeet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const key of a) if (b.has(key)) return true;
  return false;
}
