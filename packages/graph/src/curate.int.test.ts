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
const tagged = useTestGraph(process.env, (opened) => (graph = opened));


/** Two articles about one deal, a third naming the target in a way resolution cannot tie to it. */
function corpus(tag: string): ArticleFacts[] {
  const T = cap(tag);
  const deal = (n: number, publishedAt: string, status: 'PLANNED' | 'COMPLETED', targetName: string) =>
    article(tag, {
      n,
      publishedAt,
      entities: [
        { id: 'e1', type: 'COMPANY', name: `${T}buyer` },
        { id: 'e2', type: 'COMPANY', name: targetName },
      ],
      deals: [{ id: 'd1', kind: 'ACQUISITION', acquirer: 'e1', target: 'e2', status, date: { year: 2019, month: null, day: null } }],
    });
  return [deal(1, '2019-01-01', 'PLANNED', `${T}soft`), deal(2, '2019-06-01', 'COMPLETED', `${T}soft`), article(tag, { n: 3, entities: [{ id: 'e1', type: 'COMPANY', name: `${T}software Labs` }] })];
}

async function statusOf(tag: string): Promise<unknown> {
  const rows = await query(graph, 'MATCH (d:Deal)-[:ACQUIRER]->(p:Party) WHERE p.nameKey CONTAINS $tag RETURN d.status AS status', { tag });
  return rows.map((r) => r.status);
}

test('a rejected fact stops counting, a confirmed one outranks, and both survive reindex', async () => {
  const tag = tagged();
  for (const facts of corpus(tag)) await ingestArticle(graph, facts);
  expect(await statusOf(tag)).toEqual(['COMPLETED']);

  const [latest] = await query(
    graph,
    `MATCH (c:Claim {field: 'status'})-[:SUPPORTS]->(d:Deal)-[:ACQUIRER]->(p:Party) WHERE p.nameKey CONTAINS $tag AND c.value = '"COMPLETED"' RETURN c.id AS id`,
    { tag },
  );
  await rejectFact(graph, String(latest?.id), { by: 'analyst', reason: 'misread' });
  expect(await statusOf(tag)).toEqual(['PLANNED']);

  const reindex = await reindexArticles(graph, {
    ids: (await query(graph, 'MATCH (a:Article) WHERE a.url STARTS WITH $p RETURN a.id AS id', { p: `test://${tag}/` })).map((r) => String(r.id)),
    extract: (stored) => ({ ...corpus(tag).find((f) => f.article.text === stored.text)!, article: { ...corpus(tag)[0]!.article, text: stored.text, extractorVersion: 'test-2' } }),
  });
  expect(reindex.failures).toEqual([]);
  expect(reindex.reindexed).toBe(3);
  expect(await statusOf(tag)).toEqual(['PLANNED']);
  const rejected = await query(graph, "MATCH (c:Claim {curation: 'REJECTED'})-[:FROM]->(a:Article) WHERE a.url STARTS WITH $p RETURN c.curatedBy AS by", { p: `test://${tag}/` });
  expect(rejected).toEqual([{ by: 'analyst' }]);

  await confirmFact(graph, String(latest?.id), { by: 'analyst' });
  expect(await statusOf(tag)).toEqual(['COMPLETED']);
});

test('an analyst merge moves everything, survives re-ingest and reindex, and can be undone', async () => {
  const tag = tagged();
  const T = cap(tag);
  const facts = corpus(tag);
  for (const f of facts) await ingestArticle(graph, f);
  const ids = await partyIdsByName(graph, tag);
  const keepId = ids[`${T}soft`]!;
  const mergeId = ids[`${T}software Labs`]!;
  expect(Object.keys(ids)).toHaveLength(3);

  await mergeParties(graph, { keepId, mergeId, by: 'analyst', reason: 'same company' });
  expect(Object.keys(await partyIdsByName(graph, tag)).sort()).toEqual([`${T}buyer`, `${T}soft`]);
  const [kept] = await query(graph, 'MATCH (k:Party {id: $id}) RETURN k.aliases AS aliases, COUNT { (k)<-[:MENTIONS]-() } AS mentions', { id: keepId });
  expect(kept).toEqual({ aliases: expect.arrayContaining([`${T}software Labs`]), mentions: 3 });
  const [trail] = await query(graph, 'MATCH (:MergedParty {id: $m})-[r:MERGED_INTO]->(:Party {id: $k}) RETURN r.reason AS reason, r.by AS by', { m: mergeId, k: keepId });
  expect(trail).toEqual({ reason: 'same company', by: 'analyst' });

  // A new article with the merged name, and a reindex of the one that named it: both land on the kept party.
  await ingestArticle(graph, article(tag, { n: 4, entities: [{ id: 'e1', type: 'COMPANY', name: `${T}software Labs` }] }));
  const [third] = await query(graph, 'MATCH (a:Article {url: $url}) RETURN a.id AS id', { url: `test://${tag}/3` });
  const result = await reindexArticles(graph, { ids: [String(third?.id)], extract: () => facts[2]! });
  expect(result.failures).toEqual([]);
  expect(Object.keys(await partyIdsByName(graph, tag)).sort()).toEqual([`${T}buyer`, `${T}soft`]);
  const [after] = await query(graph, 'MATCH (k:Party {id: $id}) RETURN COUNT { (k)<-[:MENTIONS]-() } AS mentions', { id: keepId });
  expect(after).toEqual({ mentions: 4 });

  expect(await undoMerge(graph, mergeId, { by: 'analyst' })).toBe(keepId);
  expect(Object.keys(await partyIdsByName(graph, tag)).sort()).toEqual([`${T}buyer`, `${T}soft`, `${T}software Labs`]);
  const [restored] = await query(graph, 'MATCH (k:Party {id: $id}) RETURN k.aliases AS aliases', { id: keepId });
  expect(restored?.aliases).not.toContain(`${T}software Labs`);
});

test('curation errors say what to do', async () => {
  await expect(mergeParties(graph, { keepId: 'nope', mergeId: 'nope2', by: 'a' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  await expect(undoMerge(graph, 'nope')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  await expect(rejectFact(graph, 'nope')).rejects.toMatchObject({ code: 'NOT_FOUND' });
});
