// Cypher map projections shared by the read queries, so every query returns the same shapes.
import type { DealPartyField } from './read-types.js';

/** The roles a party can play in a deal, as relationship types from the deal to the party. */
export const DEAL_ROLES = ['ACQUIRER', 'TARGET', 'SELLER', 'BIDDER'] as const;

/** `:ACQUIRER|TARGET|…` for the roles given (validated against DEAL_ROLES, never user text). */
export function dealRoleTypes(roles: readonly string[] = DEAL_ROLES): string {
  const valid = roles.filter((role): role is (typeof DEAL_ROLES)[number] => (DEAL_ROLES as readonly string[]).includes(role));
  if (valid.length === 0) throw new Error(`No valid deal role among ${roles.join(', ')}`);
  return valid.join('|');
}

/** A party as PartyRecord. */
export function partyProjection(v: string): string {
  return `${v} { .id, .name, aliases: coalesce(${v}.aliases, []), type: CASE WHEN ${v}:Person THEN 'PERSON' ELSE 'COMPANY' END }`;
}

/** The fields of DealRecord that hold its parties. */
export const DEAL_PARTY_FIELDS = ['acquirer', 'target', 'seller', 'bidders'] as const;

/**
 * A deal as DealRecord with the parties named (default: all four), each read by a pattern
 * comprehension (no extra round trip). A party field left out is absent from the record, and
 * Neo4j does not expand that relationship for it (SelectedDealRecord).
 */
export function dealProjection(d: string, parties: readonly DealPartyField[] = DEAL_PARTY_FIELDS): string {
  const one = (type: string) => `head([(${d})-[:${type}]->(x:Party) | ${partyProjection('x')}])`;
  const projected: Record<DealPartyField, string> = {
    acquirer: `acquirer: ${one('ACQUIRER')}`,
    target: `target: ${one('TARGET')}`,
    seller: `seller: ${one('SELLER')}`,
    bidders: `bidders: [(${d})-[:BIDDER]->(x:Party) | ${partyProjection('x')}]`,
  };
  // In DEAL_PARTY_FIELDS order whatever the order asked, so equal selections give equal query text (one cached plan).
  const fields = DEAL_PARTY_FIELDS.filter((field) => parties.includes(field)).map((field) => `, ${projected[field]}`);
  return (
    `${d} { .id, .kind, .status, .year, .month, .day, .amountValue, .amountCurrency, .amountEur, ` +
    `.amountApproximate, .amountUpTo, .amountText, .confidence, .sourceCount${fields.join('')} }`
  );
}

/** An article as ArticleRecord. */
export function articleProjection(a: string): string {
  return `${a} { .id, .title, .lang, .publishedAt, .url }`;
}

/** A claim as ClaimRecord, with its article. */
export function claimProjection(c: string): string {
  return (
    `${c} { .id, .field, .value, .evidence, .start, .end, .lang, .confidence, .curation, ` +
    `article: head([(${c})-[:FROM]->(a:Article) | ${articleProjection('a')}]) }`
  );
}

/** A role as RoleRecord, given the person, role and company variables. */
export function roleProjection(p: string, r: string, c: string): string {
  return `${r} { .id, .role, .title, .current, person: ${partyProjection(p)}, organization: ${partyProjection(c)} }`;
}

/**
 * Sort keys that put undated deals last in either direction. `dateKey` (year·10000 + month·100
 * + day, 0 when undated) is indexed, so newest first reads the index in order.
 */
export function dealOrderBy(d: string, order: string): string {
  switch (order) {
    case 'DATE_ASC':
      return `CASE WHEN ${d}.dateKey > 0 THEN 0 ELSE 1 END ASC, ${d}.dateKey ASC, ${d}.id ASC`;
    case 'AMOUNT_DESC':
      return `coalesce(${d}.amountEur, -1.0) DESC, ${d}.id ASC`;
    default:
      return `${d}.dateKey DESC, ${d}.id ASC`;
  }
}
