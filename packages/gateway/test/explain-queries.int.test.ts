// EXPLAIN on every query the read layer issues: none may scan a whole label where an index
// should serve. Listings of everything (no filter) are named below with why they may scan.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as read from '@dealgraph/graph';
import type { CypherQuery } from '@dealgraph/graph';
import { createTestGraph } from './create-test-graph.js';

let t: Awaited<ReturnType<typeof createTestGraph>>;
beforeAll(async () => {
  t = await createTestGraph();
});
afterAll(() => t.cleanup());

const SCANS = new Set(['NodeByLabelScan', 'AllNodesScan', 'UnionNodeByLabelsScan', 'IntersectionNodeByLabelsScan']);

/** Queries that read a whole label because they list all of it, page by page. */
const FULL_LISTINGS: Record<string, string> = {
  'article page': 'lists every article, newest first',
};

const page = { skip: 0, limit: 21 };
const QUERIES: Record<string, CypherQuery> = {
  'parties by ids': read.buildPartiesByIdsQuery(['a', 'b']),
  'party by name': read.buildPartyByNameQuery('Nokia', 'COMPANY'),
  search: read.buildSearchQuery('nokia', 10),
  'company page': read.buildPartyPageQuery('COMPANY', null, page),
  'company search page': read.buildPartyPageQuery('COMPANY', 'nokia', page),
  'company count': read.buildPartyCountQuery('COMPANY', null),
  'company search count': read.buildPartyCountQuery('COMPANY', 'nokia'),
  units: read.buildUnitsQuery(['a']),
  'parent sources': read.buildParentSourcesQuery(['a']),
  'roles of people': read.buildRolesQuery(['a'], 'PERSON'),
  'roles at companies': read.buildRolesQuery(['a'], 'COMPANY'),
  'deals by ids': read.buildDealsByIdsQuery(['a']),
  'deals of parties': read.buildPartyDealsQuery(['a'], ['ACQUIRER', 'TARGET'], page),
  'deal counts of parties': read.buildPartyDealCountQuery(['a'], ['ACQUIRER']),
  'deal page, no filter': read.buildDealPageQuery({}, 'DATE_DESC', page),
  'deal page, oldest first, until a year': read.buildDealPageQuery({ to: '2018' }, 'DATE_ASC', page),
  'deal page by status and amount': read.buildDealPageQuery({ status: 'COMPLETED', minEur: 1e6 }, 'AMOUNT_DESC', page),
  'parties with deal pages and units': read.buildPartiesWithDealsQuery(['a'], [{ roles: ['ACQUIRER'], skip: 0, limit: 21 }, { roles: ['TARGET', 'SELLER'], skip: 0, limit: 6 }], true),
  'parties with an acquisitions page showing acquirers only': read.buildPartiesWithDealsQuery(['a'], [{ roles: ['ACQUIRER'], skip: 0, limit: 21, selection: { ...read.FULL_DEAL_SELECTION, parties: ['acquirer'] } }], false),
  'deal page by kind and amount, acquirer and target only': read.buildDealPageQuery({ kind: 'ACQUISITION', minEur: 4e9 }, 'AMOUNT_DESC', page, { ...read.FULL_DEAL_SELECTION, parties: ['acquirer', 'target'] }),
  'deal page by kind and amount, dates, amounts and party names only': read.buildDealPageQuery({ kind: 'ACQUISITION', minEur: 4e9 }, 'AMOUNT_DESC', page, { parties: ['acquirer', 'target'], scalars: ['date', 'amount'], aliases: false }),
  'party by name with a deal page and units': read.buildPartyWithDealsByNameQuery('Nokia', 'COMPANY', [{ roles: ['ACQUIRER'], skip: 0, limit: 21, selection: { ...read.FULL_DEAL_SELECTION, parties: ['target'] } }], true),
  'deal page by party': read.buildDealPageQuery({ party: 'a', from: '2015', minEur: 1 }, 'DATE_DESC', page),
  'deal page by kind': read.buildDealPageQuery({ kind: 'ACQUISITION' }, 'DATE_DESC', page),
  'deal page by kind and years': read.buildDealPageQuery({ kind: 'ACQUISITION', from: '2015', to: '2018' }, 'AMOUNT_DESC', page),
  // Deal pages of concurrent requests, read in one query (createSharedReads): the same shapes as above.
  'deal pages, no filter': read.buildDealPagesQuery([{}, {}], 'DATE_DESC', page),
  'deal pages, oldest first, until a year': read.buildDealPagesQuery([{ to: '2018' }, { to: '2019' }], 'DATE_ASC', page),
  'deal pages by party': read.buildDealPagesQuery([{ party: 'a', from: '2015', minEur: 1 }, { party: 'b', from: '2016', minEur: 2 }], 'DATE_DESC', page),
  'deal pages by kind': read.buildDealPagesQuery([{ kind: 'ACQUISITION' }, { kind: 'MERGER' }], 'DATE_DESC', page),
  'deal pages by kind and amount, dates, amounts and party names only': read.buildDealPagesQuery([{ kind: 'ACQUISITION', minEur: 4e9 }, { kind: 'STAKE', minEur: 1e9 }], 'AMOUNT_DESC', page, { parties: ['acquirer', 'target'], scalars: ['date', 'amount'], aliases: false }),
  'deal pages by kind and years': read.buildDealPagesQuery([{ kind: 'ACQUISITION', from: '2015', to: '2018' }, { kind: 'MERGER', from: '2010', to: '2011' }], 'AMOUNT_DESC', page),
  'deal count, no filter': read.buildDealCountQuery({}),
  'deal count by party': read.buildDealCountQuery({ party: 'a' }),
  sources: read.buildClaimsQuery(['a'], 'Deal', ['deal']),
  'role sources': read.buildClaimsQuery(['a'], 'Role', ['role']),
  'claims by ids': read.buildClaimsByIdsQuery(['a']),
  timeline: read.buildTimelineQuery('a'),
  'articles by ids': read.buildArticlesByIdsQuery(['a']),
  'article page': read.buildArticlePageQuery(page),
  'article count': read.buildArticleCountQuery(),
  'article contents': read.buildArticleContentsQuery(['a']),
  'neighborhood level': read.buildNeighborhoodLevelQuery(['a'], 200),
  'neighborhood from a deal': read.buildDealStartQuery('a'),
  'neighborhood, two levels': read.buildNeighborhoodQuery('a', 2, 200),
  'neighborhood, one level': read.buildNeighborhoodQuery('a', 1, 200),
  'neighborhoods of concurrent requests, two levels': read.buildNeighborhoodsQuery(['a', 'b'], 2, 200),
  'neighborhoods of concurrent requests, one level': read.buildNeighborhoodsQuery(['a', 'b'], 1, 200),
  path: read.buildPathQuery('a', 'b', 3),
  stats: read.buildStatsQuery(['ACQUISITION'], ['COMPLETED']),
};

interface Plan {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: Plan[];
}

function scans(plan: Plan): string[] {
  const here = SCANS.has(plan.operatorType.replace(/@.*$/, '')) ? [`${plan.operatorType} ${String(plan.arguments.Details ?? '')}`] : [];
  return [...here, ...plan.children.flatMap(scans)];
}

describe('EXPLAIN of the read queries', () => {
  it.each(Object.entries(QUERIES))('%s uses indexes', async (name, query) => {
    const result = await t.graph.driver.executeQuery(`EXPLAIN ${query.text}`, query.params as Record<string, unknown>);
    const found = scans(result.summary.plan as unknown as Plan);
    if (name in FULL_LISTINGS) return;
    expect(found).toEqual([]);
  });
});
