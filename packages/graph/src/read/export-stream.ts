// Rows of one read query as they arrive from Neo4j, for exports too large to hold in memory.
import neo4j, { type Driver } from 'neo4j-driver';
import type { CypherQuery, Row } from './cypher-query.js';
import { GraphError } from '../graph-error.js';
import { isUnavailableError } from './create-query-runner.js';
import { toPlain } from './to-plain.js';

export interface StreamRowsOptions {
  /** The driver to read through; the caller owns it and closes it. */
  driver: Driver;
  /** Database name. Default: the server's default database. */
  database?: string;
  /** Records pulled from Neo4j per batch: the most held in memory at once. Default 500. */
  fetchSize?: number;
}

/**
 * Yields each record of the query as a plain row while the driver pulls batches of
 * `fetchSize`: memory stays flat however many rows there are, and a consumer that stops
 * early (a closed download) closes the session, which tells Neo4j to stop. An auto-commit
 * query, not a retried transaction: a retry would repeat rows already handed out.
 */
export async function* streamRows(options: StreamRowsOptions, query: CypherQuery): AsyncGenerator<Row> {
  const session = options.driver.session({
    defaultAccessMode: neo4j.session.READ,
    fetchSize: options.fetchSize ?? 500,
    ...(options.database ? { database: options.database } : {}),
  });
  try {
    const result = session.run(query.text, query.params as Record<string, unknown>);
    for await (const record of result) {
      const row: Row = {};
      for (const key of record.keys) row[key as string] = toPlain(record.get(key));
      yield row;
    }
  } catch (error) {
    if (isUnavailableError(error)) {
      throw new GraphError('UNAVAILABLE', 'Neo4j cannot be reached; try the export again when it is back.', { cause: error });
    }
    throw new GraphError('QUERY_FAILED', `An export query failed: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  } finally {
    await session.close();
  }
}
