import type { IncomingMessage, OutgoingHttpHeaders, RequestListener, ServerResponse } from 'node:http';
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
  /** Characters of kept answers at most, counted as JSON (each is also kept parsed, for yoga). Default: 50,000,000. */
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

/** What the cache has done since it was made. */
export interface ResponseCacheStats {
  /** Answers given from memory, by either path. */
  hits: number;
  /** Of those, answers given by the Node fast path (nodeListener). */
  fastHits: number;
  /** Queries read from Neo4j because no kept answer fitted. */
  misses: number;
  /** Answers kept now. */
  entries: number;
}

export interface ResponseCache {
  stats(): ResponseCacheStats;
  /** The yoga plugin: keeps answers, and gives them to requests that reach yoga (gateway.fetch, GET, anything nodeListener passes on). */
  plugin: Plugin;
  /**
   * A Node request listener in front of `next` (yoga): a POST of JSON to `endpoint` that a kept
   * answer fits is answered here, with the headers yoga gave the same Accept and Origin before,
   * without yoga's per-request work (Fetch API objects, plugins, content negotiation), which is
   * most of the CPU a kept answer costs otherwise. Everything else goes to `next` untouched.
   */
  nodeListener(endpoint: string, next: RequestListener): RequestListener;
}

/** Bodies read by the Node fast path at most; larger ones go to yoga unread. */
const MAX_FAST_BODY_BYTES = 64 * 1024;
/** Longest a look at the last transaction may take before requests stop waiting for it. */
const LOOK_TIMEOUT_MS = 2_000;
/** Header sets kept for the Node fast path (one per Accept and Origin seen); more are dropped all at once. */
const MAX_HEADER_SETS = 256;

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
export function createResponseCache(options: ResponseCacheOptions): ResponseCache {
  const maxStaleMs = options.maxStaleMs ?? 0;
  const maxEntries = options.maxEntries ?? 10_000;
  const maxChars = options.maxChars ?? 50_000_000;
  const entries = new Map<string, Entry>();
  let keptChars = 0;
  const counts = { hits: 0, fastHits: 0, misses: 0 };
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
    let timer: NodeJS.Timeout | undefined;
    // A Neo4j that hangs must not hold every request here: after LOOK_TIMEOUT_MS they read for themselves (and meet yoga's timeout).
    const timedOut = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error('no answer from Neo4j')), LOOK_TIMEOUT_MS);
      timer.unref();
    });
    const promise = Promise.race([options.lastTransaction(), timedOut]).then(
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
      clearTimeout(timer);
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

  /** The kept answer for `key` if the graph has not changed since it was read, and the mark seen (undefined: Neo4j cannot say). */
  const lookUp = async (key: string): Promise<{ entry: Entry | undefined; mark: string | undefined }> => {
    const current = await markSince(performance.now() - maxStaleMs);
    if (current === undefined) return { entry: undefined, mark: undefined };
    const entry = entries.get(key);
    if (!entry || entry.mark !== current) return { entry: undefined, mark: current };
    // Most recently used last, so the first key is the one to drop.
    entries.delete(key);
    entries.set(key, entry);
    return { entry, mark: current };
  };

  /** Requests that missed, with what their answer may be kept under. */
  const pending = new WeakMap<Request, { key: string; mark: string; generation: number }>();
  /** Node requests the fast path looked up and passed on, with the mark it saw (so yoga's pass does not look again). */
  const markSeenByNode = new WeakMap<IncomingMessage, string>();
  /** Node requests whose answer the plugin kept: their response headers serve later hits. */
  const keptForNode = new WeakSet<IncomingMessage>();
  /** Response headers yoga gave a kept answer, by Accept and Origin (all they depend on for a query). */
  const headerSets = new Map<string, OutgoingHttpHeaders>();

  const plugin: Plugin = {
    async onParams({ params, request, setResult, context }) {
      const key = cacheKey(params);
      if (key === null) return;
      const nodeRequest = (context as { req?: IncomingMessage }).req;
      const seen = nodeRequest && markSeenByNode.get(nodeRequest);
      let current: string | undefined;
      if (seen !== undefined) {
        current = seen;
      } else {
        const found = await lookUp(key);
        if (found.entry) {
          const { json } = found.entry;
          setResult({ data: found.entry.data, stringify: () => json } as ExecutionResult);
          counts.hits += 1;
          // The fast path had the answer but no headers for this Accept and Origin: now it will.
          if (nodeRequest) keptForNode.add(nodeRequest);
          return;
        }
        current = found.mark;
      }
      if (current === undefined) return;
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
    onExecutionResult({ request, result, context }) {
      const asked = pending.get(request);
      if (!asked) return;
      pending.delete(request);
      // Only queries are still pending here (onExecute let go of the rest).
      counts.misses += 1;
      if (asked.generation !== generation || asked.mark !== mark || !result || Symbol.asyncIterator in result) return;
      const plain = result as ExecutionResult;
      if (plain.errors?.length || plain.data == null) return;
      keep(asked.key, { json: JSON.stringify({ data: plain.data }), data: plain.data, mark: asked.mark });
      const nodeRequest = (context as { req?: IncomingMessage }).req;
      if (nodeRequest) keptForNode.add(nodeRequest);
    },
  };

  const nodeListener = (endpoint: string, next: RequestListener): RequestListener => {
    const passOn = (req: IncomingMessage, res: ServerResponse, body: Buffer, headerKey: string) => {
      // whatwg-node reads a body already read from `req.body` instead of the consumed stream.
      (req as IncomingMessage & { body?: Buffer }).body = body;
      // The headers yoga sends: those set before writeHead and those given to it (whatwg-node does both).
      let sent: OutgoingHttpHeaders | undefined;
      const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
      res.writeHead = ((...args: unknown[]) => {
        const given = args.slice(1).find((arg) => typeof arg === 'object' && arg !== null);
        sent = given === undefined || !Array.isArray(given) ? { ...res.getHeaders() } : undefined;
        if (sent && given) for (const [name, value] of Object.entries(given)) sent[name.toLowerCase()] = value as string;
        return writeHead(...args);
      }) as ServerResponse['writeHead'];
      res.once('finish', () => {
        if (!sent || !keptForNode.has(req) || res.statusCode !== 200) return;
        // Only plain JSON replies: an Accept that asked for an event stream or multipart got those.
        if (!/^application\/(graphql-response\+)?json\b/.test(String(sent['content-type'] ?? ''))) return;
        delete sent['content-length'];
        if (headerSets.size >= MAX_HEADER_SETS) headerSets.clear();
        headerSets.set(headerKey, sent);
      });
      void next(req, res);
    };
    return (req, res) => {
      const length = Number(req.headers['content-length']);
      if (
        req.method !== 'POST' ||
        req.url !== endpoint ||
        !req.headers['content-type']?.startsWith('application/json') ||
        req.headers['transfer-encoding'] !== undefined ||
        !(length > 0 && length <= MAX_FAST_BODY_BYTES)
      ) {
        void next(req, res);
        return;
      }
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.once('error', () => res.destroy());
      req.once('end', () => {
        const body = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks);
        const headerKey = `${req.headers.accept ?? ''}\n${req.headers.origin ?? ''}`;
        let key: string | null = null;
        try {
          key = cacheKey(JSON.parse(body.toString('utf8')) as { query?: string });
        } catch {
          // Not JSON: yoga says what is wrong.
        }
        if (key === null) {
          passOn(req, res, body, headerKey);
          return;
        }
        void lookUp(key).then(({ entry, mark: seen }) => {
          const headers = headerSets.get(headerKey);
          if (entry && headers) {
            res.writeHead(200, { ...headers, 'content-length': Buffer.byteLength(entry.json) });
            res.end(entry.json);
            counts.hits += 1;
            counts.fastHits += 1;
            return;
          }
          // A miss: yoga need not look again. (With the answer but no headers yet, the plugin gives it.)
          if (seen !== undefined && !entry) markSeenByNode.set(req, seen);
          passOn(req, res, body, headerKey);
        });
      });
    };
  };

  return { plugin, nodeListener, stats: () => ({ ...counts, entries: entries.size }) };
}
