// The parties export: one row per company or person taking part in the deals a filter selects.
import type { CypherQuery, Row } from './cypher-query.js';
import { buildDealExportQuery } from './export-deals.js';
import type { DealFilterInput, PartyType } from './read-types.js';

export interface PartyExportRow {
  id: string;
  type: PartyType;
  name: string;
  /** Other spellings seen in the sources (the name left out). */
  aliases: string[];
  /** Deals of the selection the party takes part in, and in which role. */
  deals: number;
  acquirer: number;
  target: number;
  seller: number;
  bidder: number;
  /** Sum of the euro amounts of the deals it acquired in, write-downs left out (they are losses, not purchases). */
  eurAcquired: number;
  firstYear: number | null;
  lastYear: number | null;
}

export const PARTY_EXPORT_COLUMNS = [
  'id', 'type', 'name', 'aliases', 'deals', 'acquirer', 'target', 'seller', 'bidder',
  'eurAcquired', 'firstYear', 'lastYear',
] as const satisfies readonly (keyof PartyExportRow)[];

/**
 * Runs the deals export selection in a subquery and counts per party, by name: the same
 * filter then selects the same deals in both exports.
 */
export function buildPartyExportQuery(filter: DealFilterInput): CypherQuery {
  const deals = buildDealExportQuery(filter);
  return {
    text:
      `CALL () { ${deals.text} } ` +
      `UNWIND [x IN [{role: 'ACQUIRER', party: deal.acquirer}, {role: 'TARGET', party: deal.target}, {role: 'SELLER', party: deal.seller}] ` +
      `+ [b IN deal.bidders | {role: 'BIDDER', party: b}] WHERE x.party IS NOT NULL] AS part ` +
      `WITH part.party AS party, part.role AS role, deal ` +
      `WITH party.id AS id, head(collect(party)) AS party, count(DISTINCT deal.id) AS deals, ` +
      `sum(CASE role WHEN 'ACQUIRER' THEN 1 ELSE 0 END) AS acquirer, sum(CASE role WHEN 'TARGET' THEN 1 ELSE 0 END) AS target, ` +
      `sum(CASE role WHEN 'SELLER' THEN 1 ELSE 0 END) AS seller, sum(CASE role WHEN 'BIDDER' THEN 1 ELSE 0 END) AS bidder, ` +
      `sum(CASE WHEN role = 'ACQUIRER' AND deal.kind <> 'WRITE_DOWN' THEN coalesce(deal.amountEur, 0.0) ELSE 0.0 END) AS eurAcquired, ` +
      `min(deal.year) AS firstYear, max(deal.year) AS lastYear ` +
      `RETURN id, party.type AS type, party.name AS name, [a IN party.aliases WHERE a <> party.name] AS aliases, ` +
      `deals, acquirer, target, seller, bidder, eurAcquired, firstYear, lastYear ` +
      `ORDER BY toLower(name), id`,
    params: deals.params,
  };
}

/** A row of buildPartyExportQuery as a PartyExportRow. */
export function toPartyExportRow(row: Row): PartyExportRow {
  return row as unknown as PartyExportRow;
}
