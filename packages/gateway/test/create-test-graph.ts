// A gateway over the test run's Neo4j, with a round-trip counter, and a fixture writer that
// writes straight to the model of schema/README.md under ids unique to one test file.
import { randomBytes } from 'node:crypto';
import { applySchema, createGraph, openGraphReader, type QueryRunner } from '@dealgraph/graph';
import { createGateway, listenGateway, type CreateGatewayOptions, type Gateway, type ResponseCacheOptions } from '../src/index.js';

export function neo4jSettings() {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('NEO4J_URI is not set: run the tests through scripts/run-jest.mjs, whose global setup starts Neo4j.');
  return { uri, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? 'neo4j' };
}

/** A GraphQL response body; data is loosely typed because every test asks for its own shape. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type GraphQLBody = { data?: Record<string, any>; errors?: { message: string; extensions?: { code?: string } }[] };

/** Gateway options, and `cacheResponses` to keep answers as `dealgraph serve` does (over this reader's lastTransaction). */
type TestGraphOptions = Partial<CreateGatewayOptions> & { cacheResponses?: Omit<ResponseCacheOptions, 'lastTransaction'> };

/** Serves a gateway on a free port while `use` runs, given its GraphQL URL, and stops it after. */
export async function overHttp(gateway: Gateway, use: (url: string) => Promise<void>): Promise<void> {
  const running = await listenGateway(gateway, { port: 0 });
  try {
    await use(`http://127.0.0.1:${running.port}/graphql`);
  } finally {
    await running.close();
  }
}

export async function createTestGraph(testOptions: TestGraphOptions = {}) {
  const { cacheResponses, ...options } = testOptions;
  const settings = neo4jSettings();
  const graph = createGraph(settings);
  await applySchema(graph);
  const counter = { roundTrips: 0, queries: [] as string[] };
  const wrapRunner = (run: QueryRunner): QueryRunner => async (query, runOptions) => {
    counter.roundTrips += 1;
    counter.queries.push(query.text);
    return run(query, runOptions);
  };
  const opened = openGraphReader({ ...settings, wrapRunner });
  const responseCache = cacheResponses ? { ...cacheResponses, lastTransaction: opened.lastTransaction } : null;
  const gateway = createGateway({ reader: opened.reader, responseCache, ...options });
  const tag = `t${randomBytes(4).toString('hex')}`;
  const write = async (text: string, params: Record<string, unknown> = {}) => {
    await graph.driver.executeQuery(text, { ...params, tag });
  };
  /** POSTs an operation; returns the parsed body. */
  const query = async (source: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) => {
    const response = await gateway.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
      body: JSON.stringify({ query: source, variables }),
    });
    return (await response.json()) as GraphQLBody;
  };
  return {
    graph,
    gateway,
    counter,
    tag,
    write,
    query,
    reset: () => {
      counter.roundTrips = 0;
      counter.queries = [];
    },
    /** Deletes every node whose id starts with the tag. */
    async cleanup() {
      await graph.driver.executeQuery('MATCH (n) WHERE n.id STARTS WITH $tag DETACH DELETE n', { tag });
      await opened.close();
      await graph.close();
    },
  };
}

/**
 * The Nokia–Withings story in small: Nokia buys Withings (Samsung bids too), Withings'
 * founder buys it back, Nokia Technologies is a unit of Nokia, the founder is CEO.
 * Names carry the tag so full-text searches find only this file's parties.
 */
export const STORY = `
  MERGE (nokia:Party:Company {id: $tag + '-nokia'}) SET nokia.name = 'Nokia ' + $tag, nokia.aliases = ['Nokia ' + $tag, 'Nokia Oyj ' + $tag]
  MERGE (tech:Party:Company {id: $tag + '-nokiatech'}) SET tech.name = 'Nokia Technologies ' + $tag, tech.aliases = ['Nokia Technologies ' + $tag]
  MERGE (withings:Party:Company {id: $tag + '-withings'}) SET withings.name = 'Withings ' + $tag, withings.aliases = ['Withings ' + $tag]
  MERGE (samsung:Party:Company {id: $tag + '-samsung'}) SET samsung.name = 'Samsung ' + $tag, samsung.aliases = ['Samsung ' + $tag]
  MERGE (eric:Party:Person {id: $tag + '-eric'}) SET eric.name = 'Eric Carreel ' + $tag, eric.aliases = ['Eric Carreel ' + $tag]
  MERGE (tech)-[:UNIT_OF]->(nokia)
  MERGE (role:Role {id: $tag + '-role'}) SET role.role = 'CEO', role.title = 'directeur général', role.current = true
  MERGE (eric)-[:HAS_ROLE]->(role)-[:AT]->(withings)
  MERGE (d1:Deal {id: $tag + '-d1'}) SET d1 += {kind: 'ACQUISITION', status: 'COMPLETED', year: 2016, month: 5, day: 31, dateKey: 20160531,
    amountValue: 170000000.0, amountCurrency: 'EUR', amountEur: 170000000.0, amountApproximate: true, amountUpTo: false,
    amountText: 'about €170 million', confidence: 0.9, sourceCount: 1}
  MERGE (d1)-[:ACQUIRER]->(nokia) MERGE (d1)-[:TARGET]->(withings) MERGE (d1)-[:BIDDER]->(samsung)
  MERGE (d2:Deal {id: $tag + '-d2'}) SET d2 += {kind: 'ACQUISITION', status: 'COMPLETED', year: 2018, month: 5, dateKey: 20180500, confidence: 0.8, sourceCount: 1}
  MERGE (d2)-[:ACQUIRER]->(eric) MERGE (d2)-[:TARGET]->(withings) MERGE (d2)-[:SELLER]->(nokia)
  MERGE (a1:Article {id: $tag + '-a1'}) SET a1 += {title: 'Nokia buys Withings', lang: 'en', publishedAt: '2016-04-26', url: 'https://example.test/a1'}
  MERGE (a2:Article {id: $tag + '-a2'}) SET a2 += {title: 'Withings rachète sa liberté', lang: 'fr', publishedAt: '2018-05-31', url: 'https://example.test/a2'}
  MERGE (c1:Claim {id: $tag + '-c1'}) SET c1 += {field: 'deal', value: '{}', evidence: 'Nokia is buying Withings for about €170 million.', start: 0, end: 48, lang: 'en', confidence: 0.9}
  MERGE (c2:Claim {id: $tag + '-c2'}) SET c2 += {field: 'amount', value: '{"value":170000000,"currency":"EUR","eur":170000000,"approximate":true,"upTo":false,"text":"about €170 million"}', evidence: 'Nokia is buying Withings for about €170 million.', start: 0, end: 48, lang: 'en', confidence: 0.9}
  MERGE (c3:Claim {id: $tag + '-c3'}) SET c3 += {field: 'deal', value: '{}', evidence: 'Éric Carreel rachète Withings à Nokia.', start: 10, end: 48, lang: 'fr', confidence: 0.8}
  MERGE (c4:Claim {id: $tag + '-c4'}) SET c4 += {field: 'role', value: '{}', evidence: 'Éric Carreel, directeur général de Withings', start: 50, end: 93, lang: 'fr', confidence: 0.7}
  MERGE (c1)-[:SUPPORTS]->(d1) MERGE (c1)-[:FROM]->(a1)
  MERGE (c2)-[:SUPPORTS]->(d1) MERGE (c2)-[:FROM]->(a1)
  MERGE (c3)-[:SUPPORTS]->(d2) MERGE (c3)-[:FROM]->(a2)
  MERGE (c4)-[:SUPPORTS]->(role) MERGE (c4)-[:FROM]->(a2)
  MERGE (a1)-[:MENTIONS]->(nokia) MERGE (a1)-[:MENTIONS]->(withings)
`;
