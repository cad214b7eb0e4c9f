import { inWriteTransaction, type Graph, type RunQuery } from './create-graph.js';
import { PARTY_RELATIONSHIPS, findMergePair, findMergedPartyDeals, markMerged, mergeDeal, moveToKept } from './curation-queries.js';
import { GraphError } from './graph-error.js';
import { findDealContext } from './ingest-queries.js';
import { planDealMerges, relatedFrom, type DealMerge } from './plan-deal-merges.js';
import { LEADING_ROLES } from './plan-parties.js';
import type { DealCandidate } from './plan-deals.js';
import { refreshDeals } from './refresh-deals.js';

export interface MergePartiesInput {
  /** The party that stays. */
  keepId: string;
  /** The party that becomes part of it; kept as a MergedParty so the merge can be undone. */
  mergeId: string;
  /** Who decided. */
  by: string;
  reason?: string | null;
}

/** What a merge did: the parties, and the deals it found to be one (each `fromId` folded into its `intoId`). */
export interface MergePartiesResult {
  keepId: string;
  mergeId: string;
  mergedDeals: DealMerge[];
}

/**
 * An analyst's merge: everything the merged party had moves to the kept one, its
 * names become aliases, and a MERGED_INTO relationship records who, when and why.
 * Deals that now tell the same real deal (by the rules of deal matching) become one,
 * with every claim of both and its values derived again. Later articles naming the
 * merged party resolve to the kept one, so the merge survives re-ingest and reindex.
 */
export async function mergeParties(graph: Graph, input: MergePartiesInput): Promise<MergePartiesResult> {
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
    const mergedDeals = await mergeDeals(run, keepId, mergeId, by);
    return { keepId, mergeId, mergedDeals };
  });
}

/** Folds the deals the merge made alike into one another, and derives the values of those that remain. */
async function mergeDeals(run: RunQuery, keepId: string, mergeId: string, by: string): Promise<DealMerge[]> {
  const [touched] = await run(findMergedPartyDeals(keepId, mergeId));
  if (!touched) return [];
  const [context] = await run(findDealContext(touched.sides as Array<{ id: string; kinds: string[] }>, LEADING_ROLES));
  const candidates = ((context?.deals ?? []) as Array<Record<string, unknown>>).map(
    (r): DealCandidate => ({
      id: String(r.id),
      kind: r.kind as DealCandidate['kind'],
      years: (r.years as Array<number | null>).filter((y): y is number => typeof y === 'number'),
      parties: r.parties as DealCandidate['parties'],
    }),
  );
  const related = relatedFrom((context?.relations ?? []) as Array<{ id: string; related: string[] }>);
  const merges = planDealMerges(touched.dealIds as string[], candidates, related);
  for (const { fromId, intoId } of merges) await run(mergeDeal(fromId, intoId, mergeId, by));
  await refreshDeals(run, merges.map((m) => m.intoId));
  return merges;
}
