// Article files in, graph out: read each file, extract its facts, ingest them in
// batches. Shared by `dealgraph ingest` and `dealgraph serve --ingest`.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { extractDocument, type Extraction } from '@dealgraph/extract';
import { addSummaries, ingestArticles, type ArticleFacts, type Graph, type IngestSummary } from '@dealgraph/graph';
import { contentTypeOf, createMetaLookup, expandInputs, readMeta, type PageMeta } from './read-inputs.js';

/** Written on every claim, so a reindex can tell which extractor stated what. */
export const EXTRACTOR_VERSION = '@dealgraph/extract@0.1.0';

/** The extractor's output as the graph's input: the compiler checks here that the two shapes fit. */
export function toArticleFacts(extraction: Extraction, text: string, contentType: 'text' | 'html', extractorVersion = EXTRACTOR_VERSION): ArticleFacts {
  const { document } = extraction;
  return {
    article: { text, title: document.title, lang: document.lang, publishedAt: document.publishedAt, url: document.url ?? null, contentType, extractorVersion },
    entities: extraction.entities,
    deals: extraction.deals,
    roles: extraction.roles,
  };
}

/** Bytes to the text as read: UTF-8 (without BOM) when it is, else Windows-1252, so offsets and the stored text agree. */
export function decodeFile(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

export interface IngestPathsOptions {
  /** A meta.json (file name → publishedAt, url) for every file; default: the meta.json in each file's folder. */
  meta?: string;
  /** Publication date (YYYY-MM-DD) of files that meta.json does not date. */
  publishedAt?: string | null;
  /** Files extracted and ingested per transaction. Default 50. */
  batchSize?: number;
  /** Called after each batch with the files done so far. */
  onProgress?: (progress: { done: number; total: number; summary: IngestSummary }) => void;
  /** Folder relative paths are resolved against. Default: process.cwd(). */
  cwd?: string;
}

export interface IngestPathsResult {
  files: number;
  summary: IngestSummary;
  /** Each file (or input) that failed, with what to do; nothing of it is in the graph. */
  failures: Array<{ file: string; reason: string }>;
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Expands paths (files, folders, globs), extracts every article and ingests it, one transaction per batch. */
export async function ingestPaths(graph: Graph, paths: readonly string[], options: IngestPathsOptions = {}): Promise<IngestPathsResult> {
  const { files, problems } = await expandInputs(paths, options.cwd ? { cwd: options.cwd } : {});
  const failures: IngestPathsResult['failures'] = problems.map((reason) => ({ file: '', reason }));
  const metaOf = createMetaLookup(options.meta ? await readMeta(options.meta) : undefined);
  const batchSize = Math.max(1, options.batchSize ?? 50);
  let summary: IngestSummary = { articlesRead: 0, articlesSkipped: 0, entitiesCreated: 0, entitiesMerged: 0, dealsCreated: 0, dealsMerged: 0, rowsWritten: 0 };
  for (let at = 0; at < files.length; at += batchSize) {
    const batch: Array<{ file: string; facts: ArticleFacts }> = [];
    for (const file of files.slice(at, at + batchSize)) {
      try {
        const meta: PageMeta | undefined = await metaOf(file);
        const text = decodeFile(await readFile(file));
        const contentType = contentTypeOf(file);
        const extraction = extractDocument(text, {
          id: basename(file),
          publishedAt: meta?.publishedAt ?? options.publishedAt ?? null,
          url: meta?.url ?? null,
          contentType,
        });
        batch.push({ file, facts: toArticleFacts(extraction, text, contentType) });
      } catch (error) {
        failures.push({ file, reason: reasonOf(error) });
      }
    }
    const result = await ingestArticles(graph, batch.map((b) => b.facts), { batchSize });
    for (const failure of result.failures) failures.push({ file: batch[failure.index]?.file ?? '', reason: failure.error.message });
    summary = addSummaries(summary, result.summary);
    options.onProgress?.({ done: Math.min(files.length, at + batchSize), total: files.length, summary });
  }
  return { files: files.length, summary, failures };
}
