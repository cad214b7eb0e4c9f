import { expect, test } from '@jest/globals';
import { deriveDeal, type DealClaim } from './derive-deal.js';

const claim = (field: string, value: unknown, publishedAt: string | null, articleId: string, confidence = 0.8, curation: DealClaim['curation'] = null): DealClaim => ({
  field,
  value,
  publishedAt,
  articleId,
  confidence,
  curation,
});
const amount = (value: number, currency: string, eur: number | null) => ({ value, currency, eur, approximate: false, upTo: false, text: `${value} ${currency}` });

test('status follows the latest dated source, not the last one read', () => {
  const derived = deriveDeal([
    claim('status', 'COMPLETED', '2018-05-31', 'b'),
    claim('status', 'PLANNED', '2016-04-26', 'a'),
  ]);
  expect(derived.status).toBe('COMPLETED');
});

test('amount: a EUR statement wins over converted ones; else the most confident converted one', () => {
  expect(deriveDeal([claim('amount', amount(1.3e9, 'DKK', 174e6), null, 'a', 0.95), claim('amount', amount(170e6, 'EUR', 170e6), null, 'b', 0.6)])).toMatchObject({
    amountCurrency: 'EUR',
    amountEur: 170e6,
  });
  expect(deriveDeal([claim('amount', amount(9e8, 'SEK', null), null, 'a', 0.99), claim('amount', amount(1.3e9, 'DKK', 174e6), null, 'b', 0.5)])).toMatchObject({
    amountCurrency: 'DKK',
    amountEur: 174e6,
  });
});

test('year: the most stated, the earliest on a tie', () => {
  const d = (year: number) => ({ year, month: null, day: null });
  expect(deriveDeal([claim('date', d(2017), null, 'a'), claim('date', d(2016), null, 'b'), claim('date', d(2017), null, 'c')]).year).toBe(2017);
  expect(deriveDeal([claim('date', d(2017), null, 'a'), claim('date', d(2016), null, 'b')]).year).toBe(2016);
});

test('years: every year a date claim states, rejected ones left out, for deal matching', () => {
  const d = (year: number) => ({ year, month: null, day: null });
  const claims = [claim('date', d(2017), null, 'a'), claim('date', d(2015), null, 'b', 0.8, 'REJECTED'), claim('date', d(2016), null, 'c'), claim('date', d(2017), null, 'd')];
  expect(deriveDeal(claims).years).toEqual([2016, 2017]);
  expect(deriveDeal([claim('deal', {}, null, 'a')]).years).toEqual([]);
});

test('rejected claims do not count; confirmed ones outrank the rest; sources are distinct articles', () => {
  const derived = deriveDeal([
    claim('status', 'CANCELLED', '2020-01-01', 'a', 0.9, 'REJECTED'),
    claim('status', 'PLANNED', '2016-01-01', 'b', 0.5, 'CONFIRMED'),
    claim('status', 'COMPLETED', '2019-01-01', 'c'),
    claim('deal', {}, null, 'b'),
    claim('deal', {}, null, 'b'),
    claim('deal', {}, null, 'c'),
    claim('deal', {}, null, 'a', 0.9, 'REJECTED'),
  ]);
  expect(derived.status).toBe('PLANNED');
  expect(derived.sourceCount).toBe(2);
});

test('dateKey: year, month and day as one sortable number, 0 when undated', () => {
  expect(deriveDeal([claim('date', { year: 2016, month: 5, day: 31 }, null, 'a')]).dateKey).toBe(20160531);
  expect(deriveDeal([claim('date', { year: 2017, month: null, day: null }, null, 'a')]).dateKey).toBe(20170000);
  expect(deriveDeal([claim('deal', {}, null, 'a')]).dateKey).toBe(0);
});
