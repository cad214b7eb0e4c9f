// The levels of a neighborhood past the ones a single query reads: one round trip per level.
import { partiesReached, type NeighborhoodBuilder, type NeighborhoodLevelRow } from './assemble-graph.js';
import { buildNeighborhoodLevelQuery } from './build-graph-queries.js';
import type { QueryRunner } from './cypher-query.js';

/**
 * Reads `levels` more levels from `frontier` into `builder`, each asked only for the budget the
 * levels before it left (a hub's next level would otherwise read every deal of every neighbour).
 * Returns whether the limit cut the reading short.
 */
export async function readNeighborhoodLevels(run: QueryRunner, builder: NeighborhoodBuilder, frontier: string[], seen: Set<string>, levels: number, limit: number): Promise<boolean> {
  let cutShort = false;
  for (let level = 0; level < levels && frontier.length > 0; level += 1) {
    const budget = limit - builder.size;
    if (budget <= 0) return true;
    if (frontier.length > budget) cutShort = true;
    const asked = frontier.slice(0, budget);
    const cap = Math.max(1, Math.ceil(budget / asked.length));
    const rows = (await run(buildNeighborhoodLevelQuery(asked, cap))).map((row) => row.row as NeighborhoodLevelRow);
    builder.addLevel(rows);
    frontier = partiesReached(rows, seen).slice(0, limit);
  }
  return cutShort;
}
