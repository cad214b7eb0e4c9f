import type { Graph, GraphNode } from './graph-types.js';

export interface Point {
  x: number;
  y: number;
}

export interface TimeLayoutOptions {
  /** Horizontal distance between neighbouring columns, px. Default 150. */
  columnGap?: number;
  /** Vertical distance between nodes in a column, px. Default 78. */
  rowGap?: number;
  /** `right`: time runs left to right; `down`: top to bottom, for narrow, tall views. Default `right`. */
  direction?: 'right' | 'down';
  /** Up to this many elements, long edges get lanes of their own (see below). Default 1500. */
  laneLimit?: number;
}

/**
 * Places nodes so the graph reads left to right in time, in O(E + N log N) so 10,000
 * elements still lay out in a frame or two (a force layout would not settle that fast).
 *
 * Deals stand in one column per year (odd columns, undated last); parties stand in the
 * even columns between them, next to the deal where they first appear. People and units without deals of their own join the column of the company
 * they belong to. Within a column, barycentre sweeps order nodes next to their
 * neighbours to keep edges short and crossings few; tall columns wrap into sub-columns.
 */
export function layoutByTime(graph: Graph, options: TimeLayoutOptions = {}): Map<string, Point> {
  const down = options.direction === 'down';
  // Labels sit under nodes, so lanes need more room across than along when time runs down.
  const columnGap = options.columnGap ?? (down ? 72 : 150);
  const rowGap = options.rowGap ?? (down ? 125 : 78);

  const byId = new Map<string, GraphNode>(graph.nodes.map((n) => [n.id, n]));
  const neighbours = new Map<string, string[]>();
  for (const node of graph.nodes) neighbours.set(node.id, []);
  for (const edge of graph.edges) {
    if (!byId.has(edge.source) || !byId.has(edge.target)) continue;
    neighbours.get(edge.source)?.push(edge.target);
    neighbours.get(edge.target)?.push(edge.source);
  }

  const years = [...new Set(graph.nodes.filter((n) => n.type === 'DEAL' && n.year != null).map((n) => n.year as number))].sort((a, b) => a - b);
  const yearRank = new Map(years.map((year, i) => [year, i]));
  const column = new Map<string, number>();
  for (const node of graph.nodes) {
    if (node.type !== 'DEAL') continue;
    const rank = node.year != null ? (yearRank.get(node.year) ?? years.length) : years.length;
    column.set(node.id, 2 * rank + 1);
  }
  // A target stands just right of its deal ("buyer → deal → target"), every other party
  // just left; a party takes the earliest such place, where it enters the story.
  const partyColumn = new Map<string, number>();
  for (const edge of graph.edges) {
    const deal = column.get(edge.source);
    if (deal === undefined || byId.get(edge.source)?.type !== 'DEAL' || !byId.has(edge.target)) continue;
    const place = edge.type === 'TARGET' ? deal + 1 : deal - 1;
    partyColumn.set(edge.target, Math.min(place, partyColumn.get(edge.target) ?? Infinity));
  }
  for (const [id, place] of partyColumn) if (byId.get(id)?.type !== 'DEAL') column.set(id, place);
  // Parties reached only through ROLE or UNIT_OF: follow those links, a few steps at most.
  for (let pass = 0; pass < 3; pass++) {
    for (const node of graph.nodes) {
      if (column.has(node.id)) continue;
      const placed = (neighbours.get(node.id) ?? []).map((id) => column.get(id)).find((c) => c !== undefined);
      if (placed !== undefined) column.set(node.id, placed % 2 === 0 ? placed : placed - 1);
    }
  }

  const columns = new Map<number, string[]>();
  const enter = (id: string, c: number) => {
    const list = columns.get(c) ?? [];
    list.push(id);
    columns.set(c, list);
  };
  for (const node of graph.nodes) {
    const c = column.get(node.id) ?? 0;
    column.set(node.id, c);
    enter(node.id, c);
  }

  // An edge that jumps columns gets a chain of placeholders, one per column it crosses,
  // as in a layered (Sugiyama) layout: they hold a lane for it, so a long edge runs beside
  // the nodes it passes instead of through them. Big graphs skip this: too many lanes.
  const small = graph.nodes.length + graph.edges.length <= (options.laneLimit ?? 1500);
  const placeholders = new Set<string>();
  if (small) {
    for (const edge of graph.edges) {
      const from = column.get(edge.source);
      const to = column.get(edge.target);
      if (from === undefined || to === undefined || Math.abs(to - from) < 2) continue;
      const [low, high, first, last] = from < to ? [from, to, edge.source, edge.target] : [to, from, edge.target, edge.source];
      let previous = first;
      unlink(neighbours, first, last);
      for (let c = low + 1; c < high; c++) {
        if (!columns.has(c)) continue;
        const id = `\u0000${edge.id}\u0000${c}`;
        placeholders.add(id);
        enter(id, c);
        link(neighbours, previous, id);
        previous = id;
      }
      link(neighbours, previous, last);
    }
  }
  const order = [...columns.keys()].sort((a, b) => a - b);
  const height = (id: string) => (placeholders.has(id) ? rowGap * 0.45 : rowGap);

  // Offsets across the time axis, centred on 0, as they will be drawn.
  const offset = new Map<string, number>();
  const place = (ids: string[]) => {
    let total = 0;
    for (const id of ids) total += height(id);
    let at = -total / 2;
    for (const id of ids) {
      offset.set(id, at + height(id) / 2);
      at += height(id);
    }
  };
  for (const c of order) place(columns.get(c) ?? []);
  const barycentre = (id: string): number => {
    const around = neighbours.get(id) ?? [];
    if (!around.length) return offset.get(id) ?? 0;
    let sum = 0;
    for (const other of around) sum += offset.get(other) ?? 0;
    return sum / around.length;
  };
  for (let sweep = 0; sweep < 6; sweep++) {
    const sequence = sweep % 2 === 0 ? order : [...order].reverse();
    for (const c of sequence) {
      const keyed = (columns.get(c) ?? []).map((id) => ({ id, key: barycentre(id) }));
      keyed.sort((a, b) => a.key - b.key);
      const sorted = keyed.map((k) => k.id);
      columns.set(c, sorted);
      place(sorted);
    }
  }

  const positions = new Map<string, Point>();
  const put = (id: string, along: number, across: number) => {
    if (!placeholders.has(id)) positions.set(id, down ? { x: across, y: along } : { x: along, y: across });
  };
  if (small) {
    order.forEach((c, i) => {
      // Across, neighbouring columns hold a party and a deal, whose labels fit 0.7 gaps apart;
      // down, each label sits in the way of the next row, which needs the full gap.
      const step = down ? columnGap : columnGap * 0.7;
      for (const id of columns.get(c) ?? []) put(id, i * step, offset.get(id) ?? 0);
    });
    return positions;
  }

  // Wrap tall columns so a 10,000-element graph stays roughly as wide as it is tall.
  const maxRows = Math.max(14, Math.ceil(Math.sqrt(graph.nodes.length) * 1.5));
  let x = 0;
  for (const c of order) {
    const ids = columns.get(c) ?? [];
    const wraps = Math.ceil(ids.length / maxRows);
    const rows = Math.ceil(ids.length / wraps);
    const subGap = columnGap * 0.8;
    ids.forEach((id, i) => {
      const sub = Math.floor(i / rows);
      const row = i % rows;
      const inThisSub = Math.min(rows, ids.length - sub * rows);
      put(id, x + sub * subGap, (row - (inThisSub - 1) / 2) * rowGap + (sub % 2) * (rowGap / 2));
    });
    x += (wraps - 1) * subGap + columnGap;
  }
  return positions;
}

function link(neighbours: Map<string, string[]>, a: string, b: string): void {
  (neighbours.get(a) ?? neighbours.set(a, []).get(a))?.push(b);
  (neighbours.get(b) ?? neighbours.set(b, []).get(b))?.push(a);
}

function unlink(neighbours: Map<string, string[]>, a: string, b: string): void {
  const drop = (from: string, to: string) => {
    const list = neighbours.get(from);
    const at = list?.indexOf(to) ?? -1;
    if (list && at >= 0) list.splice(at, 1);
  };
  drop(a, b);
  drop(b, a);
}
