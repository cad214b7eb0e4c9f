import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { serverAudits } from 'graphql-http';
import { createTestGraph, overHttp } from './create-test-graph.js';

let t: Awaited<ReturnType<typeof createTestGraph>>;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dealgraph-gateway-'));
  await writeFile(join(dir, 'widget.js'), 'customElements.define("dealgraph-view", class extends HTMLElement {});');
  t = await createTestGraph({ widgetScriptPath: join(dir, 'widget.js'), demoPagePath: join(dir, 'missing-demo.html'), corsOrigins: ['https://news.example'] });
});
afterAll(async () => {
  await t.cleanup();
  await rm(dir, { recursive: true, force: true });
});

describe('GraphQL over HTTP conformance (graphql-http audits)', () => {
  for (const audit of serverAudits({ url: 'http://test/graphql', fetchFn: (input: RequestInfo | URL, init?: RequestInit) => t.gateway.fetch(new Request(input, init)) })) {
    it(audit.name, async () => {
      const result = await audit.fn();
      if (audit.name.startsWith('MUST')) expect({ name: audit.name, status: result.status, reason: 'reason' in result ? result.reason : '' }).toMatchObject({ status: 'ok' });
    });
  }
});

describe('limits, errors and files', () => {
  it('refuses too deep, too aliased and too long operations', async () => {
    const deep = await t.query(`{ company(id: "x") { ${'units { '.repeat(14)}name${' }'.repeat(14)} } }`);
    expect(deep.errors?.[0]?.message).toMatch(/depth/i);
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: stats { deals }`).join(' ');
    expect((await t.query(`{ ${aliases} }`)).errors?.[0]?.message).toMatch(/alias/i);
    const long = `{ ${Array.from({ length: 1200 }, () => 'stats { deals }').join(' ')} }`;
    expect((await t.query(long)).errors?.[0]?.message).toMatch(/token/i);
  });

  it('refuses a request body over the byte limit, whether its length is declared or it streams in chunks', async () => {
    const small = await createTestGraph({ limits: { maxRequestBytes: 2_000 } });
    try {
      await overHttp(small.gateway, async (url) => {
        // Whitespace is no token: only the byte limit can refuse these.
        const body = (bytes: number) => JSON.stringify({ query: `{ stats { deals } }${' '.repeat(bytes)}` });
        const chunked = (text: string) =>
          new ReadableStream<Uint8Array>({
            start(controller) {
              for (let at = 0; at < text.length; at += 500) controller.enqueue(new TextEncoder().encode(text.slice(at, at + 500)));
              controller.close();
            },
          });
        const post = (init: RequestInit) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, ...init } as RequestInit);
        const fits = await post({ body: body(1_500) });
        expect(fits.status).toBe(200);
        expect(((await fits.json()) as { data?: unknown }).data).toEqual({ stats: { deals: expect.any(Number) } });
        const declared = await post({ body: body(2_500) });
        expect(declared.status).toBe(413);
        expect(await declared.text()).toMatch(/too large/);
        const streamedFits = await post({ body: chunked(body(1_500)), duplex: 'half' } as RequestInit);
        expect(streamedFits.status).toBe(200);
        const streamed = await post({ body: chunked(body(2_500)), duplex: 'half' } as RequestInit);
        expect(streamed.status).toBe(413);
        const inProcess = await small.gateway.fetch(new Request('http://test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: body(2_500) }));
        expect(inProcess.status).toBe(413);
      });
    } finally {
      await small.cleanup();
    }
  });

  it('gives no field suggestions and masks internal errors', async () => {
    const body = await t.query(`{ compny(id: "x") { id } }`);
    expect(body.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it('answers an operation asked again as the first time, refused or not (validation results are remembered per document)', async () => {
    const deep = `{ company(id: "x") { ${'units { '.repeat(14)}name${' }'.repeat(14)} } }`;
    for (const query of [deep, `{ compny(id: "x") { id } }`, '{ stats { deals } }']) {
      const first = await t.query(query);
      const again = await t.query(query);
      expect(again).toEqual(first);
    }
    expect((await t.query(deep)).errors?.[0]?.message).toMatch(/depth/i);
    expect((await t.query(`{ compny(id: "x") { id } }`)).errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it('serves the widget bundle, and says how to build what is missing', async () => {
    const script = await t.gateway.fetch('http://test/widget.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    const page = await t.gateway.fetch('http://test/');
    expect(page.status).toBe(404);
    expect(await page.text()).toMatch(/npm run build -w @dealgraph\/widget/);
  });

  it('lets the configured origins embed the read API without a key', async () => {
    const response = await t.gateway.fetch('http://test/graphql', {
      method: 'OPTIONS',
      headers: { origin: 'https://news.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBe('https://news.example');
    const other = await t.gateway.fetch('http://test/graphql', { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    expect(other.headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
  });

  it('serves GraphiQL with the example operations to browsers', async () => {
    const page = await t.gateway.fetch('http://test/graphql', { headers: { accept: 'text/html' } });
    const html = await page.text();
    expect(html).toContain('NokiaAcquisitions');
    expect(html).toContain('SamsungToWithings');
    // Inlined, so the playground works without internet access: nothing fetched from a CDN.
    expect(html).not.toMatch(/https?:\/\/(unpkg\.com|cdn\.jsdelivr\.net|esm\.sh)\//);
  });
});
