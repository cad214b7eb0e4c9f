import type { DealKind, DealPartyRole } from './types.js';

/** A deal already in the graph (or created earlier in the batch), as deal matching sees it. */
export interface KnownDeal {
  id: string;
  kind: DealKind;
  /** Every year its sources state. */
  years: number[];
  parties: Record<DealPartyRole, Set<string>>;
}

/** A deal stated by the article being read, its parties resolved to party ids. */
export interface DealQuery {
  kind: DealKind;
  year: number | null;
  acquirer: string | null;
  target: string | null;
  seller: string | null;
}

/** Whether two parties are one side of a deal told differently: the same, a unit and its parent, a founder and the company. */
export type Related = (a: string, b: string) => boolean;

type Agreement = 'yes' | 'no' | 'unknown';

function agree(id: string | null, ids: Set<string>, related: Related): Agreement {
  if (id === null || ids.size === 0) return 'unknown';
  for (const other of ids) if (other === id || related(id, other)) return 'yes';
  return 'no';
}

function yearsCompatible(year: number | null, years: readonly number[]): boolean {
  // A deal agreed one year and closed the next is still one deal.
  return year === null || years.length === 0 || years.some((y) => Math.abs(y - year) <= 1);
}

/**
 * Finds the deal a stated deal is, or none. Same kind, compatible years, and either
 * the acquirer and the target agree, or the seller agrees together with the
 * acquirer or the target (a sale told from the seller's side: the buyer named as
 * the founder here and as his company there, the target as a brand or its unit).
 */
export function matchDeal(query: DealQuery, candidates: Iterable<KnownDeal>, related: Related): KnownDeal | undefined {
  let best: { deal: KnownDeal; score: number } | undefined;
  for (const deal of candidates) {
    if (deal.kind !== query.kind || !yearsCompatible(query.year, deal.years)) continue;
    const acquirer = agree(query.acquirer, deal.parties.ACQUIRER, related);
    const target = agree(query.target, deal.parties.TARGET, related);
    const seller = agree(query.seller, deal.parties.SELLER, related);
    const both = acquirer === 'yes' && target === 'yes';
    const sale = seller === 'yes' && (acquirer === 'yes' || target === 'yes');
    if (!both && !sale) continue;
    const score = [acquirer, target, seller].filter((a) => a === 'yes').length * 10 + (query.year !== null && deal.years.includes(query.year) ? 1 : 0);
    if (!best || score > best.score || (score === best.score && deal.id < best.deal.id)) best = { deal, score };
  }
  return best?.deal;
}
