// CSV as RFC 4180 writes it and spreadsheets read it, one row at a time so rows can be streamed.

/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One cell: empty for null, lists joined with "; ", text that a spreadsheet would run as a
 * formula prefixed with a single quote (a company called "=HYPERLINK(…)" stays text), and
 * quotes around anything holding a comma, a quote or a line break. Numbers are left alone:
 * a negative amount is a number, not a formula.
 */
export function encodeCsvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return encodeCsvCell(value.map((item) => (item === null || item === undefined ? '' : String(item))).join('; '));
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record, CRLF-terminated as RFC 4180 asks. */
export function encodeCsvRow(values: readonly unknown[]): string {
  return `${values.map(encodeCsvCell).join(',')}\r\n`;
}
