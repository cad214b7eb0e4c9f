import { describe, expect, it } from '@jest/globals';
import type { GraphReader, PartyWithDealsRecord } from '@dealgraph/graph';
import { createSharedReads } from './create-shared-reads.js';

/** A reader whose partiesWithDeals waits until released, recording the ids and the signal of each call. */
function pausedReader() {
  const calls: { ids: readonly string[]; signal: AbortSignal | null }[] = [];
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  const reader = (signal: AbortSignal | null): GraphReader =>
    ({
      withSignal: (next: AbortSignal) => reader(next),
      async partiesWithDeals(ids: readonly string[]) {
        calls.push({ ids, signal });
        await released;
        return ids.map((id) => ({ party: { id, type: 'COMPANY', name: id, aliases: [] }, pages: [], units: null }) satisfies PartyWithDealsRecord);
      },
    }) as unknown as GraphReader;
  return { reader: reader(null), calls, release: () => release() };
}

const PLAN = JSON.stringify({ pages: [], withUnits: false });

describe('reads shared by concurrent requests', () => {
  it('puts the ids of requests asking in one turn into one query, duplicates included, and answers each its own', async () => {
    const paused = pausedReader();
    const shared = createSharedReads(paused.reader);
    const first = shared.partiesWithDeals(['a', 'b'], PLAN, new AbortController().signal);
    const second = shared.partiesWithDeals(['b'], PLAN, new AbortController().signal);
    await new Promise((resolve) => setImmediate(resolve));
    paused.release();
    expect((await first).map((record) => record?.party.id)).toEqual(['a', 'b']);
    expect((await second).map((record) => record?.party.id)).toEqual(['b']);
    expect(paused.calls.map((call) => call.ids)).toEqual([['a', 'b', 'b']]);
  });

  it('cancels the shared query only when every request in it has given up', async () => {
    const paused = pausedReader();
    const shared = createSharedReads(paused.reader);
    const one = new AbortController();
    const other = new AbortController();
    const reads = [shared.partiesWithDeals(['a'], PLAN, one.signal), shared.partiesWithDeals(['b'], PLAN, other.signal)];
    await new Promise((resolve) => setImmediate(resolve));
    const signal = paused.calls[0]?.signal;
    one.abort();
    expect(signal?.aborted).toBe(false);
    other.abort();
    expect(signal?.aborted).toBe(true);
    paused.release();
    await Promise.all(reads);
  });
});
