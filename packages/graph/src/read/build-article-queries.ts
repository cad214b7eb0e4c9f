// Cypher for articles: by id (batched), pages, counts, and what each article states.
import type { CypherQuery } from './cypher-query.js';
import { articleProjection, dealProjection, partyProjection } from './projections.js';
import type { PageInput } from './read-types.js';

export function buildArticlesByIdsQuery(ids: readonly string[]): CypherQuery {
  return {
    text: `UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN id, ${articleProjection('a')} AS article`,
    params: { ids: [...ids] },
  };
}

/** Most recently published first, undated last. A listing of everything: it reads every article. */
export function buildArticlePageQuery(page: PageInput): CypherQuery {
  return {
    text:
      `MATCH (a:Article) WITH a ORDER BY coalesce(a.publishedAt, '') DESC, a.id ASC ` +
      `SKIP toInteger($skip) LIMIT toInteger($limit) RETURN ${articleProjection('a')} AS article`,
    params: { skip: page.skip, limit: page.limit },
  };
}

export function buildArticleCountQuery(): CypherQuery {
  return { text: 'MATCH (a:Article) RETURN count(a) AS count', params: {} };
}

/** The deals each article states (through its claims) and the parties it mentions. */
export function buildArticleContentsQuery(ids: readonly string[]): CypherQuery {
  return {
    text:
      `UNWIND $ids AS id MATCH (a:Article {id: id}) ` +
      `CALL (a) { OPTIONAL MATCH (a)<-[:FROM]-(:Claim)-[:SUPPORTS]->(d:Deal) WITH DISTINCT d WHERE d IS NOT NULL ` +
      `RETURN collect(${dealProjection('d')}) AS deals } ` +
      `RETURN id, deals, [(a)-[:MENTIONS]->(p:Party) | ${partyProjection('p')}] AS parties`,
    params: { ids: [...ids] },
  };
}
