// Cypher for the widget's graphs (neighborhood, path) and the stats.
import type { CypherQuery } from './cypher-query.js';
import { DEAL_ROLES, dealRoleTypes } from './projections.js';

const graphParty = (v: string) => `${v} { .id, .name, type: CASE WHEN ${v}:Person THEN 'PERSON' ELSE 'COMPANY' END }`;
const graphDeal = (v: string, more: string) => `${v} { .id, .kind, .status, .year, .amountEur, ${more} }`;

// The neighborhood returns compact rows: lists, not maps, so the driver decodes no keys and
// the server converts less. The shapes are NeighborhoodLevelRow's tuples in assemble-graph.ts.
/** A party as [id, name, isPerson]. */
const compactParty = (v: string) => `${v}.id, ${v}.name, ${v}:Person`;
/** A deal as [id, kind, status, year, amountEur, [role, partyId, partyName, isPerson]...]. */
const compactDeal = (v: string, roles: string) =>
  `[${v}.id, ${v}.kind, ${v}.status, ${v}.year, ${v}.amountEur, [(${v})-[r:${roles}]->(x:Party) | [type(r), ${compactParty('x')}]]]`;

/** What one level of a neighborhood reads of frontier party `p` (its deals, at most $cap; roles; units), as one list. */
function levelParts(roles: string): { call: string; row: string } {
  return {
    call:
      `CALL (p) { MATCH (p)<-[:${roles}]-(d:Deal) WITH DISTINCT d LIMIT toInteger($cap) ` +
      `RETURN collect(${compactDeal('d', roles)}) AS deals } `,
    row:
      `[p.id, p.name, p:Person, deals, ` +
      `[(p)-[:HAS_ROLE]->(r:Role)-[:AT]->(c:Company) | [r.id, coalesce(r.title, r.role), ${compactParty('p')}, ${compactParty('c')}]][..toInteger($cap)] ` +
      `+ [(x:Person)-[:HAS_ROLE]->(r:Role)-[:AT]->(p) | [r.id, coalesce(r.title, r.role), ${compactParty('x')}, ${compactParty('p')}]][..toInteger($cap)], ` +
      `[(p)-[:UNIT_OF]->(c:Company) | [${compactParty('p')}, ${compactParty('c')}]] ` +
      `+ [(u:Company)-[:UNIT_OF]->(p) | [${compactParty('u')}, ${compactParty('p')}]][..toInteger($cap)]]`,
  };
}

/**
 * One level of a neighborhood: for each party in the frontier, its deals (each with all its
 * parties), its roles (both ways) and its UNIT_OF links (both ways), at most $cap of each,
 * as one compact `row` per party.
 */
export function buildNeighborhoodLevelQuery(ids: readonly string[], cap: number): CypherQuery {
  const { call, row } = levelParts(dealRoleTypes());
  return {
    text: `UNWIND $ids AS id MATCH (p:Party {id: id}) ${call}RETURN ${row} AS row`,
    params: { ids: [...ids], cap },
  };
}

/**
 * Where a neighborhood starts, in one round trip: the deal with the id and its parties
 * (`start`, compact), or else the first level around the party with the id (`rows`, as
 * buildNeighborhoodLevelQuery returns them).
 */
export function buildNeighborhoodStartQuery(id: string, cap: number): CypherQuery {
  const roles = dealRoleTypes();
  const { call, row } = levelParts(roles);
  return {
    text:
      `CALL () { OPTIONAL MATCH (s:Deal {id: $id}) ` +
      `RETURN CASE WHEN s IS NULL THEN null ELSE ${compactDeal('s', roles)} END AS start } ` +
      `CALL (start) { UNWIND CASE WHEN start IS NULL THEN [$id] ELSE [] END AS id MATCH (p:Party {id: id}) ${call}` +
      `RETURN collect(${row}) AS rows } ` +
      `RETURN start, rows`,
    params: { id, cap },
  };
}

/** A deal and its parties, where a neighborhood starts at a deal. */
export function buildDealStartQuery(id: string): CypherQuery {
  const roles = dealRoleTypes();
  return {
    text:
      `MATCH (d:Deal {id: $id}) ` +
      `RETURN ${graphDeal('d', `parties: [(d)-[r:${roles}]->(x:Party) | {role: type(r), party: ${graphParty('x')}}]`)} AS deal`,
    params: { id },
  };
}

/** A shortest path between two parties through deals, roles and units, of at most 2 × maxHops relationships. */
export function buildPathQuery(fromId: string, toId: string, maxHops: number): CypherQuery {
  const length = Math.max(1, Math.min(12, Math.trunc(maxHops) * 2));
  return {
    text:
      `MATCH (a:Party {id: $from}) MATCH (b:Party {id: $to}) ` +
      `MATCH path = shortestPath((a)-[:${DEAL_ROLES.join('|')}|HAS_ROLE|AT|UNIT_OF*..${length}]-(b)) ` +
      `RETURN [n IN nodes(path) | n { .id, .name, .kind, .status, .year, .amountEur, .role, .title, ` +
      `type: CASE WHEN n:Deal THEN 'DEAL' WHEN n:Role THEN 'ROLE' WHEN n:Person THEN 'PERSON' ELSE 'COMPANY' END }] AS nodes, ` +
      `[r IN relationships(path) | {type: type(r), from: startNode(r).id, to: endNode(r).id}] AS rels`,
    params: { from: fromId, to: toId },
  };
}

/** Node counts (from the count store) and deals per kind and status (from the kind and status indexes). */
export function buildStatsQuery(kinds: readonly string[], statuses: readonly string[]): CypherQuery {
  return {
    text:
      `CALL () { MATCH (n:Company) RETURN count(n) AS companies } ` +
      `CALL () { MATCH (n:Person) RETURN count(n) AS people } ` +
      `CALL () { MATCH (n:Deal) RETURN count(n) AS deals } ` +
      `CALL () { MATCH (n:Article) RETURN count(n) AS articles } ` +
      `CALL () { MATCH (n:Claim) RETURN count(n) AS claims } ` +
      `CALL () { UNWIND $kinds AS kind CALL (kind) { MATCH (d:Deal {kind: kind}) RETURN count(d) AS n } RETURN collect({kind: kind, count: n}) AS dealsByKind } ` +
      `CALL () { UNWIND $statuses AS status CALL (status) { MATCH (d:Deal {status: status}) RETURN count(d) AS n } RETURN collect({status: status, count: n}) AS dealsByStatus } ` +
      `RETURN companies, people, deals, articles, claims, dealsByKind, dealsByStatus`,
    params: { kinds: [...kinds], statuses: [...statuses] },
  };
}
