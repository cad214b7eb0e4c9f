import type { DealRecord, PartyRecord, TimelineEventRecord } from '@dealgraph/graph';

export interface OwnershipPeriod {
  owner: PartyRecord;
  deal: DealRecord | null;
  from: DealRecord | null;
  to: DealRecord | null;
}

const OWNING_KINDS = new Set(['ACQUISITION', 'MERGER']);

/**
 * Owners of a party over time: each completed acquisition (or merger) of it starts a period
 * that the next one ends. Events come oldest first, so the chain reads in order.
 */
export function buildOwnership(events: readonly TimelineEventRecord[]): OwnershipPeriod[] {
  const periods: OwnershipPeriod[] = [];
  for (const { role, deal } of events) {
    if (role !== 'TARGET' || deal.status !== 'COMPLETED' || !OWNING_KINDS.has(deal.kind) || !deal.acquirer) continue;
    const previous = periods.at(-1);
    if (previous) previous.to = deal;
    periods.push({ owner: deal.acquirer, deal, from: deal, to: null });
  }
  return periods;
}
