import { inWriteTransaction, type Graph } from './create-graph.js';
import { setCuration } from './curation-queries.js';
import { GraphError } from './graph-error.js';
import { refreshDeals } from './refresh-deals.js';

export interface CurateFactOptions {
  /** Who decided. */
  by?: string;
  reason?: string | null;
}

async function curate(graph: Graph, claimId: string, curation: 'CONFIRMED' | 'REJECTED', options: CurateFactOptions): Promise<void> {
  await inWriteTransaction(graph, `curating claim ${claimId}`, async (run) => {
    const [claim] = await run(setCuration(claimId, curation, options.by ?? null, options.reason ?? null));
    if (!claim) throw new GraphError('NOT_FOUND', `No claim ${claimId}: pass the id of a claim (a deal's or role's source).`);
    await refreshDeals(run, claim.dealIds as string[]);
  });
}

/** Marks a stated fact wrong: it stays with its source but no longer counts in what its deal shows. */
export function rejectFact(graph: Graph, claimId: string, options: CurateFactOptions = {}): Promise<void> {
  return curate(graph, claimId, 'REJECTED', options);
}

/** Marks a stated fact right: confirmed facts outrank unconfirmed ones in what their deal shows. */
export function confirmFact(graph: Graph, claimId: string, options: CurateFactOptions = {}): Promise<void> {
  return curate(graph, claimId, 'CONFIRMED', options);
}
