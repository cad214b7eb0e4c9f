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

/** Whether the two are the same letters, spaces aside, without building either string. */
function sameWithoutSpaces(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  for (;;) {
    while (a[i] === ' ') i += 1;
    while (b[j] === ' ') j += 1;
    if (i === a.length || j === b.length) return i === a.length && j === b.length;
    if (a[i] !== b[j]) return false;
    i += 1;
    j += 1;
  }
}

/** One typo in a long enough word, never in its first letter: "jansen"/"janssen", "danone"/"danon". */
function tokensAlike(a: string, b: string): boolean {
  return a.length >= 5 && b.length >= 5 && a[0] === b[0] && withinOneEdit(a, b);
}

/** editDistance(a, b, 1) <= 1 in one pass without allocating: resolution asks it of every pair in a block. */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  const [long, short] = a.length >= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && long[i] === short[i]) i += 1;
  if (i === short.length) return true;
  // The first difference: a substitution when the lengths agree, else a letter only the longer has.
  const rest = long.length === short.length ? i + 1 : i;
  return long.slice(i + 1) === short.slice(rest);
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
  // Every likeness below keeps the first letter (a typo there makes another name): most pairs end here.
  if (a[0] !== b[0]) return 'different';
  // A space put in or left out: "alfa people" and "alfapeople".
  if (sameWithoutSpaces(a, b)) return 'similar';
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
