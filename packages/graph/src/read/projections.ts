// Cypher map projections shared by the read queries, so every query returns the same shapes.
import type { DealPartyField, DealPartyRecord, DealRecord, DealScalarField, DealSelection, SelectedDealRecord } from './read-types.js';

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

/** A party inside a compact deal: [id, name, aliases, isPerson] (toParty reads it); aliases null when not read. */
export type CompactParty = [id: string, name: string, aliases: string[] | null, isPerson: boolean];

const compactParty = (v: string, aliases: boolean) => `[${v}.id, ${v}.name, ${aliases ? `coalesce(${v}.aliases, [])` : 'null'}, ${v}:Person]`;

/** The scalar fields of DealRecord, in the order dealProjection lists them. */
const DEAL_SCALARS = [
  'id', 'kind', 'status', 'year', 'month', 'day', 'amountValue', 'amountCurrency', 'amountEur',
  'amountApproximate', 'amountUpTo', 'amountText', 'confidence', 'sourceCount',
] as const;

/** The DealRecord fields each DealScalarField stands for. */
const SCALAR_FIELDS: Record<DealScalarField, readonly (typeof DEAL_SCALARS)[number][]> = {
  kind: ['kind'],
  status: ['status'],
  date: ['year', 'month', 'day'],
  amount: ['amountValue', 'amountCurrency', 'amountEur', 'amountApproximate', 'amountUpTo', 'amountText'],
  confidence: ['confidence'],
  sourceCount: ['sourceCount'],
};

/** Every field of a deal, every party with its aliases: what a read returns unless told otherwise. */
export const FULL_DEAL_SELECTION: DealSelection = {
  parties: DEAL_PARTY_FIELDS,
  scalars: ['kind', 'status', 'date', 'amount', 'confidence', 'sourceCount'],
  aliases: true,
};

/** The DEAL_SCALARS a selection reads (id always). */
function scalarsRead(selection: DealSelection): Set<string> {
  const read = new Set<string>(['id']);
  for (const scalar of selection.scalars) for (const field of SCALAR_FIELDS[scalar]) read.add(field);
  return read;
}

/** Whether a selection reads all of a deal (its records can stand for the deal anywhere). */
export function isFullSelection(selection: DealSelection): boolean {
  return selection.aliases && DEAL_PARTY_FIELDS.every((field) => selection.parties.includes(field)) && scalarsRead(selection).size === DEAL_SCALARS.length;
}

/**
 * A deal as a compact list: DEAL_SCALARS' values (null in place of a field the selection leaves
 * out, which Neo4j then does not read), then the parties selected, in DEAL_PARTY_FIELDS order,
 * each read by a pattern comprehension (no extra round trip); toDeal turns it into a record. A
 * list, not a map: the driver decodes no key names (two thirds of the strings in a page of
 * deals), which was the largest part of the gateway's CPU per request. A party field left out
 * is absent from the record, and Neo4j does not expand that relationship for it
 * (SelectedDealRecord); so are scalar fields and aliases left out.
 */
export function dealProjection(d: string, selection: DealSelection = FULL_DEAL_SELECTION): string {
  const { parties, aliases } = selection;
  const one = (type: string) => `head([(${d})-[:${type}]->(x:Party) | ${compactParty('x', aliases)}])`;
  const projected: Record<DealPartyField, string> = {
    acquirer: one('ACQUIRER'),
    target: one('TARGET'),
    seller: one('SELLER'),
    bidders: `[(${d})-[:BIDDER]->(x:Party) | ${compactParty('x', aliases)}]`,
  };
  const read = scalarsRead(selection);
  // In DEAL_PARTY_FIELDS order whatever the order asked, so equal selections give equal query text (one cached plan).
  const fields = DEAL_PARTY_FIELDS.filter((field) => parties.includes(field)).map((field) => `, ${projected[field]}`);
  return `[${DEAL_SCALARS.map((field) => (read.has(field) ? `${d}.${field}` : 'null')).join(', ')}${fields.join('')}]`;
}

/**
 * A deal as a DealRecord map with all four parties, for Cypher that goes on to read a deal's
 * fields by name (the exports); what returns deals to the gateway uses dealProjection.
 */
export function dealMapProjection(d: string): string {
  const one = (type: string) => `head([(${d})-[:${type}]->(x:Party) | ${partyProjection('x')}])`;
  return (
    `${d} { ${DEAL_SCALARS.map((field) => `.${field}`).join(', ')}, acquirer: ${one('ACQUIRER')}, target: ${one('TARGET')}, ` +
    `seller: ${one('SELLER')}, bidders: [(${d})-[:BIDDER]->(x:Party) | ${partyProjection('x')}] }`
  );
}

/** A party of a compact deal as PartyRecord (without aliases when they were not read). */
export function toParty(compact: CompactParty): DealPartyRecord {
  const party: DealPartyRecord = { id: compact[0], type: compact[3] ? 'PERSON' : 'COMPANY', name: compact[1] };
  if (compact[2] !== null) party.aliases = compact[2];
  return party;
}

/** A deal as dealProjection(d, selection) lists it, as a SelectedDealRecord (a DealRecord when the selection is full). */
export function toDeal(compact: readonly unknown[], selection: DealSelection = FULL_DEAL_SELECTION): SelectedDealRecord {
  // The indexes are DEAL_SCALARS' order.
  const deal: SelectedDealRecord = { id: compact[0] as string };
  const { scalars } = selection;
  if (scalars.includes('kind')) deal.kind = compact[1] as string;
  if (scalars.includes('status')) deal.status = compact[2] as string;
  if (scalars.includes('date')) {
    deal.year = (compact[3] ?? null) as number | null;
    deal.month = (compact[4] ?? null) as number | null;
    deal.day = (compact[5] ?? null) as number | null;
  }
  if (scalars.includes('amount')) {
    deal.amountValue = (compact[6] ?? null) as number | null;
    deal.amountCurrency = (compact[7] ?? null) as string | null;
    deal.amountEur = (compact[8] ?? null) as number | null;
    deal.amountApproximate = (compact[9] ?? null) as boolean | null;
    deal.amountUpTo = (compact[10] ?? null) as boolean | null;
    deal.amountText = (compact[11] ?? null) as string | null;
  }
  if (scalars.includes('confidence')) deal.confidence = (compact[12] ?? null) as number | null;
  if (scalars.includes('sourceCount')) deal.sourceCount = (compact[13] ?? null) as number | null;
  let at = DEAL_SCALARS.length;
  for (const field of DEAL_PARTY_FIELDS) {
    if (!selection.parties.includes(field)) continue;
    const value = compact[at++];
    if (field === 'bidders') deal.bidders = ((value as CompactParty[] | null) ?? []).map(toParty);
    else deal[field] = value ? toParty(value as CompactParty) : null;
  }
  return deal;
}

/** A deal read with all its parties (dealProjection with the default parties) as DealRecord. */
export function toFullDeal(compact: readonly unknown[]): DealRecord {
  return toDeal(compact) as DealRecord;
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
