// npm run bench:ingest — bulk and incremental ingest into a real Neo4j.
//
// Generates a corpus of invented articles (companies, people, deals told several
// times, some names misspelled), ingests it in bulk with ingestArticles, and prints
// facts/s and merged rows/s; then ingests fresh articles one at a time and prints
// the time per article. EXPLAINs the ingest queries first and fails on an Eager
// operator. Uses NEO4J_URI when set, else starts an embedded Neo4j on a free port
// (BENCH_HEAP sets its heap, default 2g) and then also reports CPU time: this process's and
// the Neo4j JVM's, so figures from a loaded machine can be compared (rows per CPU second), the
// JVM's split into its JIT compilers, its garbage collectors and the rest.
// BENCH_TRACE=1 prints the time spent per query shape; BENCH_WARMUP sets the articles ingested
// first to warm the JVM (default 1000). Each phase prints the machine's load
// average before and after it: compare figures only between runs under similar load.
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { applySchema, createGraph, explainIngest, ingestArticle, ingestArticles, type ArticleFacts, type FactDeal } from '@dealgraph/graph';
import { seededRandom } from './seeded-random.js';

const ARTICLES = Number(process.argv[2] ?? 10_000);
/**
 * Articles per transaction (its rows still go in UNWINDs of at most 5,000). 2,000 rather than 500:
 * a batch reads each known deal's context and claims once however many of its articles tell it, so
 * Node took about a third less CPU for the same corpus (Neo4j's share moved less than runs spread:
 * see the README). Rows are counted per batch (a party or deal
 * several articles of one batch name is one row), so bigger batches count fewer rows for the
 * same corpus: compare runs of different batch sizes by facts/s, not rows/s.
 */
const BATCH = Number(process.argv[3] ?? 2000);
const INCREMENTAL = 200;
/** Articles ingested before the measured phases (BENCH_WARMUP); they stay in the graph. */
const WARMUP = Math.max(1, Number(process.env.BENCH_WARMUP ?? 1000));

const rand = seededRandom(7);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;

const syllables = ['ka', 'lo', 'mi', 'tor', 'ven', 'dra', 'sel', 'qui', 'bar', 'nex', 'ul', 'fin', 'gro', 'pha', 'ris', 'zen', 'wol', 'tek', 'mar', 'dus'];
function word(parts: number): string {
  const w = Array.from({ length: parts }, () => pick(syllables)).join('');
  return w.charAt(0).toUpperCase() + w.slice(1);
}
function uniqueNames(count: number, make: () => string): string[] {
  const seen = new Set<string>();
  while (seen.size < count) seen.add(make());
  return [...seen];
}
const companies = uniqueNames(3000, () => `${word(3)}${pick(['', ' Group', ' Labs', ' Systems'])}`);
const people = uniqueNames(1500, () => `${word(2)} ${word(3)}`);
const kinds: FactDeal['kind'][] = ['ACQUISITION', 'ACQUISITION', 'STAKE', 'MERGER', 'WRITE_DOWN'];
const deals = Array.from({ length: 4000 }, () => ({ acquirer: pick(companies), target: pick(companies), kind: pick(kinds), year: 2005 + Math.floor(rand() * 20), eur: Math.round(rand() * 1e9) }));

/** A one-letter typo past the first letter, as news text has them. */
function typo(name: string): string {
  const at = 2 + Math.floor(rand() * (name.length - 3));
  return name.slice(0, at) + name.slice(at + 1);
}

function makeArticle(n: number): ArticleFacts {
  const stated = [pick(deals), pick(deals)];
  const names = [...new Set([...stated.flatMap((d) => [d.acquirer, d.target]), pick(companies), pick(companies)])];
  const persons = [pick(people), pick(people)];
  const misspell = rand() < 0.05;
  const entities = [
    ...names.map((name, i) => ({ id: `c${i}`, type: 'COMPANY' as const, name: misspell && i === 0 && !name.includes(' ') ? typo(name) : name, aliases: [] })),
    ...persons.map((name, i) => ({ id: `p${i}`, type: 'PERSON' as const, name, aliases: [] })),
  ];
  const local = (name: string): string => `c${names.indexOf(name)}`;
  const text = `Article ${n}. ${entities.map((e) => e.name).join(' and ')} in the news.`;
  const evidence = [{ text: text.slice(0, 30), start: 0, end: 30 }];
  return {
    article: { text, title: `Article ${n}`, lang: pick(['en', 'da', 'nl', 'de']), publishedAt: `20${10 + (n % 15)}-0${1 + (n % 9)}-15`, url: `bench://${n}`, extractorVersion: 'bench' },
    entities,
    deals: stated
      .filter((d) => d.acquirer !== d.target)
      .map((d, i) => ({
        id: `d${i}`, kind: d.kind, acquirer: local(d.acquirer), target: local(d.target), seller: null, bidders: [],
        date: { year: d.year, month: null, day: null },
        amount: rand() < 0.5 ? { value: d.eur, currency: 'EUR', eur: d.eur, approximate: false, upTo: false, text: `${d.eur} EUR` } : null,
        status: pick(['PLANNED', 'COMPLETED'] as const), confidence: 0.5 + rand() / 2, evidence,
      })),
    roles: persons.map((_, i) => ({ person: `p${i}`, org: `c${i}`, role: pick(['CEO', 'FOUNDER', 'HEAD', 'BOARD'] as const), title: 'x', current: null, evidence })),
  };
}

const corpus = Array.from({ length: ARTICLES }, (_, n) => makeArticle(n));
const facts = corpus.reduce((sum, a) => sum + a.entities.length + a.deals.length + a.roles.length, 0);
console.log(`corpus: ${corpus.length} articles, ${facts} facts (entities, deals, roles)`);

let stop = async (): Promise<void> => {};
let neo4jPid: number | null = null;
let uri = process.env.NEO4J_URI;
if (!uri) {
  // A variable specifier: the launcher is plain JavaScript without type declarations.
  const launcher = '../scripts/neo4j/embedded.mjs';
  const { freePort, startEmbeddedNeo4j } = (await import(launcher)) as {
    freePort(): Promise<number>;
    startEmbeddedNeo4j(o: { port: number; dataDir: string; heap?: string; log?: (line: string) => void }): Promise<{ uri: string; pid: number; stop(): Promise<void> }>;
  };
  const dataDir = await mkdtemp(join(tmpdir(), 'dealgraph-bench-neo4j-'));
  const heap = process.env.BENCH_HEAP ?? '2g';
  const neo4j = await startEmbeddedNeo4j({ port: await freePort(), dataDir, heap, log: (line) => process.stderr.write(`[neo4j] ${line}\n`) });
  uri = neo4j.uri;
  neo4jPid = neo4j.pid;
  stop = async () => {
    await neo4j.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
/** CPU seconds of the Neo4j JVM's threads by kind: its JIT compilers and garbage collectors, the rest (queries, commits, Bolt) apart. */
interface JvmCpu {
  total: number;
  jit: number;
  gc: number;
}

/** Clock ticks (user + system) of a /proc stat line: fields 14 and 15, counted after the parenthesised name. */
function ticks(stat: string): number {
  const fields = stat.replace(/^.*\) /, '').split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

/** CPU seconds (user + system) of this process and of the Neo4j JVM, when it is ours (Linux /proc). */
async function cpuSeconds(): Promise<{ node: number; neo4j: JvmCpu | null }> {
  const { user, system } = process.cpuUsage();
  let neo4j: JvmCpu | null = null;
  if (neo4jPid !== null) {
    try {
      neo4j = { total: ticks(await readFile(`/proc/${neo4jPid}/stat`, 'utf8')) / 100, jit: 0, gc: 0 };
      for (const task of await readdir(`/proc/${neo4jPid}/task`)) {
        const stat = await readFile(`/proc/${neo4jPid}/task/${task}/stat`, 'utf8').catch(() => '');
        const name = /\((.*)\)/.exec(stat)?.[1] ?? '';
        // HotSpot's thread names: "C2 CompilerThre(ad0)", "C1 ...", "GC Thread#0", "G1 Conc#0", "G1 Refine#0", ...
        if (/^C[12] Compiler/.test(name)) neo4j.jit += ticks(stat) / 100;
        else if (/^(GC Thread|G1 )/.test(name)) neo4j.gc += ticks(stat) / 100;
      }
    } catch {
      neo4j = null;
    }
  }
  return { node: (user + system) / 1e6, neo4j };
}

function cpuLine(before: { node: number; neo4j: JvmCpu | null }, after: { node: number; neo4j: JvmCpu | null }, work: number, unit: string): string {
  const node = after.node - before.node;
  if (before.neo4j === null || after.neo4j === null) return `  CPU: node ${node.toFixed(1)} s`;
  const db = after.neo4j.total - before.neo4j.total;
  // A compiler thread the JVM ends between the two readings takes its ticks along: the split is a lower bound.
  const jit = after.neo4j.jit - before.neo4j.jit;
  const gc = after.neo4j.gc - before.neo4j.gc;
  return [
    `  CPU: node ${node.toFixed(1)} s + neo4j ${db.toFixed(1)} s = ${(node + db).toFixed(1)} s, ${(work / (node + db)).toFixed(0)} ${unit} per CPU second`,
    `  neo4j CPU by thread: JIT compilers ${jit.toFixed(1)} s, garbage collection ${gc.toFixed(1)} s, the rest ${(db - jit - gc).toFixed(1)} s`,
  ].join('\n');
}

/** The 1, 5 and 15 minute load averages: a loaded machine stretches wall times (and CPU times somewhat). */
function loadLine(): string {
  return loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
}

/** CPU seconds of the Neo4j JVM so far, read synchronously (for the per-query trace). */
function neo4jCpuNow(): number {
  if (neo4jPid === null) return 0;
  try {
    const fields = readFileSync(`/proc/${neo4jPid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

// BENCH_TRACE=1: per query shape (its first line), the wall time summed over the run and the
// Neo4j CPU time spent since the query before it finished (the server runs a transaction's
// queries one after the other, so that is this query's, give or take background work).
const shapes = new Map<string, { count: number; ms: number; cpu: number }>();
let lastCpu = 0;
const trace = process.env.BENCH_TRACE
  ? (m: string) => {
      const ms = parseFloat(m);
      const cpu = neo4jCpuNow();
      const shape = m.replace(/^[\d.]+ ms /, '').slice(0, 90);
      const entry = shapes.get(shape) ?? { count: 0, ms: 0, cpu: 0 };
      entry.count += 1;
      entry.ms += ms;
      entry.cpu += cpu - lastCpu;
      lastCpu = cpu;
      shapes.set(shape, entry);
    }
  : undefined;
function printShapes(title: string): void {
  if (!trace) return;
  console.log(`  ${title}, per query shape: wall s, Neo4j CPU s, count`);
  for (const [shape, { count, ms, cpu }] of [...shapes].sort((a, b) => b[1].cpu - a[1].cpu)) {
    console.log(`    ${(ms / 1000).toFixed(2).padStart(7)} s ${cpu.toFixed(2).padStart(7)} s ${String(count).padStart(6)}x  ${shape}`);
  }
  shapes.clear();
}
const graph = createGraph({
  uri,
  user: process.env.NEO4J_USER ?? 'neo4j',
  password: process.env.NEO4J_PASSWORD ?? 'neo4j',
  logger: { info: () => {}, warn: console.warn, error: console.error, ...(trace ? { debug: trace } : {}) },
});
try {
  await applySchema(graph);
  console.log('\nplans (EXPLAIN):');
  const plans = await explainIngest(graph);
  for (const plan of plans) console.log(`  ${plan.eager ? 'EAGER ' : ''}${plan.name}: ${plan.operators.join(' < ')}`);
  if (plans.some((p) => p.eager)) process.exitCode = 1;

  // Warm the query caches and the JIT, so the figures are the steady state: the JVM's C2
  // compiler alone spent about a quarter of Neo4j's CPU in the bulk phase after a warm-up
  // of 50 articles, compiling code a long-running server has compiled long ago.
  await ingestArticles(graph, Array.from({ length: WARMUP }, (_, n) => makeArticle(ARTICLES + 10_000 + n)), { batchSize: Math.min(BATCH, WARMUP) });

  shapes.clear();
  const loadBefore = loadLine();
  const cpuBefore = await cpuSeconds();
  lastCpu = neo4jCpuNow();
  const started = performance.now();
  let lastReport = started;
  const bulk = await ingestArticles(graph, corpus, {
    batchSize: BATCH,
    onProgress: ({ done, total }) => {
      if (performance.now() - lastReport > 5000) {
        lastReport = performance.now();
        process.stderr.write(`  ${done}/${total} articles\n`);
      }
    },
  });
  const seconds = (performance.now() - started) / 1000;
  const cpuAfter = await cpuSeconds();
  const s = bulk.summary;
  console.log(`\nbulk: ${corpus.length} articles in ${seconds.toFixed(1)} s, batches of ${BATCH} articles`);
  console.log(`  ${(facts / seconds).toFixed(0)} facts/s, ${(s.rowsWritten / seconds).toFixed(0)} merged rows/s (${s.rowsWritten} rows)`);
  console.log(`  entities created ${s.entitiesCreated}, merged ${s.entitiesMerged}; deals created ${s.dealsCreated}, merged ${s.dealsMerged}; failures ${bulk.failures.length}`);
  console.log(cpuLine(cpuBefore, cpuAfter, s.rowsWritten, 'merged rows'));
  console.log(`  load average before ${loadBefore}, after ${loadLine()}`);
  printShapes('bulk');

  const times: number[] = [];
  const loadBeforeOne = loadLine();
  const cpuBeforeOne = await cpuSeconds();
  lastCpu = neo4jCpuNow();
  for (let n = 0; n < INCREMENTAL; n += 1) {
    const article = makeArticle(ARTICLES + n);
    const t0 = performance.now();
    await ingestArticle(graph, article);
    times.push(performance.now() - t0);
  }
  const cpuAfterOne = await cpuSeconds();
  times.sort((a, b) => a - b);
  const at = (q: number): string => (times[Math.floor(q * (times.length - 1))] ?? 0).toFixed(1);
  console.log(`\nincremental: ${INCREMENTAL} single articles into the full graph: median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`);
  const cpuMs = (after: number | null | undefined, before: number | null | undefined) => (typeof after !== 'number' || typeof before !== 'number' ? 0 : ((after - before) * 1000) / INCREMENTAL);
  console.log(`  CPU per article: node ${cpuMs(cpuAfterOne.node, cpuBeforeOne.node).toFixed(1)} ms + neo4j ${cpuMs(cpuAfterOne.neo4j?.total, cpuBeforeOne.neo4j?.total).toFixed(1)} ms`);
  console.log(`  load average before ${loadBeforeOne}, after ${loadLine()}`);
  printShapes('incremental');
} finally {
  await graph.close();
  await stop();
}
