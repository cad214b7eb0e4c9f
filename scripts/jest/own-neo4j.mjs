// A whole Neo4j for one test file. Neo4j Community has a single user database, so a test that
// checks the whole graph (counts, a corpus' sources, everything named "X") cannot share the
// run's Neo4j with tests that leave their fixtures behind: it starts its own here instead.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startEmbeddedNeo4j } from '../neo4j/embedded.mjs';

/**
 * Starts an embedded Neo4j on a free port with a throw-away data folder.
 * Resolves to { uri, user, password, stop }; stop() shuts it down and deletes the folder
 * (safe to call twice). `heap` defaults to 512m: one test file's data is small.
 * `log` (default: quiet) receives the launcher's progress lines.
 */
export async function startOwnNeo4j({ heap = '512m', log = () => {} } = {}) {
  const dataDir = await mkdtemp(join(tmpdir(), 'dealgraph-own-neo4j-'));
  let neo4j;
  try {
    neo4j = await startEmbeddedNeo4j({ port: await freePort(), dataDir, heap, log });
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  let stopping = null;
  const stop = () =>
    (stopping ??= (async () => {
      await neo4j.stop();
      await rm(dataDir, { recursive: true, force: true });
    })());
  return { uri: neo4j.uri, user: neo4j.user, password: neo4j.password, stop };
}
