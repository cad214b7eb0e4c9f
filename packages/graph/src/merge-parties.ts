import { inWriteTransaction, type Graph } from './create-graph.js';
import { PARTY_RELATIONSHIPS, findMergePair, markMerged, moveToKept } from './curation-queries.js';
import { GraphError } from './graph-error.js';

export interface MergePartiesInput {
  /** The party that stays. */
  keepId: string;
  /** The party that becomes part of it; kept as a MergedParty so the merge can be undone. */
  mergeId: string;
  /** Who decided. */
  by: string;
  reason?: string | null;
}

/**
 * An analyst's merge: everything the merged party had moves to the kept one, its
 * names become aliases, and a MERGED_INTO relationship records who, when and why.
 * Later articles naming the merged party resolve to the kept one, so the merge
 * survives re-ingest and reindex.
 */
export async function mergeParties(graph: Graph, input: MergePartiesInput): Promise<{ keepId: string; mergeId: string }> {
  const { keepId, mergeId, by } = input;
  if (keepId === mergeId) throw new GraphError('INVALID_CURATION', `Cannot merge party ${keepId} into itself: pick two different parties.`);
  return inWriteTransaction(graph, `merging party ${mergeId} into ${keepId}`, async (run) => {
    const [pair] = await run(findMergePair(keepId, mergeId));
    if (!pair?.keepFound || !pair.mergeFound) {
      throw new GraphError('NOT_FOUND', `No party ${pair?.keepFound ? mergeId : keepId}: pass ids of parties that exist (merged parties can be restored with undoMerge).`);
    }
    if (pair.keepPerson !== pair.mergePerson) {
      throw new GraphError('INVALID_CURATION', `Parties ${keepId} and ${mergeId} are a person and a company: only parties of one type can be merged.`);
    }
    for (const { type, party } of PARTY_RELATIONSHIPS) await run(moveToKept(type, party, keepId, mergeId));
    await run(markMerged(keepId, mergeId, by, input.reason ?? null));
    return { keepId, mergeId };
  });
}
