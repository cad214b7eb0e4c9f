import { extractDocument } from '@dealgraph/extract';
import { createGateway, GatewayError, listenGateway, readGatewayConfig, type IngestArticle } from '@dealgraph/gateway';
import {
  applySchema,
  confirmFact,
  createGraph,
  GraphError,
  ingestArticle,
  mergeParties,
  openExportReader,
  openGraphReader,
  rejectFact,
  undoMerge,
  type Graph,
} from '@dealgraph/graph';
import { SingleBar } from 'cli-progress';
import { type Command, InvalidArgumentError } from 'commander';
import { ingestPaths, toArticleFacts } from '../ingest-paths.js';

interface ServeOptions {
  ingest?: string[];
  port?: number;
  host: string;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidArgumentError('a port number from 0 to 65535.');
  return port;
}

/** Says what went wrong and what to do, without a stack trace for the errors we expect. */
function fail(error: unknown): never {
  const known = error instanceof GatewayError || error instanceof GraphError;
  process.stderr.write(`dealgraph serve: ${known || !(error instanceof Error) ? String((error as Error).message ?? error) : error.stack}\n`);
  process.exit(1);
}

/** The extractor and the loader behind Mutation.ingestArticle: they meet here, not in the gateway. */
function createIngestArticle(graph: Graph): IngestArticle {
  return async (input) => {
    const contentType = input.html ? 'html' : 'text';
    const text = input.html ?? input.text ?? '';
    const extraction = extractDocument(text, { publishedAt: input.publishedAt ?? null, url: input.url ?? null, contentType });
    return ingestArticle(graph, toArticleFacts(extraction, text, contentType));
  };
}

async function ingestWithProgress(graph: Graph, paths: string[]): Promise<void> {
  const bar = process.stderr.isTTY ? new SingleBar({ stream: process.stderr, format: 'ingest [{bar}] {value}/{total} files | {deals} deals' }) : null;
  let started = false;
  const result = await ingestPaths(graph, paths, {
    onProgress: ({ done, total, summary }) => {
      if (bar && !started) bar.start(total, 0, { deals: 0 });
      started = true;
      bar?.update(done, { deals: summary.dealsCreated + summary.dealsMerged });
    },
  });
  bar?.stop();
  process.stderr.write(`dealgraph serve: ingested ${result.files} files (${result.summary.dealsCreated} new deals)\n`);
  for (const failure of result.failures) process.stderr.write(`  skipped ${failure.file || '(input)'}: ${failure.reason}\n`);
}

async function serve(options: ServeOptions): Promise<void> {
  const config = readGatewayConfig();
  // Writes (ingest, curation) go through the graph; reads through openGraphReader, whose driver
  // bounds connect and retry times so a Neo4j outage answers NEO4J_UNAVAILABLE at once and
  // recovers by itself (what the gateway's outage test checks).
  const graph = createGraph(config.neo4j);
  const reads = openGraphReader(config.neo4j);
  await applySchema(graph);
  if (options.ingest && options.ingest.length > 0) await ingestWithProgress(graph, options.ingest);
  // Exports get a pool of their own, so a slow download never starves GraphQL reads.
  const exportsHandle = openExportReader(config.neo4j);
  const gateway = createGateway({
    exports: exportsHandle.reader,
    reader: reads.reader,
    apiKey: config.apiKey,
    jwtSecret: config.jwtSecret,
    corsOrigins: config.corsOrigins,
    responseCache: config.responseCache ? { ...config.responseCache, lastTransaction: reads.lastTransaction } : null,
    ingestArticle: createIngestArticle(graph),
    curation: {
      mergeParties: async (input) => (await mergeParties(graph, input)).keepId,
      undoMerge: (input) => undoMerge(graph, input.mergedId, { by: input.by }),
      rejectFact: (input) => rejectFact(graph, input.claimId, { by: input.by, reason: input.reason }),
      confirmFact: (input) => confirmFact(graph, input.claimId, { by: input.by }),
    },
  });
  const running = await listenGateway(gateway, { port: options.port ?? config.port, host: options.host });
  const base = `http://${options.host === '127.0.0.1' || options.host === '0.0.0.0' ? 'localhost' : options.host}:${running.port}`;
  process.stdout.write(`dealgraph is serving\n  GraphQL playground: ${base}/graphql\n  widget demo page:   ${base}/\n`);

  let closing = false;
  const close = async () => {
    if (closing) return;
    closing = true;
    process.stderr.write('dealgraph serve: stopping…\n');
    // A client that holds a connection open must not keep the process alive: close what
    // we can within a few seconds, then exit.
    const deadline = new Promise((resolve) => setTimeout(resolve, 5_000).unref());
    await Promise.race([Promise.allSettled([running.close(), reads.close(), exportsHandle.close(), graph.close()]), deadline]);
    process.exit(0);
  };
  process.once('SIGINT', () => void close());
  process.once('SIGTERM', () => void close());
}

/** `dealgraph serve [--ingest PATH…] [--port 4000] [--host 127.0.0.1]`: the GraphQL gateway over Neo4j. */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Serve the graph over GraphQL (playground at /graphql, widget demo at /), after ingesting the paths given.')
    .option('--ingest <paths...>', 'article files or folders to ingest before serving')
    .option('--port <port>', 'HTTP port (default: PORT or 4000)', parsePort)
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .action((options: ServeOptions) => serve(options).catch(fail));
}
