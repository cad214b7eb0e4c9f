import { describe, expect, it } from '@jest/globals';
import { hiddenDealIds, yearSpan } from './filter-graph.js';
import type { Graph } from './graph-types.js';

const graph: Graph = {
  nodes: [
    { id: 'nokia', type: 'COMPANY', label: 'Nokia' },
    { id: 'buy', type: 'DEAL', label: '', kind: 'ACQUISITION', year: 2016 },
    { id: 'merge', type: 'DEAL', label: '', kind: 'MERGER', year: 2015 },
    { id: 'undated', type: 'DEAL', label: '', kind: 'STAKE', year: null },
  ],
  edges: [],
  truncated: false,
};
const all = new Set(['ACQUISITION', 'MERGER', 'STAKE', 'WRITE_DOWN'] as const);

describe('hiddenDealIds', () => {
  it.each([
    ['nothing when every kind and year is in', { kinds: all, fromYear: 2015, toYear: 2016 }, []],
    ['deals before the range', { kinds: all, fromYear: 2016, toYear: 2016 }, ['merge']],
    ['deals of unticked kinds', { kinds: new Set(['MERGER', 'STAKE'] as const), fromYear: 2000, toYear: 2030 }, ['buy']],
    ['never an undated deal or a party', { kinds: new Set(['STAKE'] as const), fromYear: 2030, toYear: 2030 }, ['buy', 'merge']],
  ])('hides %s', (_name, filter, hidden) => {
    expect([...hiddenDealIds(graph, filter)].sort()).toEqual(hidden);
  });

  it('spans the dated deals only', () => {
    expect(yearSpan(graph)).toEqual({ min: 2015, max: 2016 });
    expect(yearSpan({ nodes: [], edges: [], truncated: false })).toBeNull();
  });
});
