// Field resolvers of the object types: each reads through the request's loaders.
import type { ClaimRecord, DealPartyField, DealPartyRecord, DealRecord, PartyRecord, RoleRecord, SelectedDealRecord, SourceRecord } from '@dealgraph/graph';
import type { GatewayContext } from '../gateway-context.js';
import type { OwnershipPeriod } from '../build-timeline.js';
import { toConnection, toPage, type Connection, type PageArgs } from '../paginate.js';
import { DEAL_CONNECTION_ROLES, dealPageGroup } from '../plan-party-read.js';

const roles = (field: string): readonly string[] => DEAL_CONNECTION_ROLES[field] ?? [];

export function dealDate(deal: SelectedDealRecord | null): { year: number | null; month: number | null; day: number | null } | null {
  if (!deal || (deal.year === null && deal.month === null && deal.day === null)) return null;
  return { year: deal.year ?? null, month: deal.month ?? null, day: deal.day ?? null };
}

/** A party's deals in some roles, one page, through the batched loaders. */
function partyDeals(roles: readonly string[]) {
  return async (party: PartyRecord, args: PageArgs & { role?: string | null }, { loaders }: GatewayContext) => {
    const asked = args.role ? [args.role] : roles;
    const page = toPage(args);
    const group = dealPageGroup(asked, page);
    const rows = await loaders.partyDeals.load({ id: party.id, group });
    return toConnection(rows, page, () => loaders.partyDealCount.load({ id: party.id, group: asked.join(',') }));
  };
}

/**
 * A party field of a deal: as read with the deal when the request's plan asked for it (the
 * usual case), else from the deal read in full (one batched query for all such deals).
 */
function dealParty<K extends DealPartyField>(field: K, none: DealRecord[K]) {
  return (deal: SelectedDealRecord, _args: unknown, { loaders }: GatewayContext): DealRecord[K] | Promise<DealRecord[K]> => {
    const value = deal[field] as DealRecord[K] | undefined;
    if (value !== undefined) return value ?? none;
    return loaders.deal.load(deal.id).then((full) => full?.[field] ?? none);
  };
}

/**
 * A scalar field of a deal: as read with the deal when the request's selection asked for it
 * (dealSelectionAsked), else from the deal read in full (one batched query for all such deals).
 */
function dealField<T>(pick: (deal: DealRecord | SelectedDealRecord) => T, present: (deal: SelectedDealRecord) => boolean) {
  return (deal: SelectedDealRecord, _args: unknown, { loaders }: GatewayContext): T | Promise<T | null> => {
    if (present(deal)) return pick(deal);
    return loaders.deal.load(deal.id).then((full) => (full ? pick(full) : null));
  };
}

/** A party's aliases, from the party read in full when it came with a deal read without them. */
function partyAliases(party: PartyRecord | DealPartyRecord, _args: unknown, { loaders }: GatewayContext): string[] | Promise<string[]> {
  return party.aliases ?? loaders.party.load(party.id).then((full) => full?.aliases ?? []);
}

function parseValue(claim: ClaimRecord): Record<string, unknown> | string | null {
  if (claim.value === null || claim.value === undefined) return null;
  try {
    return JSON.parse(claim.value) as Record<string, unknown> | string;
  } catch {
    return claim.value;
  }
}

/**
 * The fields of every connection type that are not plain properties. Explicit, since only
 * graphql-js's default resolver calls a function-valued property; the compiled executor
 * (graphql-jit) reads it as it is.
 */
const connectionFields = {
  totalCount: (connection: Connection<unknown>) => connection.totalCount(),
};

export const typeResolvers = {
  CompanyConnection: connectionFields,
  PersonConnection: connectionFields,
  DealConnection: connectionFields,
  ArticleConnection: connectionFields,
  Party: {
    __resolveType: (party: PartyRecord) => (party.type === 'PERSON' ? 'Person' : 'Company'),
  },
  Company: {
    deals: partyDeals(roles('deals')),
    dealsAsAcquirer: partyDeals(roles('dealsAsAcquirer')),
    dealsAsSeller: partyDeals(roles('dealsAsSeller')),
    dealsAsTarget: partyDeals(roles('dealsAsTarget')),
    dealsAsBidder: partyDeals(roles('dealsAsBidder')),
    aliases: partyAliases,
    people: (company: PartyRecord, _args: unknown, { loaders }: GatewayContext) => loaders.rolesAtCompany.load(company.id),
    units: async (company: PartyRecord, _args: unknown, { loaders }: GatewayContext) => (await loaders.units.load(company.id)).units,
    parent: async (company: PartyRecord, _args: unknown, { loaders }: GatewayContext) => (await loaders.units.load(company.id)).parent,
    parentSources: (company: PartyRecord, _args: unknown, { loaders }: GatewayContext) => loaders.parentSources.load(company.id),
  },
  Person: {
    aliases: partyAliases,
    roles: (person: PartyRecord, _args: unknown, { loaders }: GatewayContext) => loaders.rolesOfPerson.load(person.id),
    deals: partyDeals(roles('deals')),
  },
  Role: {
    sources: (role: RoleRecord, _args: unknown, { loaders }: GatewayContext) => loaders.roleSources.load(role.id),
  },
  Deal: {
    kind: dealField((deal) => deal.kind, (deal) => deal.kind !== undefined),
    status: dealField((deal) => deal.status, (deal) => deal.status !== undefined),
    date: dealField(dealDate, (deal) => deal.year !== undefined),
    amount: dealField(
      (deal) =>
        deal.amountValue === null || deal.amountValue === undefined
          ? null
          : {
              value: deal.amountValue,
              currency: deal.amountCurrency ?? 'EUR',
              eur: deal.amountEur ?? null,
              approximate: deal.amountApproximate === true,
              upTo: deal.amountUpTo === true,
              text: deal.amountText ?? null,
            },
      (deal) => deal.amountValue !== undefined,
    ),
    confidence: dealField((deal) => deal.confidence ?? null, (deal) => deal.confidence !== undefined),
    acquirer: dealParty('acquirer', null),
    target: dealParty('target', null),
    seller: dealParty('seller', null),
    bidders: dealParty('bidders', []),
    sourceCount: dealField((deal) => deal.sourceCount ?? 0, (deal) => deal.sourceCount !== undefined),
    sources: (deal: DealRecord, _args: unknown, { loaders }: GatewayContext) => loaders.dealSources.load(deal.id),
    claims: (deal: DealRecord, _args: unknown, { loaders }: GatewayContext) => loaders.dealClaims.load(deal.id),
  },
  Source: {
    claimId: (source: SourceRecord) => source.id,
    evidence: (source: SourceRecord) => source.evidence ?? '',
  },
  Claim: {
    field: (claim: ClaimRecord) => claim.field.toUpperCase(),
    source: (claim: ClaimRecord) => claim,
    status: (claim: ClaimRecord) => {
      if (claim.field !== 'status') return null;
      const value = parseValue(claim);
      return typeof value === 'string' ? value : ((value?.status as string | undefined) ?? null);
    },
    date: (claim: ClaimRecord) => (claim.field === 'date' ? parseValue(claim) : null),
    amount: (claim: ClaimRecord) => {
      if (claim.field !== 'amount') return null;
      const value = parseValue(claim);
      if (typeof value !== 'object' || value === null || typeof value.value !== 'number') return null;
      return { approximate: false, upTo: false, eur: null, text: null, ...value };
    },
  },
  Article: {
    deals: async (article: { id: string }, _args: unknown, { loaders }: GatewayContext) => (await loaders.articleContents.load(article.id)).deals,
    parties: async (article: { id: string }, _args: unknown, { loaders }: GatewayContext) =>
      (await loaders.articleContents.load(article.id)).parties,
  },
  Ownership: {
    from: (period: OwnershipPeriod) => dealDate(period.from),
    to: (period: OwnershipPeriod) => dealDate(period.to),
  },
  TimelineEvent: {
    date: (event: { deal: DealRecord }) => dealDate(event.deal),
  },
};
