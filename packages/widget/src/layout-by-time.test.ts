import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { Graph, GraphEdge, GraphNode } from './graph-types.js';
import { layoutByTime } from './layout-by-time.js';

const company = (id: string): GraphNode => ({ id, type: 'COMPANY', label: id });
const deal = (id: string, year: number | null): GraphNode => ({ id, type: 'DEAL', label: id, kind: 'ACQUISITION', status: 'COMPLETED', year });
const edge = (source: string, target: string, type: GraphEdge['type']): GraphEdge => ({ id: `${source}-${type}-${target}`, source, target, type });

describe('layoutByTime', () => {
  it('reads left to right: acquirer, then the deal, then the target, later deals further right', () => {
    const graph: Graph = {
      nodes: [company('nokia'), company('withings'), deal('buy', 2016), deal('sell', 2018), { id: 'carreel', type: 'PERSON', label: 'Carreel' }],
      edges: [edge('buy', 'nokia', 'ACQUIRER'), edge('buy', 'withings', 'TARGET'), edge('sell', 'carreel', 'ACQUIRER'), edge('sell', 'withings', 'TARGET'), edge('sell', 'nokia', 'SELLER')],
      truncated: false,
    };
    const at = layoutByTime(graph);
    const x = (id: string) => at.get(id)!.x;
    expect(x('nokia')).toBeLessThan(x('buy'));
    expect(x('buy')).toBeLessThan(x('withings'));
    expect(x('withings')).toBeLessThan(x('sell'));
    expect(x('carreel')).toBeLessThan(x('sell'));
  });

  it('runs time downwards when asked', () => {
    const graph: Graph = { nodes: [company('a'), deal('d', 2020)], edges: [edge('d', 'a', 'ACQUIRER')], truncated: false };
    const at = layoutByTime(graph, { direction: 'down' });
    expect(at.get('a')!.y).toBeLessThan(at.get('d')!.y);
  });

  it('places every node exactly once, on its own spot, for any graph', () => {
    const graphs = fc
      .record({
        parties: fc.integer({ min: 1, max: 40 }),
        deals: fc.array(fc.record({ year: fc.option(fc.integer({ min: 1990, max: 2030 })), a: fc.nat(), t: fc.nat() }), { maxLength: 60 }),
      })
      .map(({ parties, deals }): Graph => {
        const nodes: GraphNode[] = Array.from({ length: parties }, (_, i) => company(`p${i}`));
        const edges: GraphEdge[] = [];
        deals.forEach((d, i) => {
          nodes.push(deal(`d${i}`, d.year));
          edges.push(edge(`d${i}`, `p${d.a % parties}`, 'ACQUIRER'), edge(`d${i}`, `p${d.t % parties}`, 'TARGET'));
        });
        return { nodes, edges, truncated: false };
      });
    fc.assert(
      fc.property(graphs, fc.boolean(), (graph, lanes) => {
        const at = layoutByTime(graph, { laneLimit: lanes ? 10_000 : 0 });
        expect([...at.keys()].sort()).toEqual(graph.nodes.map((n) => n.id).sort());
        const spots = new Set([...at.values()].map((p) => `${Math.round(p.x)},${Math.round(p.y)}`));
        expect(spots.size).toBe(graph.nodes.length);
        for (const p of at.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
      }),
    );
  });
});
