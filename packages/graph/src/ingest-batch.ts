// One batch of articles into the graph, inside the caller's transaction. The
// stages in order: skip what is already there, resolve parties, match deals,
// write, derive.
import type { RunQuery } from './create-graph.js';
import {
  findDealCandidates,
  extendParties,
  findExistingArticles,
  findPartyCandidates,
  findPartyContexts,
  findPartyRelations,
  writeArticles,
  writeClaims,
  writeDealParties,
  writeDeals,
  writeMentions,
  writeParties,
  writeRoles,
  writeUnits,
} from './ingest-queries.js';
import { planDeals, relationsOf, type DealCandidate } from './plan-deals.js';
import { LEADING_ROLES, partiesNeedingContext, planParties, type PartyCandidate } from './plan-parties.js';
import { lookupKeys, type PreparedArticle } from './prepare-articles.js';
import { refreshDeals } from './refresh-deals.js';
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
  /** Rows merged by the writes (nodes and relationships), the measure of bulk throughput. */
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

async function runChunked<T>(run: RunQuery, rows: readonly T[], build: (rows: T[]) => { text: string; parameters: Record<string, unknown> }): Promise<void> {
  for (let at = 0; at < rows.length; at += ROWS_PER_QUERY) await run(build(rows.slice(at, at + ROWS_PER_QUERY)));
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
  if (!options.force && unique.size > 0) {
    for (const record of await run(findExistingArticles([...unique.keys()]))) {
      unique.delete(String(record.id));
      summary.articlesSkipped += 1;
    }
  }
  const articles = [...unique.values()];
  if (articles.length === 0) {
    await refreshDeals(run, options.alsoRefresh ?? []);
    return { summary, articleIds: [], dealIds: [], createdDealIds: [], partyIds: [] };
  }

  const candidates = (await run(findPartyCandidates(lookupKeys(articles)))).map(
    (r): PartyCandidate => ({
      id: String(r.id),
      type: r.type === 'PERSON' ? 'PERSON' : 'COMPANY',
      name: String(r.name),
      nameKey: String(r.nameKey),
      aliasKeys: (r.aliasKeys as string[] | null) ?? [],
    }),
  );
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

  const existingIds = [...new Set([...parties.resolved.values()].flatMap((m) => [...m.values()]))].filter((id) => parties.existing.has(id)).sort();
  const dealCandidates =
    existingIds.length === 0
      ? []
      : (await run(findDealCandidates(existingIds))).map(
          (r): DealCandidate => ({
            id: String(r.id),
            kind: r.kind as DealCandidate['kind'],
            years: (r.years as Array<number | null>).filter((y): y is number => typeof y === 'number'),
            parties: r.parties as DealCandidate['parties'],
          }),
        );
  const relationIds = [...new Set([...existingIds, ...dealCandidates.flatMap((d) => d.parties.map((p) => p.id))])].sort();
  const fromGraph = new Map<string, string[]>();
  if (relationIds.length > 0) {
    for (const r of await run(findPartyRelations(relationIds, LEADING_ROLES))) fromGraph.set(String(r.id), r.related as string[]);
  }
  const deals = planDeals(articles, parties, dealCandidates, relationsOf(parties, fromGraph));

  await run(
    writeArticles(
      articles.map(({ id, facts: { article } }) => ({
        id,
        title: article.title,
        lang: article.lang,
        publishedAt: article.publishedAt,
        url: article.url ?? null,
        text: article.text,
        contentType: article.contentType ?? 'text',
        extractorVersion: article.extractorVersion,
      })),
    ),
  );
  const fresh = parties.parties.filter((p) => !parties.existing.has(p.id));
  await runChunked(run, fresh.filter((p) => p.type === 'COMPANY'), (rows) => writeParties('COMPANY', rows));
  await runChunked(run, fresh.filter((p) => p.type === 'PERSON'), (rows) => writeParties('PERSON', rows));
  const known = parties.parties.filter((p) => parties.existing.has(p.id));
  if (known.length > 0) await runChunked(run, known, extendParties);
  await runChunked(run, parties.mentions, writeMentions);
  if (parties.units.length > 0) await runChunked(run, parties.units, writeUnits);
  if (parties.roles.length > 0) await runChunked(run, parties.roles, writeRoles);
  if (deals.deals.length > 0) await runChunked(run, deals.deals, writeDeals);
  for (const as of ['ACQUIRER', 'TARGET', 'SELLER', 'BIDDER'] as const satisfies readonly DealPartyRole[]) {
    const rows = deals.dealParties.filter((r) => r.as === as);
    if (rows.length > 0) await runChunked(run, rows, (chunk) => writeDealParties(as, chunk));
  }
  for (const subject of ['Deal', 'Role'] as const) {
    const rows = deals.claims.filter((c) => c.subject === subject);
    if (rows.length > 0) await runChunked(run, rows, (chunk) => writeClaims(subject, chunk));
  }
  await refreshDeals(run, [...deals.touched, ...(options.alsoRefresh ?? [])]);

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
