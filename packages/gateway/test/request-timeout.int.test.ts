// A request that times out gets TIMEOUT and its Cypher stops in Neo4j: without cancellation
// the query below would keep a core busy for about a minute after the client was answered.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createGraph, openGraphReader, type QueryRunner } from '@dealgraph/graph';
import { createGateway } from '../src/index.js';
import { neo4jSettings, type GraphQLBody } from './create-test-graph.js';

// A variable name unique to this run, so SHOW TRANSACTIONS finds this file's query by its text.
const marker = `slow_${randomBytes(4).toString('hex')}`;
// Stands in for the stats query: as slow as a runaway read.
const SLOW_STATS =
  `UNWIND range(1, 1000000000) AS ${marker} WITH ${marker} AS x WHERE x % 7 = 10 ` +
  `RETURN count(x) AS companies, 0 AS people, 0 AS deals, 0 AS articles, 0 AS claims, [] AS dealsByKind, [] AS dealsByStatus`;

let graph: ReturnType<typeof createGraph>;
let opened: ReturnType<typeof openGraphReader>;

beforeAll(() => {
  graph = createGraph(neo4jSettings());
  const slowStats = (run: QueryRunner): QueryRunner => (query, options) =>
    run(query.text.includes('AS companies') ? { text: SLOW_STATS, params: {} } : query, options);
  opened = openGraphReader({ ...neo4jSettings(), wrapRunner: slowStats });
});

afterAll(async () => {
  await opened.close();
  await graph.close();
});

async function runningSlowQueries(): Promise<number> {
  const result = await graph.driver.executeQuery(
    'SHOW TRANSACTIONS YIELD currentQuery, status WHERE currentQuery CONTAINS $marker AND NOT currentQuery CONTAINS "SHOW" RETURN count(*) AS running',
    { marker },
  );
  return Number(result.records[0]?.get('running'));
}

describe('a request that takes too long', () => {
  it('answers TIMEOUT and cancels its query in Neo4j', async () => {
    const gateway = createGateway({ reader: opened.reader, playground: false, limits: { requestTimeoutMs: 500 } });
    const started = Date.now();
    const response = await gateway.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: '{ stats { companies } }' }),
    });
    const body = (await response.json()) as GraphQLBody;
    expect(body.errors?.[0]?.extensions?.code).toBe('TIMEOUT');
    expect(Date.now() - started).toBeLessThan(5_000);

    let running = await runningSlowQueries();
    for (let attempt = 0; attempt < 30 && running > 0; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      running = await runningSlowQueries();
    }
    expect(running).toBe(0);
  }, 30_000);

  it('is ended by Neo4j after the reader\'s query timeout even when no request gives up', async () => {
    const patient = openGraphReader({ ...neo4jSettings(), queryTimeoutMs: 300, wrapRunner: (run) => (_query, options) => run({ text: SLOW_STATS, params: {} }, options) });
    try {
      const started = Date.now();
      await expect(patient.reader.stats()).rejects.toMatchObject({ code: 'QUERY_FAILED' });
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(await runningSlowQueries()).toBe(0);
    } finally {
      await patient.close();
    }
  }, 30_000);
});
