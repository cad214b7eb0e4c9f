// The exports' way to Neo4j: rows streamed one by one, for the gateway's /export routes.
import neo4j, { type Driver } from 'neo4j-driver';
import { buildDealExportQuery, toDealExportRow, type DealExportRow } from './export-deals.js';
import { buildPartyExportQuery, toPartyExportRow, type PartyExportRow } from './export-parties.js';
import { streamRows } from './export-stream.js';
import type { DealFilterInput } from './read-types.js';

export { DEAL_EXPORT_COLUMNS, buildDealExportQuery, type DealExportRow } from './export-deals.js';
export { PARTY_EXPORT_COLUMNS, buildPartyExportQuery, type PartyExportRow } from './export-parties.js';

/** Streams of export rows: each pulls from Neo4j only as fast as it is consumed. */
export interface ExportReader {
  /** One row per deal matching the filter (the `deals` query's filter), latest first. */
  deals(filter: DealFilterInput): AsyncGenerator<DealExportRow>;
  /** One row per party of those deals, by name. */
  parties(filter: DealFilterInput): AsyncGenerator<PartyExportRow>;
}

export interface CreateExportReaderOptions {
  /** The driver to read through; the caller owns it and closes it. */
  driver: Driver;
  /** Database name. Default: the server's default database. */
  database?: string;
  /** Records pulled from Neo4j per batch. Default 500. */
  fetchSize?: number;
}

export function createExportReader(options: CreateExportReaderOptions): ExportReader {
  return {
    async *deals(filter) {
      for await (const row of streamRows(options, buildDealExportQuery(filter))) yield toDealExportRow(row);
    },
    async *parties(filter) {
      for await (const row of streamRows(options, buildPartyExportQuery(filter))) yield toPartyExportRow(row);
    },
  };
}

export interface OpenExportReaderOptions {
  /** Bolt URI, e.g. bolt://127.0.0.1:7687. Required. */
  uri: string;
  /** Default: 'neo4j'. */
  user?: string;
  /** Default: 'neo4j'. */
  password?: string;
  /** Database name. Default: the server's default database. */
  database?: string;
  /** Exports streaming at once at most (one connection each). Default: 10. */
  maxConnectionPoolSize?: number;
}

/** An export reader with its own driver; close() closes the driver. */
export interface OpenExportReader {
  reader: ExportReader;
  close(): Promise<void>;
}

/**
 * Opens a driver of its own for exports: a download holds its connection for as long as the
 * client takes to read it, and a pool apart keeps slow downloads from starving GraphQL reads.
 */
export function openExportReader(options: OpenExportReaderOptions): OpenExportReader {
  const driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user ?? 'neo4j', options.password ?? 'neo4j'), {
    maxConnectionPoolSize: options.maxConnectionPoolSize ?? 10,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
  });
  return {
    reader: createExportReader({ driver, ...(options.database ? { database: options.database } : {}) }),
    close: () => driver.close(),
  };
}
