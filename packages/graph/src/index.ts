// @dealgraph/graph: the Neo4j side of dealgraph, and the only importer of neo4j-driver.

// Connection and schema
export { createGraph, type Graph, type GraphOptions } from './create-graph.js';
export { applySchema, type ApplySchemaOptions } from './apply-schema.js';

// Input
export type {
  ArticleFacts,
  ArticleInfo,
  Curation,
  DealKind,
  DealPartyRole,
  DealStatus,
  FactAmount,
  FactDeal,
  FactEntity,
  FactEvidence,
  FactRole,
  Logger,
  PartyType,
  RoleKind,
} from './types.js';

// Ingest
export {
  idOfArticle,
  ingestArticle,
  ingestArticles,
  type IngestArticleResult,
  type IngestArticlesOptions, type IngestArticlesResult, type IngestFailure, type IngestProgress } from './ingest-articles.js';
export { addSummaries, type IngestSummary } from './ingest-batch.js';
export { explainIngest, type IngestQueryPlan } from './explain-ingest.js';

// Re-extraction
export { reindexArticles, type ReindexOptions, type ReindexResult, type StoredArticle } from './reindex-articles.js';

// Curation
export { mergeParties, type MergePartiesInput, type MergePartiesResult } from './merge-parties.js';
export type { DealMerge } from './plan-deal-merges.js';
export { undoMerge } from './undo-merge.js';
export { confirmFact, rejectFact, type CurateFactOptions } from './curate-fact.js';

// Names
export { foldName } from './fold-name.js';

// Errors
export { GraphError, type GraphErrorCode } from './graph-error.js';

// Read queries (gateway)
export * from './read/index.js';
