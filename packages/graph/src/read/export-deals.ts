// The deals export: the `deals` query's own selection and order, one flat row per deal.
import { buildDealPageQuery } from './build-deal-queries.js';
import type { CypherQuery, Row } from './cypher-query.js';
import { dealMapProjection } from './projections.js';
import type { DealFilterInput, DealRecord, PartyRecord } from './read-types.js';

/** One deal as a flat row: parties by name, the amount as stated and in euros. */
export interface DealExportRow {
  id: string;
  kind: string;
  status: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD, as precise as the sources are; null when undated. */
  date: string | null;
  acquirer: string | null;
  target: string | null;
  seller: string | null;
  /** By name. */
  bidders: string[];
  amount: number | null;
  currency: string | null;
  eur: number | null;
  approximate: boolean | null;
  /** How many articles tell the deal. */
  sources: number;
}

/** Column order of the CSV, and the keys of each JSON line. */
export const DEAL_EXPORT_COLUMNS = [
  'id', 'kind', 'status', 'date', 'acquirer', 'target', 'seller', 'bidders',
  'amount', 'currency', 'eur', 'approximate', 'sources',
] as const satisfies readonly (keyof DealExportRow)[];

/**
 * Every deal matching the filter, latest first: the deals page query with no page limit,
 * so the export and the GraphQL `deals` query can never disagree on what a filter means.
 */
export function buildDealExportQuery(filter: DealFilterInput): CypherQuery {
  return buildDealPageQuery(filter, 'DATE_DESC', { skip: 0, limit: Number.MAX_SAFE_INTEGER }, undefined, dealMapProjection);
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function formatDate(deal: DealRecord): string | null {
  if (deal.year === null) return null;
  if (deal.month === null) return String(deal.year);
  return deal.day === null ? `${deal.year}-${pad(deal.month)}` : `${deal.year}-${pad(deal.month)}-${pad(deal.day)}`;
}

const nameOf = (party: PartyRecord | null): string | null => party?.name ?? null;

/** A row of buildDealExportQuery as a DealExportRow. */
export function toDealExportRow(row: Row): DealExportRow {
  const deal = row.deal as DealRecord;
  return {
    id: deal.id,
    kind: deal.kind,
    status: deal.status,
    date: formatDate(deal),
    acquirer: nameOf(deal.acquirer),
    target: nameOf(deal.target),
    seller: nameOf(deal.seller),
    // Sorted: Neo4j returns relationships in no fixed order, and an export should diff cleanly.
    bidders: deal.bidders.map((bidder) => bidder.name).sort((a, b) => a.localeCompare(b)),
    amount: deal.amountValue,
    currency: deal.amountCurrency,
    eur: deal.amountEur,
    approximate: deal.amountApproximate,
    sources: deal.sourceCount ?? 0,
  };
}
