import { inWriteTransaction, type Graph } from './create-graph.js';
import { PARTY_RELATIONSHIPS, findMerge, moveBack, unmarkMerged } from './curation-queries.js';
import { GraphError } from './graph-error.js';

/**
 * Undoes an analyst's merge: the merged party is a party again with what the merge
 * moved from it; what later articles attached to the kept party stays there.
 * Returns the id of the party it had been merged into.
 */
export async function undoMerge(graph: Graph, mergedId: string, options: { by?: string } = {}): Promise<string> {
  return inWriteTransaction(graph, `undoing the merge of ${mergedId}`, async (run) => {
    const [merge] = await run(findMerge(mergedId));
    if (!merge) throw new GraphError('NOT_FOUND', `Party ${mergedId} is not merged into another: pass the id of the party that was merged away.`);
    const keepId = String(merge.keepId);
    for (const { type, party } of PARTY_RELATIONSHIPS) await run(moveBack(type, party, keepId, mergedId));
    await run(unmarkMerged(keepId, mergedId, options.by ?? 'unknown'));
    return keepId;
  });
}
