// One batch of articles into the graph, inside the caller's transaction. The
// stages in order: skip what is already there, resolve parties, match deals,
// write, derive. Queries that do not wait on each other's answers are sent
// together (the driver pipelines them in the transaction), so a batch costs four
// or five round trips however many statements it runs.
import type { RunQuery } from './create-graph.js';
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
  writeMentions,
  writeParties,
  writeRoles,
  writeUnits,
  type ArticleClaim,
  type ArticleFactsRow,
  type CypherQuery,
} from './ingest-queries.js';
import { planDeals, relationsOf, type ClaimRow, type DealCandidate, type DealPlan } from './plan-deals.js';
import { LEADING_ROLES, partiesNeedingContext, planParties, type MentionRow, type PartyCandidate, type PartyRow } from './plan-parties.js';
import { lookupKeys, type PreparedArticle } from './prepare-articles.js';
import { deriveDeals } from './refresh-deals.js';
import type { PartyContext } from './resolve-party.js';
import type { DealPartyRole } from './types.js';

/** What an ingest did. */
export interface IngestSummary {
  /** Articles written to the graph. */
  articlesRead: number;
  /** Articles already in the graph (same text), left as they were. */
  articlesSkipped: number;
  entitiesCreated: number;
  /** Entities that turned out to be a party already known. */
  entitiesMerged: number;
  dealsCreated: number;
  /** Stated deals that turned out to be a deal already known. */
  dealsMerged: number;
  /**
   * Rows merged by the writes (nodes and relationships), the measure of bulk throughput: a row the
   * batch's reads found in the graph already (a known deal, a link of it) counts, as a MERGE that
   * finds it would, though nothing is sent for it.
   */
  rowsWritten: number;
}

/** What a batch touched, by id, besides the counts. */
export interface BatchResult {
  summary: IngestSummary;
  articleIds: string[];
  dealIds: string[];
  createdDealIds: string[];
  partyIds: string[];
}

export function emptySummary(): IngestSummary {
  return { articlesRead: 0, articlesSkipped: 0, entitiesCreated: 0, entitiesMerged: 0, dealsCreated: 0, dealsMerged: 0, rowsWritten: 0 };
}

export function addSummaries(a: IngestSummary, b: IngestSummary): IngestSummary {
  return {
    articlesRead: a.articlesRead + b.articlesRead,
    articlesSkipped: a.articlesSkipped + b.articlesSkipped,
    entitiesCreated: a.entitiesCreated + b.entitiesCreated,
    entitiesMerged: a.entitiesMerged + b.entitiesMerged,
    dealsCreated: a.dealsCreated + b.dealsCreated,
    dealsMerged: a.dealsMerged + b.dealsMerged,
    rowsWritten: a.rowsWritten + b.rowsWritten,
  };
}

/** Chunks of UNWIND rows: big enough to amortise a round trip, small enough to keep memory flat. */
const ROWS_PER_QUERY = 5000;

function chunked<T>(rows: readonly T[], build: (rows: T[]) => CypherQuery): CypherQuery[] {
  const queries: CypherQuery[] = [];
  for (let at = 0; at < rows.length; at += ROWS_PER_QUERY) queries.push(build(rows.slice(at, at + ROWS_PER_QUERY)));
  return queries;
}

/**
 * Sends the queries one after the other without waiting for answers in between: they run
 * in order in the transaction, and the whole lot costs one round trip.
 */
function runPipelined(run: RunQuery, queries: readonly CypherQuery[]): Promise<Array<Array<Record<string, unknown>>>> {
  return Promise.all(queries.map((query) => run(query)));
}

/** Chunks of articles with about ROWS_PER_QUERY mentions and claims each. */
function chunkedByWeight(rows: readonly ArticleFactsRow[], build: (rows: ArticleFactsRow[]) => CypherQuery): CypherQuery[] {
  const queries: CypherQuery[] = [];
  let chunk: ArticleFactsRow[] = [];
  let weight = 0;
  for (const row of rows) {
    chunk.push(row);
    weight += 1 + row.mentions.length + [...row.deals, ...row.roles, ...row.units].reduce((sum, s) => sum + s.claims.length, 0);
    if (weight >= ROWS_PER_QUERY) {
      queries.push(build(chunk));
      chunk = [];
      weight = 0;
    }
  }
  if (chunk.length > 0) queries.push(build(chunk));
  return queries;
}

/** Each article with its mentions and its claims grouped by the deal, role or unit they support. */
function withFacts(articles: ReadonlyArray<Omit<ArticleFactsRow, 'mentions' | 'deals' | 'roles' | 'units'>>, mentions: readonly MentionRow[], claims: readonly ClaimRow[]): ArticleFactsRow[] {
  type Subject = { id: string; claims: ArticleClaim[] };
  const facts = new Map(
    articles.map((a) => [a.id, { mentions: [] as ArticleFactsRow['mentions'][number][], subjects: new Map<string, Subject>(), deals: [] as Subject[], roles: [] as Subject[], units: [] as Subject[] }]),
  );
  for (const { articleId, partyId, names, start, end } of mentions) facts.get(articleId)?.mentions.push([partyId, names, start, end]);
  for (const { articleId, subject, subjectId, id, field, value, year, partyId, partyAs, evidence, start, end, confidence } of claims) {
    const of = facts.get(articleId);
    if (!of) continue;
    const key = `${subject}|${subjectId}`;
    let supported = of.subjects.get(key);
    if (!supported) {
      supported = { id: subjectId, claims: [] };
      of.subjects.set(key, supported);
      (subject === 'Deal' ? of.deals : subject === 'Role' ? of.roles : of.units).push(supported);
    }
    supported.claims.push([id, field, value, year, partyId, partyAs, evidence, start, end, confidence]);
  }
  return articles.map((article) => {
    const of = facts.get(article.id);
    return { ...article, mentions: of?.mentions ?? [], deals: of?.deals ?? [], roles: of?.roles ?? [], units: of?.units ?? [] };
  });
}

function toCandidate(r: Record<string, unknown>): PartyCandidate {
  return {
    id: String(r.id),
    type: r.type === 'PERSON' ? 'PERSON' : 'COMPANY',
    name: String(r.name),
    nameKey: String(r.nameKey),
    aliases: (r.aliases as string[] | null) ?? [],
    aliasKeys: (r.aliasKeys as string[] | null) ?? [],
  };
}

/** One mention per article and party, the last one stated winning (as a MERGE then SET would have it). */
function lastPerPair(rows: readonly MentionRow[]): MentionRow[] {
  const last = new Map<string, MentionRow>();
  for (const row of rows) last.set(`${row.articleId}|${row.partyId}`, row);
  return last.size === rows.length ? [...rows] : [...last.values()];
}

/**
 * What a batch adds to parties that were already there: only the names and resolution notes
 * they do not have yet, and only the parties that get any (most mentions add nothing).
 */
function additions(rows: readonly PartyRow[], before: ReadonlyMap<string, PartyCandidate>): PartyRow[] {
  return rows.flatMap((row) => {
    const was = before.get(row.id);
    const aliases = was ? row.aliases.filter((x) => !was.aliases.includes(x)) : row.aliases;
    const aliasKeys = was ? row.aliasKeys.filter((x) => !was.aliasKeys.includes(x)) : row.aliasKeys;
    return aliases.length + aliasKeys.length + row.resolution.length === 0 ? [] : [{ ...row, aliases, aliasKeys }];
  });
}

export interface IngestBatchOptions {
  /** Write articles that are already in the graph again (reindex). Default false. */
  force?: boolean;
  /** Deals whose values must be derived again besides the ones this batch touches (reindex). */
  alsoRefresh?: Iterable<string>;
}

export async function ingestBatch(run: RunQuery, prepared: readonly PreparedArticle[], options: IngestBatchOptions = {}): Promise<BatchResult> {
  const summary = emptySummary();
  const unique = new Map<string, PreparedArticle>();
  for (const article of prepared) {
    if (unique.has(article.id)) summary.articlesSkipped += 1;
    else unique.set(article.id, article);
  }
  // Which articles are there already and the candidate parties, in one round trip. The
  // candidates are looked up for every article; if some turn out to be there and others
  // not, they are looked up again for the new ones only, so what is skipped never
  // influences how the rest resolves.
  let candidateRecords: Array<Record<string, unknown>> = [];
  if (unique.size > 0) {
    const lookup = findPartyCandidates(lookupKeys([...unique.values()]));
    if (options.force) {
      candidateRecords = await run(lookup);
    } else {
      const [existing = [], found = []] = await runPipelined(run, [findExistingArticles([...unique.keys()]), lookup]);
      candidateRecords = found;
      for (const record of existing) {
        unique.delete(String(record.id));
        summary.articlesSkipped += 1;
      }
      if (existing.length > 0 && unique.size > 0) candidateRecords = await run(findPartyCandidates(lookupKeys([...unique.values()])));
    }
  }
  const articles = [...unique.values()];
  const refreshOnly = [...new Set(options.alsoRefresh ?? [])].sort();
  if (articles.length === 0) {
    if (refreshOnly.length > 0) await run(deriveDeals(await run(findDealClaims(refreshOnly))));
    return { summary, articleIds: [], dealIds: [], createdDealIds: [], partyIds: [] };
  }

  const candidates = candidateRecords.map(toCandidate);
  const contexts = new Map<string, PartyContext>();
  const needContext = partiesNeedingContext(articles, candidates);
  if (needContext.length > 0) {
    for (const r of await run(findPartyContexts(needContext))) {
      contexts.set(String(r.id), {
        coMentioned: new Set(r.coMentioned as string[]),
        roleLinks: new Set(r.roleLinks as string[]),
        dealPartners: new Set(r.dealPartners as string[]),
      });
    }
  }
  const parties = planParties(articles, candidates, contexts);

  // Deal matching looks a stated deal up by its acquirer, target and seller, among deals of its kind.
  const dealSides = new Map<string, Set<string>>();
  for (const article of articles) {
    const resolved = parties.resolved.get(article.id);
    for (const deal of article.facts.deals) {
      for (const local of [deal.acquirer, deal.target, deal.seller]) {
        const id = local === null ? undefined : resolved?.get(local);
        if (id !== undefined && parties.existing.has(id)) dealSides.set(id, (dealSides.get(id) ?? new Set()).add(deal.kind));
      }
    }
  }
  let dealCandidates: DealCandidate[] = [];
  const fromGraph = new Map<string, string[]>();
  if (dealSides.size > 0) {
    const sides = [...dealSides].sort(([a], [b]) => a.localeCompare(b)).map(([id, kinds]) => ({ id, kinds: [...kinds].sort() }));
    const [context] = await run(findDealContext(sides, LEADING_ROLES, 'sides'));
    dealCandidates = ((context?.deals ?? []) as Array<Record<string, unknown>>).map(
      (r): DealCandidate => ({
        id: String(r.id),
        kind: r.kind as DealCandidate['kind'],
        years: (r.years as Array<number | null>).filter((y): y is number => typeof y === 'number'),
        parties: r.parties as DealCandidate['parties'],
      }),
    );
    for (const r of (context?.relations ?? []) as Array<Record<string, unknown>>) fromGraph.set(String(r.id), r.related as string[]);
  }
  const deals = planDeals(articles, parties, dealCandidates, relationsOf(parties, fromGraph));
  // Deals and party links the read above found in the graph are there: only the others are written.
  const knownDeals = new Set(dealCandidates.map((d) => d.id));
  const knownLinks = new Set(dealCandidates.flatMap((d) => d.parties.map((p) => `${d.id}|${p.as}|${p.id}`)));
  const newLinks = new Map<string, DealPlan['dealParties'][number]>();
  for (const link of deals.dealParties) {
    const key = `${link.dealId}|${link.as}|${link.partyId}`;
    if (!knownLinks.has(key)) newLinks.set(key, link);
  }

  // Every write, then the read of the touched deals' claims, in one round trip. Articles
  // checked to be new get their own nodes and relationships created, not merged (reindex
  // rewrites articles that are there, so it merges).
  const create = !options.force;
  const claimsCreated = create && new Set(deals.claims.map((c) => c.id)).size === deals.claims.length;
  const fresh = parties.parties.filter((p) => !parties.existing.has(p.id));
  const known = additions(parties.parties.filter((p) => parties.existing.has(p.id)), new Map(candidates.map((c) => [c.id, c])));
  const articleRows = articles.map(({ id, facts: { article } }) => ({
    id,
    title: article.title,
    lang: article.lang,
    publishedAt: article.publishedAt,
    url: article.url ?? null,
    text: article.text,
    contentType: article.contentType ?? 'text',
    extractorVersion: article.extractorVersion,
  }));
  const writes: CypherQuery[] = [
    ...chunked(fresh.filter((p) => p.type === 'COMPANY'), (rows) => writeParties('COMPANY', rows)),
    ...chunked(fresh.filter((p) => p.type === 'PERSON'), (rows) => writeParties('PERSON', rows)),
    ...chunked(known, extendParties),
    ...chunked(parties.units, writeUnits),
    ...chunked(parties.roles, writeRoles),
    ...chunked(deals.deals.filter((d) => !knownDeals.has(d.id)), writeDeals),
    ...(['ACQUIRER', 'TARGET', 'SELLER', 'BIDDER'] as const satisfies readonly DealPartyRole[]).flatMap((as) =>
      chunked([...newLinks.values()].filter((r) => r.as === as), (rows) => writeDealParties(as, rows)),
    ),
    // Articles last: their mentions and claims point at the parties, deals and roles above.
    ...(claimsCreated
      ? chunkedByWeight(withFacts(articleRows, lastPerPair(parties.mentions), deals.claims), createArticlesWithFacts)
      : [
          (create ? createArticles : writeArticles)(articleRows),
          ...(create ? chunked(lastPerPair(parties.mentions), createMentions) : chunked(parties.mentions, writeMentions)),
          ...(['Deal', 'Role', 'Party'] as const).flatMap((subject) =>
            chunked(deals.claims.filter((c) => c.subject === subject), (rows) => writeClaims(subject, rows)),
          ),
        ]),
  ];
  const refresh = [...new Set([...deals.touched, ...refreshOnly])].sort();
  if (refresh.length > 0) writes.push(findDealClaims(refresh));
  const answers = await runPipelined(run, writes);
  if (refresh.length > 0) await run(deriveDeals(answers.at(-1) ?? []));

  summary.articlesRead = articles.length;
  summary.entitiesCreated = parties.entitiesCreated;
  summary.entitiesMerged = parties.entitiesMerged;
  summary.dealsCreated = deals.dealsCreated;
  summary.dealsMerged = deals.dealsMerged;
  summary.rowsWritten =
    articles.length + parties.parties.length + parties.mentions.length + parties.units.length + parties.roles.length * 3 +
    deals.deals.length + deals.dealParties.length + deals.claims.length * 3 + deals.touched.size;
  return {
    summary,
    articleIds: articles.map((a) => a.id),
    dealIds: [...deals.touched].sort(),
    createdDealIds: [...deals.created].sort(),
    partyIds: parties.parties.map((p) => p.id).sort(),
  };
}
