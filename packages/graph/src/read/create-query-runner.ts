import neo4j, { type Driver, Neo4jError } from 'neo4j-driver';
import type { CypherQuery, QueryRunner, Row } from './cypher-query.js';
import { GraphError } from '../graph-error.js';
import { toPlain } from './to-plain.js';

export interface CreateQueryRunnerOptions {
  /** The driver to read through; the caller owns it and closes it. */
  driver: Driver;
  /** Database name. Default: the server's default database. */
  database?: string;
}

/** Driver error codes that mean "the database cannot be reached now": retrying later helps. */
const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

/** True for an error that means Neo4j cannot be reached (down, restarting, network gone). */
export function isUnavailableError(error: unknown): boolean {
  if (error instanceof Neo4jError) {
    return UNAVAILABLE_CODES.has(error.code) || error.code.startsWith('Neo.TransientError.General.DatabaseUnavailable');
  }
  return false;
}

/**
 * The read layer's one way to Neo4j: a read-routed auto-commit query per call, rows turned
 * into plain objects. Unreachable Neo4j becomes GraphError UNAVAILABLE; the driver
 * reconnects by itself on a later call once Neo4j is back.
 */
export function createQueryRunner(options: CreateQueryRunnerOptions): QueryRunner {
  const { driver, database } = options;
  return async (query: CypherQuery): Promise<Row[]> => {
    try {
      const result = await driver.executeQuery(query.text, query.params as Record<string, unknown>, {
        routing: neo4j.routing.READ,
        ...(database ? { database } : {}),
      });
      return result.records.map((record) => {
        const row: Row = {};
        for (const key of record.keys) row[key as string] = toPlain(record.get(key));
        return row;
      });
    } catch (error) {
      if (isUnavailableError(error)) {
        throw new GraphError('UNAVAILABLE', 'Neo4j cannot be reached; try again when it is back.', { cause: error });
      }
      throw new GraphError('QUERY_FAILED', `A read query failed: ${error instanceof Error ? error.message : String(error)}`, {
        cause: error,
      });
    }
  };
}
