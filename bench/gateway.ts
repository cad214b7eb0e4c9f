// npm run bench:gateway [-- SECONDS [QUERY_IDS]] — the gateway against a peer (QUERY_IDS: e.g. company,deals).
//
// Starts a dedicated embedded Neo4j, loads a generated graph (10,000 companies, 50,000
// deals) with straight UNWIND Cypher, then serves it three times: through the dealgraph gateway
// as `dealgraph serve` runs it (response cache on: a repeated query is answered from memory
// after one shared look at Neo4j's last transaction; the share of answers from memory in the
// measured runs is printed: company ids are drawn skewed over all 10,000, so some miss), through it with the cache off (every
// request reads), and through @neo4j/graphql over the same Neo4j (type-defs mapping the same
// model). Each of three queries runs under autocannon at concurrency 50 against each, twice,
// in the order A B C C B A (so none profits from running later); autocannon runs in a child
// process, so it does not share the servers' event loop. req/s (mean of both runs), p50 and p99
// (worse of both), the CPU time per request of the servers' process and of Neo4j's JVM, and the
// load average (other work on the machine skews every number) are printed side by side.
// Targets: ahead of the peer on every query, ≥2,000 req/s on the company query, p99 < 25 ms.
import { createServer, type Server } from 'node:http';
import { loadavg } from 'node:os';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { applySchema, createGraph, createGraphReader, createLastTransactionReader, createQueryRunner } from '@dealgraph/graph';
import { createGateway, listenGateway } from '@dealgraph/gateway';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
// @ts-expect-error: a JavaScript module without types
import { freePort, startEmbeddedNeo4j } from '../scripts/neo4j/embedded.mjs';
import { QUERIES } from './gateway-queries.js';
import { COMPANIES, DEALS, loadBenchGraph } from './load-bench-graph.js';
import { measureLoad, type Measured } from './measure-load.js';

const SECONDS = Number(process.argv[2] ?? 10);
/** Query ids to run (bench/gateway-queries.ts), comma-separated; default all. */
const ONLY = process.argv[3]?.split(',');
const CONNECTIONS = 50;

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

async function check(url: string, query: string): Promise<void> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables: { id: 'c3' } }) });
  const body = (await response.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(`${url}: ${JSON.stringify(body.errors).slice(0, 500)}`);
}

const dataDir = await mkdtemp(join(tmpdir(), 'dealgraph-bench-gateway-'));
const neo4j = await startEmbeddedNeo4j({ port: await freePort(), dataDir, heap: '2g', log: (line: string) => process.stderr.write(`[neo4j] ${line}\n`) });
const graph = createGraph({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password, maxConnectionPoolSize: 100 });
const LOAD = { seconds: SECONDS, connections: CONNECTIONS, neo4jPid: neo4j.pid as number };
let peerServer: Server | undefined;
try {
  await applySchema(graph);
  const started = Date.now();
  await loadBenchGraph(graph);
  process.stderr.write(`loaded ${COMPANIES} companies and ${DEALS} deals in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);

  const reader = createGraphReader(createQueryRunner({ driver: graph.driver }));
  const cachedGateway = createGateway({ reader, playground: false, responseCache: { lastTransaction: createLastTransactionReader({ driver: graph.driver }) } });
  const cached = await listenGateway(cachedGateway, { port: 0 });
  const uncached = await listenGateway(createGateway({ reader, playground: false }), { port: 0 });
  const peerSchema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver: graph.driver }).getSchema();
  peerServer = createServer(createYoga({ schema: peerSchema, graphiql: false, logging: false }));
  await new Promise<void>((resolve) => peerServer!.listen(0, '127.0.0.1', resolve));
  const cachedUrl = `http://127.0.0.1:${cached.port}/graphql`;
  const uncachedUrl = `http://127.0.0.1:${uncached.port}/graphql`;
  const peerUrl = `http://127.0.0.1:${(peerServer.address() as AddressInfo).port}/graphql`;

  const rows: string[] = [];
  for (const query of QUERIES.filter((q) => !ONLY || ONLY.includes(q.id))) {
    await check(cachedUrl, query.ours);
    await check(uncachedUrl, query.ours);
    await check(peerUrl, query.peer);
    await measureLoad(cachedUrl, query.ours, LOAD); // warm-up: JIT, plan cache, page cache
    await measureLoad(uncachedUrl, query.ours, LOAD);
    await measureLoad(peerUrl, query.peer, LOAD);
    const loadBefore = loadavg()[0] ?? 0;
    const cacheBefore = cachedGateway.responseCacheStats();
    const a1 = await measureLoad(cachedUrl, query.ours, LOAD);
    const b1 = await measureLoad(uncachedUrl, query.ours, LOAD);
    const c1 = await measureLoad(peerUrl, query.peer, LOAD);
    const c2 = await measureLoad(peerUrl, query.peer, LOAD);
    const b2 = await measureLoad(uncachedUrl, query.ours, LOAD);
    const a2 = await measureLoad(cachedUrl, query.ours, LOAD);
    const load = `load ${loadBefore.toFixed(1)}→${(loadavg()[0] ?? 0).toFixed(1)}`;
    const cacheAfter = cachedGateway.responseCacheStats();
    const hits = (cacheAfter?.hits ?? 0) - (cacheBefore?.hits ?? 0);
    const misses = (cacheAfter?.misses ?? 0) - (cacheBefore?.misses ?? 0);
    const hitRate = `${((100 * hits) / Math.max(1, hits + misses)).toFixed(1)}% from memory`;
    const both = (x: Measured, y: Measured): Measured => ({
      rps: (x.rps + y.rps) / 2,
      p50: Math.max(x.p50, y.p50),
      p99: Math.max(x.p99, y.p99),
      errors: x.errors + y.errors,
      cpuMsPerRequest: (x.cpuMsPerRequest + y.cpuMsPerRequest) / 2,
      neo4jCpuMsPerRequest: (x.neo4jCpuMsPerRequest + y.neo4jCpuMsPerRequest) / 2,
    });
    const fmt = (x: Measured, y: Measured) => {
      const m = both(x, y);
      return `${m.rps.toFixed(0).padStart(6)} req/s (runs ${x.rps.toFixed(0)}, ${y.rps.toFixed(0)})  p50 ${String(m.p50).padStart(3)} ms  p99 ${String(m.p99).padStart(4)} ms  ${m.cpuMsPerRequest.toFixed(2)} + ${m.neo4jCpuMsPerRequest.toFixed(2)} ms CPU/req (server + Neo4j)${m.errors ? `  ${m.errors} errors` : ''}`;
    };
    const peer = both(c1, c2).rps;
    const verdict = (x: Measured, y: Measured) => (both(x, y).rps > peer ? 'ahead' : 'BEHIND');
    rows.push(
      [
        `${query.name}   (${load})`,
        `  dealgraph (as served)   ${fmt(a1, a2)}   ${verdict(a1, a2)}   ${hitRate}`,
        `  dealgraph, cache off    ${fmt(b1, b2)}   ${verdict(b1, b2)}`,
        `  @neo4j/graphql          ${fmt(c1, c2)}`,
      ].join('\n'),
    );
    process.stderr.write(`${rows.at(-1)}\n`);
  }
  process.stdout.write(
    `\nconcurrency ${CONNECTIONS}, ${SECONDS} s per run (each server twice), ${COMPANIES} companies, ${DEALS} deals, load average now ${loadavg().map((n) => n.toFixed(1)).join(' ')}\n${rows.join('\n')}\n`,
  );
  await cached.close();
  await uncached.close();
} finally {
  await new Promise<void>((resolve) => (peerServer ? peerServer.close(() => resolve()) : resolve()));
  await graph.close();
  await neo4j.stop();
  await rm(dataDir, { recursive: true, force: true });
}
