// The generated graph of the gateway benchmarks: companies with ids c0…, deals d0…, a few
// serial acquirers and a long tail (bench/gateway.ts, bench/profile-gateway.ts).
import type { Graph } from '@dealgraph/graph';
import { seededRandom } from './seeded-random.js';

export const COMPANIES = 10_000;
export const DEALS = 50_000;

const KINDS = ['ACQUISITION', 'ACQUISITION', 'ACQUISITION', 'MERGER', 'STAKE', 'WRITE_DOWN'];
const STATUSES = ['COMPLETED', 'COMPLETED', 'PLANNED', 'RUMORED', 'CANCELLED'];

/**
 * Loads the benchmark graph (COMPANIES companies, DEALS deals) into an empty database with
 * straight UNWIND Cypher, the same graph on every run (seeded), then waits for the indexes.
 */
export async function loadBenchGraph(graph: Graph): Promise<void> {
  const rand = seededRandom(11);
  /** Skewed towards low numbers: a few serial acquirers, a long tail. */
  const skewed = (n: number) => Math.floor(n * rand() ** 2.5);
  const companies = Array.from({ length: COMPANIES }, (_, i) => ({ id: `c${i}`, name: `Company ${i}`, aliases: [`Company ${i}`, `Company ${i} Inc`] }));
  for (let at = 0; at < companies.length; at += 5_000) {
    await graph.driver.executeQuery('UNWIND $rows AS row CREATE (c:Party:Company {id: row.id, name: row.name, aliases: row.aliases, nameKey: toLower(row.name)})', {
      rows: companies.slice(at, at + 5_000),
    });
  }
  const deals = Array.from({ length: DEALS }, (_, i) => {
    const acquirer = skewed(COMPANIES);
    let target = Math.floor(rand() * COMPANIES);
    if (target === acquirer) target = (target + 1) % COMPANIES;
    const amount = rand() < 0.7 ? Math.round(rand() ** 3 * 5e9) : null;
    const year = 1995 + Math.floor(rand() * 30);
    const month = 1 + Math.floor(rand() * 12);
    return {
      id: `d${i}`,
      kind: KINDS[Math.floor(rand() * KINDS.length)],
      status: STATUSES[Math.floor(rand() * STATUSES.length)],
      year,
      month,
      // As the loader derives it (packages/graph/src/derive-deal.ts).
      dateKey: year * 10_000 + month * 100,
      amount,
      acquirer: `c${acquirer}`,
      target: `c${target}`,
      bidder: rand() < 0.1 ? `c${skewed(COMPANIES)}` : null,
    };
  });
  for (let at = 0; at < deals.length; at += 5_000) {
    await graph.driver.executeQuery(
      `UNWIND $rows AS row
       MATCH (a:Party {id: row.acquirer}) MATCH (t:Party {id: row.target})
       CREATE (d:Deal {id: row.id, kind: row.kind, status: row.status, year: row.year, month: row.month, dateKey: row.dateKey,
         amountValue: toFloat(row.amount), amountCurrency: CASE WHEN row.amount IS NULL THEN null ELSE 'EUR' END,
         amountEur: toFloat(row.amount), amountApproximate: false, amountUpTo: false, confidence: 0.9, sourceCount: 1})
       CREATE (d)-[:ACQUIRER]->(a) CREATE (d)-[:TARGET]->(t)
       WITH d, row WHERE row.bidder IS NOT NULL MATCH (b:Party {id: row.bidder}) CREATE (d)-[:BIDDER]->(b)`,
      { rows: deals.slice(at, at + 5_000) },
    );
  }
  // The indexes come from schema/*.cypher (applySchema): both servers read through them.
  await graph.driver.executeQuery('CALL db.awaitIndexes(300)');
}
