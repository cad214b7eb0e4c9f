// Entity resolution looks candidates up by these, never by scanning every party.
CREATE INDEX party_name_key IF NOT EXISTS FOR (n:Party) ON (n.nameKey);
CREATE INDEX party_head_block IF NOT EXISTS FOR (n:Party) ON (n.headBlock);
CREATE INDEX person_tail_block IF NOT EXISTS FOR (n:Person) ON (n.tailBlock);
CREATE INDEX merged_party_name_key IF NOT EXISTS FOR (n:MergedParty) ON (n.nameKey);
CREATE INDEX merged_party_head_block IF NOT EXISTS FOR (n:MergedParty) ON (n.headBlock);
// Reads by the gateway: deals by kind and year, claims by curation.
CREATE INDEX deal_kind_year IF NOT EXISTS FOR (n:Deal) ON (n.kind, n.year);
CREATE INDEX claim_curation IF NOT EXISTS FOR (n:Claim) ON (n.curation);
// Claims are reached from their article through FROM; an index on Claim.articleId
// put an Eager into the bulk claim write, so an earlier schema's one is dropped.
DROP INDEX claim_article IF EXISTS;
// Search by name or any alias, in any spelling.
CREATE FULLTEXT INDEX party_names IF NOT EXISTS FOR (n:Party) ON EACH [n.name, n.aliases];
// Deals written before the loader kept the years their claims state get them here (a no-op once
// every deal has them): deal matching reads them from the deal instead of from its claims.
MATCH (d:Deal) WHERE d.years IS NULL
SET d.years = COLLECT { MATCH (d)<-[:SUPPORTS]-(c:Claim {field: 'date'}) WHERE coalesce(c.curation, '') <> 'REJECTED' AND c.year IS NOT NULL RETURN DISTINCT c.year ORDER BY c.year };
CREATE INDEX party_mid_block IF NOT EXISTS FOR (n:Party) ON (n.midBlock);
CREATE INDEX merged_party_mid_block IF NOT EXISTS FOR (n:MergedParty) ON (n.midBlock);
// Parties written before the mid block existed get it here (a no-op once every party has one),
// computed as blockKeys in fold-name.ts does: the key without spaces, its first letter and its fifth to eighth.
MATCH (p) WHERE (p:Party OR p:MergedParty) AND p.midBlock IS NULL AND size(replace(p.nameKey, ' ', '')) > 4
WITH p, replace(p.nameKey, ' ', '') AS joined
SET p.midBlock = left(joined, 1) + substring(joined, 4, 4);
