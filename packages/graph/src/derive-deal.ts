import type { Curation, DealStatus, FactAmount } from './types.js';

/** A claim about a deal, as its derived values are computed from it. */
export interface DealClaim {
  field: string;
  /** Parsed `value` of the claim. */
  value: unknown;
  confidence: number;
  publishedAt: string | null;
  articleId: string;
  curation: Curation | null;
}

/** The values a Deal node carries, all derived from its claims. */
export interface DerivedDeal {
  status: DealStatus | null;
  year: number | null;
  month: number | null;
  day: number | null;
  /** year·10000 + month·100 + day (missing parts 0), 0 when undated: one indexed sort key that puts undated deals last, newest first. */
  dateKey: number;
  amountValue: number | null;
  amountCurrency: string | null;
  amountEur: number | null;
  amountApproximate: boolean | null;
  amountUpTo: boolean | null;
  amountText: string | null;
  confidence: number;
  sourceCount: number;
  /** Every year a date claim not rejected states, ascending: deal matching reads it instead of the claims. */
  years: number[];
}

/** Confirmed claims outrank the rest; rejected ones are not counted at all. */
function admitted(claims: readonly DealClaim[], field: string): DealClaim[] {
  const live = claims.filter((c) => c.field === field && c.curation !== 'REJECTED');
  const confirmed = live.filter((c) => c.curation === 'CONFIRMED');
  return confirmed.length > 0 ? confirmed : live;
}

const byConfidence = (a: DealClaim, b: DealClaim): number => b.confidence - a.confidence;

/**
 * A deal's values from all its claims, so no article overwrites another:
 * status follows the latest dated source; the year is the most stated one
 * (the earliest on a tie); the amount prefers one stated in EUR, else the
 * most confident one with an EUR conversion, else the most confident one.
 */
export function deriveDeal(claims: readonly DealClaim[]): DerivedDeal {
  const statuses = admitted(claims, 'status').sort(
    (a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') || byConfidence(a, b),
  );
  const dates = admitted(claims, 'date').map((c) => ({ claim: c, date: c.value as { year: number | null; month: number | null; day: number | null } }));
  const votes = new Map<number, number>();
  for (const { date } of dates) if (date.year !== null) votes.set(date.year, (votes.get(date.year) ?? 0) + 1);
  const year = [...votes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? null;
  const precise = dates
    .filter(({ date }) => date.year === year && date.month !== null)
    .sort((a, b) => byConfidence(a.claim, b.claim))[0]?.date;

  const amounts = admitted(claims, 'amount').map((c) => ({ claim: c, amount: c.value as FactAmount }));
  const ranked = [...amounts].sort((a, b) => byConfidence(a.claim, b.claim));
  const chosen =
    ranked.find(({ amount }) => amount.currency === 'EUR') ?? ranked.find(({ amount }) => amount.eur !== null) ?? ranked[0];
  const amount = chosen?.amount;

  const sources = admitted(claims, 'deal');
  return {
    status: (statuses[0]?.value as DealStatus | undefined) ?? null,
    year,
    month: precise?.month ?? null,
    day: precise?.day ?? null,
    dateKey: year === null ? 0 : year * 10_000 + (precise?.month ?? 0) * 100 + (precise?.day ?? 0),
    amountValue: amount?.value ?? null,
    amountCurrency: amount?.currency ?? null,
    amountEur: amount ? (amount.currency === 'EUR' ? amount.value : amount.eur) : null,
    amountApproximate: amount?.approximate ?? null,
    amountUpTo: amount?.upTo ?? null,
    amountText: amount?.text ?? null,
    // Independent sources make a deal more certain than any one of them.
    confidence: sources.length === 0 ? 0 : 1 - sources.reduce((rest, c) => rest * (1 - Math.min(1, Math.max(0, c.confidence))), 1),
    sourceCount: new Set(sources.map((c) => c.articleId)).size,
    years: [...new Set(claims.filter((c) => c.field === 'date' && c.curation !== 'REJECTED').map((c) => (c.value as { year?: unknown } | null)?.year))]
      .filter((y): y is number => typeof y === 'number')
      .sort((a, b) => a - b),
  };
}
