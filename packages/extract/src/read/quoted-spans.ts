// Where a text quotes someone: what is said inside a quotation is not the page's own statement.

/** Quotations: „…“, “…”, "…", «…», »…«. */
const quoted = /„[^“”"]*[“”"]|“[^”]*”|"[^"]*"|«[^»]*»|»[^«]*«/gu;

/** The [start, end) offsets of every quotation in a text, quote marks included. */
export function quotedSpans(text: string): (readonly [number, number])[] {
  return [...text.matchAll(quoted)].map((m) => [m.index, m.index + m[0].length] as const);
}

/** A sentence of a paragraph: its text and the paragraph it belongs to. */
interface BlockSentence {
  text: string;
  block: number;
}

/**
 * The quotations of each sentence, in its own offsets, where a quotation may run over several sentences of one paragraph
 * ('»We like the fit. The price is fair,« the buyer writes'): the second sentence is quoted up to its closing mark,
 * though it holds no opening one.
 */
export function quotedSpansBySentence(sentences: readonly BlockSentence[]): (readonly [number, number])[][] {
  const result: (readonly [number, number])[][] = sentences.map(() => []);
  let first = 0;
  while (first < sentences.length) {
    let last = first;
    while (last + 1 < sentences.length && sentences[last + 1]?.block === sentences[first]?.block) last += 1;
    // The paragraph's sentences joined by one space, each with its offset in the joined text.
    const offsets: number[] = [];
    let joined = '';
    for (let i = first; i <= last; i += 1) {
      offsets.push(joined.length);
      joined += `${sentences[i]?.text ?? ''} `;
    }
    for (const [start, end] of quotedSpans(joined)) {
      for (let i = first; i <= last; i += 1) {
        const from = offsets[i - first] as number;
        const to = from + (sentences[i]?.text.length ?? 0);
        if (end > from && start < to) result[i]?.push([Math.max(start, from) - from, Math.min(end, to) - from]);
      }
    }
    first = last + 1;
  }
  return result;
}
