import type { DealRecord } from '@dealgraph/graph';
import { createPubSub } from 'graphql-yoga';

export function createDealAddedPubSub() {
  return createPubSub<{ dealAdded: [DealRecord] }>();
}

export type DealAddedPubSub = ReturnType<typeof createDealAddedPubSub>;

/** dealAdded: each deal an ingest through this gateway creates (SSE and WebSocket alike). */
export function createSubscriptionResolvers(pubsub: DealAddedPubSub) {
  return {
    dealAdded: {
      subscribe: () => pubsub.subscribe('dealAdded'),
      resolve: (deal: DealRecord) => deal,
    },
  };
}
