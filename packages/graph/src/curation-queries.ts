// The Cypher of curation, built in pure functions. Relationship types cannot be
// parameters, so a merge moves each type with its own query, from a fixed list.
import type { CypherQuery } from './ingest-queries.js';

/** Every relationship a party can have, by type and the side the party is on. */
export const PARTY_RELATIONSHIPS: ReadonlyArray<{ type: string; party: 'end' | 'start' }> = [
  { type: 'ACQUIRER', party: 'end' },
  { type: 'TARGET', party: 'end' },
  { type: 'SELLER', party: 'end' },
  { type: 'BIDDER', party: 'end' },
  { type: 'MENTIONS', party: 'end' },
  { type: 'AT', party: 'end' },
  { type: 'UNIT_OF', party: 'end' },
  { type: 'UNIT_OF', party: 'start' },
  { type: 'HAS_ROLE', party: 'start' },
  // A unit's claims (that it belongs to its parent) go where the unit goes.
  { type: 'SUPPORTS', party: 'end' },
];

function arrows(type: string, party: 'end' | 'start', near: string, rel: string): string {
  return party === 'end' ? `(x)-[${rel}:${type}]->(${near})` : `(${near})-[${rel}:${type}]->(x)`;
}

export function findMergePair(keepId: string, mergeId: string): CypherQuery {
  return {
    text: `OPTIONAL MATCH (k:Party {id: $keepId})
OPTIONAL MATCH (m:Party {id: $mergeId})
RETURN k IS NOT NULL AS keepFound, m IS NOT NULL AS mergeFound, k:Person AS keepPerson, m:Person AS mergePerson`,
    parameters: { keepId, mergeId },
  };
}

/** Moves one type of relationship from the merged party to the kept one, marking what it moved so it can be undone. */
export function moveToKept(type: string, party: 'end' | 'start', keepId: string, mergeId: string): CypherQuery {
  return {
    text: `MATCH (k:Party {id: $keepId})
MATCH ${arrows(type, party, 'm:Party {id: $mergeId}', 'r')}
WHERE x <> k
MERGE ${arrows(type, party, 'k', 'n')}
ON CREATE SET n = properties(r), n.movedFrom = $mergeId
ON MATCH SET n.alsoFrom = coalesce(n.alsoFrom, []) + $mergeId
DELETE r`,
    parameters: { keepId, mergeId },
  };
}

export function markMerged(keepId: string, mergeId: string, by: string, reason: string | null): CypherQuery {
  return {
    text: `MATCH (k:Party {id: $keepId})
MATCH (m:Party {id: $mergeId})
WITH k, m, [a IN m.aliases WHERE NOT a IN k.aliases] AS addedAliases, [a IN m.aliasKeys WHERE NOT a IN k.aliasKeys] AS addedKeys
SET k.aliases = k.aliases + addedAliases, k.aliasKeys = k.aliasKeys + addedKeys
CREATE (m)-[:MERGED_INTO {reason: $reason, by: $by, at: datetime(), addedAliases: addedAliases, addedKeys: addedKeys}]->(k)
SET m.mergedType = CASE WHEN m:Person THEN 'PERSON' ELSE 'COMPANY' END
REMOVE m:Party:Company:Person
SET m:MergedParty`,
    parameters: { keepId, mergeId, by, reason },
  };
}

export function findMerge(mergedId: string): CypherQuery {
  return {
    text: `MATCH (m:MergedParty {id: $mergedId})-[mi:MERGED_INTO]->(k)
RETURN k.id AS keepId, k:Party AS live`,
    parameters: { mergedId },
  };
}

/** Gives the merged party back what the merge moved: relationships moved whole, and copies of those both had. */
export function moveBack(type: string, party: 'end' | 'start', keepId: string, mergedId: string): CypherQuery {
  return {
    text: `MATCH (m:MergedParty {id: $mergedId})
MATCH ${arrows(type, party, 'k:Party {id: $keepId}', 'r')}
WHERE r.movedFrom = $mergedId OR $mergedId IN coalesce(r.alsoFrom, [])
CREATE ${arrows(type, party, 'm', 'n')}
SET n = properties(r)
REMOVE n.movedFrom, n.alsoFrom
WITH r, coalesce(r.movedFrom = $mergedId, false) AS whole
CALL (r, whole) {
  WITH r WHERE whole
  DELETE r
}
CALL (r, whole) {
  WITH r WHERE NOT whole
  WITH r, [v IN r.alsoFrom WHERE v <> $mergedId] AS rest
  SET r.alsoFrom = CASE WHEN size(rest) = 0 THEN null ELSE rest END
}`,
    parameters: { keepId, mergedId },
  };
}

export function unmarkMerged(keepId: string, mergedId: string, by: string): CypherQuery {
  return {
    text: `MATCH (m:MergedParty {id: $mergedId})-[mi:MERGED_INTO]->(k:Party {id: $keepId})
SET k.aliases = [a IN k.aliases WHERE NOT a IN mi.addedAliases],
    k.aliasKeys = [a IN k.aliasKeys WHERE NOT a IN mi.addedKeys],
    k.resolution = coalesce(k.resolution, []) + [$note]
DELETE mi
REMOVE m:MergedParty
SET m:Party
FOREACH (_ IN CASE WHEN m.mergedType = 'PERSON' THEN [1] ELSE [] END | SET m:Person)
FOREACH (_ IN CASE WHEN m.mergedType = 'COMPANY' THEN [1] ELSE [] END | SET m:Company)
REMOVE m.mergedType`,
    parameters: { keepId, mergedId, note: JSON.stringify({ undoneMerge: mergedId, by }) },
  };
}

export function setCuration(claimId: string, curation: 'CONFIRMED' | 'REJECTED', by: string | null, reason: string | null): CypherQuery {
  return {
    text: `MATCH (c:Claim {id: $claimId})
SET c.curation = $curation, c.curatedBy = $by, c.curatedAt = datetime(), c.curationReason = $reason
WITH c
OPTIONAL MATCH (c)-[:SUPPORTS]->(d:Deal)
WITH c, collect(d.id) AS dealIds
OPTIONAL MATCH (c)-[:SUPPORTS]->(u:Party) WHERE c.field = 'unit'
RETURN c.id AS id, c.field AS field, dealIds, collect(u.id) AS unitIds`,
    parameters: { claimId, curation, by, reason },
  };
}

/** The parties (and kinds) of the deals a merge moved links of: where deal matching looks for the deals they now tell again. */
export function findMergedPartyDeals(keepId: string, mergeId: string): CypherQuery {
  return {
    text: `MATCH (d:Deal)-[r:ACQUIRER|TARGET|SELLER|BIDDER]->(:Party {id: $keepId})
WHERE r.movedFrom = $mergeId OR $mergeId IN coalesce(r.alsoFrom, [])
WITH collect(DISTINCT d) AS deals
UNWIND deals AS d
MATCH (d)-[:ACQUIRER|TARGET|SELLER]->(p:Party)
WITH deals, p.id AS id, collect(DISTINCT d.kind) AS kinds
RETURN [d IN deals | d.id] AS dealIds, collect({id: id, kinds: kinds}) AS sides`,
    parameters: { keepId, mergeId },
  };
}

const DEAL_PARTY_TYPES = ['ACQUIRER', 'TARGET', 'SELLER', 'BIDDER'] as const;

/**
 * Folds one deal into another after a merge of parties: the claims move (each SUPPORTS
 * remembers, in `fromDeals`, the deals it was moved from, the latest last), the other deal
 * gets the party links it lacked, and the folded deal becomes a MergedDeal that keeps its own
 * links (a party's undo moves them back) for `undoDealMerge`.
 */
export function mergeDeal(fromId: string, intoId: string, byMerge: string, by: string): CypherQuery {
  const links = DEAL_PARTY_TYPES.map(
    (type) => `CALL (from, into) {
  MATCH (from)-[:${type}]->(p:Party) WHERE NOT EXISTS { (into)-[:${type}]->(p) }
  CREATE (into)-[:${type}]->(p)
}`,
  ).join('\n');
  return {
    text: `MATCH (from:Deal {id: $fromId})
MATCH (into:Deal {id: $intoId})
${links}
CALL (from, into) {
  MATCH (c:Claim)-[s:SUPPORTS]->(from)
  CREATE (c)-[:SUPPORTS {fromDeals: coalesce(s.fromDeals, []) + from.id}]->(into)
  DELETE s
}
CREATE (from)-[:MERGED_INTO {byMerge: $byMerge, by: $by, at: datetime()}]->(into)
REMOVE from:Deal
SET from:MergedDeal
RETURN from.id AS id`,
    parameters: { fromId, intoId, byMerge, by },
  };
}

/** The deals a party takes part in, by id. */
export function findPartyDeals(partyId: string): CypherQuery {
  return {
    text: `MATCH (:Party {id: $partyId})<-[:ACQUIRER|TARGET|SELLER|BIDDER]-(d:Deal)
RETURN collect(DISTINCT d.id) AS dealIds`,
    parameters: { partyId },
  };
}

/** The deals a merge of parties folded, newest first: undone before the parties are parted. */
export function findDealMerges(mergedPartyId: string): CypherQuery {
  return {
    text: `MATCH (from:MergedDeal)-[mi:MERGED_INTO {byMerge: $id}]->(into)
RETURN from.id AS fromId, into.id AS intoId, into:Deal AS live
ORDER BY mi.at DESC, fromId DESC`,
    parameters: { id: mergedPartyId },
  };
}

/**
 * Gives a folded deal back the claims that were moved from it. The links it lent the other
 * deal are left to `pruneUnsupported`, which drops those no claim states any more.
 */
export function undoDealMerge(fromId: string): CypherQuery {
  return {
    text: `MATCH (from:MergedDeal {id: $fromId})-[mi:MERGED_INTO]->(into:Deal)
CALL (from, into) {
  MATCH (c:Claim)-[s:SUPPORTS]->(into)
  WHERE s.fromDeals IS NOT NULL AND last(s.fromDeals) = from.id
  CREATE (c)-[n:SUPPORTS]->(from)
  SET n.fromDeals = CASE WHEN size(s.fromDeals) > 1 THEN s.fromDeals[..-1] ELSE null END
  DELETE s
}
DELETE mi
REMOVE from:MergedDeal
SET from:Deal
RETURN from.id AS fromId, into.id AS intoId`,
    parameters: { fromId },
  };
}

/** The party a claim names (`c.partyId`), or the one it was merged into, with the last merged id passed (`hop`, else null). */
const PARTY_WHERE_IT_WENT = `CALL (c) {
  MATCH (p:Party {id: c.partyId}) RETURN p, null AS hop
  UNION
  MATCH (:MergedParty {id: c.partyId})-[:MERGED_INTO*0..9]->(hop:MergedParty)-[:MERGED_INTO]->(p:Party) RETURN p, hop.id AS hop
}`;

/**
 * Links each unit to every parent a unit claim not rejected states, where the link is missing
 * (an analyst confirmed a rejected claim again). A parent merged into another is linked where it
 * went, and the link remembers the merge (`movedFrom`), as if the merge had moved it, so an undo
 * moves it back.
 */
export function linkStatedUnits(unitIds: readonly string[]): CypherQuery {
  return {
    text: `UNWIND $unitIds AS id
MATCH (u:Party {id: id})<-[s:SUPPORTS]-(c:Claim {field: 'unit'})
WHERE coalesce(c.curation, '') <> 'REJECTED'
${PARTY_WHERE_IT_WENT}
WITH u, p, s, hop WHERE u <> p
MERGE (u)-[r:UNIT_OF]->(p)
ON CREATE SET r.movedFrom = coalesce(s.movedFrom, hop)`,
    parameters: { unitIds },
  };
}

/**
 * Links each deal to every party a party claim not rejected states, as the role it states, where
 * the link is missing (an analyst confirmed a rejected claim again, or an undo parted deals). A
 * party merged into another is linked where it went, and the link remembers the merge as the merge
 * marks what it moves (`movedFrom`, or `alsoFrom` where the kept party had the link already), so an
 * undo moves it back; not on a deal the claim was folded into, whose links a merge never marks.
 */
export function linkStatedDealParties(dealIds: readonly string[]): CypherQuery {
  const links = DEAL_PARTY_TYPES.map(
    (type) => `CALL (d, c, s, p, hop) {
  WITH * WHERE c.partyAs = '${type}'
  MERGE (d)-[r:${type}]->(p)
  ON CREATE SET r.movedFrom = CASE WHEN s.fromDeals IS NULL THEN hop END
  ON MATCH SET r.alsoFrom = CASE
    WHEN hop IS NULL OR s.fromDeals IS NOT NULL OR coalesce(r.movedFrom = hop, false) OR hop IN coalesce(r.alsoFrom, []) THEN r.alsoFrom
    ELSE coalesce(r.alsoFrom, []) + hop
  END
}`,
  ).join('\n');
  return {
    text: `UNWIND $dealIds AS id
MATCH (d:Deal {id: id})<-[s:SUPPORTS]-(c:Claim {field: 'party'})
WHERE coalesce(c.curation, '') <> 'REJECTED'
${PARTY_WHERE_IT_WENT}
${links}`,
    parameters: { dealIds },
  };
}
