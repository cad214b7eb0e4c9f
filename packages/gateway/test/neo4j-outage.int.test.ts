// Neo4j goes away and comes back: the gateway stays up, says NEO4J_UNAVAILABLE, and recovers
// by itself. Uses its own embedded Neo4j so the shared one keeps serving the other tests.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { openGraphReader } from '@dealgraph/graph';
import { createGateway, type Gateway } from '../src/index.js';
// @ts-expect-error: a JavaScript module without types
import { freePort, startEmbeddedNeo4j } from '../../../scripts/neo4j/embedded.mjs';

interface Embedded {
  uri: string;
  stop(): Promise<void>;
}

let dataDir: string;
let port: number;
let neo4j: Embedded;
let opened: ReturnType<typeof openGraphReader>;
let gateway: Gateway;

const stats = async () => {
  const response = await gateway.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query: '{ stats { deals } }' }),
  });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } };
};

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'dealgraph-outage-'));
  port = await freePort();
  neo4j = await startEmbeddedNeo4j({ port, dataDir, heap: '512m' });
  opened = openGraphReader({ uri: neo4j.uri });
  // With the response cache, as `dealgraph serve` runs: a kept answer must not hide the outage.
  gateway = createGateway({ reader: opened.reader, responseCache: { lastTransaction: opened.lastTransaction } });
}, 180_000);

afterAll(async () => {
  await opened.close();
  await neo4j.stop();
  await rm(dataDir, { recursive: true, force: true });
});

describe('when Neo4j is down', () => {
  it('answers NEO4J_UNAVAILABLE while it is down and recovers when it is back', async () => {
    expect((await stats()).body.data).toEqual({ stats: { deals: 0 } });

    await neo4j.stop();
    const down = await stats();
    expect(down.body.errors?.[0]?.extensions?.code).toBe('NEO4J_UNAVAILABLE');
    expect(down.body.errors?.[0]?.message).toMatch(/unavailable/);
    expect(down.status).toBe(503);

    neo4j = await startEmbeddedNeo4j({ port, dataDir, heap: '512m' });
    let back = await stats();
    for (let attempt = 0; attempt < 10 && back.body.errors; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      back = await stats();
    }
    expect(back.body).toEqual({ data: { stats: { deals: 0 } } });
  }, 180_000);
});
