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

/** An article whose text says, in its second sentence, that the unit belongs to the parent. */
function unitArticle(tag: string, n: number, options: { parent: boolean; lang?: string; version?: string }): ArticleFacts {
  const T = cap(tag);
  const parent = `${T}tel`;
  const unit = `${T}tel Health`;
  const text = `Article ${n} of ${tag} reports results. ${parent} said ${unit}, its health unit, grew. ${unit} is in Paris.`;
  /** The span of the `nth` occurrence of `name` in the text. */
  const at = (name: string, nth: number): { text: string; start: number; end: number } => {
    let start = -1;
    for (let i = 0; i <= nth; i += 1) start = text.indexOf(name, start + 1);
    return { text: name, start, end: start + name.length };
  };
  // The unit's mentions in another order than the text's: the sentence naming the parent is chosen, not the first listed.
  const facts = article(tag, {
    n,
    lang: options.lang ?? 'en',
    entities: [
      { id: 'e1', type: 'COMPANY', name: parent, mentions: [at(parent, 0)] },
      { id: 'e2', type: 'COMPANY', name: unit, parent: options.parent ? 'e1' : null, mentions: [at(unit, 1), at(unit, 0)] },
    ],
  });
  return { ...facts, article: { ...facts.article, text, extractorVersion: options.version ?? 'test-1' } };
}

/** Every UNIT_OF link of the tag's parties with the claims that state it, as the graph has them. */
async function unitLinks(tag: string): Promise<Array<Record<string, unknown>>> {
  return query(
    graph,
    `MATCH (u:Company)-[:UNIT_OF]->(p:Company) WHERE p.nameKey CONTAINS $tag
     RETURN u.name AS unit, p.name AS parent,
            [(u)<-[:SUPPORTS]-(c:Claim {field: 'unit'})-[:FROM]->(a:Article) WHERE c.partyId = p.id |
              c {.evidence, .start, .end, .lang, .confidence, .extractorVersion, .value, article: a.url, stated: substring(a.text, c.start, c.end - c.start)}] AS claims`,
    { tag },
  );
}

async function articleId(tag: string, n: number): Promise<string> {
  const [row] = await query(graph, 'MATCH (a:Article {url: $url}) RETURN a.id AS id', { url: `test://${tag}/${n}` });
  return String(row?.id);
}

test('a unit link points at the article and the sentence that state it', async () => {
  const tag = tagged();
  const T = cap(tag);
  const facts = unitArticle(tag, 1, { parent: true, lang: 'fr' });
  await ingestArticle(graph, facts);
  const sentence = `${T}tel said ${T}tel Health, its health unit, grew.`;
  expect(await unitLinks(tag)).toEqual([
    {
      unit: `${T}tel Health`,
      parent: `${T}tel`,
      claims: [
        {
          evidence: sentence,
          stated: sentence,
          start: facts.article.text.indexOf(sentence),
          end: facts.article.text.indexOf(sentence) + sentence.length,
          lang: 'fr',
          confidence: 1,
          extractorVersion: 'test-1',
          value: expect.stringContaining(`"parent":"${T}tel"`),
          article: `test://${tag}/1`,
        },
      ],
    },
  ]);
  // The same article again writes nothing twice.
  await ingestArticle(graph, facts);
  expect((await unitLinks(tag))[0]?.claims).toHaveLength(1);
});

test('reindex replaces unit links like other facts: gone when no article states them, back when one does', async () => {
  const tag = tagged();
  await ingestArticle(graph, unitArticle(tag, 1, { parent: true }));
  await ingestArticle(graph, unitArticle(tag, 2, { parent: true }));
  const [first, second] = [await articleId(tag, 1), await articleId(tag, 2)];
  const withoutParent = (stored: { text: string }) => ({ ...unitArticle(tag, stored.text.includes(`Article 1 `) ? 1 : 2, { parent: false }), article: { ...unitArticle(tag, 1, { parent: false }).article, text: stored.text } });

  // One of two articles no longer states it: the link stays, on the other's word alone.
  expect((await reindexArticles(graph, { ids: [first], extract: withoutParent })).failures).toEqual([]);
  const links = await unitLinks(tag);
  expect(links).toHaveLength(1);
  expect(links[0]?.claims).toEqual([expect.objectContaining({ article: `test://${tag}/2` })]);

  // Neither states it: the link is gone, and so is every unit claim.
  expect((await reindexArticles(graph, { ids: [second], extract: withoutParent })).failures).toEqual([]);
  expect(await unitLinks(tag)).toEqual([]);
  const left = await query(graph, "MATCH (c:Claim {field: 'unit'})-[:FROM]->(a:Article) WHERE a.url STARTS WITH $p RETURN count(c) AS n", { p: `test://${tag}/` });
  expect(left).toEqual([{ n: 0 }]);

  // A newer extractor states it again: the link is back, with that extractor's claim.
  const again = await reindexArticles(graph, {
    ids: [first],
    extract: (stored) => ({ ...unitArticle(tag, 1, { parent: true, version: 'test-2' }), article: { ...unitArticle(tag, 1, { parent: true, version: 'test-2' }).article, text: stored.text } }),
  });
  expect(again.failures).toEqual([]);
  expect((await unitLinks(tag))[0]?.claims).toEqual([expect.objectContaining({ article: `test://${tag}/1`, extractorVersion: 'test-2' })]);
});

/** The ids of the tag's unit claims, by the url of the article stating each. */
async function unitClaims(tag: string): Promise<Record<string, string>> {
  const rows = await query(graph, "MATCH (c:Claim {field: 'unit'})-[:FROM]->(a:Article) WHERE a.url STARTS WITH $p RETURN a.url AS url, c.id AS id", { p: `test://${tag}/` });
  return Object.fromEntries(rows.map((r) => [String(r.url), String(r.id)]));
}

test('rejecting the only claim of a unit link removes the link, and confirming it brings the link back', async () => {
  const tag = tagged();
  await ingestArticle(graph, unitArticle(tag, 1, { parent: true }));
  const claim = (await unitClaims(tag))[`test://${tag}/1`]!;

  await rejectFact(graph, claim, { by: 'analyst', reason: 'a brand, not a unit' });
  expect(await unitLinks(tag)).toEqual([]);
  const [kept] = await query(graph, 'MATCH (c:Claim {id: $id}) RETURN c.curation AS curation, c.curatedBy AS by', { id: claim });
  expect(kept).toEqual({ curation: 'REJECTED', by: 'analyst' });

  await confirmFact(graph, claim, { by: 'analyst' });
  expect(await unitLinks(tag)).toEqual([expect.objectContaining({ unit: `${cap(tag)}tel Health`, parent: `${cap(tag)}tel` })]);
});

test('a unit link lives while one claim not rejected states it', async () => {
  const tag = tagged();
  await ingestArticle(graph, unitArticle(tag, 1, { parent: true }));
  await ingestArticle(graph, unitArticle(tag, 2, { parent: true }));
  const claims = await unitClaims(tag);

  await rejectFact(graph, claims[`test://${tag}/1`]!);
  expect(await unitLinks(tag)).toHaveLength(1);
  await rejectFact(graph, claims[`test://${tag}/2`]!);
  expect(await unitLinks(tag)).toEqual([]);

  // A third article stating it is a source not rejected: the link is back.
  await ingestArticle(graph, unitArticle(tag, 3, { parent: true }));
  expect(await unitLinks(tag)).toHaveLength(1);
});

test('a rejected unit claim stays rejected and its link gone across re-ingest and reindex', async () => {
  const tag = tagged();
  const facts = unitArticle(tag, 1, { parent: true });
  await ingestArticle(graph, facts);
  const claim = (await unitClaims(tag))[`test://${tag}/1`]!;
  await rejectFact(graph, claim, { by: 'analyst' });

  await ingestArticle(graph, facts);
  expect(await unitLinks(tag)).toEqual([]);

  const id = await articleId(tag, 1);
  const reindexed = await reindexArticles(graph, {
    ids: [id],
    extract: (stored) => ({ ...unitArticle(tag, 1, { parent: true, version: 'test-2' }), article: { ...unitArticle(tag, 1, { parent: true, version: 'test-2' }).article, text: stored.text } }),
  });
  expect(reindexed.failures).toEqual([]);
  expect(await unitLinks(tag)).toEqual([]);
  const rejected = await query(graph, "MATCH (c:Claim {field: 'unit'})-[:FROM]->(:Article {id: $id}) RETURN c.curation AS curation, c.curatedBy AS by", { id });
  expect(rejected).toEqual([{ curation: 'REJECTED', by: 'analyst' }]);

  // The verdict is on the claim reindex kept, so confirming it restores the link.
  await confirmFact(graph, String((await unitClaims(tag))[`test://${tag}/1`]));
  expect(await unitLinks(tag)).toHaveLength(1);
});

test('a unit link confirmed again after its parent was merged away lands on the kept party, and undoMerge takes it back', async () => {
  const tag = tagged();
  const T = cap(tag);
  await ingestArticle(graph, unitArticle(tag, 1, { parent: true }));
  // Another spelling of the parent, which resolution keeps apart, to merge the parent into.
  await ingestArticle(graph, article(tag, { n: 2, entities: [{ id: 'e1', type: 'COMPANY', name: `${T}tel Group` }] }));
  const parties = await partyIdsByName(graph, tag);
  const claim = (await unitClaims(tag))[`test://${tag}/1`]!;
  await rejectFact(graph, claim);
  await mergeParties(graph, { keepId: parties[`${T}tel Group`]!, mergeId: parties[`${T}tel`]!, by: 'analyst' });
  expect(await unitLinks(tag)).toEqual([]);

  await confirmFact(graph, claim);
  expect(await unitLinks(tag)).toEqual([expect.objectContaining({ unit: `${T}tel Health`, parent: `${T}tel Group` })]);
  await undoMerge(graph, parties[`${T}tel`]!);
  expect(await unitLinks(tag)).toEqual([expect.objectContaining({ unit: `${T}tel Health`, parent: `${T}tel` })]);
});
