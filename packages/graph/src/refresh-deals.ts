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
    const claims = (record.claims as unknown[][]).map(
      ([field, value, confidence, publishedAt, fromArticle, curation]): DealClaim => ({
        field: String(field),
        value: parse(value),
        confidence: typeof confidence === 'number' ? confidence : 0,
        publishedAt: typeof publishedAt === 'string' ? publishedAt : null,
        articleId: String(fromArticle),
        curation: curation === 'CONFIRMED' || curation === 'REJECTED' ? curation : null,
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
