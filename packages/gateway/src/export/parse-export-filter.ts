// The export routes' query string, checked as strictly as the `deals` query checks its DealFilter.
import { z } from 'zod';

const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

const filterSchema = z.strictObject({
  kind: z.enum(['ACQUISITION', 'MERGER', 'STAKE', 'WRITE_DOWN']).optional(),
  status: z.enum(['RUMORED', 'PLANNED', 'COMPLETED', 'CANCELLED']).optional(),
  party: z.string().min(1).optional(),
  from: z.string().regex(DATE, 'use YYYY, YYYY-MM or YYYY-MM-DD').optional(),
  to: z.string().regex(DATE, 'use YYYY, YYYY-MM or YYYY-MM-DD').optional(),
  minEur: z.coerce.number().finite().nonnegative().optional(),
});

/** The filter of an export: the fields of the GraphQL DealFilter. */
export type ExportFilter = z.infer<typeof filterSchema>;

export type ParseExportFilterResult = { ok: true; filter: ExportFilter } | { ok: false; problems: string[] };

/** Reads kind, status, party, from, to and minEur; anything else, or a value twice, is a problem to report. */
export function parseExportFilter(params: URLSearchParams): ParseExportFilterResult {
  const raw: Record<string, string> = {};
  const problems: string[] = [];
  for (const [key, value] of params) {
    if (key in raw) problems.push(`${key}: given twice; give it once`);
    raw[key] = key === 'kind' || key === 'status' ? value.toUpperCase() : value;
  }
  const parsed = filterSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        problems.push(`unknown parameter ${issue.keys.join(', ')}; use kind, status, party, from, to or minEur`);
      } else {
        problems.push(`${issue.path.join('.')}: ${issue.message}`);
      }
    }
  }
  if (problems.length > 0 || !parsed.success) return { ok: false, problems };
  return { ok: true, filter: parsed.data };
}
