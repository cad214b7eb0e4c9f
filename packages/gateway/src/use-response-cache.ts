import { getOperationAST, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export interface ResponseCacheOptions {
  /**
   * A mark of the database's last committed transaction (`lastTransaction` of openGraphReader
   * in @dealgraph/graph): equal marks mean nobody wrote in between. Required: without it the
   * cache could not see writes by other processes.
   */
  lastTransaction: () => Promise<string>;
  /**
   * How old the last look at the mark may be for a kept answer to be given without a new one.
   * Default 0: every request waits for a look that began after it arrived (requests arriving
   * together share one), so an answer is never older than the request. Above 0, a write by
   * another process may be missed for that long; one through this gateway never is.
   */
  maxStaleMs?: number;
  /** Answers kept at most; the least recently used goes first. Default: 10,000. */
  maxEntries?: number;
  /** Characters of kept answers at most (JSON). Default: 50,000,000. */
  maxChars?: number;
}

interface Entry {
  json: string;
  data: ExecutionResult['data'];
  /** The mark the answer was read under. */
  mark: string;
}

/** What decides a query's answer: its text, operation name and variables (the read API is the same for every caller). */
function cacheKey(params: { query?: string; operationName?: string | null; variables?: unknown }): string | null {
  if (typeof params.query !== 'string') return null;
  return `${params.operationName ?? ''}\u0000${params.query}\u0000${params.variables === undefined ? '' : JSON.stringify(params.variables)}`;
}

/**
 * Keeps the answers of read queries and gives them again for the same query and variables
 * while the graph has not changed, so a page embedding the widget, or a notebook loop, asking
 * the same thing hundreds of times a second costs one read, not hundreds. A kept answer is
 * given only after a look at the database's last transaction (one small round trip shared by
 * the requests that arrive meanwhile) finds it unchanged since the answer was read; so a write
 * by anyone (this gateway, the CLI's ingest, Neo4j Browser) shows at once. Answers with errors
 * are not kept, nor anything while Neo4j cannot be asked: then every request reads for itself
 * and gets Neo4j's error.
 */
export function useResponseCache(options: ResponseCacheOptions): Plugin {
  const maxStaleMs = options.maxStaleMs ?? 0;
  const maxEntries = options.maxEntries ?? 10_000;
  const maxChars = options.maxChars ?? 50_000_000;
  const entries = new Map<string, Entry>();
  let keptChars = 0;
  /** Bumped when answers are dropped for a mutation, so an answer read before it is not kept after it. */
  let generation = 0;

  /** The last mark seen (undefined: none, or Neo4j could not be asked) and when the look that saw it began. */
  let mark: string | undefined;
  let markSeenAt = Number.NEGATIVE_INFINITY;
  let looking: { promise: Promise<string | undefined>; startedAt: number } | null = null;
  let nextLook: Promise<string | undefined> | null = null;

  const drop = () => {
    entries.clear();
    keptChars = 0;
  };

  const look = (): Promise<string | undefined> => {
    const startedAt = performance.now();
    const promise = options.lastTransaction().then(
      (current) => {
        if (current !== mark) drop();
        mark = current;
        markSeenAt = Math.max(markSeenAt, startedAt);
        return current;
      },
      () => {
        drop();
        mark = undefined;
        return undefined;
      },
    );
    looking = { promise, startedAt };
    // Registered before any nextLook, so `looking` is cleared before the next look starts.
    void promise.finally(() => {
      if (looking?.promise === promise) looking = null;
    });
    return promise;
  };

  /** The mark as seen by a look that began at `since` or later. */
  const markSince = (since: number): string | undefined | Promise<string | undefined> => {
    if (mark !== undefined && markSeenAt >= since) return mark;
    if (!looking) return look();
    if (looking.startedAt >= since) return looking.promise;
    // A look is under way that began too early: the requests arriving now share the one after it.
    nextLook ??= looking.promise.then(() => {
      nextLook = null;
      return look();
    });
    return nextLook;
  };

  const keep = (key: string, entry: Entry) => {
    if (entry.json.length > maxChars) return;
    const old = entries.get(key);
    if (old) {
      entries.delete(key);
      keptChars -= old.json.length;
    }
    while (entries.size > 0 && (entries.size >= maxEntries || keptChars + entry.json.length > maxChars)) {
      const [oldestKey, oldest] = entries.entries().next().value as [string, Entry];
      entries.delete(oldestKey);
      keptChars -= oldest.json.length;
    }
    entries.set(key, entry);
    keptChars += entry.json.length;
  };

  /** Requests that missed, with what their answer may be kept under. */
  const pending = new WeakMap<Request, { key: string; mark: string; generation: number }>();

  return {
    async onParams({ params, request, setResult }) {
      const key = cacheKey(params);
      if (key === null) return;
      const current = await markSince(performance.now() - maxStaleMs);
      if (current === undefined) return;
      const entry = entries.get(key);
      if (entry && entry.mark === current) {
        // Most recently used last, so the first key is the one to drop.
        entries.delete(key);
        entries.set(key, entry);
        setResult({ data: entry.data, stringify: () => entry.json } as ExecutionResult);
        return;
      }
      pending.set(request, { key, mark: current, generation });
    },
    onExecute({ args }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (operation?.operation === 'query') return undefined;
      const request = (args.contextValue as { request?: Request }).request;
      if (request) pending.delete(request);
      if (operation?.operation !== 'mutation') return undefined;
      // The next look would see the write too; dropping now also covers maxStaleMs > 0.
      return {
        onExecuteDone: () => {
          drop();
          generation += 1;
          markSeenAt = Number.NEGATIVE_INFINITY;
        },
      };
    },
    onExecutionResult({ request, result }) {
      const asked = pending.get(request);
      if (!asked) return;
      pending.delete(request);
      if (asked.generation !== generation || asked.mark !== mark || !result || Symbol.asyncIterator in result) return;
      const plain = result as ExecutionResult;
      if (plain.errors?.length || plain.data == null) return;
      keep(asked.key, { json: JSON.stringify({ data: plain.data }), data: plain.data, mark: asked.mark });
    },
  };
}
