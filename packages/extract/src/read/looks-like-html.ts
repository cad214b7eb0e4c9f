const HTML_START = /^\s*(?:<!--[\s\S]{0,2000}?-->\s*)?(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<\?xml)/iu;
const TAG = /<\/?(?:p|div|span|a|br|h[1-6]|article|section|meta|script|li|ul|table|img)\b[^>]{0,500}>/giu;
const SNIFF_CHARS = 4096;

/** Whether the text is an HTML page rather than plain text: a doctype or html tag up front, or several common tags. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, SNIFF_CHARS);
  if (HTML_START.test(head)) return true;
  let tags = 0;
  TAG.lastIndex = 0;
  while (TAG.exec(head) !== null) if (++tags >= 3) return true;
  return false;
}
