import type { ElementDefinition } from 'cytoscape';
import { dealLabel, statusName } from './format-deal.js';
import type { Graph } from './graph-types.js';
import type { Point } from './layout-by-time.js';

/** Graph data in, cytoscape element definitions out; the stylesheet keys off `type`, `kind` and `status`. */
export function buildElements(graph: Graph, positions: Map<string, Point>): ElementDefinition[] {
  const elements: ElementDefinition[] = [];
  for (const node of graph.nodes) {
    const isDeal = node.type === 'DEAL';
    const status = node.status ?? 'UNKNOWN';
    const label = isDeal
      ? dealLabel(node.kind, node.year, node.eur) + (node.status && node.status !== 'COMPLETED' ? ` · ${statusName(node.status)}` : '')
      : node.label;
    elements.push({
      group: 'nodes',
      data: { id: node.id, type: node.type, kind: node.kind ?? 'NONE', status, display: label, name: node.label },
      position: { ...(positions.get(node.id) ?? { x: 0, y: 0 }) },
    });
  }
  for (const edge of graph.edges) {
    elements.push({
      group: 'edges',
      data: { id: edge.id, source: edge.source, target: edge.target, type: edge.type, display: edgeLabel(edge.type, edge.label) },
    });
  }
  return elements;
}

function edgeLabel(type: string, label: string | null | undefined): string {
  if (type === 'ROLE') return label ?? 'role';
  if (type === 'UNIT_OF') return 'unit of';
  return label ?? type.toLowerCase();
}
