import { applySchema, createGraph, GraphError, type IngestSummary } from '@dealgraph/graph';
import { readGatewayConfig } from '@dealgraph/gateway';
import { SingleBar } from 'cli-progress';
import { type Command, InvalidArgumentError } from 'commander';
import { ingestPaths, type IngestPathsResult } from '../ingest-paths.js';

interface IngestOptions {
  publishedAt?: string;
  meta?: string;
  batchSize?: number;
}

function parseDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new InvalidArgumentError('a date as YYYY-MM-DD.');
  return value;
}

function parseBatchSize(value: string): number {
  const size = Number(value);
  if (!Number.isInteger(size) || size < 1) throw new InvalidArgumentError('a whole number of files, 1 or more.');
  return size;
}

/** The summary a person reads after an ingest: counts, then each failed file with its reason. */
export function formatIngestReport(result: IngestPathsResult): string {
  const s: IngestSummary = result.summary;
  const lines = [
    `files: ${result.files}`,
    `articles read: ${s.articlesRead}, skipped (already in the graph): ${s.articlesSkipped}`,
    `entities created: ${s.entitiesCreated}, merged into known ones: ${s.entitiesMerged}`,
    `deals created: ${s.dealsCreated}, merged into known ones: ${s.dealsMerged}`,
  ];
  if (result.failures.length > 0) {
    lines.push(`failed: ${result.failures.length}`);
    for (const failure of result.failures) lines.push(`  ${failure.file || '(input)'}: ${failure.reason}`);
  }
  return `${lines.join('\n')}\n`;
}

async function ingest(paths: string[], options: IngestOptions): Promise<void> {
  const graph = createGraph(readGatewayConfig().neo4j);
  // A bar on a terminal; plain lines in logs and pipes, where a bar would be noise.
  const bar = process.stderr.isTTY ? new SingleBar({ stream: process.stderr, format: 'ingest [{bar}] {value}/{total} files | {deals} deals' }) : null;
  try {
    await applySchema(graph);
    let started = false;
    const result = await ingestPaths(graph, paths, {
      ...(options.meta ? { meta: options.meta } : {}),
      publishedAt: options.publishedAt ?? null,
      ...(options.batchSize ? { batchSize: options.batchSize } : {}),
      onProgress: ({ done, total, summary }) => {
        const deals = summary.dealsCreated + summary.dealsMerged;
        if (!bar) process.stderr.write(`ingest: ${done}/${total} files, ${summary.articlesRead} articles read, ${deals} deals\n`);
        else if (!started) {
          bar.start(total, done, { deals });
          started = true;
        } else bar.update(done, { deals });
      },
    });
    bar?.stop();
    process.stdout.write(formatIngestReport(result));
    if (result.failures.length > 0) process.exitCode = 1;
  } catch (error) {
    bar?.stop();
    process.stderr.write(`dealgraph ingest: ${error instanceof GraphError || !(error instanceof Error) ? String((error as Error).message ?? error) : error.stack}\n`);
    process.exitCode = 1;
  } finally {
    await graph.close();
  }
}

/** `dealgraph ingest PATH… [--published-at YYYY-MM-DD] [--meta meta.json]`: articles into the graph. */
export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('Extract articles (text or HTML files, folders, globs) and ingest their facts into the graph.')
    .argument('<paths...>', 'article files, folders or globs')
    .option('--published-at <date>', 'publication date of files meta.json does not date', parseDate)
    .option('--meta <file>', 'a meta.json (file name → publishedAt, url) for every file')
    .option('--batch-size <n>', 'files per transaction (default 50)', parseBatchSize)
    .action((paths: string[], options: IngestOptions) => ingest(paths, options));
}
