import { dealFilterShape, type DealFilterInput, type DealOrderInput, type DealSelection, type GraphReader, type GraphRecord, type PageInput, type PartyWithDealsRecord, type SelectedDealRecord } from '@dealgraph/graph';
import DataLoader from 'dataloader';
import type { PartyReadPlan } from './plan-party-read.js';

interface SharedPartyKey {
  id: string;
  /** The read plan as JSON (planPartyRead): only keys with equal plans share a query. */
  group: string;
  /** The asking request's signal: the shared query stops once every request in it has given up. */
  signal: AbortSignal;
}

/** A signal that aborts once all of the given signals have. */
function whenAllAbort(signals: readonly AbortSignal[]): AbortSignal {
  if (signals.length === 1) return signals[0] as AbortSignal;
  const controller = new AbortController();
  let left = signals.length;
  const one = (signal: AbortSignal) => {
    left -= 1;
    if (left === 0) controller.abort(signal.reason);
  };
  for (const signal of signals) {
    if (signal.aborted) one(signal);
    else signal.addEventListener('abort', () => one(signal), { once: true });
  }
  return controller.signal;
}

interface SharedNeighborhoodKey {
  id: string;
  depth: number;
  limit: number;
  signal: AbortSignal;
}

interface SharedDealPageKey {
  filter: DealFilterInput;
  order: DealOrderInput;
  page: PageInput;
  selection: DealSelection | undefined;
  /** Pages that can share one query: the filter's shape (dealFilterShape), the order, the page and the selection. */
  group: string;
  signal: AbortSignal;
}

/**
 * Reads that concurrent requests share a round trip for, across requests: the compiled party
 * reads (planPartyRead) asked in one turn of the event loop go to Neo4j as one UNWIND query
 * per plan, deal pages as one per filter shape and page, neighborhoods as one per depth and
 * limit, instead of one query each; under load most of a read's cost in Node and in Neo4j is per query, not per row.
 * Nothing is cached or reused: every key is a row of the query, read anew, even when two
 * requests ask for the same id or the same page at once.
 */
export function createSharedReads(reader: GraphReader) {
  const partyRead = new DataLoader<SharedPartyKey, PartyWithDealsRecord | null>(
    async (keys) => {
      const groups = new Map<string, number[]>();
      keys.forEach((key, index) => groups.set(key.group, [...(groups.get(key.group) ?? []), index]));
      const answers = new Array<PartyWithDealsRecord | null>(keys.length);
      await Promise.all(
        [...groups].map(async ([group, indexes]) => {
          const plan = JSON.parse(group) as PartyReadPlan;
          const asked = indexes.map((index) => keys[index] as SharedPartyKey);
          const records = await reader
            .withSignal(whenAllAbort(asked.map((key) => key.signal)))
            .partiesWithDeals(
              asked.map((key) => key.id),
              plan.pages,
              plan.withUnits,
            );
          indexes.forEach((index, at) => (answers[index] = records[at] ?? null));
        }),
      );
      return answers;
    },
    // The next turn of the event loop, not the next tick: requests arrive in separate I/O callbacks.
    { cache: false, batchScheduleFn: (callback) => setImmediate(callback) },
  );
  const dealPage = new DataLoader<SharedDealPageKey, SelectedDealRecord[]>(
    async (keys) => {
      const groups = new Map<string, SharedDealPageKey[]>();
      for (const key of keys) groups.set(key.group, [...(groups.get(key.group) ?? []), key]);
      const answers = new Map<SharedDealPageKey, SelectedDealRecord[]>();
      await Promise.all(
        [...groups.values()].map(async (asked) => {
          const [{ order, page, selection }] = asked as [SharedDealPageKey];
          const pages = await reader
            .withSignal(whenAllAbort(asked.map((key) => key.signal)))
            .dealPages(
              asked.map((key) => key.filter),
              order,
              page,
              selection,
            );
          asked.forEach((key, at) => answers.set(key, pages[at] ?? []));
        }),
      );
      return keys.map((key) => answers.get(key) ?? []);
    },
    { cache: false, batchScheduleFn: (callback) => setImmediate(callback) },
  );
  const neighborhood = new DataLoader<SharedNeighborhoodKey, GraphRecord>(
    async (keys) => {
      const groups = new Map<string, SharedNeighborhoodKey[]>();
      for (const key of keys) groups.set(`${key.depth}|${key.limit}`, [...(groups.get(`${key.depth}|${key.limit}`) ?? []), key]);
      const answers = new Map<SharedNeighborhoodKey, GraphRecord>();
      await Promise.all(
        [...groups.values()].map(async (asked) => {
          const [{ depth, limit }] = asked as [SharedNeighborhoodKey];
          const graphs = await reader.withSignal(whenAllAbort(asked.map((key) => key.signal))).neighborhoods(
            asked.map((key) => key.id),
            depth,
            limit,
          );
          asked.forEach((key, at) => answers.set(key, graphs[at] as GraphRecord));
        }),
      );
      return keys.map((key) => answers.get(key) as GraphRecord);
    },
    { cache: false, batchScheduleFn: (callback) => setImmediate(callback) },
  );
  return {
    /** A neighborhood (GraphReader.neighborhood), its first two levels in the query of every request asking now with the same depth and limit. */
    neighborhood(id: string, depth: number, limit: number, signal: AbortSignal): Promise<GraphRecord> {
      return neighborhood.load({ id, depth, limit, signal });
    },
    /** A page of deals (GraphReader.dealPage), in the query of every request asking now for a page of the same shape. */
    dealPage(filter: DealFilterInput, order: DealOrderInput, page: PageInput, selection: DealSelection | undefined, signal: AbortSignal): Promise<SelectedDealRecord[]> {
      const group = `${dealFilterShape(filter, order)}|${page.skip}|${page.limit}|${JSON.stringify(selection ?? null)}`;
      return dealPage.load({ filter, order, page, selection, group, signal });
    },
    /** partiesWithDeals for one request's ids with one plan, in the query of every request asking now. */
    partiesWithDeals(ids: readonly string[], group: string, signal: AbortSignal): Promise<(PartyWithDealsRecord | null)[]> {
      return Promise.all(ids.map((id) => partyRead.load({ id, group, signal })));
    },
  };
}

export type SharedReads = ReturnType<typeof createSharedReads>;
