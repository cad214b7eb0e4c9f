// Cypher for deals: by id (batched), per party (batched pages), filtered pages, counts, sources, claims, timeline.
import type { CypherQuery } from './cypher-query.js';
import { claimProjection, dealOrderBy, dealProjection, dealRoleTypes } from './projections.js';
import type { DealFilterInput, DealOrderInput, DealSelection, PageInput } from './read-types.js';

/** Deals by id, one row per id found. */
export function buildDealsByIdsQuery(ids: readonly string[]): CypherQuery {
  return {
    text: `UNWIND $ids AS id MATCH (d:Deal {id: id}) RETURN id, ${dealProjection('d')} AS deal`,
    params: { ids: [...ids] },
  };
}

/** One page of deals for each party, in the roles given, latest first. */
export function buildPartyDealsQuery(ids: readonly string[], roles: readonly string[], page: PageInput): CypherQuery {
  return {
    text:
      `UNWIND $ids AS id MATCH (p:Party {id: id}) ` +
      `CALL (p) { MATCH (p)<-[:${dealRoleTypes(roles)}]-(d:Deal) WITH DISTINCT d ` +
      `ORDER BY ${dealOrderBy('d', 'DATE_DESC')} SKIP toInteger($skip) LIMIT toInteger($limit) ` +
      `RETURN collect(${dealProjection('d')}) AS deals } ` +
      `RETURN id, deals`,
    params: { ids: [...ids], skip: page.skip, limit: page.limit },
  };
}

/** How many deals each party takes part in, in the roles given. */
export function buildPartyDealCountQuery(ids: readonly string[], roles: readonly string[]): CypherQuery {
  return {
    text:
      `UNWIND $ids AS id MATCH (p:Party {id: id}) ` +
      `CALL (p) { MATCH (p)<-[:${dealRoleTypes(roles)}]-(d:Deal) RETURN count(DISTINCT d) AS count } ` +
      `RETURN id, count`,
    params: { ids: [...ids] },
  };
}

/** YYYY[-MM[-DD]] as a sortable number; month and day default to the start or the end of the period. */
export function toDateKey(date: string, end: boolean): { key: number; year: number } {
  const [y, m, d] = date.split('-').map(Number);
  const year = y ?? 0;
  const month = m ?? (end ? 12 : 0);
  const day = d ?? (end ? 31 : 0);
  return { key: year * 10_000 + month * 100 + day, year };
}

/**
 * MATCH and WHERE for a deal filter: starts from the party when given so the id index serves.
 * `ref` names a filter value in the text: a parameter by default, a field of the batch row `b` in buildDealPagesQuery.
 */
function dealSelection(
  filter: DealFilterInput,
  order: DealOrderInput | null,
  ref: (name: string) => string = (name) => `$${name}`,
): { text: string; params: Record<string, unknown> } {
  const params: Record<string, unknown> = {};
  const where: string[] = [];
  let match = 'MATCH (d:Deal)';
  if (filter.party) {
    match = `MATCH (:Party {id: ${ref('party')}})<-[:${dealRoleTypes()}]-(d:Deal) WITH DISTINCT d`;
    params.party = filter.party;
  }
  if (filter.kind) {
    where.push(`d.kind = ${ref('kind')}`);
    params.kind = filter.kind;
  }
  if (filter.status) {
    where.push(`d.status = ${ref('status')}`);
    params.status = filter.status;
  }
  if (filter.minEur !== null && filter.minEur !== undefined) {
    where.push(`d.amountEur >= ${ref('minEur')}`);
    params.minEur = filter.minEur;
  }
  // Undated deals have dateKey 0: a date bound excludes them, as it always has.
  if (filter.from) {
    where.push(`d.dateKey >= ${ref('fromKey')}`);
    params.fromKey = toDateKey(filter.from, false).key;
  } else if (filter.to) {
    where.push('d.dateKey >= 10000');
  }
  if (filter.to) {
    where.push(`d.dateKey <= ${ref('toKey')}`);
    params.toKey = toDateKey(filter.to, true).key;
  }
  if (!filter.from && !filter.to && order === 'DATE_DESC') {
    // Lets the planner read the dateKey index in order (every deal has a dateKey: the loader sets it).
    where.push('d.dateKey IS NOT NULL');
  }
  return { text: where.length > 0 ? `${match} WHERE ${where.join(' AND ')}` : match, params };
}

/**
 * A page of deals matching the filter, in the order asked, with what the selection names
 * (default: all of each deal), each as `project` returns it (default: dealProjection's compact list).
 */
export function buildDealPageQuery(
  filter: DealFilterInput,
  order: DealOrderInput,
  page: PageInput,
  selection?: DealSelection,
  project: (d: string, selection?: DealSelection) => string = dealProjection,
): CypherQuery {
  const matched = dealSelection(filter, order);
  const orderBy = dealPageOrder(filter, order);
  return {
    text:
      `${matched.text} WITH d ORDER BY ${orderBy} SKIP toInteger($skip) LIMIT toInteger($limit) ` +
      `RETURN ${project('d', selection)} AS deal`,
    params: { ...matched.params, skip: page.skip, limit: page.limit },
  };
}

/** The sort keys of a deal page. */
function dealPageOrder(filter: DealFilterInput, order: DealOrderInput): string {
  // With minEur every row has an amount, so the amount index can give the order without a sort.
  return order === 'AMOUNT_DESC' && typeof filter.minEur === 'number' ? 'd.amountEur DESC, d.id ASC' : dealOrderBy('d', order);
}

/**
 * What decides the Cypher of a deal page besides its values: filters of one shape (the same
 * filters given, whatever their values) can be read by one buildDealPagesQuery.
 */
export function dealFilterShape(filter: DealFilterInput, order: DealOrderInput): string {
  return `${dealSelection(filter, order).text} ORDER BY ${dealPageOrder(filter, order)}`;
}

/**
 * One page of deals for each filter, all of one shape (dealFilterShape), in one round trip:
 * as buildDealPageQuery reads each, the filter values a field of the batch row; row `i` holds
 * the page of filters[i] as `deals`.
 */
export function buildDealPagesQuery(filters: readonly DealFilterInput[], order: DealOrderInput, page: PageInput, selection?: DealSelection): CypherQuery {
  const [first] = filters;
  if (!first) throw new Error('buildDealPagesQuery needs at least one filter.');
  const shape = dealFilterShape(first, order);
  if (filters.some((filter) => dealFilterShape(filter, order) !== shape)) throw new Error('buildDealPagesQuery reads filters of one shape only (dealFilterShape).');
  const matched = dealSelection(first, order, (name) => `b.${name}`);
  return {
    text:
      `UNWIND $batch AS b CALL (b) { ${matched.text} WITH d ORDER BY ${dealPageOrder(first, order)} SKIP toInteger($skip) LIMIT toInteger($limit) ` +
      `RETURN collect(${dealProjection('d', selection)}) AS deals } RETURN b.i AS i, deals`,
    params: { batch: filters.map((filter, i) => ({ i, ...dealSelection(filter, order).params })), skip: page.skip, limit: page.limit },
  };
}

/** How many deals match the filter (the count store answers when there is no filter). */
export function buildDealCountQuery(filter: DealFilterInput): CypherQuery {
  const selection = dealSelection(filter, null);
  return { text: `${selection.text} RETURN count(d) AS count`, params: selection.params };
}

/** The claims about each deal or role: the sources (field 'deal' or 'role') or every claim. */
export function buildClaimsQuery(ids: readonly string[], label: 'Deal' | 'Role', fields: readonly string[] | null): CypherQuery {
  const fieldFilter = fields ? ' AND c.field IN $fields' : '';
  return {
    text:
      `UNWIND $ids AS id MATCH (n:${label} {id: id}) ` +
      `RETURN id, [(c:Claim)-[:SUPPORTS]->(n) WHERE coalesce(c.curation, '') <> 'REJECTED'${fieldFilter} | ${claimProjection('c')}] AS claims`,
    params: fields ? { ids: [...ids], fields: [...fields] } : { ids: [...ids] },
  };
}

/** Every deal of one party with the role it plays, oldest first, undated last. */
export function buildTimelineQuery(partyId: string): CypherQuery {
  return {
    text:
      `MATCH (p:Party {id: $id})<-[r:${dealRoleTypes()}]-(d:Deal) ` +
      `RETURN type(r) AS role, ${dealProjection('d')} AS deal ORDER BY ${dealOrderBy('d', 'DATE_ASC')}`,
    params: { id: partyId },
  };
}

/** Claims by id, one row per id found, whatever their curation. */
export function buildClaimsByIdsQuery(ids: readonly string[]): CypherQuery {
  return {
    text: `UNWIND $ids AS id MATCH (c:Claim {id: id}) RETURN id, ${claimProjection('c')} AS claim`,
    params: { ids: [...ids] },
  };
}
