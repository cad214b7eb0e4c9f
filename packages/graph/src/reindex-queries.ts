// The Cypher of reindexing one article, built in pure functions.
import type { CypherQuery } from './ingest-queries.js';

export function listArticles(ids: readonly string[] | null): CypherQuery {
  return ids === null
    ? { text: 'MATCH (a:Article) RETURN a.id AS id ORDER BY id', parameters: {} }
    : { text: 'UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id ORDER BY id', parameters: { ids } };
}

export function readArticle(id: string): CypherQuery {
  return {
    text: `MATCH (a:Article {id: $id})
RETURN a.id AS id, a.text AS text, a.title AS title, a.lang AS lang, a.publishedAt AS publishedAt, a.url AS url, coalesce(a.contentType, 'text') AS contentType, a.extractorVersion AS extractorVersion`,
    parameters: { id },
  };
}

/**
 * What the article's facts touch now: deals to derive again, roles and units whose support may
 * go, parties that may be left with nothing, the deals all its claims on a deal were moved
 * from by merges (`moved`), so the claims that replace them can be parted again by an undo, and
 * the merged parties whose names it used (`named`: the merge moved its mention of them, `whole`
 * when it named the kept party by no name of its own), so an undo gives them back what it says.
 */
export function findArticleFootprint(id: string): CypherQuery {
  return {
    text: `MATCH (a:Article {id: $id})
CALL (a) { OPTIONAL MATCH (a)<-[:FROM]-(:Claim)-[:SUPPORTS]->(d:Deal) RETURN collect(DISTINCT d.id) AS dealIds }
CALL (a) { OPTIONAL MATCH (a)<-[:FROM]-(:Claim)-[:SUPPORTS]->(r:Role) RETURN collect(DISTINCT r.id) AS roleIds }
CALL (a) { OPTIONAL MATCH (a)<-[:FROM]-(:Claim {field: 'unit'})-[:SUPPORTS]->(u:Party) RETURN collect(DISTINCT u.id) AS unitIds }
CALL (a) { OPTIONAL MATCH (a)-[:MENTIONS]->(p:Party) RETURN collect(p.id) AS partyIds }
CALL (a) {
  OPTIONAL MATCH (a)<-[:FROM]-(:Claim)-[s:SUPPORTS]->(d:Deal)
  WITH d, collect(DISTINCT coalesce(s.fromDeals, [])) AS stacks
  WHERE d IS NOT NULL AND size(stacks) = 1 AND size(stacks[0]) > 0
  RETURN collect({dealId: d.id, fromDeals: stacks[0]}) AS moved
}
CALL (a) {
  MATCH (a)-[m:MENTIONS]->(k:Party)<-[:MERGED_INTO]-(x:MergedParty)
  WHERE m.movedFrom = x.id OR x.id IN coalesce(m.alsoFrom, [])
  RETURN collect({keepId: k.id, mergedId: x.id, whole: coalesce(m.movedFrom = x.id, false), mention: m {.names, .start, .end}}) AS named
}
RETURN dealIds, roleIds, unitIds, partyIds, moved, named`,
    parameters: { id },
  };
}

/** Drops what the article stated, except what analysts curated. */
export function forgetArticleFacts(id: string): CypherQuery {
  return {
    text: `MATCH (a:Article {id: $id})
CALL (a) { MATCH (a)<-[:FROM]-(c:Claim) WHERE c.curation IS NULL DETACH DELETE c }
CALL (a) { MATCH (a)-[m:MENTIONS]->() DELETE m }`,
    parameters: { id },
  };
}

/**
 * Removes deal links and units' links to their parents that no claim states but one an analyst
 * rejected, and deals and roles no claim states any more (a rejected claim still keeps its deal or
 * role, so the verdict stays where an analyst can take it back).
 */
export function pruneUnsupported(dealIds: readonly string[], roleIds: readonly string[], unitIds: readonly string[] = []): CypherQuery {
  return {
    text: `CALL () {
  UNWIND $dealIds AS id
  MATCH (d:Deal {id: id})-[r:ACQUIRER|TARGET|SELLER|BIDDER]->(p:Party)
  WHERE NOT EXISTS {
    MATCH (d)<-[:SUPPORTS]-(c:Claim {field: 'party'})
    WHERE c.partyAs = type(r) AND coalesce(c.curation, '') <> 'REJECTED'
      AND (c.partyId = p.id OR EXISTS { MATCH (:MergedParty {id: c.partyId})-[:MERGED_INTO*1..10]->(p) })
  }
  DELETE r
}
CALL () {
  UNWIND $dealIds AS id
  MATCH (d:Deal {id: id}) WHERE NOT EXISTS { (d)<-[:SUPPORTS]-(:Claim) }
  DETACH DELETE d
}
CALL () {
  UNWIND $roleIds AS id
  MATCH (r:Role {id: id}) WHERE NOT EXISTS { (r)<-[:SUPPORTS]-(:Claim) }
  DETACH DELETE r
}
CALL () {
  UNWIND $unitIds AS id
  MATCH (u:Party {id: id})-[r:UNIT_OF]->(p:Party)
  WHERE NOT EXISTS {
    MATCH (u)<-[:SUPPORTS]-(c:Claim {field: 'unit'})
    WHERE coalesce(c.curation, '') <> 'REJECTED'
      AND (c.partyId = p.id OR EXISTS { MATCH (:MergedParty {id: c.partyId})-[:MERGED_INTO*1..10]->(p) })
  }
  DELETE r
}`,
    parameters: { dealIds, roleIds, unitIds },
  };
}

/** Parties nothing points at any more: no mention, deal, role, unit or merge. */
export function pruneOrphanParties(partyIds: readonly string[]): CypherQuery {
  return {
    text: `UNWIND $ids AS id
MATCH (p:Party {id: id})
WHERE NOT EXISTS { (p)--() }
DELETE p`,
    parameters: { ids: partyIds },
  };
}

/** Carries an analyst's verdict over to the re-extracted claim that states the same thing about the same subject. */
export function carryCuration(id: string): CypherQuery {
  return {
    text: `MATCH (a:Article {id: $id})<-[:FROM]-(old:Claim)-[:SUPPORTS]->(s)
WHERE old.curation IS NOT NULL
MATCH (s)<-[:SUPPORTS]-(new:Claim)-[:FROM]->(a)
WHERE new.curation IS NULL AND new.field = old.field AND new.value = old.value AND new <> old
WITH old, collect(new) AS successors
FOREACH (n IN successors | SET n.curation = old.curation, n.curatedBy = old.curatedBy, n.curatedAt = old.curatedAt, n.curationReason = old.curationReason)
DETACH DELETE old
RETURN count(*) AS carried`,
    parameters: { id },
  };
}

/**
 * Marks the re-extracted claims on a deal as moved from the deals the replaced ones were moved
 * from (see `findArticleFootprint`), while those deals are still folded into it.
 */
export function restoreDealMoves(id: string, moved: ReadonlyArray<{ dealId: string; fromDeals: readonly string[] }>): CypherQuery {
  return {
    text: `UNWIND $moved AS m
MATCH (a:Article {id: $id})<-[:FROM]-(:Claim)-[s:SUPPORTS]->(d:Deal {id: m.dealId})
WHERE s.fromDeals IS NULL AND EXISTS { MATCH (f:MergedDeal)-[:MERGED_INTO]->(d) WHERE f.id = last(m.fromDeals) }
SET s.fromDeals = m.fromDeals`,
    parameters: { id, moved },
  };
}

/** A merged party an article named, and the party it was merged into (see `findArticleFootprint`). */
export interface MergedName {
  keepId: string;
  mergedId: string;
  /** The article named the kept party by the merged party's names only. */
  whole: boolean;
  /** The article's mention of the kept party before the reindex. */
  mention: { names: string[]; start: number | null; end: number | null };
}

/**
 * The re-extracted claims of an article that name a kept party, as parent or deal party (its
 * `partyId`) or as unit (what they support), with the names of the merged party and the kept
 * party's own, so the caller can tell which the article meant.
 */
export function findClaimsOnKept(id: string, named: readonly MergedName[]): CypherQuery {
  return {
    text: `UNWIND $named AS n
MATCH (k:Party {id: n.keepId})<-[mi:MERGED_INTO]-(x:MergedParty {id: n.mergedId})
MATCH (a:Article {id: $id})<-[:FROM]-(c:Claim)
WHERE c.field IN ['party', 'unit'] AND (c.partyId = k.id OR EXISTS { (c)-[:SUPPORTS]->(k) })
RETURN c.id AS claimId, c.field AS field, c.value AS value, c.partyId = k.id AS asParty, EXISTS { (c)-[:SUPPORTS]->(k) } AS asUnit,
       n.keepId AS keepId, n.mergedId AS mergedId, n.whole AS whole, x.aliases AS mergedNames, [name IN k.aliases WHERE NOT name IN mi.addedAliases] AS keptNames`,
    parameters: { id, named },
  };
}

/** Gives claims back the merged party they named, as they were before a merge (`value` carries the party id too). */
export function renameClaims(rows: ReadonlyArray<{ claimId: string; mergedId: string; value: string }>): CypherQuery {
  return {
    text: `UNWIND $rows AS row
MATCH (c:Claim {id: row.claimId})
SET c.partyId = row.mergedId, c.value = row.value`,
    parameters: { rows },
  };
}

/** Sets `movedFrom` on a relationship no merge marked yet, or adds to `alsoFrom` when the kept party had it too, as a merge does. */
function markMoved(rel: string, mergedId: string, shared: string): string {
  return `SET ${rel}.movedFrom = CASE WHEN ${shared} THEN null ELSE ${mergedId} END,
    ${rel}.alsoFrom = CASE WHEN ${shared} THEN coalesce(${rel}.alsoFrom, []) + ${mergedId} ELSE ${rel}.alsoFrom END`;
}

/** Whether a unit claim states `parent` as the parent, itself or a party merged into it. */
function statesParent(claim: string, parent: string): string {
  return `(${claim}.partyId = ${parent}.id OR EXISTS { MATCH (:MergedParty {id: ${claim}.partyId})-[:MERGED_INTO*1..10]->(${parent}) })`;
}

/**
 * Marks what a reindexed article wrote onto a kept party for a merged party's name as the merge
 * marked it (`movedFrom`, or `alsoFrom` where the kept party had it by its own name too), so
 * `undoMerge` moves it back: the article's mentions, the deal links its claims on the merged party
 * state (not those of deals folded into others: the folded deal keeps its own), units' links to
 * the merged party as parent or as unit, and the roles at or of the merged party when only articles
 * naming it that way state them. `renamed`: the claims given back the merged party's id;
 * `units`: the unit claims about the merged party as unit.
 */
export function markMergeMoves(
  id: string,
  named: readonly MergedName[],
  renamed: ReadonlyArray<{ claimId: string; keepId: string; mergedId: string }>,
  units: ReadonlyArray<{ claimId: string; keepId: string; mergedId: string }>,
): CypherQuery {
  const free = (rel: string): string => `${rel}.movedFrom IS NULL AND NOT mergedId IN coalesce(${rel}.alsoFrom, [])`;
  // A role is the merged party's (as organisation or person) when every source of it named the party so.
  const roles = ['(r)-[t:AT]->(k)', '(k)-[t:HAS_ROLE]->(r)']
    .map(
      (pattern) => `CALL () {
  UNWIND $named AS n
  WITH n WHERE n.whole
  MATCH (a:Article {id: $id})<-[:FROM]-(:Claim {field: 'role'})-[:SUPPORTS]->(r:Role)
  MATCH ${pattern}
  WHERE k.id = n.keepId
  WITH DISTINCT r, k, t, n.mergedId AS mergedId
  WHERE ${free('t')} AND ALL(source IN [(r)<-[:SUPPORTS]-(c:Claim) | c] WHERE EXISTS { (source)-[:FROM]->(:Article)-[m:MENTIONS]->(k) WHERE m.movedFrom = mergedId })
  SET t.movedFrom = mergedId
}`,
    )
    .join('\n');
  return {
    text: `CALL () {
  UNWIND $named AS n
  MATCH (:Article {id: $id})-[m:MENTIONS]->(:Party {id: n.keepId})
  WITH m, n.mergedId AS mergedId, n.whole AS whole, n.mention AS before
  ${markMoved('m', 'mergedId', 'NOT whole')}
  // Named both ways, the mention keeps the kept party's own names, as the merge left it, not the last entity's.
  SET m.names = CASE WHEN whole THEN m.names ELSE before.names END,
    m.start = CASE WHEN whole THEN m.start ELSE before.start END,
    m.end = CASE WHEN whole THEN m.end ELSE before.end END
}
CALL () {
  UNWIND $renamed AS row
  MATCH (c:Claim {id: row.claimId, field: 'party'})-[s:SUPPORTS]->(d:Deal)-[r]->(k:Party {id: row.keepId})
  WHERE s.fromDeals IS NULL AND type(r) = c.partyAs AND coalesce(c.curation, '') <> 'REJECTED'
  WITH DISTINCT d, r, k, row.mergedId AS mergedId
  WHERE ${free('r')}
  WITH r, mergedId, EXISTS { MATCH (d)<-[:SUPPORTS]-(o:Claim {field: 'party'}) WHERE o.partyId = k.id AND o.partyAs = type(r) AND coalesce(o.curation, '') <> 'REJECTED' } AS shared
  ${markMoved('r', 'mergedId', 'shared')}
}
CALL () {
  UNWIND $renamed AS row
  MATCH (:Claim {id: row.claimId, field: 'unit'})-[:SUPPORTS]->(u:Party)-[r:UNIT_OF]->(k:Party {id: row.keepId})
  WITH DISTINCT u, r, k, row.mergedId AS mergedId
  WHERE ${free('r')}
  WITH r, mergedId, EXISTS { MATCH (u)<-[:SUPPORTS]-(o:Claim {field: 'unit'}) WHERE o.partyId = k.id AND coalesce(o.curation, '') <> 'REJECTED' } AS shared
  ${markMoved('r', 'mergedId', 'shared')}
}
CALL () {
  UNWIND $units AS row
  MATCH (c:Claim {id: row.claimId})-[s:SUPPORTS]->(k:Party {id: row.keepId})
  SET s.movedFrom = row.mergedId
  WITH c, k, row.mergedId AS mergedId
  MATCH (k)-[r:UNIT_OF]->(p:Party)
  WHERE ${statesParent('c', 'p')}
  WITH DISTINCT k, p, r, mergedId
  WHERE ${free('r')}
  WITH r, mergedId, EXISTS {
    MATCH (k)<-[o:SUPPORTS]-(oc:Claim {field: 'unit'})
    WHERE o.movedFrom IS NULL AND coalesce(oc.curation, '') <> 'REJECTED' AND ${statesParent('oc', 'p')}
  } AS shared
  ${markMoved('r', 'mergedId', 'shared')}
}
${roles}`,
    parameters: { id, named, renamed, units },
  };
}

/**
 * The deals a reindex created whose parties the article's given-back claims name: with what their
 * id is computed from (see `planDeals`), so they can take the id they had before the merge.
 */
export function findDealsOfRenamedClaims(id: string, dealIds: readonly string[], claimIds: readonly string[]): CypherQuery {
  return {
    text: `UNWIND $dealIds AS dealId
MATCH (a:Article {id: $id})<-[:FROM]-(c:Claim)-[:SUPPORTS]->(d:Deal {id: dealId})
WITH d, collect(c) AS claims
WHERE ANY(c IN claims WHERE c.id IN $claimIds)
RETURN d.id AS id, d.kind AS kind, [c IN claims WHERE c.field = 'party' | {as: c.partyAs, id: c.partyId}] AS parties,
       head([c IN claims WHERE c.field = 'date' | c.year]) AS year`,
    parameters: { id, dealIds, claimIds },
  };
}

/** Gives a deal another id, unless a deal (folded or not) has it already. */
export function renameDeal(fromId: string, toId: string): CypherQuery {
  return {
    text: `MATCH (d:Deal {id: $fromId})
WHERE NOT EXISTS { MATCH (o:Deal {id: $toId}) } AND NOT EXISTS { MATCH (o:MergedDeal {id: $toId}) }
SET d.id = $toId`,
    parameters: { fromId, toId },
  };
}

/** The article's roles that `markMergeMoves` marked as the merged party's, with the person and organisation their id was computed from before the merge. */
export function findMarkedRoles(id: string): CypherQuery {
  return {
    text: `MATCH (a:Article {id: $id})<-[:FROM]-(:Claim {field: 'role'})-[:SUPPORTS]->(r:Role)
MATCH (p:Party)-[h:HAS_ROLE]->(r)-[t:AT]->(o:Party)
WHERE h.movedFrom IS NOT NULL OR t.movedFrom IS NOT NULL
RETURN DISTINCT r.id AS id, r.role AS role, coalesce(h.movedFrom, p.id) AS personId, coalesce(t.movedFrom, o.id) AS orgId`,
    parameters: { id },
  };
}

/** Gives a role the id it had before the merge, or, if a role still has it, folds its claims into that one. */
export function renameRole(fromId: string, toId: string): CypherQuery {
  return {
    text: `MATCH (r:Role {id: $fromId})
OPTIONAL MATCH (o:Role {id: $toId})
CALL (r, o) {
  WITH r, o WHERE o IS NULL
  SET r.id = $toId
}
CALL (r, o) {
  WITH r, o WHERE o IS NOT NULL
  MATCH (c:Claim)-[s:SUPPORTS]->(r)
  CREATE (c)-[:SUPPORTS]->(o)
  DELETE s
}
CALL (r, o) {
  WITH r, o WHERE o IS NOT NULL
  DETACH DELETE r
}`,
    parameters: { fromId, toId },
  };
}
