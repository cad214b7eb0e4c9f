import { h } from './create-element.js';
import { formatEur, kindName, statusName } from './format-deal.js';
import type { Graph, GraphNode } from './graph-types.js';
import { kindColorVar } from './render-shell.js';

/**
 * Mirrors the canvas as a listbox, which screen readers and keyboards can use: the root
 * first, then companies and people by name, then deals in time order.
 */
export function renderNodeList(graph: Graph, rootId: string | undefined, expanded: ReadonlySet<string>): HTMLLIElement[] {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const roles = new Map<string, { acquirers: string[]; targets: string[] }>();
  for (const edge of graph.edges) {
    if (edge.type !== 'ACQUIRER' && edge.type !== 'TARGET') continue;
    const entry = roles.get(edge.source) ?? { acquirers: [], targets: [] };
    const name = byId.get(edge.target)?.label;
    if (name) (edge.type === 'ACQUIRER' ? entry.acquirers : entry.targets).push(name);
    roles.set(edge.source, entry);
  }
  const rank = (n: GraphNode) => (n.id === rootId ? 0 : n.type === 'DEAL' ? 2 : 1);
  const sorted = [...graph.nodes].sort(
    (a, b) => rank(a) - rank(b) || (a.type === 'DEAL' ? (a.year ?? 9999) - (b.year ?? 9999) : 0) || a.label.localeCompare(b.label),
  );
  return sorted.map((node, index) => {
    const description = describeNode(node, roles.get(node.id));
    const icon = h('span', { class: `icon ${node.type}`, 'aria-hidden': 'true' });
    if (node.type === 'DEAL') icon.style.background = kindColorVar(node.kind);
    const item = h(
      'li',
      {
        role: 'option',
        id: `node-${index}`,
        tabindex: '-1',
        'aria-selected': 'false',
        'aria-label': description + (expanded.has(node.id) ? ', expanded' : ''),
        'data-expanded': expanded.has(node.id) ? 'true' : 'false',
      },
      icon,
      h('span', {}, node.type === 'DEAL' ? shortDeal(node, roles.get(node.id)) : node.label),
    );
    item.dataset.id = node.id;
    return item;
  });
}

function describeNode(node: GraphNode, roles: { acquirers: string[]; targets: string[] } | undefined): string {
  if (node.type === 'COMPANY') return `${node.label}, company`;
  if (node.type === 'PERSON') return `${node.label}, person`;
  const facts = [node.year != null ? String(node.year) : '', statusName(node.status), formatEur(node.eur)].filter(Boolean).join(', ');
  const who = roles && (roles.acquirers.length || roles.targets.length)
    ? `: ${roles.acquirers.join(' & ') || '?'} → ${roles.targets.join(' & ') || '?'}`
    : '';
  return `${kindName(node.kind)} (${facts})${who}`;
}

/** What fits on one line of the list; the full description is the option's accessible name. */
function shortDeal(node: GraphNode, roles: { acquirers: string[]; targets: string[] } | undefined): string {
  const head = `${kindName(node.kind)}${node.year != null ? ` ${node.year}` : ''}`;
  return roles?.targets.length ? `${head} · ${roles.targets.join(' & ')}` : head;
}
