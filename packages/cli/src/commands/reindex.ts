import { extractDocument } from '@dealgraph/extract';
import { applySchema, createGraph, GraphError, reindexArticles } from '@dealgraph/graph';
import { readGatewayConfig } from '@dealgraph/gateway';
import type { Command } from 'commander';
import { toArticleFacts } from '../ingest-paths.js';

async function reindex(options: { id?: string[] }): Promise<void> {
  const graph = createGraph(readGatewayConfig().neo4j);
  try {
    await applySchema(graph);
    const result = await reindexArticles(graph, {
      ...(options.id ? { ids: options.id } : {}),
      extract: (stored) =>
        toArticleFacts(
          extractDocument(stored.text, { id: stored.id, publishedAt: stored.publishedAt, url: stored.url, contentType: stored.contentType }),
          stored.text,
          stored.contentType,
        ),
      onProgress: ({ done, total }) => {
        if (done === total || done % 100 === 0) process.stderr.write(`reindex: ${done}/${total} articles\n`);
      },
    });
    const s = result.summary;
    process.stdout.write(
      `articles reindexed: ${result.reindexed}\nentities created: ${s.entitiesCreated}, merged: ${s.entitiesMerged}\ndeals created: ${s.dealsCreated}, merged: ${s.dealsMerged}\n`,
    );
    for (const failure of result.failures) process.stdout.write(`  failed ${failure.id}: ${failure.error.message}\n`);
    if (result.failures.length > 0) process.exitCode = 1;
  } catch (error) {
    process.stderr.write(`dealgraph reindex: ${error instanceof GraphError || !(error instanceof Error) ? String((error as Error).message ?? error) : error.stack}\n`);
    process.exitCode = 1;
  } finally {
    await graph.close();
  }
}

/** `dealgraph reindex [--id ID…]`: extract stored articles again, keeping analysts' curation. */
export function registerReindex(program: Command): void {
  program
    .command('reindex')
    .description("Extract the stored articles again with this build's extractor and replace their facts; curation is kept.")
    .option('--id <ids...>', 'only these article ids')
    .action((options: { id?: string[] }) => reindex(options));
}
