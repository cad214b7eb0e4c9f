import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { confirmFact, ingestArticle, mergeParties, rejectFact, undoMerge, type ArticleFacts } from '@dealgraph/graph';
import { createClient } from 'graphql-ws';
import { SignJWT } from 'jose';
import WebSocket from 'ws';
import { listenGateway } from '../src/index.js';
import { createTestGraph } from './create-test-graph.js';

const API_KEY = 'test-key-0123456789abcdef';
const JWT_SECRET = 'test-secret-0123456789abcdef-0123456789';

let t: Awaited<ReturnType<typeof createTestGraph>>;

/** Facts as an extractor would state them for "Acme <tag> has bought <Target> <tag>": the test's own stand-in for @dealgraph/extract. */
function factsOf(text: string, tag: string): ArticleFacts {
  const target = /bought (\w+)/.exec(text)?.[1] ?? 'Widget';
  return {
    article: { text, title: `Acme buys Widget ${tag}`, lang: 'en', publishedAt: '2024-03-01', url: null, contentType: 'text', extractorVersion: 'test' },
    entities: [
      { id: 'e1', type: 'COMPANY', name: `Acme ${tag}`, aliases: [] },
      { id: 'e2', type: 'COMPANY', name: `${target} ${tag}`, aliases: [] },
    ],
    deals: [
      {
        id: 'd1', kind: 'ACQUISITION', acquirer: 'e1', target: 'e2', seller: null, bidders: [],
        date: { year: 2024, month: 3, day: null }, amount: null, status: 'COMPLETED', confidence: 0.9,
        evidence: [{ text, start: 0, end: text.length }],
      },
    ],
    roles: [],
  };
}

beforeAll(async () => {
  const graphFor = () => t.graph;
  t = await createTestGraph({
    // As `dealgraph serve` runs: every read after a write must see it.
    cacheResponses: {},
    apiKey: API_KEY,
    jwtSecret: JWT_SECRET,
    ingestArticle: (input) => ingestArticle(graphFor(), factsOf(input.text ?? '', t.tag)),
    curation: {
      mergeParties: async (input) => (await mergeParties(graphFor(), input)).keepId,
      undoMerge: (input) => undoMerge(graphFor(), input.mergedId, { by: input.by }),
      rejectFact: (input) => rejectFact(graphFor(), input.claimId, { by: input.by, reason: input.reason }),
      confirmFact: (input) => confirmFact(graphFor(), input.claimId, { by: input.by }),
    },
  });
});

afterAll(async () => {
  await t.write(
    `MATCH (p) WHERE (p:Party OR p:MergedParty) AND p.name CONTAINS $tag
     OPTIONAL MATCH (p)<-[]-(d:Deal) OPTIONAL MATCH (d)<-[:SUPPORTS]-(c:Claim) OPTIONAL MATCH (c)-[:FROM]->(a:Article)
     DETACH DELETE p, d, c, a`,
  );
  await t.cleanup();
});

const INGEST = `mutation ($text: String) { ingestArticle(text: $text) { article { id title } deals { id acquirer { name } target { name } claims { id field } } createdDealIds parties { name } } }`;

describe('writing through the gateway', () => {
  it('refuses mutations without an API key or a valid JWT', async () => {
    const none = await t.query(INGEST, { text: 'x' });
    expect(none.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const wrong = await t.query(INGEST, { text: 'x' }, { 'x-api-key': 'wrong-key-0123456789abcdef' });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const forged = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject('mallory').sign(new TextEncoder().encode('another-secret-0123456789abcdef-012345'));
    const bad = await t.query(INGEST, { text: 'x' }, { authorization: `Bearer ${forged}` });
    expect(bad.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('ingests an article with a JWT, answers what was merged, and publishes the new deal over SSE', async () => {
    const sse = await t.gateway.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: 'subscription { dealAdded { id target { name } } }' }),
    });
    const reader = sse.body!.getReader();
    // yoga subscribes when the stream is first pulled: start reading before the mutation.
    let received = '';
    const reading = (async () => {
      while (!received.includes('dealAdded')) {
        const chunk = await reader.read();
        if (chunk.done) break;
        received += new TextDecoder().decode(chunk.value);
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const token = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject('analyst-1').setExpirationTime('5m').sign(new TextEncoder().encode(JWT_SECRET));
    const text = `Acme ${t.tag} has bought Widget ${t.tag}.`;
    const body = await t.query(INGEST, { text }, { authorization: `Bearer ${token}` });
    expect(body.errors).toBeUndefined();
    expect(body.data).toBeDefined();
    const result = body.data?.ingestArticle;
    expect(result.deals).toHaveLength(1);
    expect(result.deals[0].target).toEqual({ name: `Widget ${t.tag}` });
    expect(result.createdDealIds).toEqual([result.deals[0].id]);
    await reading;
    expect(received).toContain(`Widget ${t.tag}`);
    await reader.cancel();

    const again = await t.query(INGEST, { text }, { 'x-api-key': API_KEY });
    expect(again.data?.ingestArticle.createdDealIds).toEqual([]);
  });

  it('publishes dealAdded over WebSocket (graphql-ws) on the same port', async () => {
    const running = await listenGateway(t.gateway, { port: 0 });
    let connected!: () => void;
    const isConnected = new Promise<void>((resolve) => (connected = resolve));
    const client = createClient({ url: `ws://127.0.0.1:${running.port}/graphql`, webSocketImpl: WebSocket, lazy: true, retryAttempts: 0, on: { connected } });
    try {
      const next = new Promise<unknown>((resolve, reject) => {
        const stop = client.subscribe({ query: 'subscription { dealAdded { id acquirer { name } } }' }, {
          next: (value) => {
            resolve(value);
            stop();
          },
          error: reject,
          complete: () => undefined,
        });
      });
      await isConnected;
      await new Promise((resolve) => setTimeout(resolve, 300));
      const body = await t.query(INGEST, { text: `Acme ${t.tag} has bought Gadget ${t.tag}.` }, { 'x-api-key': API_KEY });
      expect(body.errors).toBeUndefined();
      expect(await next).toEqual({ data: { dealAdded: { id: expect.any(String), acquirer: { name: `Acme ${t.tag}` } } } });
    } finally {
      await client.dispose();
      await running.close();
    }
  });

  it('confirms and rejects a fact, and merges and splits parties', async () => {
    const search = await t.query(`query ($q: String!) { search(text: $q) { id name } }`, { q: `acme ${t.tag}` });
    const acme = search.data?.search.find((hit: { name: string }) => hit.name === `Acme ${t.tag}`);
    const deals = await t.query(`query ($id: ID!) { deals(filter: { party: $id }) { nodes { id claims { id field curation } } } }`, { id: acme.id });
    const claim = deals.data?.deals.nodes[0].claims[0];
    const headers = { 'x-api-key': API_KEY };
    const confirmed = await t.query(`mutation ($id: ID!) { confirmFact(claimId: $id) { id curation } }`, { id: claim.id }, headers);
    expect(confirmed.data?.confirmFact).toEqual({ id: claim.id, curation: 'CONFIRMED' });
    const missing = await t.query(`mutation { rejectFact(claimId: "no-such-claim-${t.tag}") { id } }`, {}, headers);
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const widget = (await t.query(`query ($q: String!) { search(text: $q, first: 1) { id } }`, { q: `widget ${t.tag}` })).data?.search[0];
    const merged = await t.query(`mutation ($k: ID!, $m: ID!) { mergeParties(keepId: $k, mergeId: $m, reason: "test") { id name } }`, { k: acme.id, m: widget.id }, headers);
    expect(merged.errors).toBeUndefined();
    expect(merged.data?.mergeParties.id).toBe(acme.id);
    const viaOld = await t.query(`query ($id: ID!) { party(id: $id) { id } }`, { id: widget.id });
    expect(viaOld.data?.party).toEqual({ id: acme.id });
    const undone = await t.query(`mutation ($m: ID!) { undoMerge(mergedId: $m) { id name } }`, { m: widget.id }, headers);
    expect(undone.errors).toBeUndefined();
    expect(undone.data?.undoMerge.name).toBe(`Widget ${t.tag}`);
    const self = await t.query(`mutation ($k: ID!) { mergeParties(keepId: $k, mergeId: $k) { id } }`, { k: acme.id }, headers);
    expect(self.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('names the claim of each source, so rejecting it takes the source out of the deal until it is confirmed again', async () => {
    const headers = { 'x-api-key': API_KEY };
    const ingested = await t.query(INGEST, { text: `Acme ${t.tag} has bought Sprocket ${t.tag}.` }, headers);
    expect(ingested.errors).toBeUndefined();
    const dealId = ingested.data?.ingestArticle.deals[0].id as string;
    const DEAL = `query ($id: ID!) { deal(id: $id) { sourceCount confidence sources { claimId evidence } claims { id field source { claimId } } } }`;
    const before = (await t.query(DEAL, { id: dealId })).data?.deal;
    expect(before).toMatchObject({ sourceCount: 1, confidence: 0.9, sources: [{ claimId: expect.any(String), evidence: `Acme ${t.tag} has bought Sprocket ${t.tag}.` }] });
    const claimId = before.sources[0].claimId as string;
    // The id is the claim's, wherever a source is read.
    expect(before.claims).toContainEqual({ id: claimId, field: 'DEAL', source: { claimId } });

    const rejected = await t.query(`mutation ($id: ID!) { rejectFact(claimId: $id, reason: "a rumour") { id field curation } }`, { id: claimId }, headers);
    expect(rejected.data?.rejectFact).toEqual({ id: claimId, field: 'DEAL', curation: 'REJECTED' });
    expect((await t.query(DEAL, { id: dealId })).data?.deal).toMatchObject({ sourceCount: 0, confidence: 0, sources: [] });

    await t.query(`mutation ($id: ID!) { confirmFact(claimId: $id) { id } }`, { id: claimId }, headers);
    expect((await t.query(DEAL, { id: dealId })).data?.deal).toMatchObject({ sourceCount: 1, sources: [{ claimId }] });
  });
});
