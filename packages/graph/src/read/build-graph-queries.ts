// Cypher for the widget's graphs (neighborhood, path) and the stats.
import type { CypherQuery } from './cypher-query.js';
import { DEAL_ROLES, dealRoleTypes } from './projections.js';

const graphParty = (v: string) => `${v} { .id, .name, type: CASE WHEN ${v}:Person THEN 'PERSON' ELSE 'COMPANY' END }`;
const graphDeal = (v: string, more: string) => `${v} { .id, .kind, .status, .year, .amountEur, ${more} }`;

// The neighborhood returns compact rows: lists, not maps, so the driver decodes no keys and
// the server converts less. The shapes are NeighborhoodLevelRow's tuples in assemble-graph.ts.
/** A party as [id, name, isPerson]. */
const compactParty = (v: string) => `${v}.id, ${v}.name, ${v}:Person`;
/**
 * A deal as [id, kind, status, year, amountEur, [role, partyId, partyName, isPerson]...]. With
 * `self` (the variable of the frontier party whose deal it is), that party's own entries are
 * [role] alone: the row names it already, and every deal of a hub named it again (two property
 * reads in Neo4j and two strings on the wire per deal). expandSelfParties fills them in.
 */
const compactDeal = (v: string, roles: string, self?: string) => {
  const party = self ? `CASE WHEN x = ${self} THEN [type(r)] ELSE [type(r), ${compactParty('x')}] END` : `[type(r), ${compactParty('x')}]`;
  return `[${v}.id, ${v}.kind, ${v}.status, ${v}.year, ${v}.amountEur, [(${v})-[r:${roles}]->(x:Party) | ${party}]]`;
};

/** The distinct deals of `p`, at most `limit` (a literal or a parameter: LIMIT takes no variables), as the list `found`. */
const dealsFound = (roles: string, limit: string) => `COLLECT { MATCH (p)<-[:${roles}]-(d:Deal) RETURN DISTINCT d LIMIT ${limit} } AS found`;

/** p's role and unit links, read in one walk of its relationships (four patterns walked them four times): [type, outgoing, other node]. */
const LINKS = `[(p)-[l:HAS_ROLE|AT|UNIT_OF]-(n) | [type(l), startNode(l) = p, n]] AS links`;

/**
 * One level's row for frontier party `p` (with `found`, its deals, and `links`, as
 * dealsFound and LINKS read them): at most `cap` of its deals (each with all its parties),
 * of its roles each way and of its units, as NeighborhoodLevelRow in assemble-graph.ts
 * (with `compactSelf`, p's own entries in its deals as [role] alone: see compactDeal).
 * `cap` is an expression: a parameter or the variable `cap`.
 */
function levelRow(roles: string, cap: string, compactSelf = false): string {
  const linked = (type: string, outgoing: boolean) => `[k IN links WHERE k[0] = '${type}' AND ${outgoing ? '' : 'NOT '}k[1] | k[2]]`;
  const role = (person: string, company: string) => `[r.id, coalesce(r.title, r.role), ${compactParty(person)}, ${compactParty(company)}]`;
  return (
    `[p.id, p.name, p:Person, [d IN found[..${cap}] | ${compactDeal('d', roles, compactSelf ? 'p' : undefined)}], ` +
    // As [(p)-[:HAS_ROLE]->(r:Role)-[:AT]->(c:Company) | …] and [(x:Person)-[:HAS_ROLE]->(r:Role)-[:AT]->(p) | …] list them.
    `reduce(acc = [], r IN ${linked('HAS_ROLE', true)} | acc + [(r:Role)-[:AT]->(c:Company) | ${role('p', 'c')}])[..${cap}] ` +
    `+ reduce(acc = [], r IN ${linked('AT', false)} | acc + [(x:Person)-[:HAS_ROLE]->(r:Role) | ${role('x', 'p')}])[..${cap}], ` +
    `[c IN ${linked('UNIT_OF', true)} WHERE c:Company | [${compactParty('p')}, ${compactParty('c')}]] ` +
    `+ [u IN ${linked('UNIT_OF', false)} WHERE u:Company | [${compactParty('u')}, ${compactParty('p')}]][..${cap}]]`
  );
}

/** LIMIT takes no variables, so a cap computed in the query picks one of these limits: a party's deals are read no further than twice the cap. */
const CAP_BUCKETS = [2, 4, 8, 16, 32, 64, 128];

/**
 * The parties `p` of `frontier`, in its order, each with its distinct deals as `found`: at
 * least the first `cap` of them (read up to the bucket above cap), in the order LIMIT cap
 * would give. The bucket is chosen once per query (one branch runs), not once per party.
 */
function frontierWithDeals(roles: string): string {
  const branch = (where: string, limit: string) => `WITH frontier WHERE ${where} UNWIND frontier AS id MATCH (p:Party {id: id}) RETURN p, ${dealsFound(roles, limit)}`;
  const branches = CAP_BUCKETS.map((bucket, i) => branch(`${CAP_BUCKETS[i - 1] ?? 0} < cap <= ${bucket}`, String(bucket)));
  branches.push(branch(`cap > ${CAP_BUCKETS.at(-1)}`, 'toInteger($limit)'));
  return `CALL (frontier, cap) { ${branches.join(' UNION ALL ')} } `;
}

/**
 * One level of a neighborhood: for each party in the frontier, its deals (each with all its
 * parties), its roles (both ways) and its UNIT_OF links (both ways), at most $cap of each,
 * as one compact `row` per party.
 */
export function buildNeighborhoodLevelQuery(ids: readonly string[], cap: number): CypherQuery {
  const roles = dealRoleTypes();
  return {
    text: `UNWIND $ids AS id MATCH (p:Party {id: id}) WITH p, ${dealsFound(roles, 'toInteger($cap)')}, ${LINKS} RETURN ${levelRow(roles, 'toInteger($cap)')} AS row`,
    params: { ids: [...ids], cap },
  };
}

/**
 * A neighborhood of depth 1 or 2 in one round trip. `start` is the deal with the id (compact),
 * or null; `first` the rows of the first level around the party with the id (as
 * buildNeighborhoodLevelQuery returns them, with $limit deals at most); `second` the rows of
 * the next level (null when depth is 1, or nothing is left to read or room to keep it), read
 * as the level-by-level reader would: its frontier is the parties the start or first level
 * reached, in the order met, cut to the node budget the first level leaves, each with
 * ceil(budget / frontier) deals at most. `cut` says that budget cut the frontier short. In
 * `first` and `second`, a row's own party is [role] alone in its deals (expandSelfParties fills it in).
 */
export function buildNeighborhoodQuery(id: string, depth: 1 | 2, limit: number): CypherQuery {
  return { text: neighborhoodBody(depth, false), params: { id, limit } };
}

/**
 * Neighborhoods of depth 1 or 2 from many ids in one round trip, each read as
 * buildNeighborhoodQuery reads it (the id a field of its batch row): row `i` holds the
 * start, first, second and cut of ids[i].
 */
export function buildNeighborhoodsQuery(ids: readonly string[], depth: 1 | 2, limit: number): CypherQuery {
  return {
    text: `UNWIND $batch AS b CALL (b) { ${neighborhoodBody(depth, true)} } RETURN b.i AS i, start, first, second, cut`,
    params: { batch: ids.map((id, i) => ({ i, id })), limit },
  };
}

/** The Cypher of buildNeighborhoodQuery, its id the parameter $id or, in a batch, the field b.id of the row `b` it carries. */
function neighborhoodBody(depth: 1 | 2, batch: boolean): string {
  const roles = dealRoleTypes();
  const id = batch ? 'b.id' : '$id';
  const scope = (...names: string[]) => `(${(batch ? [...names, 'b'] : names).join(', ')})`;
  const start =
    `CALL ${scope()} { OPTIONAL MATCH (s:Deal {id: ${id}}) ` +
    `RETURN CASE WHEN s IS NULL THEN null ELSE ${compactDeal('s', roles)} END AS start } ` +
    `CALL ${scope('start')} { UNWIND CASE WHEN start IS NULL THEN [${id}] ELSE [] END AS id MATCH (p:Party {id: id}) ` +
    `WITH p, ${dealsFound(roles, 'toInteger($limit)')}, ${LINKS} RETURN collect(${levelRow(roles, 'toInteger($limit)', true)}) AS first } `;
  if (depth === 1) return `${start}RETURN start, first, null AS second, false AS cut`;
  return (
    start +
    // The parties reached, in the order met (from a deal: its parties as listed), and every node id the first step kept.
    `WITH ${batch ? 'b, ' : ''}start, first, CASE WHEN start IS NULL ` +
    `THEN reduce(ids = [], r IN first | ids + reduce(ids = [], d IN r[3] | ids + [x IN d[5] WHERE size(x) > 1 | x[1]]) ` +
    `+ reduce(ids = [], o IN r[4] | ids + [o[2], o[5]]) + reduce(ids = [], u IN r[5] | ids + [u[0], u[3]])) ` +
    `ELSE [x IN start[5] | x[1]] END AS met ` +
    `CALL (start, first, met) { ` +
    `UNWIND CASE WHEN start IS NULL THEN [r IN first | r[0]] + reduce(ids = [], r IN first | ids + [d IN r[3] | d[0]]) ELSE [start[0]] END + met AS kept ` +
    `RETURN $limit - CASE WHEN count(DISTINCT kept) < $limit THEN count(DISTINCT kept) ELSE $limit END AS budget } ` +
    `CALL ${scope('start', 'met')} { ` +
    `UNWIND CASE WHEN start IS NULL THEN range(0, size(met) - 1) ELSE [] END AS i WITH met[i] AS pid, i WHERE pid <> ${id} ` +
    `WITH pid, min(i) AS at ORDER BY at RETURN collect(pid) AS reached } ` +
    `WITH start, first, budget, CASE WHEN start IS NULL THEN reached ELSE met END AS reached ` +
    `WITH start, first, budget, CASE WHEN budget <= 0 THEN [] ELSE reached[..budget] END AS frontier, ` +
    `size(reached) > 0 AND (budget <= 0 OR size(reached) > budget) AS cut ` +
    `CALL (frontier, budget) { WITH frontier, CASE WHEN size(frontier) = 0 THEN 0 ELSE toInteger(ceil(toFloat(budget) / size(frontier))) END AS cap ` +
    `${frontierWithDeals(roles)}WITH p, found, cap, ${LINKS} RETURN collect(${levelRow(roles, 'cap', true)}) AS second } ` +
    `RETURN start, first, CASE WHEN size(frontier) = 0 THEN null ELSE second END AS second, cut`
  );
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
      // A deal folded into another by a merge keeps its links for undoMerge: it is no way between parties.
      `WHERE none(n IN nodes(path) WHERE n:MergedDeal) ` +
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
