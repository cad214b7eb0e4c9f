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
 * go, parties that may be left with nothing, and the deals all its claims on a deal were moved
 * from by merges (`moved`), so the claims that replace them can be parted again by an undo.
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
RETURN dealIds, roleIds, unitIds, partyIds, moved`,
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
 * Removes deal links, deals, and roles that no claim states any more, and units' links to their
 * parents that no claim states but one an analyst rejected.
 */
export function pruneUnsupported(dealIds: readonly string[], roleIds: readonly string[], unitIds: readonly string[] = []): CypherQuery {
  return {
    text: `CALL () {
  UNWIND $dealIds AS id
  MATCH (d:Deal {id: id})-[r:ACQUIRER|TARGET|SELLER|BIDDER]->(p:Party)
  WHERE NOT EXISTS {
    MATCH (d)<-[:SUPPORTS]-(c:Claim {field: 'party'})
    WHERE c.partyAs = type(r) AND (c.partyId = p.id OR EXISTS { MATCH (:MergedParty {id: c.partyId})-[:MERGED_INTO*1..10]->(p) })
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
