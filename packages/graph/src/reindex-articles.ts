import { inReadTransaction, inWriteTransaction, type Graph } from './create-graph.js';
import { GraphError } from './graph-error.js';
import { addSummaries, emptySummary, ingestBatch, type IngestSummary } from './ingest-batch.js';
import { prepareArticle } from './prepare-articles.js';
import { refreshDeals } from './refresh-deals.js';
import { carryCuration, findArticleFootprint, forgetArticleFacts, listArticles, pruneOrphanParties, pruneUnsupported, readArticle, restoreDealMoves, type MergedName } from './reindex-queries.js';
import { markMergedNames, renameMergedClaims, renameRestatedDeals } from './restore-merged-names.js';
import type { ArticleFacts } from './types.js';

/** An article as stored: what the extractor reads again. */
export interface StoredArticle {
  id: string;
  text: string;
  title: string | null;
  lang: string;
  publishedAt: string | null;
  url: string | null;
  contentType: 'text' | 'html';
  extractorVersion: string;
}

export interface ReindexOptions {
  /** Extracts the facts of a stored article again (the CLI passes the extractor). */
  extract: (article: StoredArticle) => ArticleFacts | Promise<ArticleFacts>;
  /** Only these articles. Default: every article. */
  ids?: readonly string[];
  onProgress?: (progress: { done: number; total: number }) => void;
}

export interface ReindexResult {
  reindexed: number;
  summary: IngestSummary;
  failures: Array<{ id: string; error: GraphError }>;
}

/**
 * Extracts every stored article again and replaces the facts derived from it, one
 * transaction per article. Analysts' curation stays: curated claims are kept (and
 * carried over to the claim that states the same again), merges keep resolving, deals a
 * merge folded together stay one, and what an article says of a merged party stays marked as
 * the merge's, so undoMerge gives it back as if no reindex had run.
 */
export async function reindexArticles(graph: Graph, options: ReindexOptions): Promise<ReindexResult> {
  const ids = (await inReadTransaction(graph, 'listing articles', (run) => run(listArticles(options.ids ?? null)))).map((r) => String(r.id));
  let summary = emptySummary();
  const failures: ReindexResult['failures'] = [];
  let reindexed = 0;
  for (const [at, id] of ids.entries()) {
    try {
      const [record] = await inReadTransaction(graph, `reading article ${id}`, (run) => run(readArticle(id)));
      if (!record) throw new GraphError('NOT_FOUND', `Article ${id} is gone: it was removed while reindexing.`);
      const stored = record as unknown as StoredArticle;
      const facts = await options.extract(stored);
      // The stored text is the article; an extractor that changes it must not move the facts elsewhere.
      const prepared = { ...prepareArticle({ ...facts, article: { ...facts.article, text: stored.text } }), id };
      const result = await inWriteTransaction(graph, `reindexing article ${id}`, async (run) => {
        const [footprint] = await run(findArticleFootprint(id));
        const dealIds = (footprint?.dealIds as string[] | undefined) ?? [];
        const roleIds = (footprint?.roleIds as string[] | undefined) ?? [];
        const unitIds = (footprint?.unitIds as string[] | undefined) ?? [];
        const partyIds = (footprint?.partyIds as string[] | undefined) ?? [];
        await run(forgetArticleFacts(id));
        await run(pruneUnsupported(dealIds, roleIds, unitIds));
        const batch = await ingestBatch(run, [prepared], { force: true, alsoRefresh: dealIds });
        const named = (footprint?.named as MergedName[] | undefined) ?? [];
        const mergedClaims = await renameMergedClaims(run, id, named);
        await run(carryCuration(id));
        const moved = (footprint?.moved as Array<{ dealId: string; fromDeals: string[] }> | undefined) ?? [];
        if (moved.length > 0) await run(restoreDealMoves(id, moved));
        await markMergedNames(run, id, named, mergedClaims);
        await refreshDeals(run, batch.dealIds);
        // The batch links every unit the article states to its parent, rejected or not.
        await run(pruneUnsupported(batch.dealIds, [], unitIds));
        await run(pruneOrphanParties(partyIds));
        await renameRestatedDeals(run, id, batch.createdDealIds, mergedClaims);
        return batch;
      });
      summary = addSummaries(summary, result.summary);
      reindexed += 1;
    } catch (error) {
      failures.push({ id, error: error instanceof GraphError ? error : new GraphError('QUERY_FAILED', String(error), { cause: error }) });
    }
    options.onProgress?.({ done: at + 1, total: ids.length });
  }
  return { reindexed, summary, failures };
}
