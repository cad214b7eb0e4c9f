// Hostile and broken inputs: a clear ExtractError or a sane result, never a crash or a hang; random and mutated pages
// through fast-check. Times are measured by `npm run bench:extract`, not asserted here: a test only has to finish.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { ExtractError, extractDocument, type Extraction } from '../src/index.js';

const samples = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../corpus/samples');
const sampleFiles = readdirSync(samples).filter((file) => !file.endsWith('.json')).sort();
const samplePages = sampleFiles.map((file) => readFileSync(path.join(samples, file), 'utf8'));
/** Text pages: their offsets refer to the input itself (an HTML page's refer to the text read from it). */
const textPages = sampleFiles.filter((file) => file.endsWith('.txt')).map((file) => readFileSync(path.join(samples, file), 'utf8'));

/** Every offset points at the text it claims, in the text the extractor read. */
function expectConsistentOffsets(result: Extraction, read: string): void {
  for (const entity of result.entities) for (const m of entity.mentions ?? []) expect(read.slice(m.start, m.end)).toBe(m.text);
  for (const item of [...result.deals, ...result.roles]) for (const e of item.evidence) expect(read.slice(e.start, e.end)).toBe(e.text);
}

/** What a call gives: the result, or the code of the ExtractError; anything else thrown fails the test. */
function attempt(input: string | Uint8Array, contentType: 'text' | 'html' = 'text'): Extraction | string {
  try {
    return extractDocument(input, { publishedAt: '2024-03-01', contentType });
  } catch (error) {
    if (error instanceof ExtractError) return error.code;
    throw error;
  }
}

/** A page of many sentences, each naming new companies and a deal: every sentence is a deal candidate. */
function namesAndVerbs(size: number, end: string): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i += 1) {
    const part = `Alpha${i}x Beta${i}y Holding acquired Gamma${i}z Group from Delta${i}w Corp${end}`;
    parts.push(part);
    length += part.length + 1;
  }
  return parts.join(' ');
}

describe('refused inputs', () => {
  test.each([
    ['an empty string', 'EMPTY_INPUT', ''],
    ['only spaces', 'EMPTY_INPUT', '  \n\t  '],
    ['no bytes', 'EMPTY_INPUT', new Uint8Array(0)],
    ['binary bytes', 'BINARY_INPUT', Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)],
    ['a PNG header and zeros', 'BINARY_INPUT', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array<number>(2000).fill(0)])],
  ] as const)('%s → %s', (_label, code, input) => {
    expect(attempt(input)).toBe(code);
  });

  test('a 50 MB string is refused as too large, before any reading', () => {
    expect(attempt('Acme Corp acquired Beta Corp. '.repeat(1_750_000))).toBe('INPUT_TOO_LARGE');
  });

  test('50 MB of bytes are refused as too large', () => {
    expect(attempt(new Uint8Array(50 * 1024 * 1024 + 1).fill(0x41))).toBe('INPUT_TOO_LARGE');
  });
});

describe('large and malformed pages complete with a sane result', () => {
  test('a 5 MB page of news paragraphs', () => {
    const page = (samplePages[1] as string).repeat(Math.ceil(4_900_000 / (samplePages[1] as string).length)).slice(0, 4_900_000);
    const result = attempt(page);
    expect(typeof result).toBe('object');
    expect((result as Extraction).entities.length).toBeGreaterThan(0);
  }, 120_000);

  test('54 KB of names and deal verbs, a sentence each', () => {
    const page = namesAndVerbs(54_000, '.');
    const result = attempt(page) as Extraction;
    expect(result.deals.length).toBeGreaterThan(0);
    expectConsistentOffsets(result, page);
  }, 60_000);

  test('500 KB of names and deal verbs in one sentence', () => {
    const page = namesAndVerbs(500_000, ',');
    const result = attempt(page) as Extraction;
    expect(result.entities.length).toBeGreaterThan(0);
    expectConsistentOffsets(result, page);
  }, 60_000);

  test('100,000 nested divs', () => {
    const page = `<html><body>${'<div>'.repeat(100_000)}Acme Corp has acquired Beta Group for $2bn.${'</div>'.repeat(100_000)}</body></html>`;
    const result = attempt(page, 'html');
    expect(typeof result === 'string' ? result : 'result').toMatch(/^(result|MALFORMED_HTML|EMPTY_INPUT)$/);
  }, 60_000);

  test.each([
    ['unclosed tags', '<html><body><p>Acme Corp has acquired Beta Group<div><span><b>for $2bn<p>Shares rose'],
    ['a tag never closed', `<p>Acme Corp acquired Beta Group <a href="${'x'.repeat(200_000)}`],
    ['stray brackets', '<<<>>> Acme Corp <acquired> Beta Group </p></p></div> &amp &#xffffff; &#0;'],
    ['only tags', '<html><head></head><body><div></div></body></html>'],
  ])('%s', (_label, page) => {
    const result = attempt(page, 'html');
    if (typeof result === 'string') expect(result).toMatch(/^(EMPTY_INPUT|MALFORMED_HTML)$/);
  });

  test('a page in several languages', () => {
    const page = textPages.join('\n\n');
    const result = attempt(page) as Extraction;
    expect(result.entities.length).toBeGreaterThan(0);
    expectConsistentOffsets(result, page);
  });
});

describe('random and mutated pages (fast-check)', () => {
  /** A sample page with random insertions, deletions and duplications of its slices. */
  const mutated = (pages: string[]) => fc
    .record({
      page: fc.constantFrom(...pages),
      edits: fc.array(
        fc.record({
          kind: fc.constantFrom('insert', 'delete', 'duplicate'),
          at: fc.double({ min: 0, max: 1, noNaN: true }),
          length: fc.integer({ min: 1, max: 400 }),
          text: fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('<div>', '</p>', '\n\n', '. ', ' acquired ', ' Corp ', '\u0000', '’s ')),
        }),
        { maxLength: 12 },
      ),
    })
    .map(({ page, edits }) => {
      let text = page;
      for (const edit of edits) {
        const at = Math.floor(edit.at * text.length);
        if (edit.kind === 'insert') text = text.slice(0, at) + edit.text + text.slice(at);
        else if (edit.kind === 'delete') text = text.slice(0, at) + text.slice(at + edit.length);
        else text = text.slice(0, at + edit.length) + text.slice(at, at + edit.length) + text.slice(at + edit.length);
      }
      return text;
    });

  test('random strings: an ExtractError or a result, with consistent offsets', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary', maxLength: 2000 }), fc.string({ unit: fc.constantFrom('A', 'b', ' ', '.', 'Corp', 'acquired', '\n'), maxLength: 500 })), (text) => {
        const result = attempt(text);
        if (typeof result !== 'string' && !text.includes('<')) expectConsistentOffsets(result, text);
      }),
      { numRuns: 300 },
    );
  });

  test('random bytes: an ExtractError or a result', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => {
        attempt(bytes);
      }),
      { numRuns: 200 },
    );
  });

  test('mutated sample pages (text): consistent offsets, same output twice', () => {
    fc.assert(
      fc.property(mutated(textPages), (text) => {
        const result = attempt(text);
        // A mutation can make the page look like HTML ('<div>'): then offsets refer to the text read from it.
        if (typeof result === 'string' || text.includes('<')) return;
        expectConsistentOffsets(result, text);
        expect(attempt(text)).toEqual(result);
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  test('mutated sample pages (HTML): an ExtractError or a result, same output twice', () => {
    fc.assert(
      fc.property(mutated(samplePages), (text) => {
        const result = attempt(text, 'html');
        expect(attempt(text, 'html')).toEqual(result);
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
