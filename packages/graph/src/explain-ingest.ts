import neo4j from 'neo4j-driver';
import type { Graph } from './create-graph.js';
import { toGraphError } from './graph-error.js';
import {
  createArticles,
  createArticlesWithFacts,
  createMentions,
  extendParties,
  findDealClaims,
  findDealContext,
  findExistingArticles,
  findPartyCandidates,
  findPartyContexts,
  writeArticles,
  writeClaims,
  writeDealParties,
  writeDeals,
  writeDerivedDeals,
  writeMentions,
  writeParties,
  writeRoles,
  writeUnits,
  type CypherQuery,
} from './ingest-queries.js';

/** One ingest query's plan, flattened: operators in plan order. */
export interface IngestQueryPlan {
  name: string;
  operators: string[];
  /** An Eager operator materialises every row first: bulk writes must not have one. */
  eager: boolean;
}

interface PlanNode {
  operatorType: string;
  children: PlanNode[];
}

function flatten(plan: PlanNode): string[] {
  return [plan.operatorType.replace(/@.*$/, ''), ...plan.children.flatMap(flatten)];
}

/** EXPLAINs the ingest's queries (nothing is written) so a benchmark or an operator can check their plans. */
export async function explainIngest(graph: Graph): Promise<IngestQueryPlan[]> {
  const party = { id: 'x', type: 'COMPANY' as const, name: 'x', nameKey: 'x', headBlock: 'x', midBlock: 'xx', tailBlock: null, aliases: ['x'], aliasKeys: ['x'], resolution: [] };
  const claim = {
    id: 'x', articleId: 'x', subject: 'Deal' as const, subjectId: 'x', field: 'deal' as const, value: '{}', year: null, partyId: null, partyAs: null,
    evidence: null, start: 0, end: 1, lang: 'en', confidence: 1, extractorVersion: 'x', publishedAt: null,
  };
  const queries: Array<[string, CypherQuery]> = [
    ['find party candidates', findPartyCandidates({ keys: ['x'], heads: ['x'], mids: ['xx'], tails: ['x'] })],
    ['find party contexts', findPartyContexts(['x'])],
    ['find existing articles', findExistingArticles(['x'])],
    ['find deal context', findDealContext([{ id: 'x', kinds: ['ACQUISITION'] }], ['CEO'])],
    ['write articles', writeArticles([{ id: 'x', title: null, lang: 'en', publishedAt: null, url: null, text: 'x', contentType: 'text', extractorVersion: 'x' }])],
    ['write companies', writeParties('COMPANY', [party])],
    ['write people', writeParties('PERSON', [{ ...party, type: 'PERSON' }])],
    ['extend parties', extendParties([party])],
    ['write mentions', writeMentions([{ articleId: 'x', partyId: 'x', names: ['x'], start: 0, end: 1 }])],
    ['write units', writeUnits([{ childId: 'x', parentId: 'x' }])],
    ['write roles', writeRoles([{ id: 'x', personId: 'x', orgId: 'x', role: 'CEO', title: 'x', current: null }])],
    ['write deals', writeDeals([{ id: 'x', kind: 'ACQUISITION' }])],
    ['write deal parties', writeDealParties('ACQUIRER', [{ dealId: 'x', partyId: 'x' }])],
    ['write deal claims', writeClaims('Deal', [claim])],
    ['write unit claims', writeClaims('Party', [{ ...claim, subject: 'Party', field: 'unit' }])],
    ['create articles', createArticles([{ id: 'x', title: null, lang: 'en', publishedAt: null, url: null, text: 'x', contentType: 'text', extractorVersion: 'x' }])],
    ['create mentions', createMentions([{ articleId: 'x', partyId: 'x', names: ['x'], start: 0, end: 1 }])],
    [
      'create articles with facts',
      createArticlesWithFacts([
        {
          id: 'x', title: null, lang: 'en', publishedAt: null, url: null, text: 'x', contentType: 'text', extractorVersion: 'x',
          mentions: [['x', ['x'], 0, 1]],
          deals: [{ id: 'x', claims: [['x', 'status', 'x', null, null, null, null, 0, 1, 1]] }],
          roles: [{ id: 'x', claims: [['x', 'role', 'x', null, null, null, null, 0, 1, 1]] }],
          units: [{ id: 'x', claims: [['x', 'unit', 'x', null, 'x', null, null, 0, 1, 1]] }],
        },
      ]),
    ],
    ['find deal claims', findDealClaims(['x'])],
    ['write derived deals', writeDerivedDeals([{ id: 'x', status: 'COMPLETED', year: 2016, month: null, day: null, dateKey: 20160000, years: [2016] }])],
  ];
  const session = graph.driver.session({ database: graph.database, defaultAccessMode: neo4j.session.READ });
  try {
    const plans: IngestQueryPlan[] = [];
    for (const [name, query] of queries) {
      const result = await session.run(`EXPLAIN ${query.text}`, query.parameters);
      const operators = result.summary.plan ? flatten(result.summary.plan as unknown as PlanNode) : [];
      plans.push({ name, operators, eager: operators.includes('Eager') });
    }
    return plans;
  } catch (error) {
    throw toGraphError(error, graph.uri, 'explaining the ingest queries');
  } finally {
    await session.close();
  }
}
