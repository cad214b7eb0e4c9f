import neo4j, { type Driver, Neo4jError, type Result, type Session } from 'neo4j-driver';
import type { CypherQuery, QueryRunner, Row, RunOptions } from './cypher-query.js';
import { GraphError } from '../graph-error.js';
import { toPlain } from './to-plain.js';

export interface CreateQueryRunnerOptions {
  /** The driver to read through; the caller owns it and closes it. */
  driver: Driver;
  /** Database name. Default: the server's default database. */
  database?: string;
  /** Longest a read may run in Neo4j before Neo4j ends it (a transaction timeout), whoever waits for it. Default: 30000. */
  timeoutMs?: number;
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
 * Neo4j's notifications (warnings such as an unknown relationship type, hints) are read by
 * nobody here, yet Neo4j builds and sends them with every result and the driver decodes them:
 * up to 35 maps of long strings per neighborhood query when the graph has no SELLER deals or
 * no roles, a visible part of both processes' CPU per request. EXPLAIN in the tests still sees them.
 */
const NO_NOTIFICATIONS = { minimumSeverityLevel: 'OFF' } as const;

/**
 * session.run without the stack trace the driver records for every result (`new Error().stack`,
 * formatted at once, to decorate an error the query may end with): a few percent of the
 * gateway's CPU per request, for a trace that would only point here, where a failure becomes
 * a GraphError with its own stack and the driver's error as its cause.
 */
function runWithoutStackTrace(session: Session, query: CypherQuery, timeout: number): Result {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return session.run(query.text, query.params as Record<string, unknown>, { timeout });
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** A read session that asks Neo4j for no notifications. */
function readSession(driver: Driver, database: string | undefined): Session {
  return driver.session({ defaultAccessMode: neo4j.session.READ, notificationFilter: NO_NOTIFICATIONS, ...(database ? { database } : {}) });
}

/** A driver error as the read layer's GraphError: UNAVAILABLE when Neo4j cannot be reached, else QUERY_FAILED. */
function toReadError(error: unknown, what: string): GraphError {
  if (isUnavailableError(error)) return new GraphError('UNAVAILABLE', 'Neo4j cannot be reached; try again when it is back.', { cause: error });
  return new GraphError('QUERY_FAILED', `${what} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
}

const cancelled = (signal: AbortSignal) =>
  new GraphError('CANCELLED', 'The read was cancelled because the request it served gave up (timed out or went away).', { cause: signal.reason });

/**
 * The read layer's one way to Neo4j: each call is one read-routed auto-commit transaction
 * (RUN and PULL in one write; a managed transaction adds BEGIN and COMMIT, three round trips
 * where this takes one), rows turned into plain objects. An aborted signal closes the
 * session, whose RESET makes Neo4j stop the query; a server-side transaction timeout ends
 * it too if nobody is waiting any more. A read that finds its connection dead (Neo4j
 * restarted) is tried once more on a fresh one, as a managed transaction would be; Neo4j
 * still unreachable becomes GraphError UNAVAILABLE.
 */
export function createQueryRunner(options: CreateQueryRunnerOptions): QueryRunner {
  const { driver, database } = options;
  const timeout = options.timeoutMs ?? 30_000;

  async function runOnce(query: CypherQuery, signal: AbortSignal | undefined): Promise<Row[]> {
    const session = readSession(driver, database);
    let onAbort: (() => void) | undefined;
    try {
      const result = runWithoutStackTrace(session, query, timeout);
      const records = signal
        ? await Promise.race([
            result,
            new Promise<never>((_resolve, reject) => {
              onAbort = () => reject(cancelled(signal));
              signal.addEventListener('abort', onAbort, { once: true });
            }),
          ])
        : await result;
      return records.records.map((record) => {
        const row: Row = {};
        for (const key of record.keys) row[key as string] = toPlain(record.get(key));
        return row;
      });
    } finally {
      if (onAbort) signal?.removeEventListener('abort', onAbort);
      // After an abort this sends RESET, which stops the running query in Neo4j.
      await session.close().catch(() => {});
    }
  }

  return async (query: CypherQuery, runOptions: RunOptions = {}): Promise<Row[]> => {
    const { signal } = runOptions;
    for (let attempt = 1; ; attempt += 1) {
      if (signal?.aborted) throw cancelled(signal);
      try {
        return await runOnce(query, signal);
      } catch (error) {
        if (error instanceof GraphError) throw error;
        if (isUnavailableError(error) && attempt < 2) continue;
        throw toReadError(error, 'A read query');
      }
    }
  };
}

/**
 * A mark of the database's last committed transaction: the bookmark Neo4j gives for an empty
 * read. Marks are opaque; two equal marks mean no transaction was committed in between, by
 * anyone (this process, the CLI's ingest, Neo4j Browser). The gateway's response cache keeps
 * answers until the mark moves. Neo4j unreachable becomes GraphError UNAVAILABLE.
 */
export function createLastTransactionReader(options: Pick<CreateQueryRunnerOptions, 'driver' | 'database'>): () => Promise<string> {
  const { driver, database } = options;
  return async () => {
    const session = readSession(driver, database);
    try {
      await session.run('RETURN 1', {}, { timeout: 5_000 });
      return session.lastBookmarks().join(' ');
    } catch (error) {
      throw toReadError(error, 'Reading the last transaction');
    } finally {
      await session.close().catch(() => {});
    }
  };
}
