import { looksLikeHtml } from './looks-like-html.js';
import { readHtml, stripTags } from './read-html.js';
import { extractDocument } from '../extract-document.js';

const prose = 'The group has agreed to buy its smaller rival for two billion euros in cash, the companies said on Monday. ';

describe('looksLikeHtml', () => {
  const table: [string, boolean][] = [
    ['<!DOCTYPE html><html><body>x</body></html>', true],
    ['  <html lang="en"><p>x</p></html>', true],
    ['<!-- saved page --><html>', true],
    ['<div><p>One</p><p>Two</p></div>', true],
    ['Acme buys Beta.\n\nThe price is 2 < 3 and 5 > 4.', false],
    ['Plain text with one <b> tag.', false],
    ['', false],
  ];
  test.each(table)('%j → %p', (text, expected) => expect(looksLikeHtml(text)).toBe(expected));
});

describe('readHtml', () => {
  const page = `<!doctype html><html lang="nb-NO"><head>
    <title>Konsernet kjøper rival | Avisa</title>
    <meta property="og:title" content="Konsernet kj&oslash;per rival">
    <meta property="article:published_time" content="2019-03-04T23:30:00+01:00">
    <script>document.write("<p>not text</p>")</script><style>p { color: red }</style>
  </head><body>
    <nav><a href="/">Forsiden</a> | <a href="/n">Nyheter</a></nav>
    <article><h1>Konsernet kjøper rival</h1>
      <p>${prose.repeat(3)}</p>
      <p>Second paragraph<br>with a break &amp; an entity.</p>
    </article>
    <footer>Kontakt oss</footer>
  </body></html>`;

  test('reads article text in paragraphs, title, date and language', () => {
    const result = readHtml(page);
    expect(result.title).toBe('Konsernet kjøper rival');
    expect(result.publishedAt).toBe('2019-03-04');
    expect(result.lang).toBe('no');
    expect(result.text).toContain(prose.trim());
    expect(result.text).toContain('\n\nSecond paragraph\nwith a break & an entity.');
    expect(result.text).not.toMatch(/not text|color: red|Forsiden/);
  });

  test('the <h1> headline Readability leaves out opens the text, once', () => {
    const text = readHtml(page).text;
    expect(text.startsWith('Konsernet kjøper rival\n\n')).toBe(true);
    expect(text.split('Konsernet kjøper rival').length).toBe(2);
  });

  test('a deal told only in the headline of an HTML page is found', () => {
    const html = `<html><head><title>Site</title></head><body><article><h1>Vestas kjøper Northern Power Systems</h1><p>${'Selskapet sier at det fortsatt har store planer for vindkraft i Europa og Amerika i årene som kommer. '.repeat(4)}</p></article></body></html>`;
    const extraction = extractDocument(html, { contentType: 'html', publishedAt: '2019-05-02' });
    const names = extraction.deals.map((deal) => [deal.acquirer, deal.target].map((id) => extraction.entities.find((e) => e.id === id)?.name));
    expect(names).toContainEqual(['Vestas', 'Northern Power Systems']);
  });

  const dates: [string, string, string | null][] = [
    ['og:published_time', '<meta property="og:published_time" content="2020-01-02">', '2020-01-02'],
    ['itemprop', '<meta itemprop="datePublished" content="2021-12-31T10:00:00Z">', '2021-12-31'],
    ['JSON-LD', '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2017-07-08T09:00:00+02:00"}</script>', '2017-07-08'],
    ['time element', '<time datetime="2015-06-01T12:00">1 June</time>', '2015-06-01'],
    ['nothing', '<meta name="author" content="X">', null],
  ];
  test.each(dates)('publication date from %s', (_name, markup, expected) => {
    expect(readHtml(`<html><head>${markup}</head><body><p>${prose}</p></body></html>`).publishedAt).toBe(expected);
  });

  test('title falls back to <title>, then <h1>', () => {
    expect(readHtml('<html><head><title>A &amp; B merge</title></head><body><p>x</p></body></html>').title).toBe('A & B merge');
    expect(readHtml('<html><body><h1>Big <em>news</em></h1><p>x</p></body></html>').title).toBe('Big news');
  });

  test('falls back to the body text when readability finds no article', () => {
    const result = readHtml('<html><body><div>Short note: Acme buys Beta.</div></body></html>');
    expect(result.text).toBe('Short note: Acme buys Beta.');
  });

  test('100k nested divs neither crash nor hang', () => {
    const deep = '<html><body>' + '<div>'.repeat(100_000) + 'deep text' + '</div>'.repeat(100_000) + '</body></html>';
    expect(readHtml(deep).text).toBe('deep text');
  });

  const malformed: [string, string][] = [
    ['unclosed tags', '<p><b><i>'.repeat(20_000) + 'tail'],
    ['an unclosed script', '<html><body><p>before</p><script>' + 'x'.repeat(100_000)],
    ['a flood of tag openers', '<html><body>' + '<scr'.repeat(100_000)],
    ['a flood of metas', '<html><head>' + '<meta content="'.repeat(50_000)],
    ['angle brackets only', '<<<<>>>>'.repeat(50_000)],
  ];
  test.each(malformed)('survives %s', (_name, html) => {
    const result = readHtml(html);
    expect(typeof result.text).toBe('string');
  });

  test('stripTags keeps blocks apart and drops scripts and comments', () => {
    expect(stripTags('<body><h2>Head</h2><!-- c --><p>One &euro;5</p><script>x()</script><p>Two</p></body>')).toBe('Head\n\nOne €5\n\nTwo');
  });
});
