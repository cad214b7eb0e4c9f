// The /export routes of the gateway: deals and parties as CSV or JSON lines, streamed from Neo4j.
export { useExportRoutes, type UseExportRoutesOptions } from './use-export-routes.js';
export { encodeCsvCell, encodeCsvRow } from './encode-csv.js';
export { parseExportFilter, type ExportFilter } from './parse-export-filter.js';
