// The Cypher of ingestion, built in pure functions: each returns the query and its
// parameters, so tests snapshot both without a database. Values only ever travel
// as parameters; rows are written with UNWIND, one query per shape of row.
import type { ClaimRow } from './plan-deals.js';
import type { MentionRow, PartyRow, RoleRow } from './plan-parties.js';
import type { DealPartyRole, PartyType } from './types.js';

/**
 * Prefix of the queries whose plan is fixed by the id constraints (UNWIND, then unique-index
 * seeks): Neo4j would otherwise plan them again each time a bulk load has grown the graph
 * enough to make its statistics stale, about a tenth of its CPU in bench:ingest, for the
 * same plan. Schema changes still clear the plan cache.
 */
const SEEK_PLAN = 'CYPHER replan=skip ';

export interface CypherQuery {
  text: string;
  parameters: Record<string, unknown>;
}

export function findExistingArticles(ids: readonly string[]): CypherQuery {
  return { text: `${SEEK_PLAN}UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id`, parameters: { ids } };
}

/**
 * Candidate parties of a batch, every lookup index-backed: exact keys, head, mid and
 * tail blocks, and names that analysts merged away (followed to where they went).
 */
export function findPartyCandidates(lookup: { keys: readonly string[]; heads: readonly string[]; mids: readonly string[]; tails: readonly string[] }): CypherQuery {
  return {
    text: `CALL () {
  UNWIND $keys AS key MATCH (p:Party {nameKey: key}) RETURN p
  UNION
  UNWIND $heads AS head MATCH (p:Party {headBlock: head}) RETURN p
  UNION
  UNWIND $mids AS mid MATCH (p:Party {midBlock: mid}) RETURN p
  UNION
  UNWIND $tails AS tail MATCH (p:Person {tailBlock: tail}) RETURN p
  UNION
  UNWIND $keys AS key MATCH (:MergedParty {nameKey: key})-[:MERGED_INTO*1..10]->(p:Party) RETURN p
  UNION
  UNWIND $heads AS head MATCH (:MergedParty {headBlock: head})-[:MERGED_INTO*1..10]->(p:Party) RETURN p
  UNION
  UNWIND $mids AS mid MATCH (:MergedParty {midBlock: mid})-[:MERGED_INTO*1..10]->(p:Party) RETURN p
}
RETURN p.id AS id, CASE WHEN p:Person THEN 'PERSON' ELSE 'COMPANY' END AS type, p.name AS name, p.nameKey AS nameKey, p.aliases AS aliases, p.aliasKeys AS aliasKeys`,
    parameters: { keys: lookup.keys, heads: lookup.heads, mids: lookup.mids, tails: lookup.tails },
  };
}

/** Who each look-alike candidate is seen with: co-mentions (bounded), role links, deal partners. */
export function findPartyContexts(ids: readonly string[]): CypherQuery {
  return {
    text: `UNWIND $ids AS id
MATCH (p:Party {id: id})
CALL (p) {
  OPTIONAL MATCH (p)<-[:MENTIONS]-(:Article)-[:MENTIONS]->(o:Party)
  WITH DISTINCT o LIMIT 500
  RETURN collect(o.id) AS coMentioned
}
CALL (p) {
  OPTIONAL MATCH (p)-[:HAS_ROLE|AT]-(:Role)-[:HAS_ROLE|AT]-(o:Party) WHERE o <> p
  RETURN collect(DISTINCT o.id) AS roleLinks
}
CALL (p) {
  OPTIONAL MATCH (p)<-[:ACQUIRER|TARGET|SELLER|BIDDER]-(:Deal)-[:ACQUIRER|TARGET|SELLER|BIDDER]->(o:Party) WHERE o <> p
  RETURN collect(DISTINCT o.id) AS dealPartners
}
RETURN id, coMentioned, roleLinks, dealPartners`,
    parameters: { ids },
  };
}

/**
 * What deal matching needs, in one read: the deals of the kinds the batch states that its
 * known parties already take part in (with their parties and the years their claims state,
 * kept on the deal so no claim is read here), then the parties that may stand for others
 * (units and parents, leaders and their organisations). One row: `deals` and `relations`.
 *
 * `relationsOf` says whose relations are read. Ingest asks for the sides' only: a stated deal
 * is matched by asking whether one of its own parties and a party of a known deal stand for
 * each other, and the patterns read are undirected, so the relations of its sides (the parties
 * of the graph among them; new ones have none there) hold every pair matching asks about. A
 * merge of parties matches known deals against each other, so it asks for every party's.
 */
export function findDealContext(
  sides: ReadonlyArray<{ id: string; kinds: readonly string[] }>,
  roleKinds: readonly string[],
  relationsOf: 'sides' | 'every party' = 'every party',
): CypherQuery {
  const ids = relationsOf === 'sides' ? '[side IN $sides | side.id]' : '[side IN $sides | side.id] + reduce(ids = [], deal IN deals | ids + [party IN deal.parties | party.id])';
  return {
    text: `CALL () {
  UNWIND $sides AS side
  MATCH (:Party {id: side.id})<-[:ACQUIRER|TARGET|SELLER]-(d:Deal)
  WHERE d.kind IN side.kinds
  WITH DISTINCT d
  CALL (d) {
    MATCH (d)-[r:ACQUIRER|TARGET|SELLER|BIDDER]->(p:Party)
    RETURN collect({as: type(r), id: p.id}) AS parties
  }
  RETURN collect({id: d.id, kind: d.kind, parties: parties, years: coalesce(d.years, [])}) AS deals
}
CALL (deals) {
  UNWIND ${ids} AS id
  WITH DISTINCT id
  MATCH (p:Party {id: id})
  CALL (p) {
    MATCH (p)-[:UNIT_OF]-(q:Party) RETURN q.id AS other
    UNION
    MATCH (p)-[:HAS_ROLE|AT]-(r:Role)-[:HAS_ROLE|AT]-(q:Party) WHERE q <> p AND r.role IN $roleKinds RETURN q.id AS other
  }
  WITH id, collect(other) AS related
  RETURN collect({id: id, related: related}) AS relations
}
RETURN deals, relations`,
    parameters: { sides, roleKinds },
  };
}

export function writeArticles(rows: ReadonlyArray<Record<string, unknown>>): CypherQuery {
  return {
    text: `${SEEK_PLAN}UNWIND $rows AS row
MERGE (a:Article {id: row.id})
ON CREATE SET a.ingestedAt = datetime()
SET a.title = row.title, a.lang = row.lang, a.publishedAt = row.publishedAt, a.url = row.url,
    a.text = row.text, a.contentType = row.contentType, a.extractorVersion = row.extractorVersion`,
    parameters: { rows },
  };
}

/**
 * New articles and what only they own (mentions, claims) are created, not merged: the batch
 * checked they are not there in the same transaction, and a concurrent writer of the same
 * article makes the CREATE fail on the article's id constraint instead of doubling anything.
 */
export function createArticles(rows: ReadonlyArray<Record<string, unknown>>): CypherQuery {
  return {
    text: `${SEEK_PLAN}UNWIND $rows AS row
CREATE (a:Article {id: row.id, ingestedAt: datetime(), title: row.title, lang: row.lang, publishedAt: row.publishedAt, url: row.url,
    text: row.text, contentType: row.contentType, extractorVersion: row.extractorVersion})`,
    parameters: { rows },
  };
}

/**
 * One query per party type, so each label is written statically and the id
 * constraint backs the MERGE. Creating and extending are two queries: a MERGE
 * that also reads the lists it extends would need an Eager in the plan.
 */
export function writeParties(type: PartyType, rows: readonly PartyRow[]): CypherQuery {
  const label = type === 'PERSON' ? 'Person' : 'Company';
  return {
    text: `${SEEK_PLAN}UNWIND $rows AS row
MERGE (p:Party:${label} {id: row.id})
ON CREATE SET p.name = row.name, p.nameKey = row.nameKey, p.headBlock = row.headBlock, p.midBlock = row.midBlock, p.tailBlock = row.tailBlock,
    p.aliases = row.aliases, p.aliasKeys = row.aliasKeys, p.resolution = row.resolution, p.createdAt = datetime()`,
    parameters: { rows },
  };
}

/** Adds the names and resolution notes seen now to parties that already existed. */
export function extendParties(rows: readonly PartyRow[]): CypherQuery {
  return {
    text: `${SEEK_PLAN}UNWIND $rows AS row
MATCH (p:Party {id: row.id})
SET p.aliases = p.aliases + [x IN row.aliases WHERE NOT x IN p.aliases],
    p.aliasKeys = p.aliasKeys + [x IN row.aliasKeys WHERE NOT x IN p.aliasKeys],
    p.resolution = p.resolution + row.resolution`,
    parameters: { rows },
  };
}

export function writeMentions(rows: readonly MentionRow[]): CypherQuery {
  return {
    text: `${SEEK_PLAN}UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MATCH (p:Party {id: row.partyId})
MERGE (a)-[m:MENTIONS]->(p)
SET m.names = row.names, m.start = toInteger(row.start), m.end = toInteger(row.end)`,
    parameters: { rows },
  };
}

/** Mentions of a new article (see `createArticles`); one row per article and party. */
export function createMentions(rows: readonly MentionRow[]): CypherQuery {
  return {
    text: `${SEEK_PLAN}UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MATCH (p:Party {id: row.partyId})
CREATE (a)-[:MENTIONS {names: row.names, start: toInteger(row.start), end: toInteger(row.end)}]->(p)`,
    parameters: { rows },
  };
}

export function writeUnits(rows: ReadonlyArray<{ childId: string; parentId: string }>): CypherQuery {
  return {
    text: `${SEEK_PLAN}UNWIND $rows AS row
MATCH (c:Party {id: row.childId})
MATCH (p:Party {id: row.parentId})
MERGE (c)-[:UNIT_OF]->(p)`,
    parameters: { rows },
  };
}

export function writeRoles(rows: readonly RoleRow[]): CypherQuery {
  return {
    text: `${SEEK_PLAN}UNWIND $rows AS row
MATCH (person:Party {id: row.personId})
MATCH (org:Party {id: row.orgId})
MERGE (r:Role {id: row.id})
ON CREATE SET r.role = row.role, r.title = row.title, r.current = row.current
MERGE (person)-[:HAS_ROLE]->(r)
MERGE (r)-[:AT]->(org)`,
    parameters: { rows },
  };
}

export function writeDeals(rows: ReadonlyArray<{ id: string; kind: string }>): CypherQuery {
  return {
    text: `${SEEK_PLAN}UNWIND $rows AS row
MERGE (d:Deal {id: row.id})
ON CREATE SET d.kind = row.kind, d.createdAt = datetime()`,
    parameters: { rows },
  };
}

/** One query per relationship type: types cannot be parameters, and a static type keeps the plan free of Eager. */
export function writeDealParties(as: DealPartyRole, rows: ReadonlyArray<{ dealId: string; partyId: string }>): CypherQuery {
  return {
    text: `${SEEK_PLAN}UNWIND $rows AS row
MATCH (d:Deal {id: row.dealId})
MATCH (p:Party {id: row.partyId})
MERGE (d)-[:${as}]->(p)`,
    parameters: { rows },
  };
}

/**
 * A claim is what one article states, so it is written once: a re-run finds it by
 * id and leaves it, an analyst's curation included.
 */
export function writeClaims(subject: 'Deal' | 'Role' | 'Party', rows: readonly ClaimRow[]): CypherQuery {
  return {
    text: `${SEEK_PLAN}UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MATCH (s:${subject} {id: row.subjectId})
MERGE (c:Claim {id: row.id})
ON CREATE SET c.curation = null, c.createdAt = datetime(), c.field = row.field, c.value = row.value, c.year = toInteger(row.year), c.partyId = row.partyId, c.partyAs = row.partyAs, c.evidence = row.evidence,
    c.start = toInteger(row.start), c.end = toInteger(row.end), c.lang = row.lang, c.confidence = row.confidence,
    c.extractorVersion = row.extractorVersion, c.publishedAt = row.publishedAt, c.fromArticle = row.articleId
MERGE (c)-[:FROM]->(a)
MERGE (c)-[:SUPPORTS]->(s)`,
    parameters: { rows },
  };
}

/** A new article with what only it owns, as one row of `createArticlesWithFacts`. */
export interface ArticleFactsRow {
  id: string;
  title: string | null;
  lang: string;
  publishedAt: string | null;
  url: string | null;
  text: string;
  contentType: string;
  extractorVersion: string;
  mentions: readonly ArticleMention[];
  /** Claims grouped by what they support, so each deal, role or unit is looked up once per article. */
  deals: ReadonlyArray<{ id: string; claims: readonly ArticleClaim[] }>;
  roles: ReadonlyArray<{ id: string; claims: readonly ArticleClaim[] }>;
  /** `unit` claims, by the unit (a party) they are about. */
  units: ReadonlyArray<{ id: string; claims: readonly ArticleClaim[] }>;
}

/**
 * A claim without what its article already says (language, extractor, date), as a list rather
 * than a map: a bulk load sends a hundred thousand, and as maps each carried its ten keys, which
 * Node packed and Neo4j unpacked one string at a time.
 */
export type ArticleClaim = [
  id: string,
  field: ClaimRow['field'],
  value: string,
  year: number | null,
  partyId: string | null,
  partyAs: ClaimRow['partyAs'],
  evidence: string | null,
  start: number | null,
  end: number | null,
  confidence: number,
];

/** A mention of a party by a new article, as a list for the same reason as `ArticleClaim`. */
export type ArticleMention = [partyId: string, names: string[], start: number | null, end: number | null];

/**
 * New articles with their mentions and claims in one statement (see `createArticles`): each
 * article is created here, so nothing looks it up, and each deal, role or unit a claim supports is
 * looked up once per article instead of once per claim. The deals, roles and parties must be
 * written before it in the same transaction.
 */
export function createArticlesWithFacts(rows: readonly ArticleFactsRow[]): CypherQuery {
  const claimsOf = (label: 'Deal' | 'Role' | 'Party', list: 'deals' | 'roles' | 'units'): string => `CALL (a, row) {
  UNWIND row.${list} AS subject
  MATCH (s:${label} {id: subject.id})
  UNWIND subject.claims AS claim
  CREATE (c:Claim {id: claim[0], createdAt: datetime(), field: claim[1], value: claim[2], year: toInteger(claim[3]), partyId: claim[4], partyAs: claim[5],
      evidence: claim[6], start: toInteger(claim[7]), end: toInteger(claim[8]), lang: row.lang, confidence: claim[9],
      extractorVersion: row.extractorVersion, publishedAt: row.publishedAt, fromArticle: row.id})
  CREATE (c)-[:FROM]->(a)
  CREATE (c)-[:SUPPORTS]->(s)
}`;
  return {
    text: `${SEEK_PLAN}UNWIND $rows AS row
CREATE (a:Article {id: row.id, ingestedAt: datetime(), title: row.title, lang: row.lang, publishedAt: row.publishedAt, url: row.url,
    text: row.text, contentType: row.contentType, extractorVersion: row.extractorVersion})
WITH a, row
CALL (a, row) {
  UNWIND row.mentions AS mention
  MATCH (p:Party {id: mention[0]})
  CREATE (a)-[:MENTIONS {names: mention[1], start: toInteger(mention[2]), end: toInteger(mention[3])}]->(p)
}
${claimsOf('Deal', 'deals')}
${claimsOf('Role', 'roles')}
${claimsOf('Party', 'units')}`,
    parameters: { rows },
  };
}

/**
 * The claims a deal's values are derived from. Party claims decide links, not values, and a
 * deal claim counts as a source without its text, so neither brings its value along. Each
 * claim comes back as a list, [field, value, confidence, publishedAt, fromArticle, curation],
 * not as a map: a batch reads tens of thousands, and packing and unpacking every map's keys
 * cost more than the values.
 */
export function findDealClaims(dealIds: readonly string[]): CypherQuery {
  return {
    text: `${SEEK_PLAN}UNWIND $ids AS id
MATCH (d:Deal {id: id})
RETURN id, [(d)<-[:SUPPORTS]-(c:Claim) WHERE c.field <> 'party' | [c.field, CASE c.field WHEN 'deal' THEN null ELSE c.value END, c.confidence, c.publishedAt, c.fromArticle, c.curation]] AS claims`,
    parameters: { ids: dealIds },
  };
}

export function writeDerivedDeals(rows: ReadonlyArray<Record<string, unknown>>): CypherQuery {
  return {
    text: `${SEEK_PLAN}UNWIND $rows AS row
MATCH (d:Deal {id: row.id})
SET d.status = row.status, d.year = toInteger(row.year), d.month = toInteger(row.month), d.day = toInteger(row.day), d.dateKey = toInteger(row.dateKey),
    d.amountValue = row.amountValue, d.amountCurrency = row.amountCurrency, d.amountEur = row.amountEur,
    d.amountApproximate = row.amountApproximate, d.amountUpTo = row.amountUpTo, d.amountText = row.amountText,
    d.confidence = row.confidence, d.sourceCount = toInteger(row.sourceCount), d.years = [y IN row.years | toInteger(y)]`,
    parameters: { rows },
  };
}
