// One real stack for the browser tests: a Neo4j of this file's own (the widget shows whatever
// the graph holds around "Nokia", so no other test's data may be in it) seeded with this run's
// data, the gateway serving a widget bundle built fresh from source, and headless Chromium.
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applySchema, createGraph, openGraphReader, type Graph, type OpenGraphReader } from '@dealgraph/graph';
import { createGateway } from '@dealgraph/gateway';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startOwnNeo4j } from '../../../scripts/jest/own-neo4j.mjs';
import { seedNokiaWithings } from './seed-nokia-withings.js';

export const ARTIFACTS = fileURLToPath(new URL('../../../test-artifacts/widget/', import.meta.url));
const WIDGET = fileURLToPath(new URL('../', import.meta.url));

export interface Harness {
  /** Where the gateway listens: `${origin}/` is the demo, `${origin}/graphql` the API. */
  origin: string;
  tag: string;
  browser: Browser;
  /** A page on the gateway's origin with the widget script loaded and `html` in the body. */
  openPage(html: string, options?: { width?: number; height?: number; colorScheme?: 'light' | 'dark'; head?: string; withoutWidget?: boolean }): Promise<Page>;
  /** A port nothing listens on, for the gateway-down test. */
  deadEndpoint: string;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const neo4j = await startOwnNeo4j();
  const auth = { uri: neo4j.uri, user: neo4j.user, password: neo4j.password };
  const tag = randomBytes(6).toString('hex');
  await mkdir(ARTIFACTS, { recursive: true });

  const graph: Graph = createGraph(auth);
  await applySchema(graph);
  await seedNokiaWithings(graph, tag);
  const reader: OpenGraphReader = openGraphReader(auth);

  // The bundle under test, built from source like scripts/build.mjs builds it.
  const files = await mkdtemp(join(tmpdir(), 'dealgraph-widget-test-'));
  await build({ entryPoints: [join(WIDGET, 'src/define-on-load.ts')], outfile: join(files, 'widget.js'), bundle: true, format: 'iife', minify: true, logLevel: 'warning' });
  await writeFile(join(files, 'demo.html'), await readFile(join(WIDGET, 'demo/demo.html'), 'utf8'));
  const gateway = createGateway({ reader: reader.reader, widgetScriptPath: join(files, 'widget.js'), demoPagePath: join(files, 'demo.html'), playground: false,
    // As `dealgraph serve` runs: the widget's repeated reads come from the response cache's fast path.
    responseCache: { lastTransaction: reader.lastTransaction },
  });

  // Test pages live on the gateway's origin, so the widget talks to it like on a real site.
  const pages = new Map<string, string>();
  const server: Server = createServer((request, response) => {
    const page = request.url?.startsWith('/test-page/') ? pages.get(request.url) : undefined;
    if (page) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
      return;
    }
    void gateway.nodeListener(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const dead = createServer();
  await new Promise<void>((resolve) => dead.listen(0, '127.0.0.1', resolve));
  const deadEndpoint = `http://127.0.0.1:${(dead.address() as AddressInfo).port}/graphql`;
  await new Promise<void>((resolve) => dead.close(() => resolve()));

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  });

  let pageCount = 0;
  return {
    origin,
    tag,
    browser,
    deadEndpoint,
    async openPage(html, options = {}) {
      const path = `/test-page/${++pageCount}`;
      pages.set(path, `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">${options.head ?? ''}${options.withoutWidget ? '' : '<script src="/widget.js"></script>'}</head><body>${html}</body></html>`);
      const page = await browser.newPage({ viewport: { width: options.width ?? 1200, height: options.height ?? 800 }, colorScheme: options.colorScheme ?? 'light' });
      await page.goto(origin + path);
      return page;
    },
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await reader.close();
      await graph.close();
      await neo4j.stop();
      await rm(files, { recursive: true, force: true });
    },
  };
}
