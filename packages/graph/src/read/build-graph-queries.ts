// Cypher for the widget's graphs (neighborhood, path) and the stats.
import type { CypherQuery } from './cypher-query.js';
import { DEAL_ROLES, dealRoleTypes } from './projections.js';

const graphParty = (v: string) => `${v} { .id, .name, type: CASE WHEN ${v}:Person THEN 'PERSON' ELSE 'COMPANY' END }`;
const graphDeal = (v: string, more: string) => `${v} { .id, .kind, .status, .year, .amountEur, ${more} }`;

/** What one level of a neighborhood reads of frontier party `p` (its deals, at most $cap; roles; units), as named expressions. */
function levelParts(roles: string): { call: string; columns: [string, string][] } {
  return {
    call:
      `CALL (p) { MATCH (p)<-[:${roles}]-(d:Deal) WITH DISTINCT d LIMIT toInteger($cap) ` +
      `RETURN collect(${graphDeal('d', `parties: [(d)-[r:${roles}]->(x:Party) | {role: type(r), party: ${graphParty('x')}}]`)}) AS deals } `,
    columns: [
      ['id', 'id'],
      ['deals', 'deals'],
      [
        'roles',
        `[(p)-[:HAS_ROLE]->(r:Role)-[:AT]->(c:Company) | {id: r.id, title: coalesce(r.title, r.role), person: ${graphParty('p')}, company: ${graphParty('c')}}][..toInteger($cap)] ` +
          `+ [(x:Person)-[:HAS_ROLE]->(r:Role)-[:AT]->(p) | {id: r.id, title: coalesce(r.title, r.role), person: ${graphParty('x')}, company: ${graphParty('p')}}][..toInteger($cap)]`,
      ],
      [
        'units',
        `[(p)-[:UNIT_OF]->(c:Company) | {unit: ${graphParty('p')}, parent: ${graphParty('c')}}] ` +
          `+ [(u:Company)-[:UNIT_OF]->(p) | {unit: ${graphParty('u')}, parent: ${graphParty('p')}}][..toInteger($cap)]`,
      ],
      ['self', graphParty('p')],
    ],
  };
}

/**
 * One level of a neighborhood: for each party in the frontier, its deals (each with all its
 * parties), its roles (both ways) and its UNIT_OF links (both ways), at most $cap of each.
 */
export function buildNeighborhoodLevelQuery(ids: readonly string[], cap: number): CypherQuery {
  const { call, columns } = levelParts(dealRoleTypes());
  return {
    text: `UNWIND $ids AS id MATCH (p:Party {id: id}) ${call}RETURN ${columns.map(([name, value]) => (name === value ? name : `${value} AS ${name}`)).join(', ')}`,
    params: { ids: [...ids], cap },
  };
}

/**
 * Where a neighborhood starts, in one round trip: the deal with the id and its parties
 * (`start`), or else the first level around the party with the id (`rows`, as
 * buildNeighborhoodLevelQuery returns them).
 */
export function buildNeighborhoodStartQuery(id: string, cap: number): CypherQuery {
  const roles = dealRoleTypes();
  const { call, columns } = levelParts(roles);
  return {
    text:
      `CALL () { OPTIONAL MATCH (s:Deal {id: $id}) ` +
      `RETURN CASE WHEN s IS NULL THEN null ELSE ${graphDeal('s', `parties: [(s)-[r:${roles}]->(x:Party) | {role: type(r), party: ${graphParty('x')}}]`)} END AS start } ` +
      `CALL (start) { UNWIND CASE WHEN start IS NULL THEN [$id] ELSE [] END AS id MATCH (p:Party {id: id}) ${call}` +
      `RETURN collect({${columns.map(([name, value]) => `${name}: ${value}`).join(', ')}}) AS rows } ` +
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
