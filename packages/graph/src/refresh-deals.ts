import type { RunQuery } from './create-graph.js';
import { deriveDeal, type DealClaim } from './derive-deal.js';
import { findDealClaims, writeDerivedDeals, type CypherQuery } from './ingest-queries.js';

function parse(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

/** The write that sets each deal's derived values from the claims `findDealClaims` read. */
export function deriveDeals(records: ReadonlyArray<Record<string, unknown>>): CypherQuery {
  const rows = records.map((record) => {
    const claims = (record.claims as Array<Record<string, unknown>>).map(
      (c): DealClaim => ({
        field: String(c.field),
        value: parse(c.value),
        confidence: typeof c.confidence === 'number' ? c.confidence : 0,
        publishedAt: typeof c.publishedAt === 'string' ? c.publishedAt : null,
        articleId: String(c.fromArticle),
        curation: c.curation === 'CONFIRMED' || c.curation === 'REJECTED' ? c.curation : null,
      }),
    );
    return { id: record.id, ...deriveDeal(claims) };
  });
  return writeDerivedDeals(rows);
}

/** Computes the derived values of the given deals again from all their claims, inside the caller's transaction. */
export async function refreshDeals(run: RunQuery, dealIds: Iterable<string>): Promise<void> {
  const ids = [...new Set(dealIds)].sort();
  if (ids.length === 0) return;
  await run(deriveDeals(await run(findDealClaims(ids))));
}
