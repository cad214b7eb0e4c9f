import { describe, expect, test } from '@jest/globals';
import { applySchema } from './apply-schema.js';
import type { Graph } from './create-graph.js';
import { blockKeys } from './fold-name.js';
import { GraphError } from './graph-error.js';
import { ingestArticle, ingestArticles } from './ingest-articles.js';
import { article, cap, query, useTestGraph } from './__fixtures__/test-graph.js';
import type { ArticleFacts } from './types.js';

let graph: Graph;
const tagged = useTestGraph(process.env, (opened) => (graph = opened));

async function partiesOf(tag: string): Promise<Array<{ name: string; aliases: string[]; type: string }>> {
  const rows = await query(
    graph,
    `MATCH (p:Party) WHERE p.nameKey CONTAINS $tag
     RETURN p.name AS name, p.aliases AS aliases, CASE WHEN p:Person THEN 'PERSON' ELSE 'COMPANY' END AS type ORDER BY name`,
    { tag },
  );
  return rows as Array<{ name: string; aliases: string[]; type: string }>;
}

async function dealsOf(tag: string): Promise<Array<Record<string, unknown>>> {
  return query(
    graph,
    `MATCH (d:Deal)-[:ACQUIRER|TARGET]->(p:Party) WHERE p.nameKey CONTAINS $tag
     WITH DISTINCT d
     OPTIONAL MATCH (d)<-[:SUPPORTS]-(c:Claim {field: 'amount'})
     RETURN d.id AS id, d.kind AS kind, d.status AS status, d.year AS year, d.amountEur AS amountEur, d.amountCurrency AS amountCurrency,
            d.sourceCount AS sourceCount, count(c) AS amountClaims
     ORDER BY d.year`,
    { tag },
  );
}

test('applySchema is idempotent', async () => {
  const first = await applySchema(graph);
  const second = await applySchema(graph);
  expect(second).toEqual(first);
  const indexes = await query(graph, "SHOW INDEXES YIELD name WHERE name IN ['party_names', 'party_name_key'] RETURN name ORDER BY name");
  expect(indexes.map((r) => r.name)).toEqual(['party_name_key', 'party_names']);
});

describe('one deal told by three articles in two languages and three spellings', () => {
  const tag = tagged();
  const T = cap(tag);
  const buyer = `${T}mega`;
  const target = `${T}ings`;
  const founder = `Eric ${T}eel`;
  const articles: ArticleFacts[] = [
    article(tag, {
      n: 1,
      publishedAt: '2018-05-31',
      lang: 'nl',
      entities: [
        { id: 'e1', type: 'COMPANY', name: buyer, aliases: [`${buyer}'s`] },
        { id: 'e2', type: 'COMPANY', name: target },
        { id: 'e3', type: 'PERSON', name: founder },
      ],
      deals: [{ id: 'd1', kind: 'ACQUISITION', acquirer: 'e1', target: 'e2', date: { year: 2016, month: null, day: null }, status: 'COMPLETED', amount: { value: 170e6, currency: 'EUR', eur: 170e6, approximate: false, upTo: false, text: '170 miljoen euro' } }],
      roles: [{ person: 'e3', org: 'e2', role: 'FOUNDER' }],
    }),
    article(tag, {
      n: 2,
      publishedAt: '2018-05-31',
      lang: 'da',
      entities: [
        { id: 'e1', type: 'COMPANY', name: buyer, aliases: [`${buyer}s`] },
        { id: 'e2', type: 'COMPANY', name: target },
        { id: 'e3', type: 'PERSON', name: `Eric ${T}ell` },
      ],
      deals: [{ id: 'd1', kind: 'ACQUISITION', acquirer: 'e1', target: 'e2', date: { year: 2016, month: null, day: null }, status: 'COMPLETED', confidence: 0.95, amount: { value: 1.3e9, currency: 'DKK', eur: 174.5e6, approximate: true, upTo: false, text: '1,3 milliarder kroner' } }],
      roles: [{ person: 'e3', org: 'e2', role: 'FOUNDER' }],
    }),
    article(tag, {
      n: 3,
      publishedAt: '2016-04-26',
      lang: 'da',
      entities: [
        { id: 'e1', type: 'COMPANY', name: `${buyer}s` },
        { id: 'e2', type: 'COMPANY', name: `${T}ing` },
      ],
      deals: [{ id: 'd1', kind: 'ACQUISITION', acquirer: 'e1', target: 'e2', date: { year: 2016, month: null, day: null }, status: 'PLANNED', amount: { value: 1.3e9, currency: 'DKK', eur: 174.5e6, approximate: true, upTo: false, text: 'knap 1,3 milliarder kroner' } }],
    }),
  ];

  test('one node per real party, one deal with three sources and every amount kept as a claim', async () => {
    const first = await ingestArticle(graph, articles[0]!);
    expect(first).toMatchObject({ articlesRead: 1, entitiesCreated: 3, dealsCreated: 1 });
    await ingestArticle(graph, articles[2]!);
    const last = await ingestArticle(graph, articles[1]!);
    expect(last).toMatchObject({ articlesRead: 1, entitiesCreated: 0, entitiesMerged: 3, dealsCreated: 0, dealsMerged: 1 });

    const parties = await partiesOf(tag);
    expect(parties.map((p) => p.name)).toEqual([founder, buyer, target].sort());
    expect(parties.find((p) => p.type === 'PERSON')?.aliases).toEqual(expect.arrayContaining([founder, `Eric ${T}ell`]));
    expect(parties.find((p) => p.name === target)?.aliases).toEqual(expect.arrayContaining([`${T}ing`]));

    const deals = await dealsOf(tag);
    expect(deals).toEqual([
      expect.objectContaining({ kind: 'ACQUISITION', year: 2016, sourceCount: 3, amountClaims: 3, amountCurrency: 'EUR', amountEur: 170e6, status: 'COMPLETED' }),
    ]);
    const trail = await query(graph, 'MATCH (p:Person) WHERE p.nameKey CONTAINS $tag RETURN p.resolution AS resolution', { tag });
    expect(String(trail[0]?.resolution)).toContain('shared role');
  });

  test('the same articles again, in another order, change nothing', async () => {
    const before = await dealsOf(tag);
    const again = await ingestArticles(graph, [articles[1]!, articles[2]!, articles[0]!]);
    expect(again.summary).toMatchObject({ articlesRead: 0, articlesSkipped: 3 });
    expect(await dealsOf(tag)).toEqual(before);
    expect((await partiesOf(tag)).length).toBe(3);
    const claims = await query(graph, 'MATCH (c:Claim)-[:FROM]->(a:Article) WHERE a.url STARTS WITH $p RETURN count(c) AS n', { p: `test://${tag}/` });
    expect(claims[0]?.n).toBeGreaterThan(0);
  });
});

test('status follows the latest dated source whatever the reading order', async () => {
  const tag = tagged();
  const T = cap(tag);
  const facts = (n: number, publishedAt: string, status: 'PLANNED' | 'COMPLETED' | 'CANCELLED') =>
    article(tag, {
      n,
      publishedAt,
      entities: [
        { id: 'e1', type: 'COMPANY', name: `${T}corp` },
        { id: 'e2', type: 'COMPANY', name: `${T}labs` },
      ],
      deals: [{ id: 'd1', kind: 'ACQUISITION', acquirer: 'e1', target: 'e2', status }],
    });
  await ingestArticle(graph, facts(2, '2021-03-01', 'COMPLETED'));
  await ingestArticle(graph, facts(1, '2020-01-10', 'PLANNED'));
  expect(await dealsOf(tag)).toEqual([expect.objectContaining({ status: 'COMPLETED', sourceCount: 2 })]);
  await ingestArticle(graph, facts(3, '2021-06-01', 'CANCELLED'));
  expect(await dealsOf(tag)).toEqual([expect.objectContaining({ status: 'CANCELLED', sourceCount: 3 })]);
});

test('look-alikes stay apart: two people surnamed alike, a company and its unit, a typo with nothing in common', async () => {
  const tag = tagged();
  const T = cap(tag);
  await ingestArticle(
    graph,
    article(tag, {
      n: 1,
      entities: [
        { id: 'e1', type: 'COMPANY', name: `${T}tel` },
        { id: 'e2', type: 'COMPANY', name: `${T}tel Digital Health`, parent: 'e1' },
        { id: 'e3', type: 'PERSON', name: `Gregory ${T}lee` },
        { id: 'e4', type: 'PERSON', name: `Grace ${T}lee` },
        { id: 'e5', type: 'PERSON', name: `Anna ${T}berg` },
      ],
      roles: [
        { person: 'e3', org: 'e2', role: 'HEAD' },
        { person: 'e4', org: 'e2', role: 'EMPLOYEE' },
      ],
    }),
  );
  // Anna's look-alike appears in an article that shares nothing with hers.
  await ingestArticle(graph, article(tag, { n: 2, entities: [{ id: 'e1', type: 'PERSON', name: `Anna ${T}burg` }, { id: 'e2', type: 'COMPANY', name: `${T}far` }] }));
  const names = (await partiesOf(tag)).map((p) => p.name);
  expect(names).toEqual([`Anna ${T}berg`, `Anna ${T}burg`, `Grace ${T}lee`, `Gregory ${T}lee`, `${T}far`, `${T}tel`, `${T}tel Digital Health`].sort());
  const units = await query(graph, 'MATCH (c:Company)-[:UNIT_OF]->(p:Company) WHERE p.nameKey CONTAINS $tag RETURN c.name AS unit, p.name AS parent', { tag });
  expect(units).toEqual([{ unit: `${T}tel Digital Health`, parent: `${T}tel` }]);
});

test('a typo in the first four letters, or a space left out, still finds the party when the context agrees', async () => {
  const tag = tagged();
  const T = cap(tag);
  const deal = { id: 'd1', kind: 'ACQUISITION' as const, acquirer: 'e1', target: 'e2', date: { year: 2020, month: null, day: null } };
  await ingestArticle(graph, article(tag, { n: 1, entities: [{ id: 'e1', type: 'COMPANY', name: `Hyu${tag}` }, { id: 'e2', type: 'COMPANY', name: `${T}target` }, { id: 'e3', type: 'COMPANY', name: `Alfa ${T}` }], deals: [deal] }));
  // "hyu…" and "hy…" share no head block (their first four letters differ), nor do "alfa …" and "alfa…" (a space).
  const second = await ingestArticle(graph, article(tag, { n: 2, entities: [{ id: 'e1', type: 'COMPANY', name: `Hy${tag}` }, { id: 'e2', type: 'COMPANY', name: `${T}target` }, { id: 'e3', type: 'COMPANY', name: `Alfa${tag}` }], deals: [deal] }));
  expect(second).toMatchObject({ entitiesCreated: 0, entitiesMerged: 3, dealsCreated: 0, dealsMerged: 1 });
  // A look-alike in the same blocks that shares nothing with them stays apart.
  await ingestArticle(graph, article(tag, { n: 3, entities: [{ id: 'e1', type: 'COMPANY', name: `Ha${tag}` }, { id: 'e2', type: 'COMPANY', name: `${T}far` }] }));

  const parties = await partiesOf(tag);
  expect(parties.map((p) => p.name)).toEqual([`Alfa ${T}`, `Ha${tag}`, `Hyu${tag}`, `${T}far`, `${T}target`].sort());
  expect(parties.find((p) => p.name === `Hyu${tag}`)?.aliases).toEqual([`Hyu${tag}`, `Hy${tag}`]);
  expect(parties.find((p) => p.name === `Alfa ${T}`)?.aliases).toEqual([`Alfa ${T}`, `Alfa${tag}`]);
  expect(await dealsOf(tag)).toEqual([expect.objectContaining({ sourceCount: 2 })]);
  const [trail] = await query(graph, 'MATCH (p:Party {nameKey: $key}) RETURN p.resolution AS resolution', { key: `hyu${tag}` });
  expect(String(trail?.resolution)).toContain(`similar name \\"hy${tag}\\" ~ \\"hyu${tag}\\"`);
});

test('parties written before the mid block get it when the schema is applied, as the loader computes it', async () => {
  const tag = tagged();
  const key = `alfa ${tag}`;
  await query(graph, "CREATE (:Party:Company {id: $id, name: $key, nameKey: $key, headBlock: 'alfa', aliases: [$key], aliasKeys: [$key]})", { id: `legacy-${tag}`, key });
  await applySchema(graph);
  const [row] = await query(graph, 'MATCH (p:Party {id: $id}) RETURN p.midBlock AS mid', { id: `legacy-${tag}` });
  expect(row?.mid).toBe(blockKeys(key, 'COMPANY').mid);
});

test('a sale told from both sides is one deal: buyer as founder and as company, target as brand and as unit', async () => {
  const tag = tagged();
  const T = cap(tag);
  await ingestArticle(
    graph,
    article(tag, {
      n: 1,
      publishedAt: '2018-05-31',
      entities: [
        { id: 'e1', type: 'COMPANY', name: `${T}mega` },
        { id: 'e2', type: 'COMPANY', name: `${T}mega Health`, parent: 'e1' },
        { id: 'e3', type: 'COMPANY', name: `${T}ings` },
        { id: 'e4', type: 'PERSON', name: `Eric ${T}eel` },
      ],
      deals: [{ id: 'd1', kind: 'ACQUISITION', acquirer: 'e3', target: 'e2', seller: 'e1', status: 'PLANNED', date: { year: 2018, month: null, day: null } }],
      roles: [{ person: 'e4', org: 'e3', role: 'FOUNDER' }],
    }),
  );
  const second = await ingestArticle(
    graph,
    article(tag, {
      n: 2,
      publishedAt: '2018-05-31',
      entities: [
        { id: 'e1', type: 'COMPANY', name: `${T}mega` },
        { id: 'e2', type: 'COMPANY', name: `${T}ings` },
        { id: 'e3', type: 'PERSON', name: `Eric ${T}eel` },
      ],
      deals: [{ id: 'd1', kind: 'ACQUISITION', acquirer: 'e3', target: 'e2', seller: 'e1', status: 'COMPLETED', date: { year: 2018, month: null, day: null } }],
      roles: [{ person: 'e3', org: 'e2', role: 'FOUNDER' }],
    }),
  );
  expect(second).toMatchObject({ dealsCreated: 0, dealsMerged: 1 });
  const deals = await query(graph, 'MATCH (d:Deal)-[:SELLER]->(p:Party) WHERE p.nameKey CONTAINS $tag RETURN d.sourceCount AS sources', { tag });
  expect(deals).toEqual([{ sources: 2 }]);
});

test('a failure in the middle of an article leaves nothing of it', async () => {
  const tag = tagged();
  const T = cap(tag);
  const facts = article(tag, {
    n: 1,
    entities: [
      { id: 'e1', type: 'COMPANY', name: `${T}corp` },
      { id: 'e2', type: 'PERSON', name: `Ola ${T}sen` },
    ],
    deals: [{ id: 'd1', kind: 'ACQUISITION', acquirer: 'e1', target: 'e2' }],
    roles: [{ person: 'e2', org: 'e1', role: 'CEO' }],
  });
  // A map where an offset belongs: Neo4j refuses it when the role claim is written, after the article, parties and deal.
  facts.roles[0]!.evidence = [{ text: 'x', start: { not: 'a number' } as unknown as number, end: 1 }];
  await expect(ingestArticle(graph, facts)).rejects.toBeInstanceOf(GraphError);
  expect(await partiesOf(tag)).toEqual([]);
  const left = await query(graph, 'MATCH (a:Article) WHERE a.url STARTS WITH $p RETURN count(a) AS n', { p: `test://${tag}/` });
  expect(left).toEqual([{ n: 0 }]);
});

test('bulk ingest reports progress and isolates a bad article', async () => {
  const tag = tagged();
  const T = cap(tag);
  const words = ['alpha', 'bravo', 'delta', 'gamma', 'omega'];
  const list = [1, 2, 3, 4, 5].map((n) =>
    article(tag, { n, entities: [{ id: 'e1', type: 'COMPANY', name: `${T}${words[n - 1]}` }, { id: 'e2', type: 'COMPANY', name: `${T}target` }], deals: [{ id: 'd1', kind: 'STAKE', acquirer: 'e1', target: 'e2' }] }),
  );
  list[2]!.deals[0]!.evidence = [{ text: 'x', start: [1, 'two'] as unknown as number, end: 1 }];
  const progress: number[] = [];
  const result = await ingestArticles(graph, list, { batchSize: 2, onProgress: (p) => progress.push(p.done) });
  expect(progress).toEqual([2, 4, 5]);
  expect(result.failures.map((f) => f.index)).toEqual([2]);
  expect(result.summary).toMatchObject({ articlesRead: 4, dealsCreated: 4 });
  expect((await partiesOf(tag)).length).toBe(5);
});

test('invalid references are refused before anything is written', async () => {
  const tag = tagged();
  const facts = article(tag, { n: 1, entities: [{ id: 'e1', type: 'COMPANY', name: `${cap(tag)}corp` }], deals: [{ id: 'd1', kind: 'ACQUISITION', acquirer: 'e1', target: 'e9' }] });
  await expect(ingestArticle(graph, facts)).rejects.toMatchObject({ code: 'INVALID_FACTS' });
});

test('the same article written by two writers at once is stored once', async () => {
  const tag = tagged();
  const T = cap(tag);
  const facts = article(tag, {
    n: 1,
    entities: [
      { id: 'e1', type: 'COMPANY', name: `${T} Buyer` },
      { id: 'e2', type: 'COMPANY', name: `${T} Target` },
    ],
    deals: [{ id: 'd1', kind: 'ACQUISITION', acquirer: 'e1', target: 'e2' }],
  });
  const results = await Promise.all([ingestArticle(graph, facts), ingestArticle(graph, facts)]);
  expect(results.map((r) => r.articlesRead + r.articlesSkipped)).toEqual([1, 1]);
  const [counts] = await query(
    graph,
    `MATCH (a:Article) WHERE a.url STARTS WITH $p
     RETURN count(DISTINCT a) AS articles, COUNT { (a)-[:MENTIONS]->() } AS mentions, COUNT { (a)<-[:FROM]-(:Claim) } AS claims`,
    { p: `test://${tag}/` },
  );
  expect(counts).toMatchObject({ articles: 1, mentions: 2 });
  const sources = await query(graph, 'MATCH (d:Deal)-[:ACQUIRER]->(p:Party) WHERE p.nameKey CONTAINS $tag RETURN d.sourceCount AS n', { tag });
  expect(sources).toEqual([{ n: 1 }]);
});
