// The response cache against the real Neo4j: a repeated query costs no read, and a write by
// anyone, including straight Cypher from another driver, shows in the very next answer.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { openGraphReader } from '@dealgraph/graph';
import { createGateway, type Gateway } from '../src/index.js';
import { createTestGraph, neo4jSettings, overHttp, STORY, type GraphQLBody } from './create-test-graph.js';

let t: Awaited<ReturnType<typeof createTestGraph>>;

const COMPANY = 'query ($name: String!) { company(name: $name) { name aliases dealsAsAcquirer { totalCount } } }';

/** COMPANY asked of a gateway of a test's own (t.query asks t.gateway). */
async function askCompany(gateway: Gateway, name: string): Promise<GraphQLBody> {
  const response = await gateway.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: COMPANY, variables: { name } }),
  });
  return (await response.json()) as GraphQLBody;
}

beforeAll(async () => {
  t = await createTestGraph({ cacheResponses: {} });
  await t.write(STORY);
});

afterAll(async () => {
  await t.cleanup();
});

afterEach(() => {
  t.reset();
});

describe('the response cache', () => {
  it('answers a repeated query without reading the graph again, with the same body', async () => {
    const missesBefore = t.gateway.responseCacheStats()?.misses ?? 0;
    const first = await t.query(COMPANY, { name: `Nokia ${t.tag}` });
    expect(first.data?.company?.dealsAsAcquirer.totalCount).toBe(1);
    expect(t.gateway.responseCacheStats()?.misses).toBe(missesBefore + 1);
    const reads = t.counter.roundTrips;
    expect(reads).toBeGreaterThan(0);

    const hits = t.gateway.responseCacheStats()?.hits ?? 0;
    const again = await t.query(COMPANY, { name: `Nokia ${t.tag}` });
    expect(again).toEqual(first);
    expect(t.counter.roundTrips).toBe(reads);
    expect(t.gateway.responseCacheStats()?.hits).toBe(hits + 1);
    expect(t.gateway.responseCacheStats()?.misses).toBe(missesBefore + 1);
  });

  it('keys answers by variables and operation', async () => {
    await t.query(COMPANY, { name: `Nokia ${t.tag}` });
    t.reset();
    const other = await t.query(COMPANY, { name: `Withings ${t.tag}` });
    expect(other.data?.company?.name).toBe(`Withings ${t.tag}`);
    expect(t.counter.roundTrips).toBeGreaterThan(0);
  });

  it('shows a write made with straight Cypher by another driver in the next answer', async () => {
    const before = await t.query(COMPANY, { name: `Samsung ${t.tag}` });
    expect(before.data?.company?.aliases).toEqual([`Samsung ${t.tag}`]);

    await t.write("MATCH (c:Company {id: $tag + '-samsung'}) SET c.aliases = c.aliases + ['Samsung Electronics ' + $tag]");
    const after = await t.query(COMPANY, { name: `Samsung ${t.tag}` });
    expect(after.data?.company?.aliases).toEqual([`Samsung ${t.tag}`, `Samsung Electronics ${t.tag}`]);
  });

  it('keeps no answer that carries errors', async () => {
    const unknownField = await t.query('{ stats { noSuchField } }');
    expect(unknownField.errors?.length).toBeGreaterThan(0);
    const big = await t.query('{ companies(first: 100000) { totalCount } }');
    expect(big.errors?.length).toBeGreaterThan(0);
    t.reset();
    const bigAgain = await t.query('{ companies(first: 100000) { totalCount } }');
    expect(bigAgain).toEqual(big);
  });
});

describe('with maxStaleMs', () => {
  it('may give an answer read before another process’s write for that long', async () => {
    const opened = openGraphReader(neo4jSettings());
    try {
      const gateway = createGateway({ reader: opened.reader, responseCache: { lastTransaction: opened.lastTransaction, maxStaleMs: 60_000 } });
      const ask = () => askCompany(gateway, `Withings ${t.tag}`);
      expect((await ask()).data?.company?.aliases).toEqual([`Withings ${t.tag}`]);
      await t.write("MATCH (c:Company {id: $tag + '-withings'}) SET c.aliases = c.aliases + ['Withings SA ' + $tag]");
      // Within the window the kept answer is given: the trade maxStaleMs makes.
      expect((await ask()).data?.company?.aliases).toEqual([`Withings ${t.tag}`]);
      // The default (0) looks for every request and sees the write.
      expect((await t.query(COMPANY, { name: `Withings ${t.tag}` })).data?.company?.aliases).toEqual([`Withings ${t.tag}`, `Withings SA ${t.tag}`]);
    } finally {
      await opened.close();
    }
  });
});

describe('when the look at the last transaction hangs', () => {
  it('stops waiting for it and reads, so requests are still answered', async () => {
    const opened = openGraphReader(neo4jSettings());
    try {
      // Stands for a Neo4j that accepts the connection and never answers.
      const gateway = createGateway({ reader: opened.reader, responseCache: { lastTransaction: () => new Promise<string>(() => {}) } });
      expect((await askCompany(gateway, `Nokia ${t.tag}`)).data?.company?.name).toBe(`Nokia ${t.tag}`);
    } finally {
      await opened.close();
    }
  });
});

describe('when many requests arrive together', () => {
  it('they share looks at the last transaction and reads, and all get the same answer', async () => {
    let looks = 0;
    const opened = openGraphReader(neo4jSettings());
    try {
      const lastTransaction = async () => {
        looks += 1;
        return opened.lastTransaction();
      };
      const gateway = createGateway({ reader: opened.reader, responseCache: { lastTransaction } });
      const answers = await Promise.all(Array.from({ length: 40 }, () => askCompany(gateway, `Nokia ${t.tag}`)));
      for (const answer of answers) expect(answer).toEqual(answers[0]);
      // 40 requests in one burst: one look for the first, one shared by the rest (at most a few more as they trickle in).
      expect(looks).toBeLessThanOrEqual(4);
    } finally {
      await opened.close();
    }
  });
});

describe('over HTTP, where kept answers skip yoga', () => {
  const post = async (url: string, body: string, headers: Record<string, string> = {}) => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    return { status: response.status, headers: Object.fromEntries([...response.headers].filter(([name]) => name !== 'date')), text: await response.text() };
  };

  it('gives a repeated query the same status, headers and body without reading, and a write shows at once', async () => {
    await overHttp(t.gateway, async (url) => {
      const body = JSON.stringify({ query: COMPANY, variables: { name: `Nokia Technologies ${t.tag}` } });
      const asWidget = { origin: 'https://news.example', accept: 'application/graphql-response+json' };
      const first = await post(url, body, asWidget);
      expect(first.status).toBe(200);
      expect(first.headers['access-control-allow-origin']).toBeDefined();
      expect(JSON.parse(first.text).data.company.name).toBe(`Nokia Technologies ${t.tag}`);
      const reads = t.counter.roundTrips;

      const fastHits = t.gateway.responseCacheStats()?.fastHits ?? 0;
      const second = await post(url, body, asWidget);
      expect(second).toEqual(first);
      expect(t.gateway.responseCacheStats()?.fastHits).toBe(fastHits + 1);
      // Another Accept gets yoga's answer for it, not the kept headers of the first.
      const plain = await post(url, body, { accept: 'application/json' });
      expect(plain.headers['content-type']).toMatch(/^application\/json/);
      expect(plain.text).toBe(first.text);
      expect(t.counter.roundTrips).toBe(reads);
      // Given by yoga from memory the first time, by the fast path after.
      expect(await post(url, body, { accept: 'application/json' })).toEqual(plain);
      expect(t.gateway.responseCacheStats()?.fastHits).toBe(fastHits + 2);

      await t.write("MATCH (c:Company {id: $tag + '-nokiatech'}) SET c.name = 'Nokia Tech ' + $tag");
      const renamed = await post(url, JSON.stringify({ query: COMPANY, variables: { name: `Nokia Technologies ${t.tag}` } }), asWidget);
      expect(JSON.parse(renamed.text).data.company.name).toBe(`Nokia Tech ${t.tag}`);
    });
  });

  it('answers an Accept of text/event-stream with an event stream, kept answer or not', async () => {
    await overHttp(t.gateway, async (url) => {
      const body = JSON.stringify({ query: '{ stats { deals } }' });
      for (let time = 0; time < 3; time += 1) {
        const streamed = await post(url, body, { accept: 'text/event-stream' });
        expect(streamed.headers['content-type']).toMatch(/^text\/event-stream/);
        expect(streamed.text).toMatch(/^event: next\ndata: \{"data":\{"stats"/m);
      }
    });
  });

  it('passes on what it cannot answer: bad JSON, GET, mutations', async () => {
    await overHttp(t.gateway, async (url) => {
      const bad = await post(url, '{"query": ');
      expect(bad.status).toBe(400);
      expect(JSON.parse(bad.text).errors[0].message).toMatch(/JSON/i);
      const byGet = await fetch(`${url}?query=${encodeURIComponent('{ stats { deals } }')}`, { headers: { accept: 'application/json' } });
      expect(((await byGet.json()) as { data: { stats: { deals: number } } }).data.stats.deals).toBeGreaterThan(0);
      const mutation = await post(url, JSON.stringify({ query: 'mutation { rejectFact(claimId: "x") { id } }' }));
      expect(JSON.parse(mutation.text).errors.length).toBeGreaterThan(0);
    });
  });
});
