import type {
  ArticleRecord,
  DealFilterInput,
  DealOrderInput,
  DealSelection,
  ClaimRecord,
  DealRecord,
  GraphReader,
  PageInput,
  PartyRecord,
  PartyWithDealsRecord,
  RoleRecord,
  SelectedDealRecord,
  SourceRecord,
} from '@dealgraph/graph';
import DataLoader from 'dataloader';
import type { SharedReads } from './create-shared-reads.js';
import type { PartyReadPlan } from './plan-party-read.js';

/** A key of a loader whose batch query also takes arguments: one query per distinct argument set. */
interface GroupedKey {
  id: string;
  group: string;
}

function groupedLoader<T>(load: (ids: string[], group: string) => Promise<T[]>): DataLoader<GroupedKey, T, string> {
  return new DataLoader<GroupedKey, T, string>(
    async (keys) => {
      const groups = new Map<string, string[]>();
      for (const key of keys) groups.set(key.group, [...(groups.get(key.group) ?? []), key.id]);
      const answers = new Map<string, T>();
      await Promise.all(
        [...groups].map(async ([group, ids]) => {
          const values = await load(ids, group);
          ids.forEach((id, index) => answers.set(`${group}\u0000${id}`, values[index] as T));
        }),
      );
      return keys.map((key) => answers.get(`${key.group}\u0000${key.id}`) as T);
    },
    { cacheKeyFn: (key) => `${key.group}\u0000${key.id}` },
  );
}

/** Every field of DealRecord, so a record with all of them defined is a full deal. */
const DEAL_FIELDS: readonly (keyof DealRecord)[] = [
  'id', 'kind', 'status', 'year', 'month', 'day', 'amountValue', 'amountCurrency', 'amountEur', 'amountApproximate',
  'amountUpTo', 'amountText', 'confidence', 'sourceCount', 'acquirer', 'target', 'seller', 'bidders',
];

/** Whether a deal was read in full: every field, every party with its aliases (a DealSelection can leave any out). */
function isFullDeal(record: SelectedDealRecord): record is DealRecord {
  if (DEAL_FIELDS.some((field) => record[field] === undefined)) return false;
  const parties = [record.acquirer, record.target, record.seller, ...(record.bidders ?? [])];
  return parties.every((party) => !party || party.aliases !== undefined);
}

/**
 * The per-request loaders: every resolver reads through these, so a request costs one Cypher
 * round trip per kind of thing asked for, however many parents ask.
 */
export function createLoaders(reader: GraphReader, shared: SharedReads, signal: AbortSignal) {
  const party = new DataLoader<string, PartyRecord | null>((ids) => reader.partiesByIds(ids));
  const primeParties = (parties: readonly (PartyRecord | null)[]) => {
    for (const record of parties) if (record) party.prime(record.id, record);
  };
  const deal = new DataLoader<string, DealRecord | null>(async (ids) => {
    const deals = await reader.dealsByIds(ids);
    for (const record of deals) if (record) primeParties([record.acquirer, record.target, record.seller, ...record.bidders]);
    return deals;
  });
  /** Primes the deal loader with the deals read with all their parties (one read with fewer would answer deal(id) wrongly). */
  const primeDeals = (deals: readonly SelectedDealRecord[]) => {
    for (const record of deals) if (isFullDeal(record)) deal.prime(record.id, record);
  };
  const units = new DataLoader<string, { units: PartyRecord[]; parent: PartyRecord | null }>((ids) => reader.unitsOf(ids));
  const partyDeals = groupedLoader<SelectedDealRecord[]>(async (ids, group) => {
    const [roles = '', skip = '0', limit = '21'] = group.split('|');
    const page: PageInput = { skip: Number(skip), limit: Number(limit) };
    const pages = await reader.dealsOfParties(ids, roles.split(','), page);
    for (const deals of pages) primeDeals(deals);
    return pages;
  });
  /** Primes the party, deal-page and units loaders with a compiled party read (asked as `askedId`, when by id). */
  function primePartyRead(record: PartyWithDealsRecord, plan: PartyReadPlan, askedId?: string): void {
    party.prime(record.party.id, record.party);
    if (askedId !== undefined) party.prime(askedId, record.party);
    plan.pages.forEach((page, at) => {
      const deals = record.pages[at] ?? [];
      partyDeals.prime({ id: record.party.id, group: page.group }, deals);
      primeDeals(deals);
    });
    if (record.units) units.prime(record.party.id, record.units);
  }
  return {
    party,
    deal,
    /** A neighborhood, in one query with the same reads of the other requests in flight (createSharedReads). */
    neighborhood: (id: string, depth: number, limit: number) => shared.neighborhood(id, depth, limit, signal),
    /** A page of deals, in one query with the same reads of the other requests in flight (createSharedReads). */
    dealPage: (filter: DealFilterInput, order: DealOrderInput, page: PageInput, selection: DealSelection) => shared.dealPage(filter, order, page, selection, signal),
    /**
     * Parties with what the request asks of them (planPartyRead): one query for all parties
     * asked with the same plan (group: the plan as JSON), shared with concurrent requests;
     * primes the party, deal-page and units loaders.
     */
    partyRead: groupedLoader<PartyWithDealsRecord | null>(async (ids, group) => {
      const plan = JSON.parse(group) as PartyReadPlan;
      // In one query with the same reads of the other requests in flight (createSharedReads).
      const records = await shared.partiesWithDeals(ids, group, signal);
      records.forEach((record, index) => {
        if (record) primePartyRead(record, plan, ids[index] as string);
      });
      return records;
    }),
    primePartyRead,
    primeDeals,
    article: new DataLoader<string, ArticleRecord | null>((ids) => reader.articlesByIds(ids)),
    /** Group: dealPageGroup(roles, page). */
    partyDeals,
    /** Group: roles joined by ','. */
    partyDealCount: groupedLoader<number>((ids, group) => reader.dealCountsOfParties(ids, group.split(','))),
    units,
    rolesOfPerson: new DataLoader<string, RoleRecord[]>((ids) => reader.rolesOf(ids, 'PERSON')),
    rolesAtCompany: new DataLoader<string, RoleRecord[]>((ids) => reader.rolesOf(ids, 'COMPANY')),
    dealSources: new DataLoader<string, SourceRecord[]>((ids) => reader.sourcesOf(ids, 'Deal')),
    roleSources: new DataLoader<string, SourceRecord[]>((ids) => reader.sourcesOf(ids, 'Role')),
    parentSources: new DataLoader<string, SourceRecord[]>((ids) => reader.parentSourcesOf(ids)),
    dealClaims: new DataLoader<string, ClaimRecord[]>((ids) => reader.claimsOf(ids)),
    articleContents: new DataLoader<string, { deals: DealRecord[]; parties: PartyRecord[] }>((ids) => reader.articleContents(ids)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
