// npx tsx --conditions=@dealgraph/source bench/profile-gateway.ts [query] [seconds] — where the gateway's CPU goes.
//
// Serves the gateway benchmark's graph (bench/load-bench-graph.ts) through the dealgraph
// gateway alone, puts one of bench/gateway.ts's queries under autocannon (concurrency 50,
// in a child process), and records a V8 CPU profile of this process for that run only (after a
// warm-up run). Prints req/s, CPU ms per request, and self time by package and by function;
// the .cpuprofile is written for Chrome DevTools or speedscope. `query` is a query's id
// (company, deals, neighborhood; default company). NEO4J_URI names a running
// Neo4j to use (the graph is loaded into it when it has no company c0), so repeated profiles
// skip the load; without it an embedded Neo4j is started and stopped.
import { Session } from 'node:inspector/promises';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { applySchema, createGraph, createGraphReader, createQueryRunner, type Graph } from '@dealgraph/graph';
import { createGateway, listenGateway } from '@dealgraph/gateway';
// @ts-expect-error: a JavaScript module without types
import { freePort, startEmbeddedNeo4j } from '../scripts/neo4j/embedded.mjs';
import { QUERIES } from './gateway-queries.js';
import { loadBenchGraph } from './load-bench-graph.js';
import { measureLoad } from './measure-load.js';

const word = process.argv[2] ?? 'company';
const SECONDS = Number(process.argv[3] ?? 10);
const query = QUERIES.find((candidate) => candidate.id === word);
if (!query) throw new Error(`No benchmark query "${word}": one of ${QUERIES.map((q) => q.id).join(', ')}.`);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Where a frame's code lives: the package under node_modules, the workspace file, or node's own. */
function owner(url: string): string {
  if (!url) return '(native, gc, idle)';
  if (url.startsWith('node:')) return 'node:';
  const at = url.lastIndexOf('node_modules/');
  if (at >= 0) {
    const [scope = '', name = ''] = url.slice(at + 'node_modules/'.length).split('/');
    return scope.startsWith('@') ? `${scope}/${name}` : scope;
  }
  return relative(process.cwd(), new URL(url).pathname);
}

function summarise(profile: Profile): string {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, at) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[at] ?? 0)));
  const total = [...self.values()].reduce((sum, time) => sum + time, 0);
  const byFunction = new Map<string, number>();
  const byOwner = new Map<string, number>();
  for (const [id, time] of self) {
    const { functionName, url, lineNumber } = byNode.get(id)!.callFrame;
    const where = owner(url);
    const name = `${functionName || '(anonymous)'}  ${where}${url ? `:${lineNumber + 1}` : ''}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + time);
    byOwner.set(where, (byOwner.get(where) ?? 0) + time);
  }
  const top = (map: Map<string, number>, n: number) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, time]) => `  ${((100 * time) / total).toFixed(1).padStart(5)}%  ${name}`)
      .join('\n');
  return `self time by owner:\n${top(byOwner, 20)}\nself time by function:\n${top(byFunction, 40)}`;
}

async function graphWithData(): Promise<{ graph: Graph; stop: () => Promise<void> }> {
  if (process.env.NEO4J_URI) {
    const graph = createGraph({ uri: process.env.NEO4J_URI, user: 'neo4j', password: 'neo4j', maxConnectionPoolSize: 100 });
    const { records } = await graph.driver.executeQuery('OPTIONAL MATCH (c:Company {id: "c0"}) RETURN c IS NOT NULL AS loaded');
    if (records[0]?.get('loaded') !== true) {
      await applySchema(graph);
      await loadBenchGraph(graph);
    }
    return { graph, stop: () => graph.close() };
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'dealgraph-profile-gateway-'));
  const neo4j = await startEmbeddedNeo4j({ port: await freePort(), dataDir, heap: '2g', log: (line: string) => process.stderr.write(`[neo4j] ${line}\n`) });
  const graph = createGraph({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password, maxConnectionPoolSize: 100 });
  await applySchema(graph);
  await loadBenchGraph(graph);
  return {
    graph,
    stop: async () => {
      await graph.close();
      await neo4j.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

const { graph, stop } = await graphWithData();
try {
  const gateway = createGateway({ reader: createGraphReader(createQueryRunner({ driver: graph.driver })), playground: false });
  const running = await listenGateway(gateway, { port: 0 });
  const url = `http://127.0.0.1:${running.port}/graphql`;
  const load = { seconds: SECONDS, connections: 50 };
  const checked = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: query.ours, variables: { id: 'c3' } }) });
  const body = (await checked.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(`The gateway answered ${query.id} with errors: ${JSON.stringify(body.errors).slice(0, 500)}`);
  await measureLoad(url, query.ours, load); // warm-up: JIT, plan cache, page cache
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  const loadBefore = loadavg()[0] ?? 0;
  await session.post('Profiler.start');
  const measured = await measureLoad(url, query.ours, load);
  const { profile } = (await session.post('Profiler.stop')) as { profile: Profile };
  session.disconnect();
  const file = join(tmpdir(), `dealgraph-gateway-${word}-${Date.now()}.cpuprofile`);
  await writeFile(file, JSON.stringify(profile));
  process.stdout.write(
    `${query.name}: ${measured.rps.toFixed(0)} req/s, p50 ${measured.p50} ms, p99 ${measured.p99} ms, ${measured.cpuMsPerRequest.toFixed(2)} ms CPU/req` +
      `${measured.errors ? `, ${measured.errors} errors` : ''} (profiling on), load ${loadBefore.toFixed(1)}→${(loadavg()[0] ?? 0).toFixed(1)}\n` +
      `${summarise(profile)}\nprofile: ${file}\n`,
  );
  await running.close();
} finally {
  await stop();
}
