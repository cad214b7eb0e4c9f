// Helpers of the integration tests: a graph per test file, unique names per test, cleanup by tag.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll } from '@jest/globals';
import { applySchema } from '../apply-schema.js';
import { createGraph, type Graph } from '../create-graph.js';
import type { ArticleFacts, FactDeal, FactEntity, FactRole } from '../types.js';

export function openTestGraph(env: Record<string, string | undefined>): Graph {
  const uri = env.NEO4J_URI;
  if (!uri) throw new Error('NEO4J_URI is not set: run the tests through scripts/run-jest.mjs, whose global setup starts Neo4j.');
  return createGraph({ uri, user: env.NEO4J_USER ?? 'neo4j', password: env.NEO4J_PASSWORD ?? 'neo4j' });
}

/**
 * One graph for a test file: opened with the schema applied before its tests (handed to `use`), and closed after them once
 * every tag handed out by the returned function is cleaned up (`beforeClean` first, for what cleanTag does not know).
 */
export function useTestGraph(
  env: Record<string, string | undefined>,
  use: (graph: Graph) => void,
  options: { beforeClean?: (graph: Graph, tag: string) => Promise<void> } = {},
): () => string {
  let graph: Graph;
  const tags: string[] = [];
  beforeAll(async () => {
    graph = openTestGraph(env);
    await applySchema(graph);
    use(graph);
  });
  afterAll(async () => {
    for (const tag of tags) {
      await options.beforeClean?.(graph, tag);
      await cleanTag(graph, tag);
    }
    await graph.close();
  });
  return () => {
    const tag = newTag();
    tags.push(tag);
    return tag;
  };
}

/** A random word of letters only, so every name built on it folds to itself and never resembles another test's. */
export function newTag(): string {
  const letters = 'bcdfghjklmnpqrstvwxz';
  return [...randomBytes(8)].map((b) => letters[b % letters.length]).join('');
}

export function cap(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Removes everything a test made: its articles (by url), their claims, and the parties, deals and roles named with its tag. */
export async function cleanTag(graph: Graph, tag: string): Promise<void> {
  const session = graph.driver.session();
  try {
    await session.run(
      `MATCH (a:Article) WHERE a.url STARTS WITH $prefix
       OPTIONAL MATCH (a)<-[:FROM]-(c:Claim)
       DETACH DELETE c, a`,
      { prefix: `test://${tag}/` },
    );
    await session.run(
      `MATCH (p) WHERE (p:Party OR p:MergedParty) AND p.nameKey CONTAINS $tag
       OPTIONAL MATCH (p)<-[:ACQUIRER|TARGET|SELLER|BIDDER]-(d:Deal)
       OPTIONAL MATCH (p)-[:HAS_ROLE|AT]-(r:Role)
       OPTIONAL MATCH (d)<-[:SUPPORTS]-(dc:Claim)
       OPTIONAL MATCH (r)<-[:SUPPORTS]-(rc:Claim)
       DETACH DELETE dc, rc, d, r, p`,
      { tag },
    );
  } finally {
    await session.close();
  }
}

export interface ArticleSpec {
  n: number;
  publishedAt?: string | null;
  lang?: string;
  entities: Array<Omit<FactEntity, 'aliases'> & { aliases?: string[] }>;
  deals?: Array<Partial<FactDeal> & Pick<FactDeal, 'id' | 'kind' | 'acquirer' | 'target'>>;
  roles?: Array<Partial<FactRole> & Pick<FactRole, 'person' | 'org' | 'role'>>;
}

/** An article of invented facts; its text is unique to the tag and number, so it has its own id. */
export function article(tag: string, spec: ArticleSpec): ArticleFacts {
  const text = `Article ${spec.n} of ${tag}. ${spec.entities.map((e) => e.name).join(', ')}.`;
  const evidence = [{ text: text.slice(0, 20), start: 0, end: 20 }];
  return {
    article: { text, title: `Test ${spec.n}`, lang: spec.lang ?? 'en', publishedAt: spec.publishedAt ?? null, url: `test://${tag}/${spec.n}`, extractorVersion: 'test-1' },
    entities: spec.entities.map((e) => ({ aliases: [], ...e })),
    deals: (spec.deals ?? []).map((d) => ({
      seller: null,
      bidders: [],
      date: null,
      amount: null,
      status: 'COMPLETED',
      confidence: 0.8,
      evidence,
      ...d,
    })),
    roles: (spec.roles ?? []).map((r) => ({ title: r.role.toLowerCase(), current: null, evidence, ...r })),
  };
}

/** Runs a read query and returns plain rows. */
export async function query(graph: Graph, text: string, parameters: Record<string, unknown> = {}): Promise<Array<Record<string, unknown>>> {
  const session = graph.driver.session();
  try {
    const result = await session.run(text, parameters);
    return result.records.map((r) => r.toObject() as Record<string, unknown>);
  } finally {
    await session.close();
  }
}

/** The ids of a test's parties, by name. */
export async function partyIdsByName(graph: Graph, tag: string): Promise<Record<string, string>> {
  const rows = await query(graph, 'MATCH (p:Party) WHERE p.nameKey CONTAINS $tag RETURN p.name AS name, p.id AS id', { tag });
  return Object.fromEntries(rows.map((r) => [String(r.name), String(r.id)]));
}
