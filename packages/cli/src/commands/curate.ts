import { applySchema, confirmFact, createGraph, GraphError, mergeParties, rejectFact, undoMerge, type Graph } from '@dealgraph/graph';
import { readGatewayConfig } from '@dealgraph/gateway';
import type { Command } from 'commander';

interface CurateOptions {
  by: string;
  reason?: string;
}

async function withGraph(what: string, work: (graph: Graph) => Promise<string>): Promise<void> {
  const graph = createGraph(readGatewayConfig().neo4j);
  try {
    await applySchema(graph);
    process.stdout.write(`${await work(graph)}\n`);
  } catch (error) {
    process.stderr.write(`dealgraph curate ${what}: ${error instanceof GraphError || !(error instanceof Error) ? String((error as Error).message ?? error) : error.stack}\n`);
    process.exitCode = 1;
  } finally {
    await graph.close();
  }
}

/** `dealgraph curate merge|undo-merge|reject|confirm`: an analyst's corrections, kept across re-ingest and reindex. */
export function registerCurate(program: Command): void {
  const curate = program.command('curate').description("An analyst's corrections: merge parties, undo a merge, reject or confirm a stated fact.");
  curate
    .command('merge')
    .description('Merge one party into another (the first stays).')
    .argument('<keepId>')
    .argument('<mergeId>')
    .requiredOption('--by <name>', 'who decides')
    .option('--reason <text>', 'why')
    .action((keepId: string, mergeId: string, o: CurateOptions) =>
      withGraph('merge', async (graph) => {
        await mergeParties(graph, { keepId, mergeId, by: o.by, reason: o.reason ?? null });
        return `merged ${mergeId} into ${keepId}`;
      }),
    );
  curate
    .command('undo-merge')
    .description('Make a merged party a party again.')
    .argument('<mergedId>')
    .requiredOption('--by <name>', 'who decides')
    .action((mergedId: string, o: CurateOptions) => withGraph('undo-merge', async (graph) => `restored ${mergedId} from ${await undoMerge(graph, mergedId, { by: o.by })}`));
  for (const [name, verdict] of [
    ['reject', rejectFact],
    ['confirm', confirmFact],
  ] as const) {
    curate
      .command(name)
      .description(`${name === 'reject' ? 'Reject' : 'Confirm'} a stated fact (a claim id).`)
      .argument('<claimId>')
      .requiredOption('--by <name>', 'who decides')
      .option('--reason <text>', 'why')
      .action((claimId: string, o: CurateOptions) =>
        withGraph(name, async (graph) => {
          await verdict(graph, claimId, { by: o.by, reason: o.reason ?? null });
          return `${name === 'reject' ? 'rejected' : 'confirmed'} ${claimId}`;
        }),
      );
  }
}
