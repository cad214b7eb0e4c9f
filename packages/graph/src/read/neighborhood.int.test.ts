// The one-round-trip neighborhood against the level-by-level reading it replaced (one query
// per level, the budget worked out between them): the same nodes in the same order, the same
// edges and truncation, from parties and deals, at every depth, with limits that cut it short.
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import type { Graph } from '../create-graph.js';
import { newTag, openTestGraph, query } from '../__fixtures__/test-graph.js';
import { NeighborhoodBuilder, partiesReached, type CompactDeal, type NeighborhoodLevelRow } from './assemble-graph.js';
import { buildNeighborhoodLevelQuery } from './build-graph-queries.js';
import type { QueryRunner } from './cypher-query.js';
import { createGraphReader } from './create-graph-reader.js';
import { createQueryRunner } from './create-query-runner.js';
import { readNeighborhoodLevels } from './read-neighborhood-levels.js';
import type { GraphRecord } from './read-types.js';

let graph: Graph;
const tag = newTag();
const id = (name: string) => `${tag}-${name}`;

/**
 * A hub buying twelve companies, two of which buy others in turn; a deal with one party in two
 * roles; a person with roles at two companies (one of them bought, one a buyer) and a deal of
 * their own; units both ways; a company with no deals at all.
 */
const FIXTURE = `
  UNWIND range(1, 12) AS i
  MERGE (hub:Party:Company {id: $tag + '-hub'}) SET hub.name = 'Hub ' + $tag
  MERGE (t:Party:Company {id: $tag + '-t' + i}) SET t.name = 'Target ' + i + ' ' + $tag
  MERGE (d:Deal {id: $tag + '-d' + i}) SET d += {kind: 'ACQUISITION', status: 'COMPLETED', year: 2000 + i, amountEur: i * 1.0e6}
  MERGE (d)-[:ACQUIRER]->(hub) MERGE (d)-[:TARGET]->(t)
  WITH DISTINCT hub
  MATCH (t1:Party {id: $tag + '-t1'}), (t2:Party {id: $tag + '-t2'}), (t3:Party {id: $tag + '-t3'})
  UNWIND range(1, 5) AS j
  MERGE (s:Party:Company {id: $tag + '-s' + j}) SET s.name = 'Second ' + j + ' ' + $tag
  MERGE (e:Deal {id: $tag + '-e' + j}) SET e += {kind: 'STAKE', status: 'PLANNED', year: 2010 + j}
  MERGE (e)-[:ACQUIRER]->(t1) MERGE (e)-[:TARGET]->(s)
  MERGE (f:Deal {id: $tag + '-f' + j}) SET f += {kind: 'MERGER', status: 'RUMORED'}
  MERGE (f)-[:ACQUIRER]->(t2) MERGE (f)-[:TARGET]->(s)
  WITH DISTINCT hub, t1, t2, t3
  MERGE (both:Deal {id: $tag + '-both'}) SET both += {kind: 'WRITE_DOWN', status: 'COMPLETED', year: 2020}
  MERGE (both)-[:ACQUIRER]->(t3) MERGE (both)-[:SELLER]->(t3) MERGE (both)-[:TARGET]->(hub)
  MERGE (p:Party:Person {id: $tag + '-person'}) SET p.name = 'Person ' + $tag
  MERGE (p)-[:HAS_ROLE]->(r1:Role {id: $tag + '-r1'})-[:AT]->(t1) SET r1.role = 'CEO', r1.title = 'chief executive'
  MERGE (p)-[:HAS_ROLE]->(r2:Role {id: $tag + '-r2'})-[:AT]->(hub) SET r2.role = 'CHAIR'
  MERGE (own:Deal {id: $tag + '-own'}) SET own += {kind: 'ACQUISITION', status: 'COMPLETED', year: 2021}
  MERGE (own)-[:ACQUIRER]->(p) MERGE (own)-[:TARGET]->(t2) MERGE (own)-[:BIDDER]->(t3)
  MERGE (u:Party:Company {id: $tag + '-unit'}) SET u.name = 'Unit ' + $tag
  MERGE (u)-[:UNIT_OF]->(hub) MERGE (t1)-[:UNIT_OF]->(u)
  MERGE (alone:Party:Company {id: $tag + '-alone'}) SET alone.name = 'Alone ' + $tag
`;

beforeAll(async () => {
  graph = openTestGraph(process.env);
  await query(graph, FIXTURE, { tag });
});

afterAll(async () => {
  await query(graph, 'MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n', { prefix: `${tag}-` });
  await graph.close();
});

/** The reading this file checks against: the start, then one query per level, each asked only for the budget the levels before it left. */
async function neighborhoodByLevels(run: QueryRunner, start: string, depth: number, limit: number): Promise<GraphRecord> {
  const builder = new NeighborhoodBuilder(limit);
  const seen = new Set<string>([start]);
  const deal = (
    await run({
      text:
        'MATCH (d:Deal {id: $id}) RETURN [d.id, d.kind, d.status, d.year, d.amountEur, ' +
        '[(d)-[r:ACQUIRER|TARGET|SELLER|BIDDER]->(x:Party) | [type(r), x.id, x.name, x:Person]]] AS start',
      params: { id: start },
    })
  )[0]?.start as CompactDeal | undefined;
  let frontier: string[];
  if (deal) {
    builder.addDeal(deal);
    frontier = deal[5].map((party) => party[1]);
    for (const partyId of frontier) seen.add(partyId);
  } else {
    const rows = (await run(buildNeighborhoodLevelQuery([start], limit))).map((row) => row.row as NeighborhoodLevelRow);
    builder.addLevel(rows);
    frontier = partiesReached(rows, seen).slice(0, limit);
  }
  const cutShort = await readNeighborhoodLevels(run, builder, frontier, seen, depth - 1, limit);
  const built = builder.build();
  return { nodes: built.nodes, edges: built.edges, truncated: built.truncated || cutShort };
}

test('the neighborhood in one round trip equals the level-by-level reading, truncation included', async () => {
  const trips: string[] = [];
  const runner = createQueryRunner({ driver: graph.driver });
  const counted: QueryRunner = (q, options) => {
    trips.push(q.text);
    return runner(q, options);
  };
  const reader = createGraphReader(counted);
  const starts = ['hub', 't1', 't2', 't3', 's1', 'person', 'unit', 'alone', 'd1', 'e1', 'both', 'own', 'missing'].map(id);
  let truncated = 0;
  const expectedOf = new Map<string, GraphRecord>();
  for (const start of starts) {
    for (const depth of [1, 2, 3]) {
      for (const limit of [1, 2, 3, 5, 8, 13, 21, 40, 200]) {
        const expected = await neighborhoodByLevels(runner, start, depth, limit);
        expectedOf.set(`${start} ${depth} ${limit}`, expected);
        trips.length = 0;
        const actual = await reader.neighborhood(start, depth, limit);
        expect({ start, depth, limit, ...actual }).toEqual({ start, depth, limit, ...expected });
        if (depth <= 2) expect(trips).toHaveLength(1);
        if (actual.truncated) truncated += 1;
      }
    }
  }
  // Many starts at once (concurrent requests sharing a round trip): each as read alone.
  for (const depth of [1, 2, 3]) {
    for (const limit of [1, 5, 21, 200]) {
      trips.length = 0;
      const actual = await reader.neighborhoods(starts, depth, limit);
      expect(actual.map((graph, at) => ({ start: starts[at], ...graph }))).toEqual(starts.map((start) => ({ start, ...expectedOf.get(`${start} ${depth} ${limit}`) })));
      if (depth <= 2) expect(trips).toHaveLength(1);
    }
  }
  // The limits did cut graphs short, and the widest ones did not.
  expect(truncated).toBeGreaterThan(50);
  expect((await reader.neighborhood(id('hub'), 3, 200)).truncated).toBe(false);
});
