// Root mutation fields: each needs a writer (API key or JWT) and a function the host supplies.
import type { GatewayContext } from '../gateway-context.js';
import { GatewayError, badInput } from '../gateway-error.js';
import type { Writer } from '../authenticate.js';
import type { DealAddedPubSub } from './subscription-resolvers.js';
import type { CurationFunctions, IngestArticle } from '../write-functions.js';

export interface MutationDependencies {
  ingestArticle: IngestArticle | null;
  curation: Partial<CurationFunctions>;
  pubsub: DealAddedPubSub;
}

async function requireWriter(context: GatewayContext): Promise<Writer> {
  const writer = await context.writer();
  if (!writer) {
    throw new GatewayError('UNAUTHENTICATED', 'Mutations need an API key (header x-api-key) or a Bearer JWT signed with the configured secret.');
  }
  return writer;
}

function notConfigured(what: string): GatewayError {
  return new GatewayError('NOT_CONFIGURED', `${what} is not configured on this gateway: start it with \`dealgraph serve\`, which wires it.`);
}

export function createMutationResolvers(deps: MutationDependencies) {
  const curation = <K extends keyof CurationFunctions>(name: K): CurationFunctions[K] => {
    const fn = deps.curation[name];
    if (!fn) throw notConfigured(name);
    return fn as CurationFunctions[K];
  };
  const loadParty = async (id: string, context: GatewayContext) => {
    const party = await context.loaders.party.load(id);
    if (!party) throw new GatewayError('NOT_FOUND', `No party with id ${id}.`);
    return party;
  };
  const loadClaim = async (id: string, context: GatewayContext) => {
    const [claim] = await context.reader.claimsByIds([id]);
    if (!claim) throw new GatewayError('NOT_FOUND', `No claim with id ${id}: claim ids are on Deal.claims.`);
    return claim;
  };
  return {
    ingestArticle: async (
      _root: unknown,
      args: { text?: string | null; html?: string | null; publishedAt?: string | null; url?: string | null },
      context: GatewayContext,
    ) => {
      await requireWriter(context);
      if (!deps.ingestArticle) throw notConfigured('ingestArticle');
      if (!args.text === !args.html) throw badInput('text', 'give the article as text or as html (one of the two).');
      if (args.publishedAt && !/^\d{4}-\d{2}-\d{2}$/.test(args.publishedAt)) throw badInput('publishedAt', 'a date as YYYY-MM-DD.');
      const result = await deps.ingestArticle(args);
      const [article, deals, parties] = await Promise.all([
        result.articleId ? context.loaders.article.load(result.articleId) : null,
        context.loaders.deal.loadMany(result.dealIds),
        context.loaders.party.loadMany(result.partyIds),
      ]);
      const found = <T>(items: (T | Error | null)[]) => items.filter((item): item is T => item !== null && !(item instanceof Error));
      const created = new Set(result.createdDealIds);
      for (const deal of found(deals)) if (created.has(deal.id)) await deps.pubsub.publish('dealAdded', deal);
      return { article, deals: found(deals), parties: found(parties), createdDealIds: result.createdDealIds };
    },
    mergeParties: async (_root: unknown, args: { keepId: string; mergeId: string; reason?: string | null }, context: GatewayContext) => {
      const writer = await requireWriter(context);
      if (args.keepId === args.mergeId) throw badInput('mergeId', 'must differ from keepId.');
      const id = await curation('mergeParties')({ keepId: args.keepId, mergeId: args.mergeId, reason: args.reason ?? null, by: writer.id });
      return loadParty(id, context);
    },
    undoMerge: async (_root: unknown, args: { mergedId: string }, context: GatewayContext) => {
      const writer = await requireWriter(context);
      await curation('undoMerge')({ mergedId: args.mergedId, by: writer.id });
      return loadParty(args.mergedId, context);
    },
    rejectFact: async (_root: unknown, args: { claimId: string; reason?: string | null }, context: GatewayContext) => {
      const writer = await requireWriter(context);
      await curation('rejectFact')({ claimId: args.claimId, reason: args.reason ?? null, by: writer.id });
      return loadClaim(args.claimId, context);
    },
    confirmFact: async (_root: unknown, args: { claimId: string }, context: GatewayContext) => {
      const writer = await requireWriter(context);
      await curation('confirmFact')({ claimId: args.claimId, by: writer.id });
      return loadClaim(args.claimId, context);
    },
  };
}
