// The widget tests' own graph: the Nokia–Withings story in five short articles, plus a
// Withings deal only reachable from Withings, so expanding Withings has something to add.
import type { ArticleFacts, FactDeal, FactEntity, Graph } from '@dealgraph/graph';
import { ingestArticles } from '@dealgraph/graph';

interface Story {
  publishedAt: string;
  title: string;
  text: string;
  entities: Omit<FactEntity, 'aliases'>[];
  deal: Omit<FactDeal, 'id' | 'confidence' | 'evidence' | 'bidders'> & { bidders?: string[] };
  /** The sentence of `text` that states the deal. */
  evidence: string;
  role?: { person: string; org: string };
}

const eur = (value: number, text: string) => ({ value, currency: 'EUR', eur: value, approximate: false, upTo: false, text });

const STORIES: Story[] = [
  {
    publishedAt: '2016-04-26',
    title: 'Nokia to buy Withings for €170 million',
    text: 'Nokia has agreed to acquire the French digital health company Withings for €170 million. Éric Carreel, who founded Withings, will join Nokia.',
    evidence: 'Nokia has agreed to acquire the French digital health company Withings for €170 million.',
    entities: [
      { id: 'e1', type: 'COMPANY', name: 'Nokia' },
      { id: 'e2', type: 'COMPANY', name: 'Withings' },
      { id: 'e3', type: 'PERSON', name: 'Éric Carreel' },
    ],
    deal: { kind: 'ACQUISITION', acquirer: 'e1', target: 'e2', seller: null, status: 'COMPLETED', date: { year: 2016, month: 4, day: 26 }, amount: eur(170e6, '€170 million') },
    role: { person: 'e3', org: 'e2' },
  },
  {
    publishedAt: '2016-04-07',
    title: 'Nokia completes Alcatel-Lucent takeover',
    text: 'Nokia completed its €15.6 billion takeover of Alcatel-Lucent on Thursday.',
    evidence: 'Nokia completed its €15.6 billion takeover of Alcatel-Lucent on Thursday.',
    entities: [
      { id: 'e1', type: 'COMPANY', name: 'Nokia' },
      { id: 'e2', type: 'COMPANY', name: 'Alcatel-Lucent' },
    ],
    deal: { kind: 'MERGER', acquirer: 'e1', target: 'e2', seller: null, status: 'COMPLETED', date: { year: 2015, month: 4, day: 15 }, amount: eur(15.6e9, '€15.6 billion') },
  },
  {
    publishedAt: '2017-11-02',
    title: 'Nokia writes down its digital health unit',
    text: 'Nokia wrote down €141 million on Withings, its digital health business.',
    evidence: 'Nokia wrote down €141 million on Withings, its digital health business.',
    entities: [
      { id: 'e1', type: 'COMPANY', name: 'Nokia' },
      { id: 'e2', type: 'COMPANY', name: 'Withings' },
    ],
    deal: { kind: 'WRITE_DOWN', acquirer: 'e1', target: 'e2', seller: null, status: 'COMPLETED', date: { year: 2017, month: 11, day: null }, amount: eur(141e6, '€141 million') },
  },
  {
    publishedAt: '2018-05-31',
    title: 'Withings co-founder buys the company back from Nokia',
    text: 'Éric Carreel is buying Withings back from Nokia, the companies said on Thursday.',
    evidence: 'Éric Carreel is buying Withings back from Nokia, the companies said on Thursday.',
    entities: [
      { id: 'e1', type: 'PERSON', name: 'Éric Carreel' },
      { id: 'e2', type: 'COMPANY', name: 'Withings' },
      { id: 'e3', type: 'COMPANY', name: 'Nokia' },
    ],
    deal: { kind: 'ACQUISITION', acquirer: 'e1', target: 'e2', seller: 'e3', status: 'COMPLETED', date: { year: 2018, month: 5, day: 31 }, amount: null },
  },
  {
    publishedAt: '2020-02-10',
    title: 'Withings eyes a stake in Heartwise Labs',
    text: 'Withings is in talks to take a stake in the Swiss start-up Heartwise Labs, people familiar with the matter said.',
    evidence: 'Withings is in talks to take a stake in the Swiss start-up Heartwise Labs, people familiar with the matter said.',
    entities: [
      { id: 'e1', type: 'COMPANY', name: 'Withings' },
      { id: 'e2', type: 'COMPANY', name: 'Heartwise Labs' },
    ],
    deal: { kind: 'STAKE', acquirer: 'e1', target: 'e2', seller: null, status: 'RUMORED', date: { year: 2020, month: 2, day: null }, amount: null },
  },
];

/** The articles as the loader takes them; `tag` makes their text and URLs this run's own. */
export function nokiaWithingsArticles(tag: string): ArticleFacts[] {
  return STORIES.map((story, n) => {
    const text = `${story.text} (widget test ${tag})`;
    const start = text.indexOf(story.evidence);
    const evidence = [{ text: story.evidence, start, end: start + story.evidence.length }];
    return {
      article: { text, title: story.title, lang: 'en', publishedAt: story.publishedAt, url: `https://news.example/${tag}/${n + 1}`, extractorVersion: 'widget-test' },
      entities: story.entities.map((entity) => ({ ...entity, aliases: [entity.name] })),
      deals: [{ id: 'd1', bidders: [], confidence: 0.9, evidence, ...story.deal }],
      roles: story.role
        ? [{ person: story.role.person, org: story.role.org, role: 'FOUNDER', title: 'founder', current: true, evidence: [{ text: text.slice(text.indexOf('Éric')), start: text.indexOf('Éric'), end: text.length }] }]
        : [],
    };
  });
}

export async function seedNokiaWithings(graph: Graph, tag: string): Promise<void> {
  const result = await ingestArticles(graph, nokiaWithingsArticles(tag));
  if (result.failures.length) throw new Error(`seeding failed: ${JSON.stringify(result.failures)}`);
}

/**
 * Removes this run's articles and claims, then only the deals, roles and parties nothing
 * else still supports: another test file may hold the same names at the same time.
 */
export async function removeNokiaWithings(graph: Graph, tag: string): Promise<void> {
  const prefix = `https://news.example/${tag}/`;
  await graph.driver.executeQuery('MATCH (a:Article) WHERE a.url STARTS WITH $prefix OPTIONAL MATCH (a)<-[:FROM]-(c:Claim) DETACH DELETE c, a', { prefix });
  const names = [...new Set(STORIES.flatMap((story) => story.entities.map((e) => e.name)))];
  await graph.driver.executeQuery(
    'MATCH (d:Deal)-->(p:Party) WHERE p.name IN $names AND NOT (d)<-[:SUPPORTS]-(:Claim) DETACH DELETE d',
    { names },
  );
  await graph.driver.executeQuery(
    'MATCH (r:Role)-[:AT]->(p:Party) WHERE p.name IN $names AND NOT (r)<-[:SUPPORTS]-(:Claim) DETACH DELETE r',
    { names },
  );
  await graph.driver.executeQuery(
    `MATCH (p:Party) WHERE p.name IN $names AND NOT (p)<-[:MENTIONS]-(:Article) AND NOT (p)<-[:ACQUIRER|TARGET|SELLER|BIDDER]-(:Deal)
     AND NOT (p)-[:HAS_ROLE]->() AND NOT ()-[:AT]->(p) DETACH DELETE p`,
    { names },
  );
}
