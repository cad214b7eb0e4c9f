import { applySchema, createGraph, createGraphReader, createQueryRunner, GraphError } from '@dealgraph/graph';
import { createGateway, GatewayError, listenGateway, readGatewayConfig } from '@dealgraph/gateway';
import { type Command, InvalidArgumentError } from 'commander';

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

async function serve(options: ServeOptions): Promise<void> {
  const config = readGatewayConfig();
  const graph = createGraph({ ...config.neo4j, maxConnectionPoolSize: 100 });
  await applySchema(graph);
  if (options.ingest && options.ingest.length > 0) {
    process.stderr.write('dealgraph serve: --ingest needs `dealgraph ingest` (packages/cli/src/ingest-paths.ts), not available in this build; serving what the graph holds.\n');
  }
  const gateway = createGateway({
    reader: createGraphReader(createQueryRunner({ driver: graph.driver, ...(graph.database ? { database: graph.database } : {}) })),
    apiKey: config.apiKey,
    jwtSecret: config.jwtSecret,
    corsOrigins: config.corsOrigins,
  });
  const running = await listenGateway(gateway, { port: options.port ?? config.port, host: options.host });
  const base = `http://${options.host === '127.0.0.1' || options.host === '0.0.0.0' ? 'localhost' : options.host}:${running.port}`;
  process.stdout.write(`dealgraph is serving\n  GraphQL playground: ${base}/graphql\n  widget demo page:   ${base}/\n`);

  let closing = false;
  const close = async () => {
    if (closing) return;
    closing = true;
    await running.close();
    await graph.close();
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
