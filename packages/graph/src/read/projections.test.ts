// Compact deal rows back into records: every field where the Cypher list puts it.
import { describe, expect, it } from '@jest/globals';
import { FULL_DEAL_SELECTION, isFullSelection, toDeal, toFullDeal } from './projections.js';

const scalars = ['d1', 'ACQUISITION', 'COMPLETED', 2016, 4, null, 1.9, 'EUR', 1.9, false, true, 'EUR 1.9bn', 0.9, 3];
const nokia = ['c1', 'Nokia', ['Nokia Oyj'], false];
const eric = ['p1', 'Eric Smith', [], true];

describe('toDeal', () => {
  it('reads every field of a deal with all four parties', () => {
    expect(toFullDeal([...scalars, nokia, null, null, [eric]])).toEqual({
      id: 'd1',
      kind: 'ACQUISITION',
      status: 'COMPLETED',
      year: 2016,
      month: 4,
      day: null,
      amountValue: 1.9,
      amountCurrency: 'EUR',
      amountEur: 1.9,
      amountApproximate: false,
      amountUpTo: true,
      amountText: 'EUR 1.9bn',
      confidence: 0.9,
      sourceCount: 3,
      acquirer: { id: 'c1', type: 'COMPANY', name: 'Nokia', aliases: ['Nokia Oyj'] },
      target: null,
      seller: null,
      bidders: [{ id: 'p1', type: 'PERSON', name: 'Eric Smith', aliases: [] }],
    });
  });

  it('leaves the parties not read absent, whatever order they were asked in', () => {
    const deal = toDeal([...scalars, null, nokia], { ...FULL_DEAL_SELECTION, parties: ['target', 'acquirer'] });
    expect(deal.acquirer).toBeNull();
    expect(deal.target).toEqual({ id: 'c1', type: 'COMPANY', name: 'Nokia', aliases: ['Nokia Oyj'] });
    expect('seller' in deal).toBe(false);
    expect('bidders' in deal).toBe(false);
    expect(Object.keys(toDeal(scalars, { ...FULL_DEAL_SELECTION, parties: [] }))).toHaveLength(14);
  });

  it('leaves the scalar fields and aliases not read absent', () => {
    // As dealProjection lists a deal with the date and the acquirer's name only: null where nothing was read.
    const compact = ['d1', null, null, 2016, 4, null, null, null, null, null, null, null, null, null, ['c1', 'Nokia', null, false]];
    const deal = toDeal(compact, { parties: ['acquirer'], scalars: ['date'], aliases: false });
    expect(deal).toEqual({ id: 'd1', year: 2016, month: 4, day: null, acquirer: { id: 'c1', type: 'COMPANY', name: 'Nokia' } });
    expect('kind' in deal || 'amountValue' in deal || 'aliases' in (deal.acquirer ?? {})).toBe(false);
  });

  it('tells a full selection from a partial one', () => {
    expect(isFullSelection(FULL_DEAL_SELECTION)).toBe(true);
    expect(isFullSelection({ ...FULL_DEAL_SELECTION, aliases: false })).toBe(false);
    expect(isFullSelection({ ...FULL_DEAL_SELECTION, parties: ['acquirer', 'target', 'seller'] })).toBe(false);
    expect(isFullSelection({ ...FULL_DEAL_SELECTION, scalars: ['kind', 'status', 'date', 'amount', 'confidence'] })).toBe(false);
  });
});
