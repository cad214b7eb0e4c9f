import { rm } from 'node:fs/promises';

export default async function globalTeardown() {
  const neo4j = globalThis.__dealgraphNeo4j;
  if (!neo4j) return;
  await neo4j.stop();
  const dataDir = process.env.DEALGRAPH_TEST_NEO4J_DATA;
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
}
