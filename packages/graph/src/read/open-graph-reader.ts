import neo4j from 'neo4j-driver';
import type { QueryRunner } from './cypher-query.js';
import { createGraphReader, type GraphReader } from './create-graph-reader.js';
import { createLastTransactionReader, createQueryRunner } from './create-query-runner.js';

export interface OpenGraphReaderOptions {
  /** Bolt URI, e.g. bolt://127.0.0.1:7687. Required. */
  uri: string;
  /** Default: 'neo4j'. */
  user?: string;
  /** Default: 'neo4j'. */
  password?: string;
  /** Database name. Default: the server's default database. */
  database?: string;
  /** Wraps the query runner, e.g. to count or log round trips. Default: none. */
  wrapRunner?: (run: QueryRunner) => QueryRunner;
  /** Connections kept open at most. Default: 100. */
  maxConnectionPoolSize?: number;
  /** Longest one read may run in Neo4j before Neo4j ends it. Default: 30000. */
  queryTimeoutMs?: number;
}

/** A reader with its own driver; close() closes the driver. */
export interface OpenGraphReader {
  reader: GraphReader;
  run: QueryRunner;
  /** A mark of the database's last committed transaction (createLastTransactionReader): it moves with every write, by anyone. */
  lastTransaction: () => Promise<string>;
  /** Resolves once Neo4j answers (throws GraphError UNAVAILABLE if it does not). */
  verify(): Promise<void>;
  close(): Promise<void>;
}

/** Opens a driver for reading (no connection is made until the first query) and builds a reader over it. */
export function openGraphReader(options: OpenGraphReaderOptions): OpenGraphReader {
  const driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user ?? 'neo4j', options.password ?? 'neo4j'), {
    maxConnectionPoolSize: options.maxConnectionPoolSize ?? 100,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    // Numbers come back as numbers, not Integer objects that toPlain would convert one by one.
    disableLosslessIntegers: true,
  });
  // The runner tries a read once more on a fresh connection, so a restarted server does not keep failing requests on stale ones.
  const base = createQueryRunner({
    driver,
    ...(options.database ? { database: options.database } : {}),
    ...(options.queryTimeoutMs ? { timeoutMs: options.queryTimeoutMs } : {}),
  });
  const run = options.wrapRunner ? options.wrapRunner(base) : base;
  return {
    reader: createGraphReader(run),
    run,
    lastTransaction: createLastTransactionReader({ driver, ...(options.database ? { database: options.database } : {}) }),
    async verify() {
      await run({ text: 'RETURN 1 AS ok', params: {} });
    },
    close: () => driver.close(),
  };
}
