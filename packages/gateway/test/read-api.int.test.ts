import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { STORY, createTestGraph } from './create-test-graph.js';

let t: Awaited<ReturnType<typeof createTestGraph>>;
let id: (name: string) => string;

beforeAll(async () => {
  t = await createTestGraph();
  id = (name) => `${t.tag}-${name}`;
  await t.write(STORY);
});
afterAll(() => t.cleanup());

describe('reading the graph', () => {
  it('answers a company with its deals, their parties and sources in a bounded number of round trips', async () => {
    t.reset();
    const body = await t.query(
      `query ($id: ID!) { company(id: $id) { name aliases
        dealsAsAcquirer { totalCount nodes { id kind status date { year month day } amount { value currency eur approximate upTo }
          acquirer { name } target { ... on Company { name } } bidders { name }
          sources { article { id title url publishedAt } evidence lang confidence } } }
        dealsAsSeller { nodes { id acquirer { __typename name } } }
        units { name } parent { name } } }`,
      { id: id('nokia') },
    );
    expect(body.errors).toBeUndefined();
    const company = body.data?.company;
    expect(company.name).toBe(`Nokia ${t.tag}`);
    expect(company.dealsAsAcquirer.totalCount).toBe(1);
    expect(company.dealsAsAcquirer.nodes[0]).toEqual({
      id: id('d1'),
      kind: 'ACQUISITION',
      status: 'COMPLETED',
      date: { year: 2016, month: 5, day: 31 },
      amount: { value: 170_000_000, currency: 'EUR', eur: 170_000_000, approximate: true, upTo: false },
      acquirer: { name: `Nokia ${t.tag}` },
      target: { name: `Withings ${t.tag}` },
      bidders: [{ name: `Samsung ${t.tag}` }],
      sources: [
        {
          article: { id: id('a1'), title: 'Nokia buys Withings', url: 'https://example.test/a1', publishedAt: '2016-04-26' },
          evidence: 'Nokia is buying Withings for about €170 million.',
          lang: 'en',
          confidence: 0.9,
        },
      ],
    });
    expect(company.dealsAsSeller.nodes).toEqual([{ id: id('d2'), acquirer: { __typename: 'Person', name: `Eric Carreel ${t.tag}` } }]);
    expect(company.units).toEqual([{ name: `Nokia Technologies ${t.tag}` }]);
    expect(company.parent).toBeNull();
    // The party with both deal pages and its units (one compiled query), the count, the sources.
    expect(t.counter.roundTrips).toBe(3);
  });

  it('answers a company with a page of its deals and their parties in one round trip', async () => {
    t.reset();
    const body = await t.query(
      `query ($id: ID!) { company(id: $id) { name ... on Party { id } ...D } } fragment D on Company { deals(first: 5) { edges { cursor node { id date { year } acquirer { name } target { name } } } pageInfo { hasNextPage } } }`,
      { id: id('withings') },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.company.deals.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([id('d2'), id('d1')]);
    expect(t.counter.roundTrips).toBe(1);
  });

  it('reads only the deal parties a request shows: acquisitions with their acquirer expand no other role', async () => {
    t.reset();
    const body = await t.query(`query ($id: ID!) { company(id: $id) { dealsAsAcquirer { nodes { id acquirer { name } } } } }`, { id: id('nokia') });
    expect(body.errors).toBeUndefined();
    expect(body.data?.company.dealsAsAcquirer.nodes).toEqual([{ id: id('d1'), acquirer: { name: `Nokia ${t.tag}` } }]);
    expect(t.counter.roundTrips).toBe(1);
    const [cypher = ''] = t.counter.queries;
    expect(cypher).toContain('(d)-[:ACQUIRER]->');
    for (const role of ['TARGET', 'SELLER', 'BIDDER']) expect(cypher).not.toContain(`(d)-[:${role}]->`);
  });

  it('answers every party asked, whether by two aliases of one page or by a deal read in full afterwards', async () => {
    t.reset();
    const body = await t.query(
      `query ($id: ID!, $deal: ID!) { company(id: $id) {
         a: dealsAsAcquirer { nodes { target { name } } }
         b: dealsAsAcquirer { edges { node { bidders { name } } } } }
         deal(id: $deal) { acquirer { name } seller { name } bidders { name } } }`,
      { id: id('nokia'), deal: id('d1') },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.company.a.nodes).toEqual([{ target: { name: `Withings ${t.tag}` } }]);
    expect(body.data?.company.b.edges).toEqual([{ node: { bidders: [{ name: `Samsung ${t.tag}` }] } }]);
    // The page read without the seller must not stand in for deal(id).
    expect(body.data?.deal).toEqual({ acquirer: { name: `Nokia ${t.tag}` }, seller: null, bidders: [{ name: `Samsung ${t.tag}` }] });
    const page = t.counter.queries.find((cypher) => cypher.includes('<-[:ACQUIRER]-(d:Deal)')) ?? '';
    expect(page).toContain('(d)-[:TARGET]->');
    expect(page).toContain('(d)-[:BIDDER]->');
    expect(page).not.toContain('(d)-[:SELLER]->');
  });

  it('reads only the deal parties a deals page shows', async () => {
    t.reset();
    const body = await t.query(`query ($party: ID) { deals(filter: { party: $party }) { nodes { id target { name } } } }`, { party: id('withings') });
    expect(body.errors).toBeUndefined();
    expect(body.data?.deals.nodes).toEqual([
      { id: id('d2'), target: { name: `Withings ${t.tag}` } },
      { id: id('d1'), target: { name: `Withings ${t.tag}` } },
    ]);
    expect(t.counter.roundTrips).toBe(1);
    const [cypher = ''] = t.counter.queries;
    for (const role of ['ACQUIRER', 'SELLER', 'BIDDER']) expect(cypher).not.toContain(`(d)-[:${role}]->`);
  });

  it('reads only the deal fields a deals page shows: no kind, status or aliases for dates and party names', async () => {
    t.reset();
    const body = await t.query(`query ($party: ID) { deals(filter: { party: $party }) { nodes { id date { year } amount { eur } acquirer { name } } } }`, {
      party: id('withings'),
    });
    expect(body.errors).toBeUndefined();
    expect(body.data?.deals.nodes).toEqual([
      { id: id('d2'), date: { year: 2018 }, amount: null, acquirer: { name: `Eric Carreel ${t.tag}` } },
      { id: id('d1'), date: { year: 2016 }, amount: { eur: 170_000_000 }, acquirer: { name: `Nokia ${t.tag}` } },
    ]);
    expect(t.counter.roundTrips).toBe(1);
    const [cypher = ''] = t.counter.queries;
    for (const field of ['d.kind', 'd.status', 'd.confidence', 'd.sourceCount', 'x.aliases']) expect(cypher).not.toContain(field);
  });

  it('reads the aliases of deal parties when a fragment on Party asks for them', async () => {
    t.reset();
    const body = await t.query(`query ($id: ID!) { company(id: $id) { dealsAsAcquirer { nodes { target { ...P } } } } } fragment P on Party { aliases }`, {
      id: id('nokia'),
    });
    expect(body.errors).toBeUndefined();
    expect(body.data?.company.dealsAsAcquirer.nodes).toEqual([{ target: { aliases: [`Withings ${t.tag}`] } }]);
    expect(t.counter.roundTrips).toBe(1);
    expect(t.counter.queries[0]).toContain('x.aliases');
  });

  it('answers deal fields and aliases that a page read without them is asked for again further down', async () => {
    // The company's page is read with target names and acquirers only and primes the page loader;
    // the same page asked again through a deal's acquirer wants the kind, status, date, counts and
    // target aliases it does not hold, so those come from the deals and parties read in full.
    const body = await t.query(
      `query ($id: ID!) { company(id: $id) { dealsAsAcquirer { nodes { id target { name } acquirer { ... on Company {
        dealsAsAcquirer { nodes { id kind status date { year } confidence sourceCount target { aliases } } } } } } } } }`,
      { id: id('nokia') },
    );
    expect(body.errors).toBeUndefined();
    const [outer] = body.data?.company.dealsAsAcquirer.nodes ?? [];
    expect(outer.target).toEqual({ name: `Withings ${t.tag}` });
    expect(outer.acquirer.dealsAsAcquirer.nodes).toEqual([
      { id: id('d1'), kind: 'ACQUISITION', status: 'COMPLETED', date: { year: 2016 }, confidence: 0.9, sourceCount: 1, target: { aliases: [`Withings ${t.tag}`] } },
    ]);
  });

  it('shares one round trip among concurrent requests for companies, each answered with its own', async () => {
    t.reset();
    const ask = (name: string) => t.query(`query ($id: ID!) { company(id: $id) { name dealsAsSeller { nodes { id } } } }`, { id: id(name) });
    const [nokia, withings] = await Promise.all([ask('nokia'), ask('withings')]);
    expect(nokia.data?.company).toEqual({ name: `Nokia ${t.tag}`, dealsAsSeller: { nodes: [{ id: id('d2') }] } });
    expect(withings.data?.company).toEqual({ name: `Withings ${t.tag}`, dealsAsSeller: { nodes: [] } });
    expect(t.counter.roundTrips).toBe(1);
  });

  it('shares one round trip among concurrent requests for deal pages of one shape, each answered with its own', async () => {
    t.reset();
    const ask = (party: string, first: number) =>
      t.query(`query ($party: ID, $first: Int) { deals(filter: { party: $party }, first: $first) { nodes { id target { name } } } }`, { party: id(party), first });
    const [withings, nokia, eric, nobody, withingsAgain] = await Promise.all([ask('withings', 5), ask('nokia', 5), ask('eric', 5), ask('missing', 5), ask('withings', 5)]);
    expect(withings.data?.deals.nodes).toEqual([
      { id: id('d2'), target: { name: `Withings ${t.tag}` } },
      { id: id('d1'), target: { name: `Withings ${t.tag}` } },
    ]);
    expect(withingsAgain.data?.deals).toEqual(withings.data?.deals);
    expect(nokia.data?.deals.nodes).toEqual(withings.data?.deals.nodes);
    expect(eric.data?.deals.nodes).toEqual([{ id: id('d2'), target: { name: `Withings ${t.tag}` } }]);
    expect(nobody.data?.deals.nodes).toEqual([]);
    expect(t.counter.roundTrips).toBe(1);
    // Another page size is another query: LIMIT takes no value from the batch.
    t.reset();
    const [two, one] = await Promise.all([ask('withings', 2), ask('withings', 1)]);
    expect(two.data?.deals.nodes.map((deal: { id: string }) => deal.id)).toEqual([id('d2'), id('d1')]);
    expect(one.data?.deals.nodes.map((deal: { id: string }) => deal.id)).toEqual([id('d2')]);
    expect(t.counter.roundTrips).toBe(2);
  });

  it('costs the same round trips for one company or many', async () => {
    const ask = (ids: string[]) =>
      t.query(
        `{ a: company(id: "${ids[0]}") { ...C } b: company(id: "${ids[1] ?? ids[0]}") { ...C } c: company(id: "${ids[2] ?? ids[0]}") { ...C } }
         fragment C on Company { name deals { nodes { target { name } sources { evidence } claims { field } } } people { title person { name } } }`,
      );
    t.reset();
    expect((await ask([id('nokia')])).errors).toBeUndefined();
    const one = t.counter.roundTrips;
    t.reset();
    const many = await ask([id('nokia'), id('withings'), id('samsung')]);
    expect(many.errors).toBeUndefined();
    expect(many.data?.b.deals.nodes).toHaveLength(2);
    expect(many.data?.b.people).toEqual([{ title: 'directeur général', person: { name: `Eric Carreel ${t.tag}` } }]);
    expect(t.counter.roundTrips).toBe(one);
  });

  it('finds a company by a name or an alias, whatever the case', async () => {
    const body = await t.query(`query ($name: String) { company(name: $name) { id } }`, { name: `nokia oyj ${t.tag.toUpperCase()}` });
    expect(body.data?.company).toEqual({ id: id('nokia') });
    const none = await t.query(`{ company(name: "no such company ${t.tag}") { id } }`);
    expect(none.data?.company).toBeNull();
  });

  it('answers a company found by name with its deals and units in one round trip', async () => {
    t.reset();
    const body = await t.query(
      `query ($name: String) { company(name: $name) { id dealsAsAcquirer(first: 5) { nodes { id target { name } } } units { name } } }`,
      { name: `NOKIA ${t.tag}` },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.company).toEqual({
      id: id('nokia'),
      dealsAsAcquirer: { nodes: [{ id: id('d1'), target: { name: `Withings ${t.tag}` } }] },
      units: [{ name: `Nokia Technologies ${t.tag}` }],
    });
    expect(t.counter.roundTrips).toBe(1);
    const none = await t.query(`{ company(name: "no such company ${t.tag}") { id dealsAsAcquirer { nodes { id } } } }`);
    expect(none.errors).toBeUndefined();
    expect(none.data?.company).toBeNull();
  });

  it('pages companies with cursors and a separate count', async () => {
    const first = await t.query(`query ($s: String) { companies(search: $s, first: 2) { totalCount edges { cursor node { name } } pageInfo { hasNextPage endCursor } } }`, { s: `nokia ${t.tag}` });
    expect(first.errors).toBeUndefined();
    const page = first.data?.companies;
    expect(page.totalCount).toBeGreaterThanOrEqual(2);
    expect(page.edges.map((edge: { node: { name: string } }) => edge.node.name)).toContain(`Nokia ${t.tag}`);
    const all = await t.query(`query ($s: String) { companies(search: $s, first: 1) { pageInfo { hasNextPage endCursor } } }`, { s: t.tag });
    const next = await t.query(`query ($after: String, $s: String) { companies(search: $s, first: 1, after: $after) { nodes { name } } }`, {
      after: all.data?.companies.pageInfo.endCursor,
      s: t.tag,
    });
    expect(all.data?.companies.pageInfo.hasNextPage).toBe(true);
    expect(next.data?.companies.nodes).toHaveLength(1);
  });

  it('refuses pages over the maximum and cursors it did not make, naming the argument', async () => {
    const big = await t.query(`{ companies(first: 101) { totalCount } }`);
    expect(big.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(big.errors?.[0]?.message).toMatch(/first/);
    const forged = await t.query(`{ deals(after: "bm9wZQ") { totalCount } }`);
    expect(forged.errors?.[0]?.message).toMatch(/after/);
    const date = await t.query(`{ deals(filter: { from: "last year" }) { totalCount } }`);
    expect(date.errors?.[0]?.message).toMatch(/filter.from/);
  });

  it('filters deals by party, kind, status, dates and amount', async () => {
    const deals = async (filter: Record<string, unknown>, orderBy = 'DATE_DESC') =>
      (await t.query(`query ($f: DealFilter, $o: DealOrder) { deals(filter: $f, orderBy: $o) { totalCount nodes { id } } }`, { f: filter, o: orderBy })).data?.deals;
    const party = id('withings');
    expect(await deals({ party })).toEqual({ totalCount: 2, nodes: [{ id: id('d2') }, { id: id('d1') }] });
    expect((await deals({ party }, 'DATE_ASC')).nodes).toEqual([{ id: id('d1') }, { id: id('d2') }]);
    expect(await deals({ party, from: '2017' })).toEqual({ totalCount: 1, nodes: [{ id: id('d2') }] });
    expect(await deals({ party, to: '2016-05' })).toEqual({ totalCount: 1, nodes: [{ id: id('d1') }] });
    expect(await deals({ party, minEur: 100_000_000 })).toEqual({ totalCount: 1, nodes: [{ id: id('d1') }] });
    expect(await deals({ party, kind: 'MERGER' })).toEqual({ totalCount: 0, nodes: [] });
    expect(await deals({ party, status: 'COMPLETED', kind: 'ACQUISITION' })).toMatchObject({ totalCount: 2 });
  });

  it('answers the widget deal query with sources and every claim', async () => {
    const body = await t.query(`query ($id: ID!) { deal(id: $id) { id sourceCount sources { article { id title url publishedAt } evidence lang confidence }
      claims { field amount { value currency approximate } source { article { id } evidence start end } } } }`, { id: id('d1') });
    expect(body.errors).toBeUndefined();
    const deal = body.data?.deal;
    expect(deal.sources).toHaveLength(1);
    expect(deal.claims).toEqual(
      expect.arrayContaining([
        { field: 'DEAL', amount: null, source: { article: { id: id('a1') }, evidence: 'Nokia is buying Withings for about €170 million.', start: 0, end: 48 } },
        { field: 'AMOUNT', amount: { value: 170_000_000, currency: 'EUR', approximate: true }, source: expect.anything() },
      ]),
    );
    expect((await t.query(`{ deal(id: "${t.tag}-none") { id } }`)).data?.deal).toBeNull();
  });

  it('gives the neighborhood of a party as nodes and edges for the widget', async () => {
    const graph = async (start: string, depth: number, limit = 200) =>
      (await t.query(`query ($id: ID!, $d: Int, $l: Int) { neighborhood(id: $id, depth: $d, limit: $l) { nodes { id type label kind status year eur } edges { id source target type label } truncated } }`, { id: start, d: depth, l: limit })).data?.neighborhood;
    const one = await graph(id('withings'), 1);
    const ids = one.nodes.map((node: { id: string }) => node.id).sort();
    expect(ids).toEqual([id('d1'), id('d2'), id('eric'), id('nokia'), id('samsung'), id('withings')].sort());
    expect(one.nodes).toContainEqual({ id: id('d1'), type: 'DEAL', label: expect.stringContaining('Nokia'), kind: 'ACQUISITION', status: 'COMPLETED', year: 2016, eur: 170_000_000 });
    expect(one.edges).toContainEqual(expect.objectContaining({ source: id('d1'), target: id('samsung'), type: 'BIDDER' }));
    expect(one.edges).toContainEqual(expect.objectContaining({ source: id('eric'), target: id('withings'), type: 'ROLE', label: 'directeur général' }));
    expect(one.truncated).toBe(false);
    t.reset();
    const two = await graph(id('samsung'), 2);
    expect(two.nodes.map((node: { id: string }) => node.id)).toContain(id('d2'));
    // The start and both levels in one query.
    expect(t.counter.roundTrips).toBe(1);
    t.reset();
    await graph(id('samsung'), 3);
    // A third level is one more.
    expect(t.counter.roundTrips).toBe(2);
    const unit = await graph(id('nokia'), 1);
    expect(unit.edges).toContainEqual(expect.objectContaining({ source: id('nokiatech'), target: id('nokia'), type: 'UNIT_OF' }));
    const cut = await graph(id('withings'), 2, 3);
    expect(cut.nodes).toHaveLength(3);
    expect(cut.truncated).toBe(true);
    const fromDeal = await graph(id('d1'), 1);
    expect(fromDeal.nodes).toHaveLength(4);
    // Concurrent requests of one depth and limit share the round trip, each answered as if alone.
    const starts = [id('samsung'), id('withings'), id('d1'), id('nobody')];
    const alone = [];
    for (const start of starts) alone.push(await graph(start, 2));
    t.reset();
    const together = await Promise.all(starts.map((start) => graph(start, 2)));
    expect(together).toEqual(alone);
    expect(t.counter.roundTrips).toBe(1);
  });

  it('finds parties by full-text search, typos included', async () => {
    const body = await t.query(`query ($text: String!) { search(text: $text) { id name type score } }`, { text: `withngs ${t.tag}` });
    expect(body.errors).toBeUndefined();
    expect(body.data?.search[0]).toMatchObject({ id: id('withings'), type: 'COMPANY' });
    const person = await t.query(`query ($text: String!) { search(text: $text, first: 1) { id type } }`, { text: `carreel ${t.tag}` });
    expect(person.data?.search).toEqual([{ id: id('eric'), type: 'PERSON' }]);
    expect((await t.query(`{ search(text: "*:* OR") { id } }`)).errors).toBeUndefined();
  });

  it('tells the ownership timeline of Withings', async () => {
    const body = await t.query(`query ($id: ID!) { timeline(partyId: $id) { party { name } events { role date { year } deal { id } }
      owners { owner { name } from { year } to { year } deal { id } } } }`, { id: id('withings') });
    expect(body.errors).toBeUndefined();
    expect(body.data?.timeline.events).toEqual([
      { role: 'TARGET', date: { year: 2016 }, deal: { id: id('d1') } },
      { role: 'TARGET', date: { year: 2018 }, deal: { id: id('d2') } },
    ]);
    expect(body.data?.timeline.owners).toEqual([
      { owner: { name: `Nokia ${t.tag}` }, from: { year: 2016 }, to: { year: 2018 }, deal: { id: id('d1') } },
      { owner: { name: `Eric Carreel ${t.tag}` }, from: { year: 2018 }, to: null, deal: { id: id('d2') } },
    ]);
    const missing = await t.query(`{ timeline(partyId: "${t.tag}-none") { party { name } } }`);
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('finds who connects Samsung to the founder', async () => {
    const body = await t.query(`query ($a: ID!, $b: ID!) { path(fromId: $a, toId: $b, maxHops: 3) { nodes { id type } edges { source target type } } }`, {
      a: id('samsung'),
      b: id('eric'),
    });
    expect(body.errors).toBeUndefined();
    const { nodes, edges } = body.data!.path;
    expect(nodes[0]).toEqual({ id: id('samsung'), type: 'COMPANY' });
    expect(nodes.at(-1)).toEqual({ id: id('eric'), type: 'PERSON' });
    expect(edges.length).toBeGreaterThanOrEqual(3);
    const none = await t.query(`query ($a: ID!, $b: ID!) { path(fromId: $a, toId: $b, maxHops: 1) { nodes { id } } }`, { a: id('samsung'), b: id('nokiatech') });
    expect(none.data?.path.nodes).toEqual([]);
  });

  it('lists articles with what they state, people with roles, and stats', async () => {
    const body = await t.query(`query ($a: ID!, $p: ID!) { article(id: $a) { title deals { id } parties { name } }
      person(id: $p) { roles { role title current organization { name } sources { evidence } } deals { nodes { id } } }
      articles(first: 2) { totalCount nodes { id } }
      stats { companies people deals articles claims dealsByKind { kind count } dealsByStatus { status count } } }`, { a: id('a1'), p: id('eric') });
    expect(body.errors).toBeUndefined();
    expect(body.data?.article.deals).toEqual([{ id: id('d1') }]);
    expect(body.data?.article.parties).toHaveLength(2);
    expect(body.data?.person.roles).toEqual([
      { role: 'CEO', title: 'directeur général', current: true, organization: { name: `Withings ${t.tag}` }, sources: [{ evidence: 'Éric Carreel, directeur général de Withings' }] },
    ]);
    expect(body.data?.person.deals.nodes).toEqual([{ id: id('d2') }]);
    expect(body.data?.stats.companies).toBeGreaterThanOrEqual(4);
    expect(body.data?.stats.dealsByKind.find((row: { kind: string }) => row.kind === 'ACQUISITION').count).toBeGreaterThanOrEqual(2);
  });
  it("shows the sentences that state a company is a unit of its parent, not the rejected ones or another parent's", async () => {
    await t.write(
      `MATCH (tech:Company {id: $tag + '-nokiatech'}), (a1:Article {id: $tag + '-a1'}), (a2:Article {id: $tag + '-a2'})
       MERGE (c5:Claim {id: $tag + '-c5'}) SET c5 += {field: 'unit', value: '{}', partyId: $tag + '-nokia', evidence: 'Nokia Technologies, a unit of Nokia, licenses patents.', start: 0, end: 52, lang: 'en', confidence: 1.0}
       MERGE (c6:Claim {id: $tag + '-c6'}) SET c6 += {field: 'unit', value: '{}', partyId: $tag + '-nokia', evidence: 'Nokia Technologies, of Nokia.', start: 0, end: 29, lang: 'en', confidence: 1.0, curation: 'REJECTED'}
       MERGE (c7:Claim {id: $tag + '-c7'}) SET c7 += {field: 'unit', value: '{}', partyId: $tag + '-samsung', evidence: 'Nokia Technologies, of Samsung.', start: 0, end: 31, lang: 'en', confidence: 1.0}
       MERGE (c5)-[:SUPPORTS]->(tech) MERGE (c5)-[:FROM]->(a1)
       MERGE (c6)-[:SUPPORTS]->(tech) MERGE (c6)-[:FROM]->(a2)
       MERGE (c7)-[:SUPPORTS]->(tech) MERGE (c7)-[:FROM]->(a2)`,
    );
    t.reset();
    const body = await t.query(
      `query ($id: ID!) { company(id: $id) { parentSources { evidence } units { name parent { name } parentSources { article { id } evidence start end lang confidence } } } }`,
      { id: id('nokia') },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.company).toEqual({
      parentSources: [],
      units: [
        {
          name: `Nokia Technologies ${t.tag}`,
          parent: { name: `Nokia ${t.tag}` },
          parentSources: [{ article: { id: id('a1') }, evidence: 'Nokia Technologies, a unit of Nokia, licenses patents.', start: 0, end: 52, lang: 'en', confidence: 1 }],
        },
      ],
    });
  });
});
