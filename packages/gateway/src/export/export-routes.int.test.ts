// The /export routes through the real gateway over the real Neo4j, on data this file seeds
// (names carry a random tag) and removes again.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  applySchema,
  createGraph,
  ingestArticles,
  openExportReader,
  openGraphReader,
  type ArticleFacts,
  type ExportReader,
  type FactDeal,
  type Graph,
  type OpenExportReader,
  type OpenGraphReader,
} from '@dealgraph/graph';
import { createGateway, type Gateway } from '../create-gateway.js';
import { parseCsvRecords } from './__fixtures__/parse-csv.js';

const env = process.env;
/** Random letters: names the resolver cannot take for one another (numbered names it would). */
const word = (length: number) => [...randomBytes(length)].map((b) => 'bcdfghjklmnpqrstvwxz'[b % 20]).join('');
const tag = word(8);
const T = tag.charAt(0).toUpperCase() + tag.slice(1);

const names = {
  alpha: `${T}alpha`,
  beta: `${T}beta Labs`,
  gamma: `${T}gamma, "The Quoted" Group`,
  delta: `=${T}delta`,
  eps: `${T}eps`,
  zeta: `${T}zeta`,
  hub: `${T}hub`,
};
const HUB_DEALS = 120;
const hubTargets = Array.from({ length: HUB_DEALS }, () => `${T}${word(10)}`);

let graph: Graph;
let graphReader: OpenGraphReader;
let exportReader: OpenExportReader;
let gateway: Gateway;
/** How many export generators ended (ran their finally), to see that a cancelled download stops the query. */
let finishedStreams = 0;

function tracked(reader: ExportReader): ExportReader {
  const track = <T>(rows: AsyncGenerator<T>) =>
    (async function* () {
      try {
        yield* rows;
      } finally {
        finishedStreams += 1;
      }
    })();
  return { deals: (filter) => track(reader.deals(filter)), parties: (filter) => track(reader.parties(filter)) };
}

function facts(n: number, publishedAt: string, entities: { name: string; type?: 'COMPANY' | 'PERSON' }[], deals: Partial<FactDeal>[]): ArticleFacts {
  const text = `Export test ${tag} article ${n}: ${entities.map((e) => e.name).join('; ')}.`;
  const evidence = [{ text: text.slice(0, 30), start: 0, end: 30 }];
  return {
    article: { text, title: `Export ${n}`, lang: 'en', publishedAt, url: `test://${tag}/${n}`, extractorVersion: 'test-1' },
    entities: entities.map((e, i) => ({ id: `e${i + 1}`, type: e.type ?? 'COMPANY', name: e.name, aliases: [] })),
    deals: deals.map((d, i) => ({
      id: `d${i + 1}`,
      kind: 'ACQUISITION',
      acquirer: null,
      target: null,
      seller: null,
      bidders: [],
      date: null,
      amount: null,
      status: 'COMPLETED',
      confidence: 0.8,
      evidence,
      ...d,
    })),
    roles: [],
  };
}

const eur = (value: number) => ({ value, currency: 'EUR', eur: value, approximate: false, upTo: false, text: `${value} euro` });

async function partyId(name: string): Promise<string> {
  const rows = await graph.driver.executeQuery('MATCH (p:Party {name: $name}) RETURN p.id AS id', { name });
  const id = rows.records[0]?.get('id') as string | undefined;
  if (!id) throw new Error(`no party ${name}`);
  return id;
}

async function get(path: string): Promise<Response> {
  return gateway.fetch(new Request(`http://localhost${path}`));
}

async function graphqlDealIds(filter: Record<string, unknown>): Promise<string[]> {
  const response = await gateway.fetch(
    new Request('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query($f: DealFilter) { deals(filter: $f, first: 100) { nodes { id } } }', variables: { f: filter } }),
    }),
  );
  const body = (await response.json()) as { data?: { deals: { nodes: { id: string }[] } }; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data!.deals.nodes.map((node) => node.id);
}

let alphaId: string;
let hubId: string;

beforeAll(async () => {
  const uri = env.NEO4J_URI;
  if (!uri) throw new Error('NEO4J_URI is not set: run the tests through scripts/run-jest.mjs, whose global setup starts Neo4j.');
  const auth = { uri, user: env.NEO4J_USER ?? 'neo4j', password: env.NEO4J_PASSWORD ?? 'neo4j' };
  graph = createGraph(auth);
  await applySchema(graph);
  const { alpha, beta, gamma, delta, eps, zeta, hub } = names;
  const articles = [
    // alpha buys beta in April 2016, told twice
    facts(1, '2016-04-26', [{ name: alpha }, { name: beta }], [{ acquirer: 'e1', target: 'e2', date: { year: 2016, month: 4, day: 26 }, amount: eur(170e6) }]),
    facts(2, '2016-06-01', [{ name: alpha }, { name: beta }], [{ acquirer: 'e1', target: 'e2', date: { year: 2016, month: 4, day: 26 }, amount: eur(170e6) }]),
    // alpha writes beta down in 2017
    facts(3, '2018-02-01', [{ name: alpha }, { name: beta }], [{ kind: 'WRITE_DOWN', acquirer: 'e1', target: 'e2', date: { year: 2017, month: null, day: null }, amount: eur(141e6) }]),
    // gamma plans to buy delta from alpha in 2018, with two bidders and no price
    facts(4, '2018-05-31', [{ name: gamma }, { name: delta }, { name: alpha }, { name: eps }, { name: zeta }], [
      { acquirer: 'e1', target: 'e2', seller: 'e3', bidders: ['e4', 'e5'], status: 'PLANNED', date: { year: 2018, month: 5, day: null } },
    ]),
    // hub buys many small companies: enough rows to see a stream
    facts(
      100,
      '2020-01-01',
      [{ name: hub }, ...hubTargets.map((name) => ({ name }))],
      hubTargets.map((_, i) => ({ acquirer: 'e1', target: `e${i + 2}`, date: { year: 2000 + (i % 20), month: null, day: null }, amount: eur(1e6 * (i + 1)) })),
    ),
  ];
  await ingestArticles(graph, articles);
  alphaId = await partyId(alpha);
  hubId = await partyId(hub);

  graphReader = openGraphReader(auth);
  exportReader = openExportReader({ ...auth, maxConnectionPoolSize: 4 });
  gateway = createGateway({ reader: graphReader.reader, exports: tracked(exportReader.reader), playground: false });
}, 120_000);

afterAll(async () => {
  if (graph) {
    await graph.driver.executeQuery(
      `MATCH (a:Article) WHERE a.url STARTS WITH $prefix OPTIONAL MATCH (a)<-[:FROM]-(c:Claim) DETACH DELETE c, a`,
      { prefix: `test://${tag}/` },
    );
    await graph.driver.executeQuery(
      `MATCH (p:Party) WHERE p.name CONTAINS $T
       OPTIONAL MATCH (p)<-[:ACQUIRER|TARGET|SELLER|BIDDER]-(d:Deal)
       OPTIONAL MATCH (d)<-[:SUPPORTS]-(c:Claim)
       DETACH DELETE c, d, p`,
      { T },
    );
    await graph.close();
  }
  await graphReader?.close();
  await exportReader?.close();
});

describe('GET /export/deals.csv', () => {
  it('has one row per deal of a party with its parties, date, amount, EUR, status and source count', async () => {
    const response = await get(`/export/deals.csv?party=${alphaId}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="dealgraph-deals.csv"');
    const text = await response.text();
    expect(text.split('\r\n')[0]).toBe('id,kind,status,date,acquirer,target,seller,bidders,amount,currency,eur,approximate,sources');
    const rows = parseCsvRecords(text);
    // latest first, as the deals query orders by default
    expect(rows.map((row) => [row.kind, row.date, row.acquirer, row.target])).toEqual([
      ['ACQUISITION', '2018-05', names.gamma, `'${names.delta}`],
      ['WRITE_DOWN', '2017', names.alpha, names.beta],
      ['ACQUISITION', '2016-04-26', names.alpha, names.beta],
    ]);
    const [sale, writeDown, purchase] = rows;
    expect(sale).toMatchObject({ status: 'PLANNED', seller: names.alpha, bidders: `${names.eps}; ${names.zeta}`, amount: '', currency: '', eur: '', sources: '1' });
    expect(writeDown).toMatchObject({ status: 'COMPLETED', amount: '141000000', eur: '141000000', sources: '1' });
    expect(purchase).toMatchObject({ status: 'COMPLETED', amount: '170000000', currency: 'EUR', eur: '170000000', approximate: 'false', sources: '2' });
  });

  it('quotes a name with a comma and quotes, and guards a name that starts like a formula', async () => {
    const text = await (await get(`/export/deals.csv?party=${alphaId}&status=PLANNED`)).text();
    expect(text).toContain(`"${names.gamma.replaceAll('"', '""')}"`);
    expect(text).toContain(`,'${names.delta},`);
    expect(text).not.toContain(`,${names.delta},`);
  });

  it.each([
    ['kind', { kind: 'WRITE_DOWN' }, 'kind=WRITE_DOWN'],
    ['status', { status: 'COMPLETED' }, 'status=COMPLETED'],
    ['from and to', { from: '2016-05', to: '2018' }, 'from=2016-05&to=2018'],
    ['minEur', { minEur: 150e6 }, 'minEur=150000000'],
    ['nothing else', {}, ''],
  ])('filters by %s exactly as the deals query does', async (_what, filter, query) => {
    const exported = parseCsvRecords(await (await get(`/export/deals.csv?party=${alphaId}&${query}`)).text()).map((row) => row.id);
    const listed = await graphqlDealIds({ party: alphaId, ...filter });
    expect(exported).toEqual(listed);
    expect(exported.length).toBeGreaterThan(0);
  });

  it('refuses a bad filter with 400 and says what is wrong', async () => {
    const response = await get('/export/deals.csv?kind=TAKEOVER&year=2016');
    expect(response.status).toBe(400);
    const body = (await response.json()) as { problems: string[] };
    expect(body.problems.join('\n')).toMatch(/unknown parameter year/);
    expect(body.problems.join('\n')).toMatch(/kind/);
  });

  it('answers 404 naming the exports for an unknown file, and 405 for POST', async () => {
    const missing = await get('/export/deals.xlsx');
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: string }).error).toContain('/export/deals.csv');
    const post = await gateway.fetch(new Request('http://localhost/export/deals.csv', { method: 'POST' }));
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });

  it('streams: rows arrive in many chunks, not as one buffered body', async () => {
    const response = await get(`/export/deals.csv?party=${hubId}`);
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let chunks = 0;
    let text = '';
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks += 1;
      text += decoder.decode(value, { stream: true });
    }
    const rows = parseCsvRecords(text);
    expect(rows).toHaveLength(HUB_DEALS);
    expect(new Set(rows.map((row) => row.target)).size).toBe(HUB_DEALS);
    // one chunk for the header and one per row: a buffered body would come as one or a few
    expect(chunks).toBeGreaterThan(HUB_DEALS / 2);
  });

  it('stops the Neo4j query when the client goes away', async () => {
    const before = finishedStreams;
    const response = await get(`/export/deals.csv?party=${hubId}`);
    const reader = response.body!.getReader();
    await reader.read();
    await reader.read();
    await reader.cancel();
    for (let i = 0; i < 50 && finishedStreams === before; i += 1) await new Promise((done) => setTimeout(done, 20));
    expect(finishedStreams).toBe(before + 1);
    // and the pool is not left short: more exports than connections still run
    for (let i = 0; i < 6; i += 1) expect((await get(`/export/deals.csv?party=${alphaId}`)).status).toBe(200);
  });
});

describe('GET /export/deals.jsonl', () => {
  it('has the same rows as the CSV, one JSON object a line, bidders as a list', async () => {
    const response = await get(`/export/deals.jsonl?party=${alphaId}`);
    expect(response.headers.get('content-type')).toBe('application/jsonl; charset=utf-8');
    const text = await response.text();
    expect(text.endsWith('\n')).toBe(true);
    const lines = text.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    const csv = parseCsvRecords(await (await get(`/export/deals.csv?party=${alphaId}`)).text());
    expect(lines.map((line) => line.id)).toEqual(csv.map((row) => row.id));
    expect(lines[0]).toMatchObject({ kind: 'ACQUISITION', status: 'PLANNED', target: names.delta, bidders: [names.eps, names.zeta], amount: null, eur: null, sources: 1 });
    expect(lines[2]).toMatchObject({ date: '2016-04-26', acquirer: names.alpha, target: names.beta, amount: 170e6, currency: 'EUR', eur: 170e6, sources: 2 });
  });
});

describe('GET /export/parties.csv', () => {
  it('has one row per party of the selected deals, with its roles counted and the euros it spent', async () => {
    const response = await get(`/export/parties.csv?party=${alphaId}`);
    expect(response.status).toBe(200);
    const rows = parseCsvRecords(await response.text());
    const byName = new Map(rows.map((row) => [row.name, row]));
    expect(rows).toHaveLength(6);
    // write-downs are not purchases: alpha spent 170 million, not 311
    expect(byName.get(names.alpha)).toMatchObject({ type: 'COMPANY', deals: '3', acquirer: '2', seller: '1', target: '0', eurAcquired: '170000000', firstYear: '2016', lastYear: '2018' });
    expect(byName.get(names.beta)).toMatchObject({ deals: '2', target: '2', acquirer: '0' });
    expect(byName.get(names.eps)).toMatchObject({ deals: '1', bidder: '1' });
    expect(rows.find((row) => row.name === `'${names.delta}`)).toMatchObject({ target: '1' });
  });
});
