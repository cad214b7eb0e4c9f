// npx tsx --conditions=@dealgraph/source bench/gateway.ts — the gateway against a peer.
//
// Starts a dedicated embedded Neo4j, loads a generated graph (10,000 companies, 50,000
// deals) with straight UNWIND Cypher, then serves it twice: through the dealgraph gateway,
// and through @neo4j/graphql over the same Neo4j (type-defs mapping the same model). Each
// of three queries runs under autocannon at concurrency 50 against each, twice, in the order
// ours, peer, peer, ours (so neither profits from running later); autocannon runs in a child
// process, so it does not share the servers' event loop. req/s (mean of both runs), p50 and p99
// (worse of both), the servers' CPU time per request and the load average (other work on the
// machine skews every number) are printed side by side. Targets: ahead of the peer on every
// query, ≥2,000 req/s on the company query, p99 < 25 ms.
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { applySchema, createGraph, createGraphReader, createQueryRunner } from '@dealgraph/graph';
import { createGateway, listenGateway } from '@dealgraph/gateway';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
// @ts-expect-error: a JavaScript module without types
import { freePort, startEmbeddedNeo4j } from '../scripts/neo4j/embedded.mjs';
import { seededRandom } from './seeded-random.js';

const COMPANIES = 10_000;
const DEALS = 50_000;
const SECONDS = Number(process.argv[2] ?? 10);
const CONNECTIONS = 50;

const rand = seededRandom(11);
/** Skewed towards low numbers: a few serial acquirers, a long tail. */
const skewed = (n: number) => Math.floor(n * rand() ** 2.5);
const KINDS = ['ACQUISITION', 'ACQUISITION', 'ACQUISITION', 'MERGER', 'STAKE', 'WRITE_DOWN'];
const STATUSES = ['COMPLETED', 'COMPLETED', 'PLANNED', 'RUMORED', 'CANCELLED'];

async function load(graph: ReturnType<typeof createGraph>): Promise<void> {
  const companies = Array.from({ length: COMPANIES }, (_, i) => ({ id: `c${i}`, name: `Company ${i}`, aliases: [`Company ${i}`, `Company ${i} Inc`] }));
  for (let at = 0; at < companies.length; at += 5_000) {
    await graph.driver.executeQuery('UNWIND $rows AS row CREATE (c:Party:Company {id: row.id, name: row.name, aliases: row.aliases, nameKey: toLower(row.name)})', {
      rows: companies.slice(at, at + 5_000),
    });
  }
  const deals = Array.from({ length: DEALS }, (_, i) => {
    const acquirer = skewed(COMPANIES);
    let target = Math.floor(rand() * COMPANIES);
    if (target === acquirer) target = (target + 1) % COMPANIES;
    const amount = rand() < 0.7 ? Math.round(rand() ** 3 * 5e9) : null;
    const year = 1995 + Math.floor(rand() * 30);
    const month = 1 + Math.floor(rand() * 12);
    return {
      id: `d${i}`,
      kind: KINDS[Math.floor(rand() * KINDS.length)],
      status: STATUSES[Math.floor(rand() * STATUSES.length)],
      year,
      month,
      // As the loader derives it (packages/graph/src/derive-deal.ts).
      dateKey: year * 10_000 + month * 100,
      amount,
      acquirer: `c${acquirer}`,
      target: `c${target}`,
      bidder: rand() < 0.1 ? `c${skewed(COMPANIES)}` : null,
    };
  });
  for (let at = 0; at < deals.length; at += 5_000) {
    await graph.driver.executeQuery(
      `UNWIND $rows AS row
       MATCH (a:Party {id: row.acquirer}) MATCH (t:Party {id: row.target})
       CREATE (d:Deal {id: row.id, kind: row.kind, status: row.status, year: row.year, month: row.month, dateKey: row.dateKey,
         amountValue: toFloat(row.amount), amountCurrency: CASE WHEN row.amount IS NULL THEN null ELSE 'EUR' END,
         amountEur: toFloat(row.amount), amountApproximate: false, amountUpTo: false, confidence: 0.9, sourceCount: 1})
       CREATE (d)-[:ACQUIRER]->(a) CREATE (d)-[:TARGET]->(t)
       WITH d, row WHERE row.bidder IS NOT NULL MATCH (b:Party {id: row.bidder}) CREATE (d)-[:BIDDER]->(b)`,
      { rows: deals.slice(at, at + 5_000) },
    );
  }
  // The indexes come from schema/*.cypher (applySchema): both servers read through them.
  await graph.driver.executeQuery('CALL db.awaitIndexes(300)');
}

/** The same model for @neo4j/graphql: labels and relationship types as in schema/README.md. */
const PEER_TYPE_DEFS = /* GraphQL */ `
  type Company @node(labels: ["Company", "Party"]) {
    id: ID!
    name: String!
    aliases: [String!]!
    dealsAsAcquirer: [Deal!]! @relationship(type: "ACQUIRER", direction: IN)
    dealsAsTarget: [Deal!]! @relationship(type: "TARGET", direction: IN)
  }
  type Deal @node {
    id: ID!
    kind: String!
    status: String!
    year: Int
    amountEur: Float
    acquirer: [Company!]! @relationship(type: "ACQUIRER", direction: OUT)
    target: [Company!]! @relationship(type: "TARGET", direction: OUT)
  }
`;

/** Three queries, each asked of both servers with the same meaning. */
const QUERIES = [
  {
    name: 'company + deals + parties',
    ours: `query ($id: ID!) { company(id: $id) { name dealsAsAcquirer(first: 20) { nodes { id kind date { year } acquirer { name } target { name } } } } }`,
    peer: `query ($id: ID!) { companies(where: { id: { eq: $id } }) { name dealsAsAcquirer(limit: 20, sort: [{ year: DESC }]) { id kind year acquirer { name } target { name } } } }`,
  },
  {
    name: 'filtered deals page',
    ours: `query { deals(filter: { kind: ACQUISITION, minEur: 4000000000 }, orderBy: AMOUNT_DESC, first: 20) { nodes { id date { year } amount { eur } acquirer { name } target { name } } } }`,
    peer: `query { deals(where: { kind: { eq: "ACQUISITION" }, amountEur: { gte: 4000000000 } }, sort: [{ amountEur: DESC }], limit: 20) { id year amountEur acquirer { name } target { name } } }`,
  },
  {
    name: 'two-hop neighborhood',
    ours: `query ($id: ID!) { neighborhood(id: $id, depth: 2, limit: 200) { nodes { id type label } edges { source target type } truncated } }`,
    peer: `query ($id: ID!) { companies(where: { id: { eq: $id } }) { id name
      dealsAsAcquirer(limit: 50) { id kind target { id name dealsAsAcquirer(limit: 20) { id target { id name } } dealsAsTarget(limit: 20) { id acquirer { id name } } } }
      dealsAsTarget(limit: 50) { id kind acquirer { id name dealsAsAcquirer(limit: 20) { id target { id name } } dealsAsTarget(limit: 20) { id acquirer { id name } } } } } }`,
  },
];

interface Measured {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  /** CPU time of the server process per request (Neo4j's is not counted). */
  cpuMsPerRequest: number;
}

/** autocannon in a child process (in a worker thread it reports in its own multi-worker format): the load generator must not share the servers' event loop. */
const LOAD_WORKER = `
const workerData = JSON.parse(process.env.BENCH_LOAD);
const autocannon = require(workerData.autocannon);
let a = 5;
const pickId = () => { a = (a + 0x6d2b79f5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
autocannon({
  url: workerData.url, connections: workerData.connections, duration: workerData.seconds, method: 'POST',
  headers: { 'content-type': 'application/json' },
  requests: [{ setupRequest: (request) => ({ ...request,
    // Serial acquirers (low ids) and the long tail alike.
    body: JSON.stringify({ query: workerData.query, variables: { id: 'c' + Math.floor(workerData.companies * pickId() ** 2) } }) }) }],
}).then((result) => process.stdout.write(JSON.stringify({ rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx })));
`;
const autocannonPath = createRequire(import.meta.url).resolve('autocannon');

async function measure(url: string, query: string): Promise<Measured> {
  const cpu = process.cpuUsage();
  const child = spawn(process.execPath, ['-e', LOAD_WORKER], {
    env: { ...process.env, BENCH_LOAD: JSON.stringify({ autocannon: autocannonPath, url, query, connections: CONNECTIONS, seconds: SECONDS, companies: COMPANIES }) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise((resolve) => child.once('exit', resolve));
  const result = JSON.parse(output) as Omit<Measured, 'cpuMsPerRequest'>;
  // The servers' CPU time only: the load generator runs in its own process.
  const used = process.cpuUsage(cpu);
  return { ...result, cpuMsPerRequest: (used.user + used.system) / 1000 / Math.max(1, result.rps * SECONDS) };
}

async function check(url: string, query: string): Promise<void> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables: { id: 'c3' } }) });
  const body = (await response.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(`${url}: ${JSON.stringify(body.errors).slice(0, 500)}`);
}

const dataDir = await mkdtemp(join(tmpdir(), 'dealgraph-bench-gateway-'));
const neo4j = await startEmbeddedNeo4j({ port: await freePort(), dataDir, heap: '2g', log: (line: string) => process.stderr.write(`[neo4j] ${line}\n`) });
const graph = createGraph({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password, maxConnectionPoolSize: 100 });
let peerServer: Server | undefined;
try {
  await applySchema(graph);
  const started = Date.now();
  await load(graph);
  process.stderr.write(`loaded ${COMPANIES} companies and ${DEALS} deals in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);

  const gateway = createGateway({ reader: createGraphReader(createQueryRunner({ driver: graph.driver })), playground: false });
  const ours = await listenGateway(gateway, { port: 0 });
  const peerSchema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver: graph.driver }).getSchema();
  peerServer = createServer(createYoga({ schema: peerSchema, graphiql: false, logging: false }));
  await new Promise<void>((resolve) => peerServer!.listen(0, '127.0.0.1', resolve));
  const oursUrl = `http://127.0.0.1:${ours.port}/graphql`;
  const peerUrl = `http://127.0.0.1:${(peerServer.address() as AddressInfo).port}/graphql`;

  const rows: string[] = [];
  for (const query of QUERIES) {
    await check(oursUrl, query.ours);
    await check(peerUrl, query.peer);
    await measure(oursUrl, query.ours); // warm-up: JIT, plan cache, page cache
    await measure(peerUrl, query.peer);
    const loadBefore = loadavg()[0] ?? 0;
    const a1 = await measure(oursUrl, query.ours);
    const b1 = await measure(peerUrl, query.peer);
    const b2 = await measure(peerUrl, query.peer);
    const a2 = await measure(oursUrl, query.ours);
    const load = `load ${loadBefore.toFixed(1)}→${(loadavg()[0] ?? 0).toFixed(1)}`;
    const both = (x: Measured, y: Measured): Measured => ({
      rps: (x.rps + y.rps) / 2,
      p50: Math.max(x.p50, y.p50),
      p99: Math.max(x.p99, y.p99),
      errors: x.errors + y.errors,
      cpuMsPerRequest: (x.cpuMsPerRequest + y.cpuMsPerRequest) / 2,
    });
    const a = both(a1, a2);
    const b = both(b1, b2);
    const fmt = (m: Measured) =>
      `${m.rps.toFixed(0).padStart(6)} req/s  p50 ${String(m.p50).padStart(3)} ms  p99 ${String(m.p99).padStart(4)} ms  ${m.cpuMsPerRequest.toFixed(2)} ms CPU/req${m.errors ? `  ${m.errors} errors` : ''}`;
    rows.push(
      `${query.name.padEnd(26)} dealgraph ${fmt(a)} (runs ${a1.rps.toFixed(0)}, ${a2.rps.toFixed(0)})   |   @neo4j/graphql ${fmt(b)} (runs ${b1.rps.toFixed(0)}, ${b2.rps.toFixed(0)})   ${a.rps > b.rps ? 'ahead' : 'BEHIND'}   ${load}`,
    );
    process.stderr.write(`${rows.at(-1)}\n`);
  }
  process.stdout.write(
    `\nconcurrency ${CONNECTIONS}, ${SECONDS} s per run (each server twice), ${COMPANIES} companies, ${DEALS} deals, load average now ${loadavg().map((n) => n.toFixed(1)).join(' ')}\n${rows.join('\n')}\n`,
  );
  await ours.close();
} finally {
  await new Promise<void>((resolve) => (peerServer ? peerServer.close(() => resolve()) : resolve()));
  await graph.close();
  await neo4j.stop();
  await rm(dataDir, { recursive: true, force: true });
}
