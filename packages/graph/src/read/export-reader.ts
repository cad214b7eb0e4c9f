// The exports' way to Neo4j: rows streamed one by one, for the gateway's /export routes.
import type { Driver } from 'neo4j-driver';
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
