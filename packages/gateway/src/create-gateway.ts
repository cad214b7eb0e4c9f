import type { RequestListener } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { ExportReader, GraphReader } from '@dealgraph/graph';
import { useGraphQlJit } from '@envelop/graphql-jit';
import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import type { ExecutionResult } from 'graphql';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createSchema, createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { authenticate } from './authenticate.js';
import { createLoaders } from './create-loaders.js';
import { createSharedReads } from './create-shared-reads.js';
import { useExportRoutes } from './export/index.js';
import type { GatewayContext } from './gateway-context.js';
import { GatewayError } from './gateway-error.js';
import { loadSchemaSdl } from './load-schema-sdl.js';
import { maskError } from './mask-error.js';
import { loadPlaygroundTabs } from './load-playground-tabs.js';
import { createMutationResolvers } from './resolvers/mutation-resolvers.js';
import { queryResolvers } from './resolvers/query-resolvers.js';
import { createDealAddedPubSub, createSubscriptionResolvers } from './resolvers/subscription-resolvers.js';
import { typeResolvers } from './resolvers/type-resolvers.js';
import { serveStaticFile } from './serve-static-file.js';
import { useRequestBodyLimit } from './use-request-body-limit.js';
import { createResponseCache, type ResponseCacheOptions, type ResponseCacheStats } from './create-response-cache.js';
import { useValidationCache } from './use-validation-cache.js';
import type { CurationFunctions, IngestArticle } from './write-functions.js';

/** Something `console` satisfies. */
export interface GatewayLogger {
  debug?(message: string, ...rest: unknown[]): void;
  info?(message: string, ...rest: unknown[]): void;
  warn?(message: string, ...rest: unknown[]): void;
  error?(message: string, ...rest: unknown[]): void;
}

export interface GatewayLimits {
  /** Deepest selection allowed. Default: 12. */
  maxDepth?: number;
  /** graphql-armor cost ceiling. Default: 20000. */
  maxCost?: number;
  /** Aliases per operation. Default: 15. */
  maxAliases?: number;
  /** Tokens per document. Default: 3000. */
  maxTokens?: number;
  /** Milliseconds an operation may run before it fails with TIMEOUT. Default: 15000. */
  requestTimeoutMs?: number;
  /** Bytes of a request body; a larger one is refused with 413. Default: 25000000 (yoga's). */
  maxRequestBytes?: number;
}

export interface CreateGatewayOptions {
  /** The graph to read (openGraphReader from @dealgraph/graph). Required. */
  reader: GraphReader;
  /** Folder of the *.graphql SDL. Default: the repository's schema/ folder. */
  schemaDir?: string;
  /** The ingest behind Mutation.ingestArticle. Default: none (the mutation says ingest is not configured). */
  ingestArticle?: IngestArticle | null;
  /** Curation behind mergeParties, undoMerge, rejectFact, confirmFact. Default: none (each says it is not configured). */
  curation?: Partial<CurationFunctions>;
  /** Key that header x-api-key must carry for mutations. Default: none. */
  apiKey?: string | null;
  /** HS256 secret of Bearer JWTs accepted for mutations. Default: none. */
  jwtSecret?: string | null;
  /** Origins allowed by CORS, or '*' for any (the read API is public). Default: '*'. */
  corsOrigins?: string[] | '*';
  /** Depth, cost, alias, token and time limits. Default: see GatewayLimits. */
  limits?: GatewayLimits;
  /** File served at /widget.js. Default: packages/widget/dist/widget.js of this repository. */
  widgetScriptPath?: string;
  /** File served at /. Default: packages/widget/dist/demo.html of this repository. */
  demoPagePath?: string;
  /** GraphiQL at /graphql for browsers. Default: true. */
  playground?: boolean;
  /** Where the gateway logs. Default: nowhere. */
  logger?: GatewayLogger | null;
  /** Rows behind GET /export/deals.csv, deals.jsonl, parties.csv, parties.jsonl (openExportReader of @dealgraph/graph). Default: none (no /export routes). */
  exports?: ExportReader | null;
  /**
   * Keeps answers of read queries until the database's last transaction moves (see
   * createResponseCache); give `lastTransaction` from openGraphReader of @dealgraph/graph.
   * Default: none (every request reads).
   */
  responseCache?: ResponseCacheOptions | null;
}

export interface Gateway {
  /** The Fetch API handler: tests call it with no port. */
  fetch: YogaServerInstance<Record<string, unknown>, GatewayContext>['fetch'];
  /** What listenGateway serves: yoga behind the response cache's fast path, or yoga itself without a cache. */
  nodeListener: RequestListener;
  /** What the response cache has done (hits, misses), or null without one. */
  responseCacheStats(): ResponseCacheStats | null;
  /** The yoga server: a Node request listener too (http.createServer(gateway.yoga)). */
  yoga: YogaServerInstance<Record<string, unknown>, GatewayContext>;
  /** The GraphQL endpoint path: '/graphql'. */
  graphqlEndpoint: string;
}

const resolveFromHere = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Fails an operation that runs longer than the timeout, so a slow query cannot hold a client
 * forever, and cancels the reads it started, so Neo4j stops working for a request nobody waits for.
 */
function useRequestTimeout(timeoutMs: number): Plugin<GatewayContext> {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const { cancelReads } = args.contextValue as GatewayContext;
      setExecuteFn(async (executeArgs) => {
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<ExecutionResult>((_resolve, reject) => {
          timer = setTimeout(() => {
            const error = new GatewayError('TIMEOUT', `The request took longer than ${timeoutMs} ms; ask for less (smaller first, depth or limit).`);
            cancelReads.abort(error);
            reject(error);
          }, timeoutMs);
        });
        try {
          return await Promise.race([executeFn(executeArgs) as Promise<ExecutionResult>, timeout]);
        } finally {
          clearTimeout(timer);
        }
      });
    },
  };
}

/** Builds the gateway (schema once, plugins, static files); it listens nowhere: see listenGateway. */
export function createGateway(options: CreateGatewayOptions): Gateway {
  const limits = options.limits ?? {};
  const pubsub = createDealAddedPubSub();
  const sharedReads = createSharedReads(options.reader);
  const schemaDir = options.schemaDir ?? resolveFromHere('../../../schema/');
  const schema = createSchema<Record<string, unknown> & GatewayContext>({
    typeDefs: loadSchemaSdl(schemaDir),
    resolvers: {
      ...typeResolvers,
      Query: queryResolvers,
      Mutation: createMutationResolvers({ ingestArticle: options.ingestArticle ?? null, curation: options.curation ?? {}, pubsub }),
      Subscription: createSubscriptionResolvers(pubsub),
    },
  });
  const staticFiles = [
    {
      urlPath: '/widget.js',
      filePath: options.widgetScriptPath ?? resolveFromHere('../../widget/dist/widget.js'),
      contentType: 'text/javascript; charset=utf-8',
    },
    { urlPath: '/', filePath: options.demoPagePath ?? resolveFromHere('../../widget/dist/demo.html'), contentType: 'text/html; charset=utf-8' },
  ];
  const auth = { apiKey: options.apiKey ?? null, jwtSecret: options.jwtSecret ?? null };
  const logger = options.logger;
  const graphqlEndpoint = '/graphql';
  const responseCache = options.responseCache ? createResponseCache(options.responseCache) : null;

  const yoga = createYoga<Record<string, unknown>, GatewayContext>({
    schema,
    graphqlEndpoint,
    landingPage: false,
    logging: logger
      ? {
          debug: (...args: unknown[]) => logger.debug?.(String(args[0]), ...args.slice(1)),
          info: (...args: unknown[]) => logger.info?.(String(args[0]), ...args.slice(1)),
          warn: (...args: unknown[]) => logger.warn?.(String(args[0]), ...args.slice(1)),
          error: (...args: unknown[]) => logger.error?.(String(args[0]), ...args.slice(1)),
        }
      : false,
    maskedErrors: { maskError },
    // useRequestBodyLimit (below) limits the body as this would, at less cost per request.
    maxRequestBodySize: false,
    // Parsed documents are still cached by yoga; their validation results by useValidationCache (below), at less cost per request.
    parserAndValidationCache: { validationCache: false },
    cors: {
      origin: options.corsOrigins ?? '*',
      methods: ['GET', 'POST', 'OPTIONS'],
      allowedHeaders: ['content-type', 'accept', 'authorization', 'x-api-key'],
    },
    // GraphiQL's scripts and styles inlined from the package, not loaded from a CDN, so the
    // playground works on machines without internet access.
    renderGraphiQL,
    graphiql: options.playground === false ? false : { title: 'dealgraph', defaultTabs: loadPlaygroundTabs(schemaDir), subscriptionsProtocol: 'WS' },
    context: ({ request }) => {
      let writer: ReturnType<GatewayContext['writer']> | undefined;
      const cancelReads = new AbortController();
      const reader = options.reader.withSignal(cancelReads.signal);
      return {
        reader,
        cancelReads,
        loaders: createLoaders(reader, sharedReads, cancelReads.signal),
        writer: () => (writer ??= authenticate(request.headers, auth)),
      };
    },
    plugins: [
      {
        async onRequest({ request, endResponse }) {
          const response = await serveStaticFile(request, staticFiles);
          if (response) endResponse(response);
        },
      },
      // Before the limits and parsing: a kept answer was given to the same query, which passed them then.
      ...(responseCache ? [responseCache.plugin] : []),
      maxTokensPlugin({ n: limits.maxTokens ?? 3000 }),
      maxDepthPlugin({ n: limits.maxDepth ?? 12, ignoreIntrospection: true }),
      maxAliasesPlugin({ n: limits.maxAliases ?? 15 }),
      costLimitPlugin({ maxCost: limits.maxCost ?? 20_000, ignoreIntrospection: true }),
      blockFieldSuggestionsPlugin(),
      // After every plugin that adds a validation rule or rewrites the result.
      useValidationCache(),
      // Executes through a function compiled once per document (kept as long as yoga's parse
      // cache keeps the document): the generic executor's per-field type checks, argument
      // coercion and promise plumbing were a good part of a request's CPU. Parsing, validation
      // and the limits above still run on every request. Before useRequestTimeout, which wraps it.
      useGraphQlJit(),
      useRequestTimeout(limits.requestTimeoutMs ?? 15_000),
      // Analysts' file exports, streamed from Neo4j (export/).
      ...(options.exports ? [useExportRoutes({ reader: options.exports, ...(logger?.error ? { logger: { error: logger.error.bind(logger) } } : {}) })] : []),
      // Last, where yoga puts its own body limit: after every plugin that adds a request parser.
      useRequestBodyLimit(limits.maxRequestBytes ?? 25_000_000),
    ],
  });
  const nodeListener: RequestListener = responseCache ? responseCache.nodeListener(graphqlEndpoint, yoga) : yoga;
  return { fetch: yoga.fetch, yoga, nodeListener, graphqlEndpoint, responseCacheStats: () => responseCache?.stats() ?? null };
}
