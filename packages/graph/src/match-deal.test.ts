import { expect, test } from '@jest/globals';
import { matchDeal, type KnownDeal } from './match-deal.js';

function deal(id: string, kind: KnownDeal['kind'], years: number[], p: Partial<Record<'ACQUIRER' | 'TARGET' | 'SELLER', string[]>>): KnownDeal {
  return { id, kind, years, parties: { ACQUIRER: new Set(p.ACQUIRER), TARGET: new Set(p.TARGET), SELLER: new Set(p.SELLER), BIDDER: new Set() } };
}
const none = (): boolean => false;

test('same kind, acquirer and target, compatible year: the same deal', () => {
  const known = deal('d1', 'ACQUISITION', [2016], { ACQUIRER: ['a'], TARGET: ['t'] });
  expect(matchDeal({ kind: 'ACQUISITION', year: 2016, acquirer: 'a', target: 't', seller: null }, [known], none)?.id).toBe('d1');
  expect(matchDeal({ kind: 'ACQUISITION', year: null, acquirer: 'a', target: 't', seller: null }, [known], none)?.id).toBe('d1');
  expect(matchDeal({ kind: 'ACQUISITION', year: 2017, acquirer: 'a', target: 't', seller: null }, [known], none)?.id).toBe('d1');
});

test('another kind, a far year or another target: another deal', () => {
  const known = deal('d1', 'ACQUISITION', [2016], { ACQUIRER: ['a'], TARGET: ['t'] });
  expect(matchDeal({ kind: 'WRITE_DOWN', year: 2016, acquirer: 'a', target: 't', seller: null }, [known], none)).toBeUndefined();
  expect(matchDeal({ kind: 'ACQUISITION', year: 2020, acquirer: 'a', target: 't', seller: null }, [known], none)).toBeUndefined();
  expect(matchDeal({ kind: 'ACQUISITION', year: 2016, acquirer: 'a', target: 'u', seller: null }, [known], none)).toBeUndefined();
});

test('a sale told from the other side: seller agrees, buyer is the founder of the company named elsewhere', () => {
  const known = deal('d1', 'ACQUISITION', [2018], { ACQUIRER: ['company'], TARGET: ['unit'], SELLER: ['parent'] });
  const related = (a: string, b: string): boolean => [a, b].sort().join() === ['company', 'founder'].join();
  expect(matchDeal({ kind: 'ACQUISITION', year: 2018, acquirer: 'founder', target: 'brand', seller: 'parent' }, [known], related)?.id).toBe('d1');
  expect(matchDeal({ kind: 'ACQUISITION', year: 2018, acquirer: 'stranger', target: 'brand', seller: 'parent' }, [known], related)).toBeUndefined();
});
