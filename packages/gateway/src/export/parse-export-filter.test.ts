import { describe, expect, it } from '@jest/globals';
import { parseExportFilter } from './parse-export-filter.js';

const parse = (query: string) => parseExportFilter(new URLSearchParams(query));

describe('parseExportFilter', () => {
  it.each([
    ['', {}],
    ['kind=ACQUISITION', { kind: 'ACQUISITION' }],
    ['kind=acquisition&status=completed', { kind: 'ACQUISITION', status: 'COMPLETED' }],
    ['party=company:abc', { party: 'company:abc' }],
    ['from=2016&to=2018-05', { from: '2016', to: '2018-05' }],
    ['from=2016-04-26', { from: '2016-04-26' }],
    ['minEur=1e8', { minEur: 100_000_000 }],
    ['minEur=0', { minEur: 0 }],
  ])('accepts %j', (query, filter) => {
    expect(parse(query)).toEqual({ ok: true, filter });
  });

  it.each([
    ['kind=TAKEOVER', /kind/],
    ['status=DONE', /status/],
    ['from=16', /from: use YYYY/],
    ['to=2016-13', /to: use YYYY/],
    ['to=2016-02-30x', /to: use YYYY/],
    ['minEur=lots', /minEur/],
    ['minEur=-5', /minEur/],
    ['year=2016', /unknown parameter year; use kind, status/],
    ['kind=MERGER&kind=STAKE', /kind: given twice/],
    ['party=', /party/],
  ])('refuses %j and says why', (query, problem) => {
    const result = parse(query);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.join('\n')).toMatch(problem);
  });
});
