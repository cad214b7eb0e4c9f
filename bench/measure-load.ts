// Load on a GraphQL server from autocannon in a child process, and the CPU time this process
// spent serving it (bench/gateway.ts, bench/profile-gateway.ts).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { COMPANIES } from './load-bench-graph.js';

export interface Measured {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  /** CPU time of the server process per request (Neo4j's is not counted). */
  cpuMsPerRequest: number;
  /** CPU time of the Neo4j JVM per request, when its pid was given (else NaN). */
  neo4jCpuMsPerRequest: number;
}

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ: 100 on Linux, whatever the kernel's HZ). */
const USER_HZ = 100;

/** User + system CPU milliseconds of another process so far, from /proc (Linux); NaN where there is none. */
function processCpuMs(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / USER_HZ;
  } catch {
    return Number.NaN;
  }
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

/**
 * One autocannon run of `query` against `url`, `seconds` long at `connections` concurrent
 * requests; with `neo4jPid`, the CPU time of that process (the Neo4j JVM) per request too.
 */
export async function measureLoad(
  url: string,
  query: string,
  { seconds, connections, neo4jPid }: { seconds: number; connections: number; neo4jPid?: number },
): Promise<Measured> {
  const cpu = process.cpuUsage();
  const neo4jCpu = processCpuMs(neo4jPid);
  const child = spawn(process.execPath, ['-e', LOAD_WORKER], {
    env: { ...process.env, BENCH_LOAD: JSON.stringify({ autocannon: autocannonPath, url, query, connections, seconds, companies: COMPANIES }) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise((resolve) => child.once('exit', resolve));
  const result = JSON.parse(output) as Omit<Measured, 'cpuMsPerRequest' | 'neo4jCpuMsPerRequest'>;
  // The servers' CPU time only: the load generator runs in its own process.
  const used = process.cpuUsage(cpu);
  const requests = Math.max(1, result.rps * seconds);
  return { ...result, cpuMsPerRequest: (used.user + used.system) / 1000 / requests, neo4jCpuMsPerRequest: (processCpuMs(neo4jPid) - neo4jCpu) / requests };
}
