import type { Graph } from './graph-types.js';

/** Adds a freshly fetched neighbourhood to what is shown; later facts about a node replace earlier ones. */
export function mergeGraph(current: Graph, incoming: Graph): Graph {
  const nodes = new Map(current.nodes.map((n) => [n.id, n]));
  for (const node of incoming.nodes) nodes.set(node.id, node);
  const edges = new Map(current.edges.map((e) => [e.id, e]));
  for (const edge of incoming.edges) {
    if (nodes.has(edge.source) && nodes.has(edge.target)) edges.set(edge.id, edge);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated: current.truncated || incoming.truncated };
}
