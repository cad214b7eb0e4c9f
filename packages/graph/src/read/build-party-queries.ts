// Cypher for companies and people: by id (batched), by name, pages, counts, units, roles.
import type { CypherQuery } from './cypher-query.js';
import { claimProjection, dealOrderBy, dealProjection, dealRoleTypes, partyProjection, roleProjection } from './projections.js';
import type { PageInput, PartyDealsPageInput, PartyType } from './read-types.js';

/** The full-text index over party names and aliases (schema/*.cypher creates it). */
export const PARTY_FULLTEXT_INDEX = 'party_names';

const LABELS: Record<PartyType, string> = { COMPANY: 'Company', PERSON: 'Person' };

/** Parties by id, one row per id found; a merged id (a MergedParty) answers with the party it was merged into. */
export function buildPartiesByIdsQuery(ids: readonly string[]): CypherQuery {
  return {
    text:
      `UNWIND $ids AS id ` +
      `CALL (id) { MATCH (p:Party {id: id}) RETURN p ` +
      `UNION MATCH (:MergedParty {id: id})-[:MERGED_INTO*1..10]->(p:Party) RETURN p } ` +
      `RETURN id, ${partyProjection('p')} AS party`,
    params: { ids: [...ids] },
  };
}

/**
 * What a compiled party read asks of party `p` beside the party: a page of deals per entry of
 * `pages` (each in its roles, latest first, with the parties the page names) and, when asked,
 * units and parent. Adds the page parameters to `params`.
 */
function partyReadParts(pages: readonly PartyDealsPageInput[], withUnits: boolean, params: Record<string, unknown>): { calls: string; columns: string } {
  const calls = pages.map((page, index) => {
    params[`skip${index}`] = page.skip;
    params[`limit${index}`] = page.limit;
    return (
      `CALL (p) { MATCH (p)<-[:${dealRoleTypes(page.roles)}]-(d:Deal) WITH DISTINCT d ` +
      `ORDER BY ${dealOrderBy('d', 'DATE_DESC')} SKIP toInteger($skip${index}) LIMIT toInteger($limit${index}) ` +
      `RETURN collect(${dealProjection('d', page.selection)}) AS deals${index} } `
    );
  });
  const units = withUnits
    ? `, [(u:Company)-[:UNIT_OF]->(p) | ${partyProjection('u')}] AS units, head([(p)-[:UNIT_OF]->(x:Company) | ${partyProjection('x')}]) AS parent`
    : '';
  return {
    calls: calls.join(''),
    columns: `${partyProjection('p')} AS party, [${pages.map((_page, index) => `deals${index}`).join(', ')}] AS pages${units}`,
  };
}

/**
 * Parties by id (a merged id leads to the party it was merged into) with what a request asks
 * of each (partyReadParts), in one round trip. The gateway compiles a selection set into this.
 */
export function buildPartiesWithDealsQuery(ids: readonly string[], pages: readonly PartyDealsPageInput[], withUnits: boolean): CypherQuery {
  const params: Record<string, unknown> = { ids: [...ids] };
  const { calls, columns } = partyReadParts(pages, withUnits, params);
  return {
    text:
      `UNWIND $ids AS id ` +
      `CALL (id) { MATCH (p:Party {id: id}) RETURN p UNION MATCH (:MergedParty {id: id})-[:MERGED_INTO*1..10]->(p:Party) RETURN p } ` +
      `${calls}RETURN id, ${columns}`,
    params,
  };
}

/**
 * A Lucene query for the full-text index from free text: every word must match, as itself
 * (boosted), as a prefix, or within a small edit distance. Only letters and digits survive,
 * so no Lucene syntax from the user reaches the index.
 */
export function toFulltextQuery(text: string): string {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words
    .slice(0, 8)
    .map((word) => {
      const fuzzy = word.length >= 3 ? ` OR ${word}~${word.length > 5 ? 2 : 1}` : '';
      return `(${word}^3 OR ${word}*${fuzzy})`;
    })
    .join(' AND ');
}

/** Full-text hits over parties of any type (or one type), best first. */
export function buildSearchQuery(text: string, limit: number, type?: PartyType): CypherQuery {
  const typeFilter = type ? ` AND node:${LABELS[type]}` : '';
  return {
    text:
      `CALL db.index.fulltext.queryNodes($index, $query, {limit: toInteger($limit) * 2}) YIELD node, score ` +
      `WHERE node:Party${typeFilter} ` +
      `RETURN node.id AS id, node.name AS name, CASE WHEN node:Person THEN 'PERSON' ELSE 'COMPANY' END AS type, score ` +
      `ORDER BY score DESC, name ASC LIMIT toInteger($limit)`,
    params: { index: PARTY_FULLTEXT_INDEX, query: toFulltextQuery(text), limit },
  };
}

/** The start of a read of the party of one type whose name or an alias is the text given, ignoring case, as `node`. */
function partyByNameMatch(name: string, type: PartyType): { text: string; params: Record<string, unknown> } {
  return {
    text:
      `CALL db.index.fulltext.queryNodes($index, $query, {limit: 50}) YIELD node, score ` +
      `WHERE node:${LABELS[type]} ` +
      `AND (toLower(node.name) = $lower OR any(alias IN coalesce(node.aliases, []) WHERE toLower(alias) = $lower)) `,
    params: { index: PARTY_FULLTEXT_INDEX, query: toFulltextQuery(name), lower: name.trim().toLowerCase() },
  };
}

const BEST_NAME_MATCH = `ORDER BY CASE WHEN toLower(node.name) = $lower THEN 0 ELSE 1 END, score DESC LIMIT 1`;

/** The party of one type whose name or an alias is the text given, ignoring case. */
export function buildPartyByNameQuery(name: string, type: PartyType): CypherQuery {
  const match = partyByNameMatch(name, type);
  return { text: `${match.text}RETURN ${partyProjection('node')} AS party ${BEST_NAME_MATCH}`, params: match.params };
}

/** The party found as buildPartyByNameQuery finds it, with what a request asks of it (partyReadParts): one round trip. */
export function buildPartyWithDealsByNameQuery(name: string, type: PartyType, pages: readonly PartyDealsPageInput[], withUnits: boolean): CypherQuery {
  const match = partyByNameMatch(name, type);
  const params: Record<string, unknown> = { ...match.params };
  const { calls, columns } = partyReadParts(pages, withUnits, params);
  return { text: `${match.text}WITH node, score ${BEST_NAME_MATCH} WITH node AS p ${calls}RETURN ${columns}`, params };
}

/** A page of parties of one type: by name, or by full-text relevance when searching. */
export function buildPartyPageQuery(type: PartyType, search: string | null, page: PageInput): CypherQuery {
  const label = LABELS[type];
  if (search) {
    return {
      text:
        `CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score ` +
        `WHERE node:${label} ` +
        `RETURN ${partyProjection('node')} AS party ORDER BY score DESC, node.name ASC ` +
        `SKIP toInteger($skip) LIMIT toInteger($limit)`,
      params: { index: PARTY_FULLTEXT_INDEX, query: toFulltextQuery(search), skip: page.skip, limit: page.limit },
    };
  }
  return {
    text:
      `MATCH (p:${label}) WHERE p.name IS NOT NULL ` +
      `RETURN ${partyProjection('p')} AS party ORDER BY p.name ASC SKIP toInteger($skip) LIMIT toInteger($limit)`,
    params: { skip: page.skip, limit: page.limit },
  };
}

/** How many parties of one type (matching the search, if any); counts come from the count store when not searching. */
export function buildPartyCountQuery(type: PartyType, search: string | null): CypherQuery {
  const label = LABELS[type];
  if (search) {
    return {
      text:
        `CALL db.index.fulltext.queryNodes($index, $query) YIELD node ` +
        `WHERE node:${label} RETURN count(node) AS count`,
      params: { index: PARTY_FULLTEXT_INDEX, query: toFulltextQuery(search) },
    };
  }
  return {
    text:
      `MATCH (p:${label}) RETURN count(p) AS count`,
    params: {},
  };
}

/** Units (divisions, brands) and the parent of each company. */
export function buildUnitsQuery(ids: readonly string[]): CypherQuery {
  return {
    text:
      `UNWIND $ids AS id MATCH (c:Party {id: id}) ` +
      `RETURN id, [(u:Company)-[:UNIT_OF]->(c) | ${partyProjection('u')}] AS units, ` +
      `head([(c)-[:UNIT_OF]->(x:Company) | ${partyProjection('x')}]) AS parent`,
    params: { ids: [...ids] },
  };
}

/**
 * The sources of each company's link to its parent: its unit claims not rejected that state a parent
 * it is linked to (by the parent's id, or a party's merged into it).
 */
export function buildParentSourcesQuery(ids: readonly string[]): CypherQuery {
  return {
    text:
      `UNWIND $ids AS id MATCH (u:Party {id: id}) ` +
      `RETURN id, [(c:Claim)-[:SUPPORTS]->(u) WHERE c.field = 'unit' AND coalesce(c.curation, '') <> 'REJECTED' AND EXISTS { ` +
      `MATCH (u)-[:UNIT_OF]->(p:Company) WHERE p.id = c.partyId OR EXISTS { MATCH (:MergedParty {id: c.partyId})-[:MERGED_INTO*1..10]->(p) } } ` +
      `| ${claimProjection('c')}] AS claims`,
    params: { ids: [...ids] },
  };
}

/** Roles held by each person (side PERSON) or held at each company (side COMPANY). */
export function buildRolesQuery(ids: readonly string[], side: PartyType): CypherQuery {
  const pattern = side === 'PERSON' ? `(n)-[:HAS_ROLE]->(r:Role)-[:AT]->(c:Company)` : `(p:Person)-[:HAS_ROLE]->(r:Role)-[:AT]->(n)`;
  const person = side === 'PERSON' ? 'n' : 'p';
  const company = side === 'PERSON' ? 'c' : 'n';
  return {
    text: `UNWIND $ids AS id MATCH (n:Party {id: id}) RETURN id, [${pattern} | ${roleProjection(person, 'r', company)}] AS roles`,
    params: { ids: [...ids] },
  };
}
