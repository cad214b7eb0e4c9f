import { Readability } from '@mozilla/readability';
import { DOMParser } from 'linkedom';

/** What {@link readHtml} finds in a page. */
export interface HtmlPage {
  /** The article as text: paragraphs separated by blank lines. Offsets of later stages refer to this text. */
  text: string;
  title: string | null;
  /** YYYY-MM-DD from the page's metadata, or null. */
  publishedAt: string | null;
  /** The primary language subtag of <html lang>, lowercase, or null. */
  lang: string | null;
}

/** The little of a DOM node the text walk needs (the package has no DOM typings). */
interface DomNode {
  nodeType: number;
  nodeValue: string | null;
  localName?: string;
  childNodes: ArrayLike<DomNode>;
}

/** Pages larger than this, or nested deeper, are read by the tag stripper: the DOM would cost too much. */
const DOM_MAX_CHARS = 3_000_000;
const DOM_MAX_DEPTH = 400;
/** Readability finding less than this is taken as finding nothing. */
const MIN_ARTICLE_CHARS = 200;
const META_SCAN_CHARS = 300_000;

const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'aside', 'nav', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'table', 'tr', 'figure', 'figcaption', 'form', 'hr', 'address',
]);
const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'head', 'title', 'object', 'canvas']);
const VOID_TAGS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param']);

/**
 * The article of an HTML page as text, with its title, publication date and language. Readability on
 * linkedom's DOM finds the article; when it finds nothing the body's text is used. Pages too large or too
 * deeply nested for a DOM, or that make the DOM throw, are read by a linear tag stripper instead.
 */
export function readHtml(html: string): HtmlPage {
  const meta = readMetadata(html.slice(0, META_SCAN_CHARS));
  let text: string | null = null;
  if (html.length <= DOM_MAX_CHARS && maxDepth(html) <= DOM_MAX_DEPTH) {
    try {
      text = readWithDom(html);
    } catch {
      text = null;
    }
  }
  text ??= stripTags(html);
  return { text, title: meta.title, publishedAt: meta.publishedAt, lang: meta.lang };
}

/** A longer <h1> is not a headline but a page that misuses it. */
const MAX_HEADLINE_CHARS = 300;

function readWithDom(html: string): string {
  const document = new DOMParser().parseFromString(html, 'text/html');
  const body = document.body as unknown as DomNode | null;
  const fallback = body === null ? '' : blockText(body);
  // Readability changes the document it reads, so the body's text and the headline are taken first.
  const headline = (document.querySelector('h1')?.textContent ?? '').replace(/\s+/gu, ' ').trim();
  const article = new Readability(document as never, { charThreshold: 100 }).parse();
  if (article?.content) {
    const content = new DOMParser().parseFromString(`<html><body>${article.content}</body></html>`, 'text/html');
    const text = content.body === null ? '' : blockText(content.body as unknown as DomNode);
    // Readability leaves the <h1> out of the article; a deal told only in the headline would be lost without it.
    if (text.length >= MIN_ARTICLE_CHARS) return headline.length > 0 && headline.length <= MAX_HEADLINE_CHARS && !text.includes(headline) ? `${headline}\n\n${text}` : text;
  }
  return fallback;
}

/** Text of a DOM subtree: blocks on their own paragraphs (blank line between), <br> a line break. Iterative: no stack overflow. */
function blockText(root: DomNode): string {
  const out: string[] = [];
  const stack: { node: DomNode; closing: boolean }[] = [{ node: root, closing: false }];
  while (stack.length > 0) {
    const { node, closing } = stack.pop() as { node: DomNode; closing: boolean };
    if (node.nodeType === 3) {
      out.push((node.nodeValue ?? '').replace(/\s+/gu, ' '));
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const tag = (node.localName ?? '').toLowerCase();
    if (SKIPPED_TAGS.has(tag)) continue;
    if (tag === 'br') {
      out.push('\n');
      continue;
    }
    const block = BLOCK_TAGS.has(tag) || tag === 'td' || tag === 'th';
    if (closing) {
      if (block) out.push('\n\n');
      continue;
    }
    if (block) out.push('\n\n');
    stack.push({ node, closing: true });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i] as DomNode, closing: false });
  }
  return tidy(out.join(''));
}

/** Spaces made single per line, lines trimmed, at most one blank line between paragraphs. */
function tidy(text: string): string {
  return text
    .replace(/[ \t\u00a0]*\n[ \t\u00a0]*/gu, '\n')
    .replace(/[ \t]{2,}/gu, ' ')
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
}

/** Nesting depth of the markup, counted in one pass over the tags (void and self-closing tags do not nest). */
function maxDepth(html: string): number {
  let depth = 0;
  let max = 0;
  let gt = -1;
  for (let lt = html.indexOf('<'); lt >= 0; lt = html.indexOf('<', lt + 1)) {
    // The next '>' is remembered, so markup without any costs one search, not one per '<'.
    if (gt < lt) gt = html.indexOf('>', lt);
    if (gt < 0) break;
    const closing = html.charCodeAt(lt + 1) === 0x2f;
    const name = tagName(html, closing ? lt + 2 : lt + 1);
    if (name === '' || VOID_TAGS.has(name) || html.charCodeAt(gt - 1) === 0x2f) continue;
    if (closing) depth = Math.max(0, depth - 1);
    else if (++depth > max) {
      max = depth;
      if (max > DOM_MAX_DEPTH) return max;
    }
  }
  return max;
}

function tagName(html: string, from: number): string {
  let end = from;
  while (end < html.length && end - from < 32 && /[a-zA-Z0-9-]/u.test(html[end] as string)) end++;
  return /^[a-zA-Z]/u.test(html[from] ?? '') ? html.slice(from, end).toLowerCase() : '';
}

/** The first `<name …>` tag of a lowercased page and what follows, found without a regex scan over the page. */
function firstTag(lowerHtml: string, html: string, name: string): string {
  const open = `<${name}`;
  for (let at = lowerHtml.indexOf(open); at >= 0; at = lowerHtml.indexOf(open, at + 1)) {
    const next = lowerHtml[at + open.length] ?? '';
    if (next === '>' || /\s/u.test(next)) return html.slice(at, at + 3000);
  }
  return '';
}

/** A linear reader for markup a DOM cannot take: drops scripts, styles and comments, turns blocks into paragraphs. */
export function stripTags(html: string): string {
  const out: string[] = [];
  const lowerHtml = html.toLowerCase();
  let i = 0;
  const n = html.length;
  const bodyAt = html.search(/<body[\s>]/iu);
  if (bodyAt > 0) i = bodyAt;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out.push(html.slice(i));
      break;
    }
    out.push(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close < 0 ? n : close + 3;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) break;
    const closing = html[lt + 1] === '/';
    const name = tagName(html, closing ? lt + 2 : lt + 1);
    i = gt + 1;
    if (name === '') continue;
    if (!closing && SKIPPED_TAGS.has(name) && name !== 'head') {
      const end = lowerHtml.indexOf(`</${name}`, i);
      i = end < 0 ? n : end;
      continue;
    }
    if (name === 'br') out.push('\n');
    else if (BLOCK_TAGS.has(name) || name === 'td' || name === 'th') out.push('\n\n');
    else out.push(' ');
  }
  return tidy(decodeEntities(out.join('').replace(/[ \t\r]+/gu, ' ')));
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—', hellip: '…', laquo: '«',
  raquo: '»', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', euro: '€', pound: '£', yen: '¥', copy: '©', aelig: 'æ',
  oslash: 'ø', aring: 'å', AElig: 'Æ', Oslash: 'Ø', Aring: 'Å', auml: 'ä', ouml: 'ö', uuml: 'ü', Auml: 'Ä', Ouml: 'Ö',
  Uuml: 'Ü', szlig: 'ß', eacute: 'é', egrave: 'è', ecirc: 'ê', agrave: 'à', ccedil: 'ç', Eacute: 'É',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/giu, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body] ?? whole;
  });
}

const ATTRIBUTE = /([a-zA-Z:_-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gu;
const DATE_KEYS = ['article:published_time', 'og:published_time', 'datepublished', 'date', 'pubdate', 'publishdate', 'dc.date', 'dcterms.created', 'sailthru.date', 'parsely-pub-date'];

/** Title, publication date and language from the markup itself (so they survive when the DOM is not built). */
function readMetadata(head: string): { title: string | null; publishedAt: string | null; lang: string | null } {
  const metas = new Map<string, string>();
  const lowerHead = head.toLowerCase();
  for (let at = lowerHead.indexOf('<meta'); at >= 0; at = lowerHead.indexOf('<meta', at + 5)) {
    const gt = head.indexOf('>', at);
    if (gt < 0) break;
    const attrs = new Map<string, string>();
    for (const a of head.slice(at, Math.min(gt, at + 2000)).matchAll(ATTRIBUTE)) attrs.set((a[1] as string).toLowerCase(), a[2] ?? a[3] ?? a[4] ?? '');
    const key = (attrs.get('property') ?? attrs.get('name') ?? attrs.get('itemprop'))?.toLowerCase();
    const content = attrs.get('content');
    if (key !== undefined && content !== undefined && !metas.has(key)) metas.set(key, decodeEntities(content).trim());
  }

  let publishedAt: string | null = null;
  for (const key of DATE_KEYS) {
    publishedAt = toIsoDate(metas.get(key));
    if (publishedAt !== null) break;
  }
  publishedAt ??= toIsoDate(/"datePublished"\s*:\s*"([^"]{4,40})"/u.exec(head)?.[1]);
  const at = (tag: string) => firstTag(lowerHead, head, tag);
  publishedAt ??= toIsoDate(/^<time\b[^>]{0,2000}?\bdatetime\s*=\s*["']?([^"'\s>]+)/iu.exec(at('time'))?.[1]);
  const titleTag = /^<title\b[^>]{0,2000}>([^<]{1,1000})<\/title/iu.exec(at('title'))?.[1];
  const h1 = /^<h1\b[^>]{0,2000}>([\s\S]{1,1000}?)<\/h1/iu.exec(at('h1'))?.[1];
  const title =
    clean(metas.get('og:title')) ?? clean(titleTag) ?? clean(h1?.replace(/<[^>]{0,500}>/gu, ' '));
  const lang = /^<html\b[^>]{0,2000}?\blang\s*=\s*["']?([a-zA-Z]{2,3})/iu.exec(at('html'))?.[1]?.toLowerCase() ?? null;
  return { title, publishedAt, lang: lang === 'nb' || lang === 'nn' ? 'no' : lang };
}

function clean(text: string | undefined): string | null {
  if (text === undefined) return null;
  const t = decodeEntities(text).replace(/\s+/gu, ' ').trim();
  return t.length > 0 ? t : null;
}

/** YYYY-MM-DD from an ISO-like date ('2018-05-31T08:00:00+02:00' keeps its own calendar day). */
function toIsoDate(value: string | undefined): string | null {
  if (value === undefined) return null;
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/u.exec(value);
  if (m !== null) return `${m[1]}-${m[2]}-${m[3]}`;
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString().slice(0, 10);
}
