/** How two folded name keys relate, from the strongest to none. */
export type NameLikeness = 'same' | 'similar' | 'initial' | 'different';

/** Levenshtein distance, giving up (returning max + 1) once it exceeds `max`. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    previous = current;
  }
  return previous[b.length] ?? max + 1;
}

/** One typo in a long enough word, never in its first letter: "jansen"/"janssen", "danone"/"danon". */
function tokensAlike(a: string, b: string): boolean {
  return a.length >= 5 && b.length >= 5 && a[0] === b[0] && editDistance(a, b, 1) <= 1;
}

/**
 * Compares two folded keys token by token. Names of different length in tokens
 * never look alike ("nokia" vs "nokia digital health" are two companies) unless they
 * differ only by where the spaces are ("alfa people" vs "alfapeople"); at most
 * one token may differ, by one typo; a person's first name may be an initial.
 * Look-alikes still need context before they are merged (see resolve-party.ts).
 */
export function compareNames(a: string, b: string): NameLikeness {
  if (a === b) return 'same';
  // A space put in or left out: "alfa people" and "alfapeople".
  if (a.replaceAll(' ', '') === b.replaceAll(' ', '')) return 'similar';
  const ta = a.split(' ');
  const tb = b.split(' ');
  if (ta.length !== tb.length) return 'different';
  let typos = 0;
  let initials = 0;
  for (let i = 0; i < ta.length; i += 1) {
    const x = ta[i] ?? '';
    const y = tb[i] ?? '';
    if (x === y) continue;
    if (i === 0 && ta.length > 1 && (x.length === 1 || y.length === 1) && x[0] === y[0]) initials += 1;
    else if (tokensAlike(x, y)) typos += 1;
    else return 'different';
  }
  if (typos + initials > 1) return 'different';
  return initials > 0 ? 'initial' : 'similar';
}
