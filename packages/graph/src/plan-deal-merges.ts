import { matchDeal, type DealQuery, type KnownDeal, type Related } from './match-deal.js';
import type { DealCandidate } from './plan-deals.js';
import type { DealPartyRole } from './types.js';

/** One deal to fold into another: its claims and missing party links move there. */
export interface DealMerge {
  fromId: string;
  intoId: string;
}

function known(candidate: DealCandidate): KnownDeal {
  const deal: KnownDeal = { id: candidate.id, kind: candidate.kind, years: [...candidate.years], parties: { ACQUIRER: new Set(), TARGET: new Set(), SELLER: new Set(), BIDDER: new Set() } };
  for (const party of candidate.parties) deal.parties[party.as].add(party.id);
  return deal;
}

/** Every way the deal could have been stated: one acquirer, target, seller and year of its own (or none) each. */
function statements(deal: KnownDeal): DealQuery[] {
  const or = (ids: Set<string>): Array<string | null> => (ids.size === 0 ? [null] : [...ids].sort());
  const years = deal.years.length === 0 ? [null] : deal.years;
  const queries: DealQuery[] = [];
  for (const acquirer of or(deal.parties.ACQUIRER))
    for (const target of or(deal.parties.TARGET))
      for (const seller of or(deal.parties.SELLER))
        for (const year of years) queries.push({ kind: deal.kind, year, acquirer, target, seller });
  return queries;
}

/**
 * After an analyst's merge of two parties, the deals that now tell the same real deal: each
 * deal the merge touched is matched, by the rules deal matching applies to a stated deal
 * (match-deal.ts), against the other deals of its parties, deals the merge left alone first.
 * A deal is folded into the best match, so two deals that ingest kept apart (years too far
 * apart) are never joined through a third. In order: a deal folded into is never folded later.
 */
export function planDealMerges(touched: Iterable<string>, candidates: readonly DealCandidate[], related: Related): DealMerge[] {
  const touchedIds = new Set(touched);
  const live = new Map(candidates.map((c) => [c.id, known(c)]));
  const merges: DealMerge[] = [];
  const into = new Set<string>();
  for (const id of [...touchedIds].sort()) {
    const deal = live.get(id);
    if (!deal || into.has(id)) continue;
    const others = [...live.values()].filter((d) => d.id !== id);
    const untouched = others.filter((d) => !touchedIds.has(d.id));
    const best = (pool: KnownDeal[]): KnownDeal | undefined => {
      for (const query of statements(deal)) {
        const match = matchDeal(query, pool, related);
        if (match) return match;
      }
      return undefined;
    };
    const match = best(untouched) ?? best(others);
    if (!match) continue;
    merges.push({ fromId: id, intoId: match.id });
    into.add(match.id);
    live.delete(id);
    // The deal folded into now also has the folded one's parties and years, as later matches see it.
    for (const as of Object.keys(deal.parties) as DealPartyRole[]) for (const party of deal.parties[as]) match.parties[as].add(party);
    for (const year of deal.years) if (!match.years.includes(year)) match.years.push(year);
  }
  return merges;
}

/** Pairs of parties that may stand for each other (units and parents, leaders and companies), as `findDealContext` reads them. */
export function relatedFrom(relations: ReadonlyArray<{ id: string; related: readonly string[] }>): Related {
  const pairs = new Set<string>();
  for (const { id, related } of relations) {
    for (const other of related) {
      pairs.add(`${id}|${other}`);
      pairs.add(`${other}|${id}`);
    }
  }
  return (a, b) => pairs.has(`${a}|${b}`);
}
