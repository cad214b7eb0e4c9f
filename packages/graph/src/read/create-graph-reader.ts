import { buildArticleContentsQuery, buildArticleCountQuery, buildArticlePageQuery, buildArticlesByIdsQuery } from './build-article-queries.js';
import {
  buildClaimsByIdsQuery,
  buildClaimsQuery,
  buildDealCountQuery,
  buildDealPageQuery,
  buildDealPagesQuery,
  buildDealsByIdsQuery,
  buildPartyDealCountQuery,
  buildPartyDealsQuery,
  buildTimelineQuery,
} from './build-deal-queries.js';
import { buildNeighborhoodQuery, buildNeighborhoodsQuery, buildPathQuery, buildStatsQuery } from './build-graph-queries.js';
import { readNeighborhoodLevels } from './read-neighborhood-levels.js';
import {
  buildPartiesByIdsQuery,
  buildPartyByNameQuery,
  buildPartyCountQuery,
  buildPartyPageQuery,
  buildPartiesWithDealsQuery,
  buildPartyWithDealsByNameQuery,
  buildRolesQuery,
  buildSearchQuery,
  buildParentSourcesQuery,
  buildUnitsQuery,
} from './build-party-queries.js';
import type { QueryRunner, Row } from './cypher-query.js';
import { assemblePath, expandSelfParties, NeighborhoodBuilder, partiesReached, type CompactDeal, type NeighborhoodLevelRow } from './assemble-graph.js';
import { toDeal, toFullDeal } from './projections.js';
import type {
  ArticleRecord,
  ClaimRecord,
  DealFilterInput,
  DealOrderInput,
  DealSelection,
  DealRecord,
  GraphRecord,
  PageInput,
  PartyDealsPageInput,
  PartyRecord,
  PartyType,
  PartyWithDealsRecord,
  RoleRecord,
  SearchHitRecord,
  SelectedDealRecord,
  SourceRecord,
  StatsRecord,
  TimelineEventRecord,
} from './read-types.js';

const DEAL_KINDS = ['ACQUISITION', 'MERGER', 'STAKE', 'WRITE_DOWN'];
const DEAL_STATUSES = ['RUMORED', 'PLANNED', 'COMPLETED', 'CANCELLED'];

/**
 * Every read the gateway makes, each one Cypher round trip (the neighborhood: one up to depth 2, one more per deeper level).
 * Batch methods take many ids and answer in the same order, so a DataLoader can sit on each.
 */
export interface GraphReader {
  /** This reader, with every query it runs stopped in Neo4j when the signal aborts (a request timed out or went away). */
  withSignal(signal: AbortSignal): GraphReader;
  partiesByIds(ids: readonly string[]): Promise<(PartyRecord | null)[]>;
  /** Parties by id, each with the deal pages and units a request asks of it: one round trip. */
  partiesWithDeals(ids: readonly string[], pages: readonly PartyDealsPageInput[], withUnits: boolean): Promise<(PartyWithDealsRecord | null)[]>;
  partyByName(name: string, type: PartyType): Promise<PartyRecord | null>;
  /** The party partyByName finds, with the deal pages and units a request asks of it: one round trip. */
  partyWithDealsByName(name: string, type: PartyType, pages: readonly PartyDealsPageInput[], withUnits: boolean): Promise<PartyWithDealsRecord | null>;
  partyPage(type: PartyType, search: string | null, page: PageInput): Promise<PartyRecord[]>;
  partyCount(type: PartyType, search: string | null): Promise<number>;
  unitsOf(ids: readonly string[]): Promise<{ units: PartyRecord[]; parent: PartyRecord | null }[]>;
  /** Sources of each company's link to its parent: its unit claims not rejected (none without a parent). */
  parentSourcesOf(ids: readonly string[]): Promise<SourceRecord[][]>;
  rolesOf(ids: readonly string[], side: PartyType): Promise<RoleRecord[][]>;
  dealsByIds(ids: readonly string[]): Promise<(DealRecord | null)[]>;
  dealsOfParties(ids: readonly string[], roles: readonly string[], page: PageInput): Promise<DealRecord[][]>;
  dealCountsOfParties(ids: readonly string[], roles: readonly string[]): Promise<number[]>;
  /** A page of deals; with `selection`, only what it names is read (the rest is absent). */
  dealPage(filter: DealFilterInput, order: DealOrderInput, page: PageInput, selection?: DealSelection): Promise<SelectedDealRecord[]>;
  /** dealPage for many filters of one shape (dealFilterShape) in one round trip, the pages in the order of the filters. */
  dealPages(filters: readonly DealFilterInput[], order: DealOrderInput, page: PageInput, selection?: DealSelection): Promise<SelectedDealRecord[][]>;
  dealCount(filter: DealFilterInput): Promise<number>;
  /** Sources of deals (label Deal) or roles (label Role): their 'deal' or 'role' claims. */
  sourcesOf(ids: readonly string[], label: 'Deal' | 'Role'): Promise<SourceRecord[][]>;
  claimsOf(ids: readonly string[]): Promise<ClaimRecord[][]>;
  claimsByIds(ids: readonly string[]): Promise<(ClaimRecord | null)[]>;
  articlesByIds(ids: readonly string[]): Promise<(ArticleRecord | null)[]>;
  articlePage(page: PageInput): Promise<ArticleRecord[]>;
  articleCount(): Promise<number>;
  articleContents(ids: readonly string[]): Promise<{ deals: DealRecord[]; parties: PartyRecord[] }[]>;
  search(text: string, limit: number): Promise<SearchHitRecord[]>;
  timeline(partyId: string): Promise<TimelineEventRecord[]>;
  neighborhood(id: string, depth: number, limit: number): Promise<GraphRecord>;
  /** neighborhood for many ids with one depth and limit, the start and two levels of all in one round trip; in the order of the ids. */
  neighborhoods(ids: readonly string[], depth: number, limit: number): Promise<GraphRecord[]>;
  path(fromId: string, toId: string, maxHops: number): Promise<GraphRecord>;
  stats(): Promise<StatsRecord>;
}

/** Rows keyed by their `id` column, answered in the order of `ids`. */
function byId<T>(ids: readonly string[], rows: Row[], pick: (row: Row) => T, missing: T): T[] {
  const found = new Map<string, T>();
  for (const row of rows) found.set(row.id as string, pick(row));
  return ids.map((id) => (found.has(id) ? (found.get(id) as T) : missing));
}

/** A row of a compiled party read (buildPartiesWithDealsQuery, buildPartyWithDealsByNameQuery) with these pages. */
function toPartyWithDeals(row: Row, pages: readonly PartyDealsPageInput[], withUnits: boolean): PartyWithDealsRecord {
  return {
    party: row.party as PartyRecord,
    pages: (row.pages as unknown[][][]).map((deals, at) => deals.map((deal) => toDeal(deal, pages[at]?.selection))),
    units: withUnits ? { units: row.units as PartyRecord[], parent: (row.parent as PartyRecord | null) ?? null } : null,
  };
}

function count(rows: Row[]): number {
  return Number(rows[0]?.count ?? 0);
}

/**
 * A neighborhood from the row buildNeighborhoodQuery (or a row of buildNeighborhoodsQuery)
 * returned for `id`, with the levels past the second read one round trip each.
 */
async function neighborhoodFromRow(run: QueryRunner, row: Row | undefined, id: string, depth: number, limit: number): Promise<GraphRecord> {
  // One builder across the levels: what it holds after a level is what the next may still add.
  const builder = new NeighborhoodBuilder(limit);
  const start = (row?.start ?? null) as CompactDeal | null;
  const first = (row?.first ?? []) as NeighborhoodLevelRow[];
  const second = (row?.second ?? null) as NeighborhoodLevelRow[] | null;
  let cutShort = row?.cut === true;
  expandSelfParties(first);
  if (second) expandSelfParties(second);
  if (start) builder.addDeal(start);
  else builder.addLevel(first);
  if (second) builder.addLevel(second);
  if (depth > 2 && second) {
    // Deeper levels, one round trip each, from the parties the second level reached first.
    const seen = new Set<string>([id]);
    if (start) for (const party of start[5]) seen.add(party[1]);
    else partiesReached(first, seen);
    const deeper = await readNeighborhoodLevels(run, builder, partiesReached(second, seen).slice(0, limit), seen, depth - 2, limit);
    cutShort = deeper || cutShort;
  }
  const graph = builder.build();
  return { nodes: graph.nodes, edges: graph.edges, truncated: graph.truncated || cutShort };
}

/** The read side of @dealgraph/graph over a query runner (createQueryRunner, or a wrapped one). */
export function createGraphReader(run: QueryRunner): GraphReader {
  return {
    withSignal(signal) {
      return createGraphReader((query, options) => run(query, { signal, ...options }));
    },
    async partiesByIds(ids) {
      return byId(ids, await run(buildPartiesByIdsQuery(ids)), (row) => row.party as PartyRecord, null);
    },
    async partiesWithDeals(ids, pages, withUnits) {
      const rows = await run(buildPartiesWithDealsQuery(ids, pages, withUnits));
      return byId(ids, rows, (row): PartyWithDealsRecord => toPartyWithDeals(row, pages, withUnits), null);
    },
    async partyByName(name, type) {
      if (!/[\p{L}\p{N}]/u.test(name)) return null;
      const rows = await run(buildPartyByNameQuery(name, type));
      return (rows[0]?.party as PartyRecord | undefined) ?? null;
    },
    async partyWithDealsByName(name, type, pages, withUnits) {
      if (!/[\p{L}\p{N}]/u.test(name)) return null;
      const row = (await run(buildPartyWithDealsByNameQuery(name, type, pages, withUnits)))[0];
      return row ? toPartyWithDeals(row, pages, withUnits) : null;
    },
    async partyPage(type, search, page) {
      if (search !== null && !/[\p{L}\p{N}]/u.test(search)) return [];
      return (await run(buildPartyPageQuery(type, search, page))).map((row) => row.party as PartyRecord);
    },
    async partyCount(type, search) {
      if (search !== null && !/[\p{L}\p{N}]/u.test(search)) return 0;
      return count(await run(buildPartyCountQuery(type, search)));
    },
    async unitsOf(ids) {
      const rows = await run(buildUnitsQuery(ids));
      return byId(ids, rows, (row) => ({ units: row.units as PartyRecord[], parent: row.parent as PartyRecord | null }), {
        units: [],
        parent: null,
      });
    },
    async parentSourcesOf(ids) {
      return byId(ids, await run(buildParentSourcesQuery(ids)), (row) => row.claims as SourceRecord[], []);
    },
    async rolesOf(ids, side) {
      return byId(ids, await run(buildRolesQuery(ids, side)), (row) => row.roles as RoleRecord[], []);
    },
    async dealsByIds(ids) {
      return byId(ids, await run(buildDealsByIdsQuery(ids)), (row) => toFullDeal(row.deal as unknown[]), null);
    },
    async dealsOfParties(ids, roles, page) {
      return byId(ids, await run(buildPartyDealsQuery(ids, roles, page)), (row) => (row.deals as unknown[][]).map((deal) => toFullDeal(deal)), []);
    },
    async dealCountsOfParties(ids, roles) {
      return byId(ids, await run(buildPartyDealCountQuery(ids, roles)), (row) => Number(row.count), 0);
    },
    async dealPage(filter, order, page, selection) {
      return (await run(buildDealPageQuery(filter, order, page, selection))).map((row) => toDeal(row.deal as unknown[], selection));
    },
    async dealPages(filters, order, page, selection) {
      const rows = await run(buildDealPagesQuery(filters, order, page, selection));
      const pages = filters.map((): SelectedDealRecord[] => []);
      for (const row of rows) pages[row.i as number] = (row.deals as unknown[][]).map((deal) => toDeal(deal, selection));
      return pages;
    },
    async dealCount(filter) {
      return count(await run(buildDealCountQuery(filter)));
    },
    async sourcesOf(ids, label) {
      const fields = label === 'Deal' ? ['deal'] : ['role'];
      return byId(ids, await run(buildClaimsQuery(ids, label, fields)), (row) => row.claims as SourceRecord[], []);
    },
    async claimsOf(ids) {
      return byId(ids, await run(buildClaimsQuery(ids, 'Deal', null)), (row) => row.claims as ClaimRecord[], []);
    },
    async claimsByIds(ids) {
      return byId(ids, await run(buildClaimsByIdsQuery(ids)), (row) => row.claim as ClaimRecord, null);
    },
    async articlesByIds(ids) {
      return byId(ids, await run(buildArticlesByIdsQuery(ids)), (row) => row.article as ArticleRecord, null);
    },
    async articlePage(page) {
      return (await run(buildArticlePageQuery(page))).map((row) => row.article as ArticleRecord);
    },
    async articleCount() {
      return count(await run(buildArticleCountQuery()));
    },
    async articleContents(ids) {
      const rows = await run(buildArticleContentsQuery(ids));
      return byId(ids, rows, (row) => ({ deals: (row.deals as unknown[][]).map((deal) => toFullDeal(deal)), parties: row.parties as PartyRecord[] }), {
        deals: [],
        parties: [],
      });
    },
    async search(text, limit) {
      if (!/[\p{L}\p{N}]/u.test(text)) return [];
      return (await run(buildSearchQuery(text, limit))) as unknown as SearchHitRecord[];
    },
    async timeline(partyId) {
      return (await run(buildTimelineQuery(partyId))).map((row): TimelineEventRecord => ({ role: row.role as TimelineEventRecord['role'], deal: toFullDeal(row.deal as unknown[]) }));
    },
    async neighborhood(id, depth, limit) {
      // The start and up to two levels: one round trip, the budget of the second level worked out in Neo4j.
      const row = (await run(buildNeighborhoodQuery(id, depth >= 2 ? 2 : 1, limit)))[0];
      return neighborhoodFromRow(run, row, id, depth, limit);
    },
    async neighborhoods(ids, depth, limit) {
      const rows = await run(buildNeighborhoodsQuery(ids, depth >= 2 ? 2 : 1, limit));
      const byIndex = new Map(rows.map((row) => [row.i as number, row]));
      return Promise.all(ids.map((id, i) => neighborhoodFromRow(run, byIndex.get(i), id, depth, limit)));
    },
    async path(fromId, toId, maxHops) {
      if (fromId === toId) {
        const [party] = await this.partiesByIds([fromId]);
        return {
          nodes: party ? [{ id: party.id, type: party.type, label: party.name, kind: null, status: null, year: null, eur: null }] : [],
          edges: [],
          truncated: false,
        };
      }
      const row = (await run(buildPathQuery(fromId, toId, maxHops)))[0];
      return row ? assemblePath(row) : { nodes: [], edges: [], truncated: false };
    },
    async stats() {
      const row = (await run(buildStatsQuery(DEAL_KINDS, DEAL_STATUSES)))[0] ?? {};
      return row as unknown as StatsRecord;
    },
  };
}
