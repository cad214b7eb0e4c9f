// NEO4J_URI=bolt://… NEO4J_PID=… npx tsx --conditions=@dealgraph/source bench/cpu-gateway.ts [seconds] [runs] [query…]
//
// CPU time per request of the gateway process and of the Neo4j JVM, for each of
// bench/gateway.ts's queries through the dealgraph gateway alone: the measure to compare
// changes by on a shared machine, where req/s swings with the load of other work. Uses a
// running Neo4j (NEO4J_URI, the graph loaded into it when it has no company c0) whose JVM pid
// is NEO4J_PID (`npm run neo4j` prints it), so runs before and after a change share one warm
// database. Each query gets a warm-up run, then `runs` measured runs (default 3); the median
// of each figure is printed with the load average.
import { loadavg } from 'node:os';
import { applySchema, createGraph, createGraphReader, createQueryRunner } from '@dealgraph/graph';
import { createGateway, listenGateway } from '@dealgraph/gateway';
import { QUERIES } from './gateway-queries.js';
import { loadBenchGraph } from './load-bench-graph.js';
import { measureLoad, type Measured } from './measure-load.js';

const SECONDS = Number(process.argv[2] ?? 8);
const RUNS = Number(process.argv[3] ?? 3);
const asked = process.argv.slice(4);
const uri = process.env.NEO4J_URI;
const neo4jPid = process.env.NEO4J_PID ? Number(process.env.NEO4J_PID) : undefined;
if (!uri) throw new Error('Set NEO4J_URI to a running Neo4j (npm run neo4j -- --port 7791 --data …) and NEO4J_PID to its JVM pid.');

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

const graph = createGraph({ uri, user: 'neo4j', password: 'neo4j', maxConnectionPoolSize: 100 });
try {
  const { records } = await graph.driver.executeQuery('OPTIONAL MATCH (c:Company {id: "c0"}) RETURN c IS NOT NULL AS loaded');
  if (records[0]?.get('loaded') !== true) {
    await applySchema(graph);
    await loadBenchGraph(graph);
  }
  const gateway = createGateway({ reader: createGraphReader(createQueryRunner({ driver: graph.driver })), playground: false });
  const running = await listenGateway(gateway, { port: 0 });
  const url = `http://127.0.0.1:${running.port}/graphql`;
  const load = { seconds: SECONDS, connections: 50, ...(neo4jPid ? { neo4jPid } : {}) };
  for (const query of QUERIES.filter((candidate) => asked.length === 0 || asked.includes(candidate.id))) {
    const checked = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: query.ours, variables: { id: 'c3' } }) });
    const body = (await checked.json()) as { errors?: unknown[] };
    if (body.errors) throw new Error(`The gateway answered ${query.id} with errors: ${JSON.stringify(body.errors).slice(0, 500)}`);
    await measureLoad(url, query.ours, load); // warm-up: JIT, plan cache, page cache
    const loadBefore = loadavg()[0] ?? 0;
    const runs: Measured[] = [];
    for (let run = 0; run < RUNS; run += 1) runs.push(await measureLoad(url, query.ours, load));
    const pick = (field: keyof Measured) => median(runs.map((m) => m[field]));
    process.stdout.write(
      `${query.id.padEnd(13)} node ${pick('cpuMsPerRequest').toFixed(3)} + neo4j ${pick('neo4jCpuMsPerRequest').toFixed(3)} ms CPU/req` +
        `  ${pick('rps').toFixed(0).padStart(5)} req/s  p99 ${pick('p99')} ms` +
        `  (node ${runs.map((m) => m.cpuMsPerRequest.toFixed(3)).join(' ')}; neo4j ${runs.map((m) => m.neo4jCpuMsPerRequest.toFixed(3)).join(' ')})` +
        `  load ${loadBefore.toFixed(1)}→${(loadavg()[0] ?? 0).toFixed(1)}${runs.some((m) => m.errors) ? '  ERRORS' : ''}\n`,
    );
  }
  await running.close();
} finally {
  await graph.close();
}
