import { expect, test } from '@jest/globals';
import type { Graph } from './create-graph.js';
import { confirmFact, rejectFact } from './curate-fact.js';
import { ingestArticle } from './ingest-articles.js';
import { mergeParties } from './merge-parties.js';
import { reindexArticles } from './reindex-articles.js';
import { undoMerge } from './undo-merge.js';
import { article, cap, partyIdsByName, query, useTestGraph } from './__fixtures__/test-graph.js';
import type { ArticleFacts } from './types.js';

let graph: Graph;
// Deals folded by a merge are no longer Deals: they go with their claims before the common cleanup.
const tagged = useTestGraph(process.env, (opened) => (graph = opened), {
  beforeClean: (opened, tag) =>
    query(opened, 'MATCH (d:MergedDeal)-[:ACQUIRER]->(p) WHERE p.nameKey CONTAINS $tag OPTIONAL MATCH (d)<-[:SUPPORTS]-(c:Claim) DETACH DELETE c, d', { tag }).then(() => undefined),
});

/** Article `n` telling that the buyer bought the target from the seller in 2020. */
function sale(tag: string, n: number, options: { seller?: string; version?: string } = {}, target = `${cap(tag)}target`): ArticleFacts {
  const T = cap(tag);
  const facts = article(tag, {
    n,
    publishedAt: `2020-0${n}-01`,
    entities: [
      { id: 'e1', type: 'COMPANY', name: `${T}buyer` },
      { id: 'e2', type: 'COMPANY', name: target },
      { id: 'e3', type: 'COMPANY', name: options.seller ?? `${T}holder` },
    ],
    deals: [{ id: 'd1', kind: 'ACQUISITION', acquirer: 'e1', target: 'e2', seller: 'e3', date: { year: 2020, month: null, day: null } }],
  });
  return { ...facts, article: { ...facts.article, extractorVersion: options.version ?? 'test-1' } };
}

/** The tag's deals with their links, as the graph has them. */
async function deals(tag: string): Promise<Array<Record<string, unknown>>> {
  return query(
    graph,
    `MATCH (d:Deal)-[:ACQUIRER]->(b:Party) WHERE b.nameKey CONTAINS $tag
     RETURN d.sourceCount AS sourceCount, d.confidence AS confidence,
            [(d)-[r:ACQUIRER|TARGET|SELLER|BIDDER]->(p:Party) | type(r) + ' ' + p.name] AS links
     ORDER BY d.id`,
    { tag },
  );
}

/** The ids of the tag's claims of one field (and, for party claims, one role), by the url of the article stating each. */
async function claims(tag: string, field: string, partyAs: string | null = null): Promise<Record<string, string>> {
  const rows = await query(
    graph,
    `MATCH (c:Claim {field: $field})-[:FROM]->(a:Article) WHERE a.url STARTS WITH $p AND ($as IS NULL OR c.partyAs = $as)
     RETURN a.url AS url, c.id AS id`,
    { field, p: `test://${tag}/`, as: partyAs },
  );
  return Object.fromEntries(rows.map((r) => [String(r.url), String(r.id)]));
}

async function sellers(tag: string): Promise<unknown[]> {
  return (await deals(tag)).flatMap((d) => (d.links as string[]).filter((link) => link.startsWith('SELLER ')));
}

test('rejecting the only claim of a deal party removes the link, and confirming it brings the link back', async () => {
  const tag = tagged();
  const T = cap(tag);
  await ingestArticle(graph, sale(tag, 1));
  expect(await deals(tag)).toEqual([{ sourceCount: 1, confidence: 0.8, links: expect.arrayContaining([`ACQUIRER ${T}buyer`, `TARGET ${T}target`, `SELLER ${T}holder`]) }]);
  const claim = (await claims(tag, 'party', 'SELLER'))[`test://${tag}/1`]!;

  await rejectFact(graph, claim, { by: 'analyst', reason: 'the holder only advised' });
  expect(await deals(tag)).toEqual([{ sourceCount: 1, confidence: 0.8, links: expect.arrayContaining([`ACQUIRER ${T}buyer`, `TARGET ${T}target`]) }]);
  expect(await sellers(tag)).toEqual([]);
  const [kept] = await query(graph, 'MATCH (c:Claim {id: $id})-[:SUPPORTS]->(:Deal) RETURN c.curation AS curation, c.curatedBy AS by', { id: claim });
  expect(kept).toEqual({ curation: 'REJECTED', by: 'analyst' });

  await confirmFact(graph, claim, { by: 'analyst' });
  expect(await sellers(tag)).toEqual([`SELLER ${T}holder`]);
});

test('a deal party link lives while one claim not rejected states it', async () => {
  const tag = tagged();
  const T = cap(tag);
  await ingestArticle(graph, sale(tag, 1));
  await ingestArticle(graph, sale(tag, 2));
  expect(await deals(tag)).toHaveLength(1);
  const stated = await claims(tag, 'party', 'SELLER');

  await rejectFact(graph, stated[`test://${tag}/1`]!);
  expect(await sellers(tag)).toEqual([`SELLER ${T}holder`]);
  await rejectFact(graph, stated[`test://${tag}/2`]!);
  expect(await sellers(tag)).toEqual([]);

  // A third article stating it is a source not rejected: the link is back.
  await ingestArticle(graph, sale(tag, 3));
  expect(await deals(tag)).toHaveLength(1);
  expect(await sellers(tag)).toEqual([`SELLER ${T}holder`]);
});

test('a rejected party claim stays rejected and its link gone across re-ingest and reindex', async () => {
  const tag = tagged();
  const T = cap(tag);
  await ingestArticle(graph, sale(tag, 1));
  await rejectFact(graph, (await claims(tag, 'party', 'SELLER'))[`test://${tag}/1`]!, { by: 'analyst' });

  await ingestArticle(graph, sale(tag, 1));
  expect(await sellers(tag)).toEqual([]);

  const [row] = await query(graph, 'MATCH (a:Article {url: $url}) RETURN a.id AS id', { url: `test://${tag}/1` });
  const id = String(row?.id);
  const reindexed = await reindexArticles(graph, { ids: [id], extract: (stored) => ({ ...sale(tag, 1, { version: 'test-2' }), article: { ...sale(tag, 1, { version: 'test-2' }).article, text: stored.text } }) });
  expect(reindexed.failures).toEqual([]);
  expect(await deals(tag)).toEqual([{ sourceCount: 1, confidence: 0.8, links: expect.arrayContaining([`ACQUIRER ${T}buyer`, `TARGET ${T}target`]) }]);
  expect(await sellers(tag)).toEqual([]);
  const rejected = await query(graph, "MATCH (c:Claim {field: 'party', partyAs: 'SELLER'})-[:FROM]->(:Article {id: $id}) RETURN c.curation AS curation, c.curatedBy AS by", { id });
  expect(rejected).toEqual([{ curation: 'REJECTED', by: 'analyst' }]);

  // The verdict is on the claim reindex kept, so confirming it restores the link.
  await confirmFact(graph, (await claims(tag, 'party', 'SELLER'))[`test://${tag}/1`]!);
  expect(await sellers(tag)).toEqual([`SELLER ${T}holder`]);
});

test('a deal party link confirmed again after its party was merged away lands on the kept party, and undoMerge takes it back', async () => {
  const tag = tagged();
  const T = cap(tag);
  await ingestArticle(graph, sale(tag, 1));
  // Another spelling of the seller, which resolution keeps apart, to merge the seller into.
  await ingestArticle(graph, article(tag, { n: 2, entities: [{ id: 'e1', type: 'COMPANY', name: `${T}holder Group` }] }));
  const parties = await partyIdsByName(graph, tag);
  const claim = (await claims(tag, 'party', 'SELLER'))[`test://${tag}/1`]!;
  await rejectFact(graph, claim);
  await mergeParties(graph, { keepId: parties[`${T}holder Group`]!, mergeId: parties[`${T}holder`]!, by: 'analyst' });
  expect(await sellers(tag)).toEqual([]);

  await confirmFact(graph, claim);
  expect(await sellers(tag)).toEqual([`SELLER ${T}holder Group`]);
  await undoMerge(graph, parties[`${T}holder`]!);
  expect(await sellers(tag)).toEqual([`SELLER ${T}holder`]);
});

test('a deal party link stated of the kept party too is shared with the merged one when confirmed, and undoMerge gives each its own', async () => {
  const tag = tagged();
  const T = cap(tag);
  await ingestArticle(graph, sale(tag, 1));
  // The same sale told with another spelling of the seller, which resolution keeps apart.
  await ingestArticle(graph, sale(tag, 2, { seller: `${T}holder Group` }));
  expect(await deals(tag)).toHaveLength(1);
  const parties = await partyIdsByName(graph, tag);
  const claim = (await claims(tag, 'party', 'SELLER'))[`test://${tag}/1`]!;
  await rejectFact(graph, claim);
  await mergeParties(graph, { keepId: parties[`${T}holder Group`]!, mergeId: parties[`${T}holder`]!, by: 'analyst' });
  expect(await sellers(tag)).toEqual([`SELLER ${T}holder Group`]);

  await confirmFact(graph, claim);
  expect(await sellers(tag)).toEqual([`SELLER ${T}holder Group`]);
  await undoMerge(graph, parties[`${T}holder`]!);
  expect((await sellers(tag)).sort()).toEqual([`SELLER ${T}holder`, `SELLER ${T}holder Group`]);
});

test('undoMerge gives the merged party no deal link that only a rejected claim states', async () => {
  const tag = tagged();
  const T = cap(tag);
  await ingestArticle(graph, sale(tag, 1));
  await ingestArticle(graph, sale(tag, 2, { seller: `${T}holder Group` }));
  const parties = await partyIdsByName(graph, tag);
  await mergeParties(graph, { keepId: parties[`${T}holder Group`]!, mergeId: parties[`${T}holder`]!, by: 'analyst' });
  // Rejected while merged: the link stays on the kept party's own claim.
  await rejectFact(graph, (await claims(tag, 'party', 'SELLER'))[`test://${tag}/1`]!);
  expect(await sellers(tag)).toEqual([`SELLER ${T}holder Group`]);

  await undoMerge(graph, parties[`${T}holder`]!);
  expect(await sellers(tag)).toEqual([`SELLER ${T}holder Group`]);
});

test('undoMerge leaves the kept party a deal link its own claim states when the merged party\'s claim was rejected', async () => {
  const tag = tagged();
  const T = cap(tag);
  await ingestArticle(graph, sale(tag, 1));
  await ingestArticle(graph, article(tag, { n: 2, entities: [{ id: 'e1', type: 'COMPANY', name: `${T}holder Group` }] }));
  const parties = await partyIdsByName(graph, tag);
  await mergeParties(graph, { keepId: parties[`${T}holder Group`]!, mergeId: parties[`${T}holder`]!, by: 'analyst' });
  // Read after the merge, this article states the kept party as the seller of the deal the merge moved the link of.
  await ingestArticle(graph, sale(tag, 3, { seller: `${T}holder Group` }));
  expect(await deals(tag)).toHaveLength(1);
  await rejectFact(graph, (await claims(tag, 'party', 'SELLER'))[`test://${tag}/1`]!);
  expect(await sellers(tag)).toEqual([`SELLER ${T}holder Group`]);

  await undoMerge(graph, parties[`${T}holder`]!);
  expect(await sellers(tag)).toEqual([`SELLER ${T}holder Group`]);
});

test('a party claim confirmed while a merge made its deal one with another goes back with its deal on undoMerge', async () => {
  const tag = tagged();
  const T = cap(tag);
  // The same sale told twice, the target spelt so that resolution keeps the two apart: two deals, only the second with a seller.
  await ingestArticle(graph, article(tag, { n: 1, entities: [{ id: 'e1', type: 'COMPANY', name: `${T}buyer` }, { id: 'e2', type: 'COMPANY', name: `${T}soft` }], deals: [{ id: 'd1', kind: 'ACQUISITION', acquirer: 'e1', target: 'e2', date: { year: 2020, month: null, day: null } }] }));
  await ingestArticle(graph, sale(tag, 2, {}, `${T}software Labs`));
  expect(await deals(tag)).toHaveLength(2);
  const parties = await partyIdsByName(graph, tag);
  const claim = (await claims(tag, 'party', 'SELLER'))[`test://${tag}/2`]!;
  await rejectFact(graph, claim);
  await mergeParties(graph, { keepId: parties[`${T}soft`]!, mergeId: parties[`${T}software Labs`]!, by: 'analyst' });
  expect(await deals(tag)).toEqual([expect.objectContaining({ sourceCount: 2, links: expect.not.arrayContaining([`SELLER ${T}holder`]) })]);

  await confirmFact(graph, claim);
  expect(await sellers(tag)).toEqual([`SELLER ${T}holder`]);
  await undoMerge(graph, parties[`${T}software Labs`]!);
  const parted = await deals(tag);
  expect(parted).toHaveLength(2);
  expect(parted.map((d) => (d.links as string[]).sort())).toEqual(
    expect.arrayContaining([
      [`ACQUIRER ${T}buyer`, `TARGET ${T}soft`],
      [`ACQUIRER ${T}buyer`, `SELLER ${T}holder`, `TARGET ${T}software Labs`],
    ]),
  );
});

test('a deal whose every deal claim is rejected counts no source and shows none, across reindex, until one is confirmed', async () => {
  const tag = tagged();
  await ingestArticle(graph, sale(tag, 1));
  const claim = (await claims(tag, 'deal'))[`test://${tag}/1`]!;

  await rejectFact(graph, claim);
  expect(await deals(tag)).toEqual([expect.objectContaining({ sourceCount: 0, confidence: 0 })]);

  const [row] = await query(graph, 'MATCH (a:Article {url: $url}) RETURN a.id AS id', { url: `test://${tag}/1` });
  const reindexed = await reindexArticles(graph, { ids: [String(row?.id)], extract: (stored) => ({ ...sale(tag, 1, { version: 'test-2' }), article: { ...sale(tag, 1, { version: 'test-2' }).article, text: stored.text } }) });
  expect(reindexed.failures).toEqual([]);
  expect(await deals(tag)).toEqual([expect.objectContaining({ sourceCount: 0, confidence: 0 })]);

  await confirmFact(graph, (await claims(tag, 'deal'))[`test://${tag}/1`]!);
  expect(await deals(tag)).toEqual([expect.objectContaining({ sourceCount: 1, confidence: 0.8 })]);
});
