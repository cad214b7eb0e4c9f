// The read queries without a database: text and parameters, snapshotted.
import { describe, expect, it } from '@jest/globals';
import { buildArticleContentsQuery, buildArticlePageQuery } from './build-article-queries.js';
import {
  buildClaimsQuery,
  buildDealCountQuery,
  buildDealPageQuery,
  buildDealPagesQuery,
  buildDealsByIdsQuery,
  buildPartyDealsQuery,
  buildTimelineQuery,
  dealFilterShape,
  toDateKey,
} from './build-deal-queries.js';
import { buildNeighborhoodLevelQuery, buildNeighborhoodQuery, buildNeighborhoodsQuery, buildPathQuery, buildStatsQuery } from './build-graph-queries.js';
import { FULL_DEAL_SELECTION } from './projections.js';
import {
  buildPartiesByIdsQuery,
  buildPartiesWithDealsQuery,
  buildPartyByNameQuery,
  buildPartyCountQuery,
  buildPartyPageQuery,
  buildPartyWithDealsByNameQuery,
  buildRolesQuery,
  buildSearchQuery,
  buildParentSourcesQuery,
  buildUnitsQuery,
  toFulltextQuery,
} from './build-party-queries.js';

describe('read query builders', () => {
  it.each([
    ['parties by ids', buildPartiesByIdsQuery(['c1', 'c2'])],
    ['party by name', buildPartyByNameQuery('Nokia Oyj', 'COMPANY')],
    ['search', buildSearchQuery('fitbit health', 10)],
    ['company page', buildPartyPageQuery('COMPANY', null, { skip: 20, limit: 21 })],
    ['company search page', buildPartyPageQuery('COMPANY', 'nokia', { skip: 0, limit: 21 })],
    ['company count', buildPartyCountQuery('COMPANY', null)],
    ['units', buildUnitsQuery(['c1'])],
    ['parent sources', buildParentSourcesQuery(['c1'])],
    ['roles of people', buildRolesQuery(['p1'], 'PERSON')],
    ['roles at companies', buildRolesQuery(['c1'], 'COMPANY')],
    ['deals by ids', buildDealsByIdsQuery(['d1'])],
    ['parties with two deal pages and units', buildPartiesWithDealsQuery(['c1', 'c2'], [{ roles: ['ACQUIRER'], skip: 0, limit: 21 }, { roles: ['ACQUIRER', 'TARGET', 'SELLER', 'BIDDER'], skip: 20, limit: 11 }], true)],
    ['parties with a deal page showing acquirer and target only', buildPartiesWithDealsQuery(['c1'], [{ roles: ['ACQUIRER'], skip: 0, limit: 21, selection: { ...FULL_DEAL_SELECTION, parties: ['target', 'acquirer'] } }], false)],
    ['deal page showing no party', buildDealPageQuery({ kind: 'ACQUISITION' }, 'DATE_DESC', { skip: 0, limit: 21 }, { ...FULL_DEAL_SELECTION, parties: [] })],
    ['deal page showing the date, the amount and party names only', buildDealPageQuery({ minEur: 1e9 }, 'AMOUNT_DESC', { skip: 0, limit: 21 }, { parties: ['acquirer', 'target'], scalars: ['date', 'amount'], aliases: false })],
    ['party by name with a deal page and units', buildPartyWithDealsByNameQuery('Nokia Oyj', 'COMPANY', [{ roles: ['ACQUIRER'], skip: 0, limit: 21, selection: { ...FULL_DEAL_SELECTION, parties: ['target'] } }], true)],
    ['deal page, newest first', buildDealPageQuery({}, 'DATE_DESC', { skip: 0, limit: 21 })],
    ['deal pages of two requests by party and amount', buildDealPagesQuery([{ party: 'c1', minEur: 1e6 }, { party: 'c2', minEur: 2e6 }], 'AMOUNT_DESC', { skip: 0, limit: 21 }, { parties: ['acquirer'], scalars: ['date'], aliases: false })],
    ['deal page by kind, oldest first', buildDealPageQuery({ kind: 'MERGER', to: '2019' }, 'DATE_ASC', { skip: 0, limit: 21 })],
    ['deals of parties as acquirer', buildPartyDealsQuery(['c1', 'c2'], ['ACQUIRER'], { skip: 0, limit: 11 })],
    ['deal page, every filter', buildDealPageQuery({ kind: 'ACQUISITION', status: 'COMPLETED', party: 'c1', from: '2016', to: '2018-06', minEur: 1e8 }, 'AMOUNT_DESC', { skip: 0, limit: 21 })],
    ['deal count, no filter', buildDealCountQuery({})],
    ['deal sources', buildClaimsQuery(['d1'], 'Deal', ['deal'])],
    ['timeline', buildTimelineQuery('c1')],
    ['article page', buildArticlePageQuery({ skip: 0, limit: 21 })],
    ['article contents', buildArticleContentsQuery(['a1'])],
    ['neighborhood level', buildNeighborhoodLevelQuery(['c1'], 200)],
    ['neighborhood, one level', buildNeighborhoodQuery('c1', 1, 200)],
    ['neighborhood, two levels', buildNeighborhoodQuery('c1', 2, 200)],
    ['neighborhoods of two requests, two levels', buildNeighborhoodsQuery(['c1', 'd1'], 2, 200)],
    ['path', buildPathQuery('c1', 'c2', 3)],
    ['stats', buildStatsQuery(['ACQUISITION'], ['COMPLETED'])],
  ])('%s', (_name, query) => {
    expect(query).toMatchSnapshot();
  });

  it('reads deal pages of one filter shape only in one query', () => {
    expect(() => buildDealPagesQuery([{ kind: 'MERGER' }, { kind: 'STAKE', minEur: 1 }], 'DATE_DESC', { skip: 0, limit: 21 })).toThrow(/one shape/);
    expect(dealFilterShape({ kind: 'MERGER' }, 'DATE_DESC')).toBe(dealFilterShape({ kind: 'STAKE' }, 'DATE_DESC'));
    expect(dealFilterShape({ kind: 'MERGER' }, 'DATE_DESC')).not.toBe(dealFilterShape({ kind: 'MERGER' }, 'AMOUNT_DESC'));
  });

  it('keeps Lucene syntax out of full-text queries', () => {
    expect(toFulltextQuery('Nokia" OR *:* AND (x')).toBe('(nokia^3 OR nokia* OR nokia~1) AND (or^3 OR or*) AND (and^3 OR and* OR and~1) AND (x^3 OR x*)');
    expect(toFulltextQuery('  ')).toBe('');
  });

  it('turns partial dates into sortable keys at the start or the end of the period', () => {
    expect(toDateKey('2016', false)).toEqual({ key: 20160000, year: 2016 });
    expect(toDateKey('2016', true)).toEqual({ key: 20161231, year: 2016 });
    expect(toDateKey('2018-06-30', true)).toEqual({ key: 20180630, year: 2018 });
  });

  it('never puts a role that is not a deal role into the query text', () => {
    expect(() => buildPartyDealsQuery(['c1'], ['ACQUIRER]->() DETACH DELETE n //'], { skip: 0, limit: 1 })).toThrow();
  });
});
