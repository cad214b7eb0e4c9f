// Load on a GraphQL server from autocannon in a child process, and the CPU time this process
// spent serving it (bench/gateway.ts, bench/profile-gateway.ts).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { COMPANIES } from './load-bench-graph.js';

export interface Measured {
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

/** One autocannon run of `query` against `url`, `seconds` long at `connections` concurrent requests. */
export async function measureLoad(url: string, query: string, { seconds, connections }: { seconds: number; connections: number }): Promise<Measured> {
  const cpu = process.cpuUsage();
  const child = spawn(process.execPath, ['-e', LOAD_WORKER], {
    env: { ...process.env, BENCH_LOAD: JSON.stringify({ autocannon: autocannonPath, url, query, connections, seconds, companies: COMPANIES }) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise((resolve) => child.once('exit', resolve));
  const result = JSON.parse(output) as Omit<Measured, 'cpuMsPerRequest'>;
  // The servers' CPU time only: the load generator runs in its own process.
  const used = process.cpuUsage(cpu);
  return { ...result, cpuMsPerRequest: (used.user + used.system) / 1000 / Math.max(1, result.rps * seconds) };
}
