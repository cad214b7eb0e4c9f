import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { toGraphError } from './graph-error.js';
import type { CypherQuery } from './ingest-queries.js';
import type { Logger } from './types.js';

export interface GraphOptions {
  /** Bolt URI of Neo4j 5, e.g. `bolt://localhost:7687`. Required. */
  uri: string;
  /** Neo4j user. Default `neo4j`. */
  user?: string;
  /** Neo4j password. Default `neo4j` (an embedded Neo4j without auth ignores it). */
  password?: string;
  /** Database name. Default: the server's default database. */
  database?: string;
  /** Where progress and warnings go. Default: nowhere. */
  logger?: Logger;
  /** Connections in the driver's pool. Default 20. */
  maxConnectionPoolSize?: number;
}

/** A connection to the graph: what every function of this package takes first. */
export interface Graph {
  readonly uri: string;
  readonly database: string | undefined;
  readonly logger: Logger;
  /** The driver, for read queries of this package; other packages go through its functions. */
  readonly driver: Driver;
  close(): Promise<void>;
}

const quiet: Logger = { info: () => {}, warn: () => {}, error: () => {} };

/** Builds a graph handle; nothing is sent to Neo4j until it is used (see `applySchema`). */
export function createGraph(options: GraphOptions): Graph {
  const driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user ?? 'neo4j', options.password ?? 'neo4j'), {
    // Numbers come back as JavaScript numbers: years, offsets and counts are far below 2^53.
    disableLosslessIntegers: true,
    maxConnectionPoolSize: options.maxConnectionPoolSize ?? 20,
  });
  return {
    uri: options.uri,
    database: options.database,
    logger: options.logger ?? quiet,
    driver,
    close: () => driver.close(),
  };
}

/** Runs one query inside a transaction and returns its records as plain objects. */
export type RunQuery = (query: CypherQuery) => Promise<Array<Record<string, unknown>>>;

function runner(tx: ManagedTransaction, logger: Logger): RunQuery {
  return async (query) => {
    const started = performance.now();
    const result = await tx.run(query.text, query.parameters);
    logger.debug?.(`${(performance.now() - started).toFixed(1)} ms ${query.text.split('\n').slice(0, 2).join(' ')}`);
    return result.records.map((record) => record.toObject() as Record<string, unknown>);
  };
}

/**
 * Runs `work` in one write transaction: all of it is committed or none of it.
 * Transient failures (deadlocks, leader changes) are retried by the driver, so
 * `work` must only compute from what it reads.
 */
export async function inWriteTransaction<T>(graph: Graph, doing: string, work: (run: RunQuery) => Promise<T>): Promise<T> {
  const session = graph.driver.session({ database: graph.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    return await session.executeWrite((tx) => work(runner(tx, graph.logger)));
  } catch (error) {
    throw toGraphError(error, graph.uri, doing);
  } finally {
    await session.close();
  }
}

/** Runs `work` in one read transaction. */
export async function inReadTransaction<T>(graph: Graph, doing: string, work: (run: RunQuery) => Promise<T>): Promise<T> {
  const session = graph.driver.session({ database: graph.database, defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead((tx) => work(runner(tx, graph.logger)));
  } catch (error) {
    throw toGraphError(error, graph.uri, doing);
  } finally {
    await session.close();
  }
}
