import type { DealKind, Graph } from './graph-types.js';

export interface GraphFilter {
  /** Deal kinds to show; a deal without a kind is always shown. */
  kinds: ReadonlySet<DealKind>;
  /** Inclusive year range; an undated deal is always shown, since hiding it would hide facts silently. */
  fromYear: number;
  toYear: number;
}

/** Ids of the deals the filter hides. Parties stay: they are the reader's landmarks. */
export function hiddenDealIds(graph: Graph, filter: GraphFilter): Set<string> {
  const hidden = new Set<string>();
  for (const node of graph.nodes) {
    if (node.type !== 'DEAL') continue;
    if (node.kind && !filter.kinds.has(node.kind)) hidden.add(node.id);
    else if (node.year != null && (node.year < filter.fromYear || node.year > filter.toYear)) hidden.add(node.id);
  }
  return hidden;
}

/** The smallest and largest deal year in the graph, or null when no deal is dated. */
export function yearSpan(graph: Graph): { min: number; max: number } | null {
  let min = Infinity;
  let max = -Infinity;
  for (const node of graph.nodes) {
    if (node.type === 'DEAL' && node.year != null) {
      min = Math.min(min, node.year);
      max = Math.max(max, node.year);
    }
  }
  return min === Infinity ? null : { min, max };
}
