// What each export URL serves: which rows, in which format, under which columns.
import { DEAL_EXPORT_COLUMNS, PARTY_EXPORT_COLUMNS, type ExportReader } from '@dealgraph/graph';
import { encodeCsvRow } from './encode-csv.js';
import type { ExportFilter } from './parse-export-filter.js';

export interface ExportFormat {
  contentType: string;
  /** First line of the file, if the format has one. */
  header: string | null;
  encode(row: object): string;
}

function csv(columns: readonly string[]): ExportFormat {
  return {
    contentType: 'text/csv; charset=utf-8; header=present',
    header: encodeCsvRow(columns),
    encode: (row) => encodeCsvRow(columns.map((column) => (row as Record<string, unknown>)[column])),
  };
}

/** One JSON object per line, keys in column order, lists kept as arrays. */
function jsonLines(columns: readonly string[]): ExportFormat {
  return {
    contentType: 'application/jsonl; charset=utf-8',
    header: null,
    encode: (row) => `${JSON.stringify(Object.fromEntries(columns.map((column) => [column, (row as Record<string, unknown>)[column] ?? null])))}\n`,
  };
}

export interface ExportRoute {
  format: ExportFormat;
  rows(reader: ExportReader, filter: ExportFilter): AsyncGenerator<object>;
}

/** File name (after /export/) to what it serves. */
export const EXPORT_ROUTES: Readonly<Record<string, ExportRoute>> = {
  'deals.csv': { format: csv(DEAL_EXPORT_COLUMNS), rows: (reader, filter) => reader.deals(filter) },
  'deals.jsonl': { format: jsonLines(DEAL_EXPORT_COLUMNS), rows: (reader, filter) => reader.deals(filter) },
  'parties.csv': { format: csv(PARTY_EXPORT_COLUMNS), rows: (reader, filter) => reader.parties(filter) },
  'parties.jsonl': { format: jsonLines(PARTY_EXPORT_COLUMNS), rows: (reader, filter) => reader.parties(filter) },
};
