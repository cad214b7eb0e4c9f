import { inWriteTransaction, type Graph } from './create-graph.js';
import { GraphError } from './graph-error.js';
import { addSummaries, emptySummary, ingestBatch, type IngestSummary } from './ingest-batch.js';
import { articleId } from './hash-id.js';
import { prepareArticle, type PreparedArticle } from './prepare-articles.js';
import type { ArticleFacts } from './types.js';

/**
 * Writes one article and its facts in one transaction: all of it or, on any
 * failure, nothing of it. The same text ingested again changes nothing.
 */
export async function ingestArticle(graph: Graph, facts: ArticleFacts): Promise<IngestArticleResult> {
  const prepared = prepareArticle(facts);
  const write = () => inWriteTransaction(graph, `ingesting ${facts.article.url ?? prepared.id}`, (run) => ingestBatch(run, [prepared]));
  // A new article is created, not merged: when another writer stored the same text first,
  // the create fails on the id constraint, and the second attempt finds it there and skips it.
  const result = await write().catch((error: unknown) => (lostRace(error) ? write() : Promise.reject(error)));
  return { ...result.summary, articleId: prepared.id, dealIds: result.dealIds, createdDealIds: result.createdDealIds, partyIds: result.partyIds };
}

/** What `ingestArticle` did: the counts, and the ids it touched (none when the article was already there). */
export interface IngestArticleResult extends IngestSummary {
  articleId: string;
  dealIds: string[];
  /** Deals this article made for the first time. */
  createdDealIds: string[];
  partyIds: string[];
}

/** The id an article's text gets in the graph. */
export function idOfArticle(text: string): string {
  return articleId(text);
}

export interface IngestProgress {
  done: number;
  total: number;
  summary: IngestSummary;
}

export interface IngestFailure {
  /** Position in the list given to `ingestArticles`. */
  index: number;
  url: string | null;
  error: GraphError;
}

export interface IngestArticlesOptions {
  /** Articles per write transaction. Default 200: a few thousand facts per UNWIND. */
  batchSize?: number;
  /** Called after each batch. */
  onProgress?: (progress: IngestProgress) => void;
}

export interface IngestArticlesResult {
  summary: IngestSummary;
  /** Articles that could not be written; nothing of them is in the graph. */
  failures: IngestFailure[];
}

function lostRace(error: unknown): boolean {
  const cause = error instanceof GraphError ? error.cause : error;
  return typeof cause === 'object' && cause !== null && 'code' in cause && String(cause.code).endsWith('Schema.ConstraintValidationFailed');
}

function asGraphError(error: unknown): GraphError {
  return error instanceof GraphError ? error : new GraphError('QUERY_FAILED', String(error), { cause: error });
}

/**
 * Bulk ingest: articles in batches, one transaction per batch, resolved in order.
 * When a batch fails, its articles are retried one by one, so one bad article
 * costs only itself and is reported in `failures`.
 */
export async function ingestArticles(graph: Graph, list: readonly ArticleFacts[], options: IngestArticlesOptions = {}): Promise<IngestArticlesResult> {
  const batchSize = Math.max(1, options.batchSize ?? 200);
  let summary = emptySummary();
  const failures: IngestFailure[] = [];
  for (let at = 0; at < list.length; at += batchSize) {
    const prepared: Array<{ index: number; article: PreparedArticle }> = [];
    list.slice(at, at + batchSize).forEach((facts, offset) => {
      try {
        prepared.push({ index: at + offset, article: prepareArticle(facts) });
      } catch (error) {
        failures.push({ index: at + offset, url: facts.article.url ?? null, error: asGraphError(error) });
      }
    });
    try {
      const batch = await inWriteTransaction(graph, 'ingesting a batch of articles', (run) => ingestBatch(run, prepared.map((p) => p.article)));
      summary = addSummaries(summary, batch.summary);
    } catch (batchError) {
      if (asGraphError(batchError).code === 'UNAVAILABLE') throw batchError;
      for (const { index, article } of prepared) {
        try {
          summary = addSummaries(summary, (await inWriteTransaction(graph, 'ingesting an article', (run) => ingestBatch(run, [article]))).summary);
        } catch (error) {
          failures.push({ index, url: article.facts.article.url ?? null, error: asGraphError(error) });
        }
      }
    }
    options.onProgress?.({ done: Math.min(list.length, at + batchSize), total: list.length, summary });
  }
  return { summary, failures };
}
