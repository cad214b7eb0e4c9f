// Where a text quotes someone: what is said inside a quotation is not the page's own statement.

/** Quotations: „…“, “…”, "…", «…», »…«. */
const quoted = /„[^“”"]*[“”"]|“[^”]*”|"[^"]*"|«[^»]*»|»[^«]*«/gu;

/** The [start, end) offsets of every quotation in a text, quote marks included. */
export function quotedSpans(text: string): (readonly [number, number])[] {
  return [...text.matchAll(quoted)].map((m) => [m.index, m.index + m[0].length] as const);
}
