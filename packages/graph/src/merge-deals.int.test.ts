import { expect, test } from '@jest/globals';
import type { Graph } from './create-graph.js';
import { rejectFact } from './curate-fact.js';
import { ingestArticle } from './ingest-articles.js';
import { mergeParties } from './merge-parties.js';
import { reindexArticles } from './reindex-articles.js';
import { undoMerge } from './undo-merge.js';
import { article, cap, partyIdsByName, query, useTestGraph } from './__fixtures__/test-graph.js';
import type { ArticleFacts, FactAmount } from './types.js';

let graph: Graph;
// Deals folded by a merge are no longer Deals: they go with their claims before the common cleanup.
const tagged = useTestGraph(process.env, (opened) => (graph = opened), {
  beforeClean: (opened, tag) =>
    query(opened, 'MATCH (d:MergedDeal)-[:ACQUIRER]->(p) WHERE p.nameKey CONTAINS $tag OPTIONAL MATCH (d)<-[:SUPPORTS]-(c:Claim) DETACH DELETE c, d', { tag }).then(() => undefined),
});

const eur = (value: number): FactAmount => ({ value, currency: 'EUR', eur: value, approximate: false, upTo: false, text: `${value} EUR` });

/**
 * The same purchase told twice, the target spelt so that resolution cannot tie the two
 * (so there are two parties and two deals), the second with a seller the first lacks and
 * a more confident amount; besides, the same parties' purchase of 2012, and another buyer's
 * purchase of the second spelling: neither is the same deal.
 */
function corpus(tag: string): ArticleFacts[] {
  const T = cap(tag);
  const buyer = { id: 'e1', type: 'COMPANY' as const, name: `${T}buyer` };
  return [
    article(tag, {
      n: 1,
      publishedAt: '2019-01-10',
      entities: [buyer, { id: 'e2', type: 'COMPANY', name: `${T}soft` }],
      deals: [{ id: 'd1', kind: 'ACQUISITION', acquirer: 'e1', target: 'e2', status: 'PLANNED', date: { year: 2019, month: 1, day: null }, amount: eur(100e6), confidence: 0.6 }],
    }),
    article(tag, {
      n: 2,
      publishedAt: '2019-06-01',
      entities: [buyer, { id: 'e2', type: 'COMPANY', name: `${T}software Labs` }, { id: 'e3', type: 'COMPANY', name: `${T}holding` }],
      deals: [{ id: 'd1', kind: 'ACQUISITION', acquirer: 'e1', target: 'e2', seller: 'e3', status: 'COMPLETED', date: { year: 2019, month: 6, day: 1 }, amount: eur(120e6), confidence: 0.9 }],
    }),
    article(tag, {
      n: 3,
      publishedAt: '2012-03-01',
      entities: [buyer, { id: 'e2', type: 'COMPANY', name: `${T}soft` }],
      deals: [{ id: 'd1', kind: 'ACQUISITION', acquirer: 'e1', target: 'e2', status: 'COMPLETED', date: { year: 2012, month: null, day: null } }],
    }),
    article(tag, {
      n: 4,
      publishedAt: '2021-01-01',
      entities: [{ id: 'e1', type: 'COMPANY', name: `${T}other` }, { id: 'e2', type: 'COMPANY', name: `${T}software Labs` }],
      deals: [{ id: 'd1', kind: 'ACQUISITION', acquirer: 'e1', target: 'e2', status: 'COMPLETED', date: { year: 2021, month: null, day: null } }],
    }),
  ];
}

/**
 * Everything of the tag as the graph holds it: parties and deals (with their labels and
 * properties), every relationship between them, and where each claim points. The kept
 * party's resolution trail is left out: an undo adds a note to it, by design.
 */
async function state(tag: string): Promise<unknown> {
  const [row] = await query(
    graph,
    `MATCH (p) WHERE (p:Party OR p:MergedParty) AND p.nameKey CONTAINS $tag
     WITH collect(p) AS parties
     CALL (parties) {
       UNWIND parties AS p
       MATCH (d)-[:ACQUIRER|TARGET|SELLER|BIDDER]->(p) WHERE d:Deal OR d:MergedDeal
       RETURN collect(DISTINCT d) AS deals
     }
     CALL (parties, deals) {
       UNWIND parties + deals AS n
       MATCH (n)-[r]-(m) WHERE NOT m:Article AND NOT m:Claim
       WITH DISTINCT r
       RETURN collect([startNode(r).id, type(r), endNode(r).id, r {.*, at: null}]) AS links
     }
     CALL (deals, parties) {
       UNWIND deals + parties AS n
       MATCH (c:Claim)-[s:SUPPORTS]->(n)
       RETURN collect([c.id, c.curation, n.id, s {.*}]) AS claims
     }
     RETURN [p IN parties | [labels(p), p {.*, resolution: null, createdAt: null}]] AS parties,
            [d IN deals | [labels(d), d {.*, createdAt: null}]] AS deals, links, claims`,
    { tag },
  );
  const sorted = (list: unknown) => (list as unknown[]).map((x) => JSON.stringify(x)).sort();
  return { parties: sorted(row?.parties), deals: sorted(row?.deals), links: sorted(row?.links), claims: sorted(row?.claims) };
}


/** The deals of the buyer, oldest first, with what is derived from their claims. */
async function buyerDeals(tag: string): Promise<Array<Record<string, unknown>>> {
  return query(
    graph,
    `MATCH (b:Party {nameKey: $key})<-[:ACQUIRER]-(d:Deal)
     RETURN d.year AS year, d.month AS month, d.status AS status, d.amountEur AS amountEur, d.sourceCount AS sources,
            [(d)-[:TARGET]->(t) | t.name] AS targets, [(d)-[:SELLER]->(s) | s.name] AS sellers,
            COUNT { (d)<-[:SUPPORTS]-(:Claim) } AS claims
     ORDER BY year, month`,
    { key: `${tag}buyer` },
  );
}

async function amountClaim(tag: string, n: number): Promise<string> {
  const [row] = await query(graph, "MATCH (c:Claim {field: 'amount'})-[:FROM]->(a:Article {url: $url}) RETURN c.id AS id", { url: `test://${tag}/${n}` });
  return String(row?.id);
}

test('merging two parties makes their deals of the same real deal one, with every claim; undo restores both exactly', async () => {
  const tag = tagged();
  const T = cap(tag);
  for (const facts of corpus(tag)) await ingestArticle(graph, facts);
  // The analyst rejects the second article's amount: it must stay out of the merged deal's amount.
  await rejectFact(graph, await amountClaim(tag, 2), { by: 'analyst' });
  expect(await buyerDeals(tag)).toEqual([
    expect.objectContaining({ year: 2012, sources: 1 }),
    expect.objectContaining({ year: 2019, month: 1, status: 'PLANNED', amountEur: 100e6, sources: 1, targets: [`${T}soft`] }),
    expect.objectContaining({ year: 2019, month: 6, status: 'COMPLETED', amountEur: null, sources: 1, targets: [`${T}software Labs`] }),
  ]);
  const before = await state(tag);
  const party = await partyIdsByName(graph, tag);

  const result = await mergeParties(graph, { keepId: party[`${T}soft`]!, mergeId: party[`${T}software Labs`]!, by: 'analyst' });
  expect(result.mergedDeals).toHaveLength(1);
  // One 2019 deal with both sources and every claim; status from the latest source, the date
  // from the most confident claim, the amount from the claim not rejected. The 2012 deal and the
  // other buyer's stay as they were.
  expect(await buyerDeals(tag)).toEqual([
    expect.objectContaining({ year: 2012, sources: 1 }),
    { year: 2019, month: 6, status: 'COMPLETED', amountEur: 100e6, sources: 2, targets: [`${T}soft`], sellers: [`${T}holding`], claims: 13 },
  ]);
  const [other] = await query(graph, 'MATCH (:Party {nameKey: $key})<-[:ACQUIRER]-(d:Deal)-[:TARGET]->(t) RETURN d.year AS year, t.name AS target', { key: `${tag}other` });
  expect(other).toEqual({ year: 2021, target: `${T}soft` });

  await undoMerge(graph, party[`${T}software Labs`]!, { by: 'analyst' });
  expect(await state(tag)).toEqual(before);
});

test('deals a merge made one stay one through re-ingest and reindex, with their curation, and part again on undo', async () => {
  const tag = tagged();
  const T = cap(tag);
  const facts = corpus(tag);
  for (const f of facts) await ingestArticle(graph, f);
  await rejectFact(graph, await amountClaim(tag, 2), { by: 'analyst' });
  const party = await partyIdsByName(graph, tag);
  await mergeParties(graph, { keepId: party[`${T}soft`]!, mergeId: party[`${T}software Labs`]!, by: 'analyst' });
  const merged = await buyerDeals(tag);

  // The same articles again change nothing; a reindex of all of them neither.
  for (const f of facts) expect(await ingestArticle(graph, f)).toMatchObject({ articlesRead: 0, articlesSkipped: 1 });
  const articleIds = (await query(graph, 'MATCH (a:Article) WHERE a.url STARTS WITH $p RETURN a.id AS id, a.url AS url', { p: `test://${tag}/` }));
  const reindex = await reindexArticles(graph, {
    ids: articleIds.map((a) => String(a.id)),
    extract: (stored) => facts.find((f) => f.article.text === stored.text)!,
  });
  expect(reindex.failures).toEqual([]);
  expect(await buyerDeals(tag)).toEqual(merged);
  const rejected = await query(graph, "MATCH (c:Claim {curation: 'REJECTED'})-[:FROM]->(a:Article) WHERE a.url STARTS WITH $p RETURN a.url AS url", { p: `test://${tag}/` });
  expect(rejected).toEqual([{ url: `test://${tag}/2` }]);

  // A new article naming the merged spelling lands on the one deal.
  const later = article(tag, {
    n: 5,
    publishedAt: '2019-07-01',
    entities: [{ id: 'e1', type: 'COMPANY', name: `${T}buyer` }, { id: 'e2', type: 'COMPANY', name: `${T}software Labs` }],
    deals: [{ id: 'd1', kind: 'ACQUISITION', acquirer: 'e1', target: 'e2', status: 'COMPLETED', date: { year: 2019, month: null, day: null } }],
  });
  expect(await ingestArticle(graph, later)).toMatchObject({ dealsCreated: 0, dealsMerged: 1 });
  expect((await buyerDeals(tag))[1]).toMatchObject({ sources: 3 });

  // Undo parts the deals again: the second article's claims (the rejected one among them) go
  // back with its deal, the later article's stay where they were stated.
  await undoMerge(graph, party[`${T}software Labs`]!, { by: 'analyst' });
  expect(await buyerDeals(tag)).toEqual([
    expect.objectContaining({ year: 2012, sources: 1 }),
    expect.objectContaining({ year: 2019, month: 1, status: 'COMPLETED', amountEur: 100e6, sources: 2, sellers: [] }),
    expect.objectContaining({ year: 2019, month: 6, status: 'COMPLETED', amountEur: null, sources: 1, sellers: [`${T}holding`] }),
  ]);
});

test('an undo that a later merge of the same deals depends on says which to undo first', async () => {
  const tag = tagged();
  const T = cap(tag);
  const facts = corpus(tag);
  // A third spelling of the target, buying the same in 2019: three deals, folded by two merges.
  facts.push(
    article(tag, {
      n: 6,
      publishedAt: '2019-05-01',
      entities: [{ id: 'e1', type: 'COMPANY', name: `${T}buyer` }, { id: 'e2', type: 'COMPANY', name: `${T}labs Group` }],
      deals: [{ id: 'd1', kind: 'ACQUISITION', acquirer: 'e1', target: 'e2', status: 'COMPLETED', date: { year: 2019, month: null, day: null } }],
    }),
  );
  for (const f of facts) await ingestArticle(graph, f);
  const party = await partyIdsByName(graph, tag);
  const first = await mergeParties(graph, { keepId: party[`${T}software Labs`]!, mergeId: party[`${T}labs Group`]!, by: 'analyst' });
  const second = await mergeParties(graph, { keepId: party[`${T}soft`]!, mergeId: party[`${T}software Labs`]!, by: 'analyst' });
  expect([first.mergedDeals.length, second.mergedDeals.length]).toEqual([1, 1]);
  expect((await buyerDeals(tag)).map((d) => d.sources)).toEqual([1, 3]);

  // Undone in the wrong order: refused, with nothing changed.
  await expect(undoMerge(graph, party[`${T}labs Group`]!)).rejects.toMatchObject({ code: 'INVALID_CURATION', message: expect.stringContaining('undo that merge first') });
  expect((await buyerDeals(tag)).map((d) => d.sources)).toEqual([1, 3]);
  await undoMerge(graph, party[`${T}software Labs`]!);
  await undoMerge(graph, party[`${T}labs Group`]!);
  expect((await buyerDeals(tag)).map((d) => d.sources)).toEqual([1, 1, 1, 1]);
});

/**
 * The corpus with a unit and a role around the second spelling: its own unit, and a chief
 * executive (in the second article), and its being a unit of the holding (in the fourth and,
 * with `bothSpellings`, in a fifth article that names both).
 */
function corpusWithUnits(tag: string, options: { bothSpellings: boolean }): ArticleFacts[] {
  const T = cap(tag);
  const facts = corpus(tag);
  const extend = (n: number, entities: ArticleFacts['entities'], roles: ArticleFacts['roles'] = []): void => {
    const f = facts[n - 1]!;
    const text = `${f.article.text} ${entities.map((e) => e.name).join(', ')}.`;
    facts[n - 1] = { ...f, article: { ...f.article, text }, entities: [...f.entities.map((e) => ({ ...e })), ...entities], roles: [...f.roles, ...roles] };
  };
  const evidence = [{ text: 'Article', start: 0, end: 7 }];
  extend(2, [
    { id: 'e4', type: 'COMPANY', name: `${T}robotics`, aliases: [], parent: 'e2' },
    { id: 'e5', type: 'PERSON', name: `Anna ${T}berg`, aliases: [] },
  ], [{ person: 'e5', org: 'e2', role: 'CEO', title: 'chief executive', current: true, evidence }]);
  extend(4, [{ id: 'e3', type: 'COMPANY', name: `${T}holding`, aliases: [] }]);
  const fourth = facts[3]!;
  facts[3] = { ...fourth, entities: fourth.entities.map((e) => (e.id === 'e2' ? { ...e, parent: 'e3' } : e)) };
  if (!options.bothSpellings) return facts;
  // Both spellings in one article: what it says of each must go back to the party it named.
  facts.push(
    article(tag, {
      n: 5,
      publishedAt: '2020-02-01',
      entities: [
        { id: 'e1', type: 'COMPANY', name: `${T}holding` },
        { id: 'e2', type: 'COMPANY', name: `${T}soft` },
        { id: 'e3', type: 'COMPANY', name: `${T}software Labs`, parent: 'e1' },
        { id: 'e4', type: 'COMPANY', name: `${T}cloud`, parent: 'e2' },
      ],
      deals: [{ id: 'd1', kind: 'ACQUISITION', acquirer: 'e1', target: 'e2', status: 'COMPLETED', date: { year: 2020, month: null, day: null } }],
    }),
  );
  return facts;
}

/**
 * The tag's parties as analysts see them, by name: their mentions, the claims about them
 * (as unit, parent or deal party) with where each was stated, their deals with their links and
 * claims, units and roles. Claim ids are left out: a party claim's is a hash of the party read.
 * `anonymous` writes party ids as names, the tag as TAG and deal and role ids as 'deal' and 'role',
 * so the pictures of two tags compare.
 */
async function picture(tag: string, options: { anonymous: boolean }): Promise<unknown> {
  const rows = await query(
    graph,
    `MATCH (p:Party) WHERE p.nameKey CONTAINS $tag
     RETURN p.name AS name, labels(p) AS labels, p.aliases AS aliases,
       [(a:Article)-[m:MENTIONS]->(p) | [a.url, m {.*}]] AS mentions,
       [(p)<-[s:SUPPORTS]-(c:Claim)-[:FROM]->(a:Article) | [c.field, c.value, c.partyId, a.url, c.curation, s {.*}]] AS supports,
       COLLECT { MATCH (c:Claim {partyId: p.id})-[:FROM]->(a:Article) RETURN [c.field, c.partyAs, c.value, a.url, c.curation] } AS claims,
       [(p)-[u:UNIT_OF]->(q) | [q.name, u {.*}]] AS parentOf,
       [(p)-[h:HAS_ROLE]->(r:Role)-[t:AT]->(o) | [r.id, r.role, o.name, h {.*}, t {.*}, COUNT { (r)<-[:SUPPORTS]-() }]] AS roles,
       COLLECT {
         MATCH (d:Deal)-[r]->(p)
         RETURN [type(r), r {.*}, d {.*, createdAt: null}, [(d)-[x]->(o:Party) | [type(x), o.name]], [(d)<-[s:SUPPORTS]-(c:Claim)-[:FROM]->(a:Article) | [c.field, a.url, c.curation, s {.*}]]]
       } AS deals`,
    { tag },
  );
  const names = Object.entries(await partyIdsByName(graph, tag));
  const plain = (text: string): string =>
    options.anonymous
      ? names.reduce((t, [name, id]) => t.replaceAll(id, `<${name}>`), text).replaceAll(cap(tag), 'TAG').replaceAll(tag, 'TAG').replace(/(deal|role)_[0-9a-f]{24}/gu, '$1')
      : text;
  const sorted = (value: unknown): unknown => (Array.isArray(value) ? value.map((x) => plain(JSON.stringify(sorted(x)))).sort() : value);
  return rows
    .map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'string' ? plain(v) : sorted(v)])))
    .sort((a, b) => String(a.name).localeCompare(String(b.name)));
}

/** Ingests the corpus, rejects one fact, merges the second spelling into the first, reindexes every article (twice) if asked, and undoes the merge. */
async function mergeAndUndo(options: { reindex: boolean; bothSpellings: boolean }): Promise<{ before: unknown; after: unknown; anonymous: unknown }> {
  const tag = tagged();
  const T = cap(tag);
  const facts = corpusWithUnits(tag, options);
  for (const f of facts) await ingestArticle(graph, f);
  await rejectFact(graph, await amountClaim(tag, 2), { by: 'analyst' });
  const before = await picture(tag, { anonymous: false });
  const party = await partyIdsByName(graph, tag);
  await mergeParties(graph, { keepId: party[`${T}soft`]!, mergeId: party[`${T}software Labs`]!, by: 'analyst' });
  if (options.reindex) {
    const articleIds = await query(graph, 'MATCH (a:Article) WHERE a.url STARTS WITH $p RETURN a.id AS id', { p: `test://${tag}/` });
    // Twice: what the first reindex marked must lead the second to mark it again.
    for (const _ of [1, 2]) {
      const result = await reindexArticles(graph, { ids: articleIds.map((a) => String(a.id)), extract: (stored) => facts.find((f) => f.article.text === stored.text)! });
      expect(result.failures).toEqual([]);
    }
  }
  await undoMerge(graph, party[`${T}software Labs`]!, { by: 'analyst' });
  return { before, after: await picture(tag, { anonymous: false }), anonymous: await picture(tag, { anonymous: true }) };
}

test('an undo after a reindex gives the merged party back its mentions, claims, units, role and deals, with their ids', async () => {
  const alone = await mergeAndUndo({ reindex: false, bothSpellings: false });
  expect(alone.after).toEqual(alone.before);
  const reindexed = await mergeAndUndo({ reindex: true, bothSpellings: false });
  expect(reindexed.after).toEqual(reindexed.before);
});

test('an undo after a reindex of an article naming both spellings leaves the graph as the undo alone does', async () => {
  const alone = await mergeAndUndo({ reindex: false, bothSpellings: true });
  const reindexed = await mergeAndUndo({ reindex: true, bothSpellings: true });
  expect(reindexed.anonymous).toEqual(alone.anonymous);
  // Nothing is left marked as moved by the merge undone, the mention both parties had included.
  expect(JSON.stringify(alone.anonymous)).not.toMatch(/movedFrom|alsoFrom/u);
  // The pictures tell the parties apart: the one named only in the fifth article has its claim back.
  expect(JSON.stringify(reindexed.anonymous)).toContain('TAGsoftware Labs');
});
