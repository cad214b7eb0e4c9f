// Gives the test run a real Neo4j: the one named by NEO4J_URI, or else an embedded
// Neo4j on a free port with a throw-away data folder, stopped by global-teardown.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Projects whose tests never touch the shared database (notebooks start their own): running only these starts none. */
const DATABASE_FREE = new Set(['extract', 'notebooks']);

/** The names after --selectProjects on jest's command line (jest does not hand them to globalSetup). */
function selectedProjects(argv) {
  const at = argv.indexOf('--selectProjects');
  if (at < 0) return [];
  const names = [];
  for (const arg of argv.slice(at + 1)) {
    if (arg.startsWith('-')) break;
    names.push(arg);
  }
  return names;
}

export default async function globalSetup() {
  if (process.env.NEO4J_URI) return;
  const selected = selectedProjects(process.argv);
  if (selected.length > 0 && selected.every((name) => DATABASE_FREE.has(name))) return;

  const { freePort, startEmbeddedNeo4j } = await import('../neo4j/embedded.mjs');
  const dataDir = await mkdtemp(join(tmpdir(), 'dealgraph-test-neo4j-'));
  const log = (line) => process.stderr.write(`[neo4j] ${line}\n`);
  const neo4j = await startEmbeddedNeo4j({ port: await freePort(), dataDir, heap: '1g', log });
  process.env.NEO4J_URI = neo4j.uri;
  process.env.NEO4J_USER = neo4j.user;
  process.env.NEO4J_PASSWORD = neo4j.password;
  process.env.DEALGRAPH_TEST_NEO4J_DATA = dataDir;
  globalThis.__dealgraphNeo4j = neo4j;
}
