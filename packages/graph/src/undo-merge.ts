import { inWriteTransaction, type Graph } from './create-graph.js';
import { PARTY_RELATIONSHIPS, findDealMerges, findMerge, findPartyDeals, linkStatedDealParties, moveBack, undoDealMerge, unmarkMerged } from './curation-queries.js';
import { GraphError } from './graph-error.js';
import { refreshDeals } from './refresh-deals.js';
import { pruneUnsupported } from './reindex-queries.js';

/**
 * Undoes an analyst's merge: the deals it folded together are parted again, each with
 * the claims it had, and the merged party is a party again with what the merge moved
 * from it; what later articles attached to the kept party (or deal) stays there.
 * Returns the id of the party it had been merged into.
 */
export async function undoMerge(graph: Graph, mergedId: string, options: { by?: string } = {}): Promise<string> {
  return inWriteTransaction(graph, `undoing the merge of ${mergedId}`, async (run) => {
    const [merge] = await run(findMerge(mergedId));
    if (!merge) throw new GraphError('NOT_FOUND', `Party ${mergedId} is not merged into another: pass the id of the party that was merged away.`);
    const keepId = String(merge.keepId);
    if (!merge.live) {
      throw new GraphError('INVALID_CURATION', `Party ${keepId}, which ${mergedId} was merged into, has been merged into another since: undo that merge first, then this one.`);
    }
    const dealIds: string[] = [];
    for (const deal of await run(findDealMerges(mergedId))) {
      if (!deal.live) {
        throw new GraphError('INVALID_CURATION', `Deal ${String(deal.intoId)} was merged again by a later merge of parties: undo that merge first, then this one.`);
      }
      await run(undoDealMerge(String(deal.fromId)));
      // The links the folded deal lent are dropped once no claim of the deal that kept them states them.
      await run(pruneUnsupported([String(deal.intoId), String(deal.fromId)], []));
      dealIds.push(String(deal.intoId), String(deal.fromId));
    }
    for (const { type, party } of PARTY_RELATIONSHIPS) await run(moveBack(type, party, keepId, mergedId));
    await run(unmarkMerged(keepId, mergedId, options.by ?? 'unknown'));
    // The links moved back follow what the merge found, not the verdicts given since: a party claim
    // rejected while merged must not give the party its link back, nor take the kept party's own
    // away, and one confirmed again while two deals were one links the deal it goes back to.
    const [moved] = await run(findPartyDeals(mergedId));
    const touched = [...new Set([...dealIds, ...((moved?.dealIds as string[] | undefined) ?? [])])].sort();
    await run(pruneUnsupported(touched, []));
    await run(linkStatedDealParties(touched));
    await refreshDeals(run, dealIds);
    return keepId;
  });
}
