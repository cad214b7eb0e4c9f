import { dealFilterShape, type DealFilterInput, type DealOrderInput, type DealSelection, type GraphReader, type GraphRecord, type PageInput, type PartyWithDealsRecord, type SelectedDealRecord } from '@dealgraph/graph';
import DataLoader from 'dataloader';
import type { PartyReadPlan } from './plan-party-read.js';

/** A key of a shared read: only keys of one group share a query; the signal is the asking request's. */
interface SharedKey {
  group: string;
  /** The shared query stops once every request in it has given up. */
  signal: AbortSignal;
}

interface SharedPartyKey extends SharedKey {
  id: string;
  /** The read plan as JSON (planPartyRead): only keys with equal plans share a query. */
  group: string;
}

interface SharedDealPageKey extends SharedKey {
  filter: DealFilterInput;
  order: DealOrderInput;
  page: PageInput;
  selection: DealSelection | undefined;
  /** The filter's shape (dealFilterShape), the order, the page and the selection. */
  group: string;
}

interface SharedNeighborhoodKey extends SharedKey {
  id: string;
  depth: number;
  limit: number;
  /** The depth and the limit. */
  group: string;
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

/**
 * A loader whose batch is the keys asked in one turn of the event loop (requests arrive in
 * separate I/O callbacks, so the next tick would be too soon), read by `read` in one query per
 * group: it gets the keys of one group and a reader stopped once all their requests have given
 * up, and answers in the order of the keys.
 */
function sharedLoader<K extends SharedKey, V>(reader: GraphReader, read: (asked: K[], reader: GraphReader) => Promise<V[]>): DataLoader<K, V> {
  return new DataLoader<K, V>(
    async (keys) => {
      const groups = new Map<string, K[]>();
      for (const key of keys) {
        const group = groups.get(key.group);
        if (group) group.push(key);
        else groups.set(key.group, [key]);
      }
      const answers = new Map<K, V>();
      await Promise.all(
        [...groups.values()].map(async (asked) => {
          const values = await read(asked, reader.withSignal(whenAllAbort(asked.map((key) => key.signal))));
          asked.forEach((key, at) => answers.set(key, values[at] as V));
        }),
      );
      return keys.map((key) => answers.get(key) as V);
    },
    { cache: false, batchScheduleFn: (callback) => setImmediate(callback) },
  );
}

/**
 * Reads that concurrent requests share a round trip for, across requests: the compiled party
 * reads (planPartyRead) asked in one turn of the event loop go to Neo4j as one UNWIND query
 * per plan, deal pages as one per filter shape and page, neighborhoods as one per depth and
 * limit, instead of one query each; under load most of a read's cost in Node and in Neo4j is
 * per query, not per row. Nothing is cached or reused: every key is a row of the query, read
 * anew, even when two requests ask for the same id or the same page at once.
 */
export function createSharedReads(reader: GraphReader) {
  const partyRead = sharedLoader<SharedPartyKey, PartyWithDealsRecord | null>(reader, async (asked, shared) => {
    const plan = JSON.parse((asked[0] as SharedPartyKey).group) as PartyReadPlan;
    const records = await shared.partiesWithDeals(
      asked.map((key) => key.id),
      plan.pages,
      plan.withUnits,
    );
    return asked.map((_key, at) => records[at] ?? null);
  });
  const dealPage = sharedLoader<SharedDealPageKey, SelectedDealRecord[]>(reader, (asked, shared) => {
    const { order, page, selection } = asked[0] as SharedDealPageKey;
    return shared.dealPages(
      asked.map((key) => key.filter),
      order,
      page,
      selection,
    );
  });
  const neighborhood = sharedLoader<SharedNeighborhoodKey, GraphRecord>(reader, (asked, shared) => {
    const { depth, limit } = asked[0] as SharedNeighborhoodKey;
    return shared.neighborhoods(
      asked.map((key) => key.id),
      depth,
      limit,
    );
  });
  return {
    /** A neighborhood (GraphReader.neighborhood), its first two levels in the query of every request asking now with the same depth and limit. */
    neighborhood(id: string, depth: number, limit: number, signal: AbortSignal): Promise<GraphRecord> {
      return neighborhood.load({ id, depth, limit, group: `${depth}|${limit}`, signal });
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
