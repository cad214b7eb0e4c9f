// npm run bench:widget — how fast <dealgraph-view> draws big neighbourhoods in headless Chromium.
//
// Generates neighbourhoods of 200, 2,000 and 10,000 elements (nodes + edges) shaped like
// real ones (a hub company, deals over 25 years, a long tail of parties), serves them from a
// tiny local GraphQL endpoint next to the widget bundle (built fresh from source), and
// times, from setting the element's attributes:
//   first render  the end of the first frame cytoscape draws with the graph in it
//   settled       the `dealgraph-load` event (layout final, drawn) plus two quiet frames
// Target: 2,000 elements settled in under 2 s.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { seededRandom } from './seeded-random.js';

const SIZES = (process.argv[2] ?? '200,2000,10000').split(',').map(Number);
const RUNS = Number(process.argv[3] ?? 3);
const TARGET_MS = 2_000;

interface Node { id: string; type: 'COMPANY' | 'PERSON' | 'DEAL'; label: string; kind: string | null; status: string | null; year: number | null; eur: number | null }
interface Edge { id: string; source: string; target: string; type: string; label: string | null }


/** About `elements` nodes plus edges: each deal brings itself, two or three edges and a new party half the time. */
function generateGraph(elements: number): { nodes: Node[]; edges: Edge[] } {
  const rand = seededRandom(elements);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const kinds = ['ACQUISITION', 'ACQUISITION', 'ACQUISITION', 'MERGER', 'STAKE', 'WRITE_DOWN'] as const;
  const statuses = ['COMPLETED', 'COMPLETED', 'COMPLETED', 'PLANNED', 'RUMORED', 'CANCELLED'] as const;
  const nodes: Node[] = [{ id: 'root', type: 'COMPANY', label: 'Hub Holdings', kind: null, status: null, year: null, eur: null }];
  const parties: string[] = ['root'];
  const edges: Edge[] = [];
  let count = 1;
  for (let d = 0; count < elements; d++) {
    const deal = `d${d}`;
    const year = 2000 + Math.floor(rand() * 25);
    nodes.push({ id: deal, type: 'DEAL', label: `Deal ${d}`, kind: pick(kinds), status: pick(statuses), year, eur: rand() < 0.7 ? Math.round(rand() * 5e9) : null });
    const party = () => {
      if (rand() < 0.55 || parties.length < 5) {
        const id = `p${parties.length}`;
        nodes.push({ id, type: rand() < 0.15 ? 'PERSON' : 'COMPANY', label: `Party ${parties.length}`, kind: null, status: null, year: null, eur: null });
        parties.push(id);
        count++;
        return id;
      }
      return rand() < 0.3 ? 'root' : pick(parties);
    };
    const acquirer = d % 3 === 0 ? 'root' : party();
    let target = party();
    if (target === acquirer) target = party();
    edges.push({ id: `${deal}a`, source: deal, target: acquirer, type: 'ACQUIRER', label: null });
    edges.push({ id: `${deal}t`, source: deal, target, type: 'TARGET', label: null });
    count += 3;
    if (rand() < 0.3) {
      edges.push({ id: `${deal}s`, source: deal, target: party(), type: 'SELLER', label: null });
      count++;
    }
  }
  return { nodes, edges };
}

const graphs = new Map(SIZES.map((size) => [size, generateGraph(size)]));

const bundle = await build({
  entryPoints: [fileURLToPath(new URL('../packages/widget/src/define-on-load.ts', import.meta.url))],
  bundle: true,
  minify: true,
  format: 'iife',
  write: false,
});
const script = bundle.outputFiles[0]?.text ?? '';

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname === '/widget.js') {
    response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
  } else if (url.pathname.startsWith('/graphql/')) {
    const size = Number(url.pathname.split('/')[2]);
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const { query, variables } = JSON.parse(body) as { query: string; variables: { id?: string } };
      const graph = graphs.get(size) ?? { nodes: [], edges: [] };
      const data = query.includes('search(')
        ? { search: [{ id: 'root', name: 'Hub Holdings', type: 'COMPANY', score: 1 }] }
        : { neighborhood: variables.id === 'root' ? { ...graph, truncated: false } : { nodes: [], edges: [], truncated: false } };
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data }));
    });
  } else {
    response.writeHead(200, { 'content-type': 'text/html' }).end(
      '<!doctype html><meta charset="utf-8"><style>body{margin:0} dealgraph-view{height:800px}</style><script src="/widget.js"></script><body></body>',
    );
  }
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
});

interface Timing { firstRender: number; settled: number; fetch: number; layout: number; nodes: number; edges: number }

async function measure(size: number): Promise<Timing> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(origin);
  // Plain JavaScript text: tsx would otherwise wrap named functions in a helper the page lacks.
  const timing = (await page.evaluate(`new Promise((resolve, reject) => {
    const element = document.createElement('dealgraph-view');
    let firstRender = 0;
    const started = performance.now();
    // The end of the first frame cytoscape draws with the graph in it ('render' fires after drawing).
    const watch = () => {
      if (element.cy) element.cy.on('render', () => { if (!firstRender && element.cy.nodes().length > 0) firstRender = performance.now() - started; });
      else requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
    element.addEventListener('dealgraph-error', (event) => reject(new Error(JSON.stringify(event.detail))));
    element.addEventListener('dealgraph-load', (event) => {
      const detail = event.detail;
      requestAnimationFrame(() => requestAnimationFrame(() => resolve({
        firstRender: firstRender || performance.now() - started,
        settled: performance.now() - started,
        fetch: detail.timings.fetch,
        layout: detail.timings.layout,
        nodes: detail.nodes,
        edges: detail.edges,
      })));
    });
    element.setAttribute('endpoint', ${JSON.stringify(`${origin}/graphql/${size}`)});
    element.setAttribute('limit', '50000');
    element.setAttribute('entity', 'root');
    document.body.append(element);
  })`)) as Timing;
  await page.close();
  return timing;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const ms = (value: number) => `${Math.round(value).toLocaleString('en')} ms`.padStart(9);

console.log(`widget bench: headless Chromium, median of ${RUNS} runs per size\n`);
console.log('elements    nodes   edges  first render   settled   (gateway  layout)');
let passed = true;
for (const size of SIZES) {
  const runs: Timing[] = [];
  for (let run = 0; run < RUNS; run++) runs.push(await measure(size));
  const first = runs[0] as Timing;
  const settled = median(runs.map((r) => r.settled));
  if (size === 2000 && settled > TARGET_MS) passed = false;
  console.log(
    `${String(size).padStart(8)} ${String(first.nodes).padStart(8)} ${String(first.edges).padStart(7)}  ${ms(median(runs.map((r) => r.firstRender)))}    ${ms(settled)}  (${ms(median(runs.map((r) => r.fetch)))} ${ms(median(runs.map((r) => r.layout)))})`,
  );
}
console.log(`\ntarget: 2,000 elements settled in under ${TARGET_MS.toLocaleString('en')} ms: ${passed ? 'met' : 'MISSED'}`);

await browser.close();
server.close();
