// The end-to-end check of the issue: the three seed pages, ingested in any order and
// any number of times, give exactly the corpus_level facts of seeds.gold.json. Source counts
// are whole-graph facts (another test's articles telling the same story would add sources),
// so this file runs on a Neo4j of its own.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { applySchema, createGraph, foldName, type Graph } from '@dealgraph/graph';
import { startOwnNeo4j, type OwnNeo4j } from '../../../scripts/jest/own-neo4j.mjs';
import { ingestPaths } from './ingest-paths.js';

const seeds = '/work/shared/corpus/seeds';
const goldPath = '/work/shared/eval/seeds.gold.json';
const present = existsSync(join(seeds, 'meta.json')) && existsSync(goldPath);

interface GoldDeal {
  kind: string;
  acquirer: string[];
  target: string[];
  seller?: string[];
  year?: number;
  sources: number;
}
const gold = present
  ? (JSON.parse(readFileSync(goldPath, 'utf8')) as { documents: Array<{ file: string }>; corpus_level: { entities: Record<string, string[]>; deals: GoldDeal[] } })
  : null;

let neo4j: OwnNeo4j | undefined;
let graph: Graph;

async function run(text: string, parameters: Record<string, unknown> = {}): Promise<Array<Record<string, unknown>>> {
  const session = graph.driver.session();
  try {
    return (await session.run(text, parameters)).records.map((r) => r.toObject() as Record<string, unknown>);
  } finally {
    await session.close();
  }
}

/** The seed articles' ids (content hashes), from what is stored under their file names. */
async function seedArticleIds(): Promise<string[]> {
  const rows = await run('MATCH (a:Article) WHERE a.title IS NOT NULL AND a.text IN $texts RETURN a.id AS id', {
    texts: (gold?.documents ?? []).map((d) => readFileSync(join(seeds, d.file), 'utf8')),
  });
  return rows.map((r) => String(r.id));
}

/** Empties this file's own database, so each ordering starts from nothing. */
async function emptyGraph(): Promise<void> {
  await run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS');
}

beforeAll(async () => {
  if (!present) return;
  neo4j = await startOwnNeo4j();
  graph = createGraph({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password });
  await applySchema(graph);
}, 180_000);

afterAll(async () => {
  await graph?.close();
  await neo4j?.stop();
});

const matches = (names: readonly string[], candidates: readonly string[]): boolean => {
  const wanted = new Set(names.map(foldName));
  return candidates.some((c) => wanted.has(foldName(c)));
};

async function checkCorpusLevel(): Promise<void> {
  const ids = await seedArticleIds();
  expect(ids).toHaveLength(3);
  const parties = (await run(
    `UNWIND $ids AS id MATCH (:Article {id: id})-[:MENTIONS]->(p:Party)
     RETURN DISTINCT p.id AS id, p.name AS name, p.aliases AS aliases, CASE WHEN p:Person THEN 'PERSON' ELSE 'COMPANY' END AS type`,
    { ids },
  )) as Array<{ id: string; name: string; aliases: string[]; type: string }>;
  const named = (type: string, name: string) => parties.filter((p) => p.type === type && matches([name], [p.name, ...p.aliases]));
  for (const name of gold!.corpus_level.entities.PERSON ?? []) expect({ name, nodes: named('PERSON', name).length }).toEqual({ name, nodes: 1 });
  for (const name of gold!.corpus_level.entities.COMPANY_required ?? []) expect({ name, nodes: named('COMPANY', name).length }).toEqual({ name, nodes: 1 });

  const deals = (await run(
    `UNWIND $ids AS id MATCH (:Article {id: id})<-[:FROM]-(:Claim {field: 'deal'})-[:SUPPORTS]->(d:Deal)
     WITH DISTINCT d
     OPTIONAL MATCH (d)-[r:ACQUIRER|TARGET|SELLER]->(p:Party)
     RETURN d.id AS id, d.kind AS kind, d.year AS year, d.sourceCount AS sources, collect({as: type(r), names: [p.name] + p.aliases}) AS parties`,
    { ids },
  )) as Array<{ id: string; kind: string; year: number | null; sources: number; parties: Array<{ as: string; names: string[] }> }>;
  const side = (deal: (typeof deals)[number], as: string) => deal.parties.filter((p) => p.as === as).flatMap((p) => p.names);
  for (const want of gold!.corpus_level.deals) {
    const found = deals.filter(
      (d) =>
        d.kind === want.kind &&
        matches(want.acquirer, side(d, 'ACQUIRER')) &&
        matches(want.target, side(d, 'TARGET')) &&
        (!want.seller || want.seller.length === 0 || matches(want.seller, side(d, 'SELLER'))),
    );
    const summary = { deal: `${want.kind} ${want.acquirer[0]} → ${want.target[0]}`, found: found.length, sources: found[0]?.sources, year: want.year === undefined ? undefined : found[0]?.year };
    expect(summary).toEqual({ deal: summary.deal, found: 1, sources: want.sources, year: want.year });
  }
  expect(deals).toHaveLength(gold!.corpus_level.deals.length);
}

(present ? describe : describe.skip)('the seed pages give the corpus_level facts of seeds.gold.json', () => {
  const files = (gold?.documents ?? []).map((d) => join(seeds, d.file));

  test('ingested once, then twice more: the same graph', async () => {
    const first = await ingestPaths(graph, [seeds]);
    expect(first.failures).toEqual([]);
    expect(first.summary.articlesRead).toBe(3);
    await checkCorpusLevel();
    for (let i = 0; i < 2; i += 1) {
      const again = await ingestPaths(graph, [...files].reverse(), { meta: join(seeds, 'meta.json') });
      expect(again.summary).toMatchObject({ articlesRead: 0, articlesSkipped: 3 });
    }
    await checkCorpusLevel();
  });

  test.each([
    [[2, 1, 0]],
    [[1, 2, 0]],
  ])('in the order %j, one file per run', async (order) => {
    await emptyGraph();
    for (const at of order) await ingestPaths(graph, [files[at]!], { meta: join(seeds, 'meta.json') });
    await checkCorpusLevel();
  });
});
