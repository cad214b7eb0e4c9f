// The read side of @dealgraph/graph: what the gateway asks of Neo4j.

// Reading
export { openGraphReader, type OpenGraphReader, type OpenGraphReaderOptions } from './open-graph-reader.js';
export { createGraphReader, type GraphReader } from './create-graph-reader.js';
export { createLastTransactionReader, createQueryRunner, isUnavailableError, type CreateQueryRunnerOptions } from './create-query-runner.js';
export { isGraphUnavailable } from './is-graph-unavailable.js';
export type { CypherQuery, QueryRunner, Row, RunOptions } from './cypher-query.js';

// What reads return
export type {
  ArticleRecord,
  ClaimRecord,
  DealFilterInput,
  DealOrderInput,
  DealPartyField,
  DealPartyRecord,
  DealScalarField,
  DealSelection,
  DealRecord,
  DealRoleType,
  GraphEdgeRecord,
  GraphNodeRecord,
  GraphRecord,
  PageInput,
  PartyDealsPageInput,
  PartyRecord,
  PartyWithDealsRecord,
  PartyType as ReadPartyType,
  RoleRecord,
  SearchHitRecord,
  SelectedDealRecord,
  SourceRecord,
  StatsRecord,
  TimelineEventRecord,
} from './read-types.js';
export { FULL_DEAL_SELECTION, isFullSelection } from './projections.js';

// Query builders (pure; snapshot-tested, and EXPLAINed by the gateway's tests)
export { buildArticleContentsQuery, buildArticleCountQuery, buildArticlePageQuery, buildArticlesByIdsQuery } from './build-article-queries.js';
export {
  buildClaimsByIdsQuery,
  buildClaimsQuery,
  buildDealCountQuery,
  buildDealPageQuery,
  buildDealPagesQuery,
  dealFilterShape,
  buildDealsByIdsQuery,
  buildPartyDealCountQuery,
  buildPartyDealsQuery,
  buildTimelineQuery,
  toDateKey,
} from './build-deal-queries.js';
export { buildDealStartQuery, buildNeighborhoodLevelQuery, buildNeighborhoodQuery, buildNeighborhoodsQuery, buildPathQuery, buildStatsQuery } from './build-graph-queries.js';
export {
  PARTY_FULLTEXT_INDEX,
  buildPartiesByIdsQuery,
  buildPartiesWithDealsQuery,
  buildPartyByNameQuery,
  buildPartyCountQuery,
  buildPartyPageQuery,
  buildPartyWithDealsByNameQuery,
  buildRolesQuery,
  buildSearchQuery,
  buildParentSourcesQuery,
  buildUnitsQuery,
  toFulltextQuery,
} from './build-party-queries.js';

// Exports (streamed, for the gateway's /export routes)
export * from './export-reader.js';

// Exports (the gateway's /export routes)
export * from './export-reader.js';
