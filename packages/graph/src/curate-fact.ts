import { inWriteTransaction, type Graph, type RunQuery } from './create-graph.js';
import { linkStatedDealParties, linkStatedUnits, setCuration } from './curation-queries.js';
import { GraphError } from './graph-error.js';
import { refreshDeals } from './refresh-deals.js';
import { pruneUnsupported } from './reindex-queries.js';

export interface CurateFactOptions {
  /** Who decided. */
  by?: string;
  reason?: string | null;
}

/** A unit's link to its parent lives as long as a claim not rejected states it: dropped or restored to match. */
async function followUnitClaims(run: RunQuery, unitIds: readonly string[]): Promise<void> {
  if (unitIds.length === 0) return;
  await run(pruneUnsupported([], [], unitIds));
  await run(linkStatedUnits(unitIds));
}

/** A deal's link to a party lives as long as a claim not rejected states it: dropped or restored to match. */
async function followPartyClaims(run: RunQuery, dealIds: readonly string[]): Promise<void> {
  if (dealIds.length === 0) return;
  await run(pruneUnsupported(dealIds, []));
  await run(linkStatedDealParties(dealIds));
}

async function curate(graph: Graph, claimId: string, curation: 'CONFIRMED' | 'REJECTED', options: CurateFactOptions): Promise<void> {
  await inWriteTransaction(graph, `curating claim ${claimId}`, async (run) => {
    const [claim] = await run(setCuration(claimId, curation, options.by ?? null, options.reason ?? null));
    if (!claim) throw new GraphError('NOT_FOUND', `No claim ${claimId}: pass the id of a claim (a deal's, role's or unit's source).`);
    await refreshDeals(run, claim.dealIds as string[]);
    if (claim.field === 'party') await followPartyClaims(run, claim.dealIds as string[]);
    await followUnitClaims(run, claim.unitIds as string[]);
  });
}

/**
 * Marks a stated fact wrong: it stays with its source but no longer counts in what its deal shows,
 * and a deal's link to a party, or a unit's to its parent, goes once every claim stating it is rejected.
 */
export function rejectFact(graph: Graph, claimId: string, options: CurateFactOptions = {}): Promise<void> {
  return curate(graph, claimId, 'REJECTED', options);
}

/**
 * Marks a stated fact right: confirmed facts outrank unconfirmed ones in what their deal shows,
 * and a deal's link to a party, or a unit's to its parent, is back if rejecting the claim had removed it.
 */
export function confirmFact(graph: Graph, claimId: string, options: CurateFactOptions = {}): Promise<void> {
  return curate(graph, claimId, 'CONFIRMED', options);
}
