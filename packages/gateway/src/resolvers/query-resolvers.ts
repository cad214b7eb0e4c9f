// Root query fields: argument checks here, reads through the loaders and the reader.
import type { GraphQLResolveInfo } from 'graphql';
import type { DealFilterInput, DealOrderInput, PartyRecord, ReadPartyType } from '@dealgraph/graph';
import { buildOwnership } from '../build-timeline.js';
import type { GatewayContext } from '../gateway-context.js';
import { GatewayError, badInput } from '../gateway-error.js';
import { toConnection, toPage, type PageArgs } from '../paginate.js';
import { dealSelectionAsked, planPartyRead } from '../plan-party-read.js';

const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

function checkRange(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) throw badInput(name, `must be an integer from ${min} to ${max}.`);
  return value;
}

function checkText(name: string, value: string | null | undefined, max = 200): string | null {
  if (value === null || value === undefined) return null;
  const text = value.trim();
  if (text.length > max) throw badInput(name, `at most ${max} characters.`);
  return text.length > 0 ? text : null;
}

async function partyByIdOrName(
  args: { id?: string | null; name?: string | null },
  type: ReadPartyType,
  { loaders, reader }: GatewayContext,
  info: GraphQLResolveInfo,
): Promise<PartyRecord | null> {
  if (args.id && args.name) throw badInput('id', 'give id or name, not both.');
  let party: PartyRecord | null = null;
  // The deal pages and units asked of the party come back with it: one round trip, by id batched across aliases.
  const plan = planPartyRead(info, type === 'PERSON' ? 'Person' : 'Company');
  const compiled = plan.pages.length > 0 || plan.withUnits;
  if (args.id) {
    party = compiled ? ((await loaders.partyRead.load({ id: args.id, group: JSON.stringify(plan) }))?.party ?? null) : await loaders.party.load(args.id);
  } else {
    const name = checkText('name', args.name);
    if (!name) throw badInput('id', 'give an id or a name.');
    if (compiled) {
      const record = await reader.partyWithDealsByName(name, type, plan.pages, plan.withUnits);
      if (record) loaders.primePartyRead(record, plan);
      party = record?.party ?? null;
    } else {
      party = await reader.partyByName(name, type);
    }
  }
  return party && party.type === type ? party : null;
}

function partyConnection(type: ReadPartyType) {
  return async (_root: unknown, args: PageArgs & { search?: string | null }, { reader }: GatewayContext) => {
    const search = checkText('search', args.search);
    const page = toPage(args);
    const rows = await reader.partyPage(type, search, page);
    return toConnection(rows, page, () => reader.partyCount(type, search));
  };
}

export const queryResolvers = {
  company: (_root: unknown, args: { id?: string | null; name?: string | null }, context: GatewayContext, info: GraphQLResolveInfo) =>
    partyByIdOrName(args, 'COMPANY', context, info),
  person: (_root: unknown, args: { id?: string | null; name?: string | null }, context: GatewayContext, info: GraphQLResolveInfo) =>
    partyByIdOrName(args, 'PERSON', context, info),
  party: (_root: unknown, args: { id: string }, { loaders }: GatewayContext) => loaders.party.load(args.id),
  companies: partyConnection('COMPANY'),
  people: partyConnection('PERSON'),
  deal: (_root: unknown, args: { id: string }, { loaders }: GatewayContext) => loaders.deal.load(args.id),
  deals: async (
    _root: unknown,
    args: PageArgs & { filter?: DealFilterInput | null; orderBy?: DealOrderInput | null },
    { reader, loaders }: GatewayContext,
    info: GraphQLResolveInfo,
  ) => {
    const filter: DealFilterInput = { ...(args.filter ?? {}) };
    for (const name of ['from', 'to'] as const) {
      const value = filter[name];
      if (value && !DATE.test(value)) throw badInput(`filter.${name}`, 'a date as YYYY, YYYY-MM or YYYY-MM-DD.');
    }
    if (filter.minEur !== null && filter.minEur !== undefined && !(filter.minEur >= 0)) throw badInput('filter.minEur', 'must be 0 or more.');
    const page = toPage(args);
    const rows = await loaders.dealPage(filter, args.orderBy ?? 'DATE_DESC', page, dealSelectionAsked(info, info.fieldNodes));
    loaders.primeDeals(rows);
    return toConnection(rows, page, () => reader.dealCount(filter));
  },
  article: (_root: unknown, args: { id: string }, { loaders }: GatewayContext) => loaders.article.load(args.id),
  articles: async (_root: unknown, args: PageArgs, { reader }: GatewayContext) => {
    const page = toPage(args);
    return toConnection(await reader.articlePage(page), page, () => reader.articleCount());
  },
  search: async (_root: unknown, args: { text: string; first?: number | null }, { reader }: GatewayContext) => {
    const text = checkText('text', args.text);
    const first = checkRange('first', args.first ?? 10, 1, 50);
    return text ? reader.search(text, first) : [];
  },
  timeline: async (_root: unknown, args: { partyId: string }, { reader, loaders }: GatewayContext) => {
    const [party, events] = await Promise.all([loaders.party.load(args.partyId), reader.timeline(args.partyId)]);
    if (!party) throw new GatewayError('NOT_FOUND', `No party with id ${args.partyId}: find one with search(text:).`);
    loaders.primeDeals(events.map((event) => event.deal));
    return { party, events, owners: buildOwnership(events) };
  },
  path: (_root: unknown, args: { fromId: string; toId: string; maxHops?: number | null }, { reader }: GatewayContext) =>
    reader.path(args.fromId, args.toId, checkRange('maxHops', args.maxHops ?? 3, 1, 6)),
  neighborhood: (_root: unknown, args: { id: string; depth?: number | null; limit?: number | null }, { loaders }: GatewayContext) =>
    loaders.neighborhood(args.id, checkRange('depth', args.depth ?? 1, 1, 3), checkRange('limit', args.limit ?? 200, 1, 500)),
  stats: (_root: unknown, _args: unknown, { reader }: GatewayContext) => reader.stats(),
};
