import { expect, test } from '@jest/globals';
import { planDealMerges, relatedFrom } from './plan-deal-merges.js';
import type { DealCandidate } from './plan-deals.js';

function deal(id: string, acquirer: string, target: string, years: number[], kind: DealCandidate['kind'] = 'ACQUISITION'): DealCandidate {
  return { id, kind, years, parties: [{ as: 'ACQUIRER', id: acquirer }, { as: 'TARGET', id: target }] };
}
const unrelated = relatedFrom([]);

test.each([
  ['the deal of the same year, not the one of another', ['x'], [deal('x', 'a', 'b', [2019]), deal('y', 'a', 'b', [2019]), deal('z', 'a', 'b', [2012])], [{ fromId: 'x', intoId: 'y' }]],
  ['a year apart is one deal (agreed one year, closed the next)', ['x'], [deal('x', 'a', 'b', [2020]), deal('y', 'a', 'b', [2019])], [{ fromId: 'x', intoId: 'y' }]],
  ['other parties: nothing', ['x'], [deal('x', 'a', 'c', [2019]), deal('y', 'a', 'b', [2019])], []],
  ['another kind: nothing', ['x'], [deal('x', 'a', 'b', [2019], 'STAKE'), deal('y', 'a', 'b', [2019])], []],
  ['an undated deal joins one of two that ingest kept apart, never both', ['x'], [deal('x', 'a', 'b', []), deal('y', 'a', 'b', [2016]), deal('z', 'a', 'b', [2019])], [{ fromId: 'x', intoId: 'y' }]],
  ['two touched deals alike: one folds into the other, which is not folded again', ['x', 'y'], [deal('x', 'a', 'b', [2019]), deal('y', 'a', 'b', [2019])], [{ fromId: 'x', intoId: 'y' }]],
  ['a deal the merge left alone is preferred', ['w', 'x'], [deal('w', 'a', 'b', [2019]), deal('x', 'a', 'b', [2019]), deal('y', 'a', 'b', [2019])], [{ fromId: 'w', intoId: 'y' }, { fromId: 'x', intoId: 'y' }]],
])('%s', (_, touched, candidates, expected) => {
  expect(planDealMerges(touched, candidates, unrelated)).toEqual(expected);
});

test('a unit stands for its parent, as in deal matching', () => {
  const candidates = [deal('x', 'a', 'unit', [2019]), deal('y', 'a', 'parent', [2019])];
  expect(planDealMerges(['x'], candidates, unrelated)).toEqual([]);
  expect(planDealMerges(['x'], candidates, relatedFrom([{ id: 'unit', related: ['parent'] }]))).toEqual([{ fromId: 'x', intoId: 'y' }]);
});
