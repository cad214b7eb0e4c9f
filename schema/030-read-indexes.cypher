// Reads by the gateway: one index per property a list page filters or orders on, so a
// page reads its index in order (or seeks a range) instead of scanning and sorting a label.
CREATE INDEX deal_date_key IF NOT EXISTS FOR (n:Deal) ON (n.dateKey);
CREATE INDEX deal_kind IF NOT EXISTS FOR (n:Deal) ON (n.kind);
CREATE INDEX deal_status IF NOT EXISTS FOR (n:Deal) ON (n.status);
CREATE INDEX deal_amount_eur IF NOT EXISTS FOR (n:Deal) ON (n.amountEur);
CREATE INDEX deal_year IF NOT EXISTS FOR (n:Deal) ON (n.year);
CREATE INDEX company_name IF NOT EXISTS FOR (n:Company) ON (n.name);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX article_published_at IF NOT EXISTS FOR (n:Article) ON (n.publishedAt);
// Deals written before the loader set dateKey get it here (a no-op once every deal has one):
// the newest-first pages read only deals that have it.
MATCH (d:Deal) WHERE d.dateKey IS NULL
SET d.dateKey = CASE WHEN d.year IS NULL THEN 0 ELSE d.year * 10000 + coalesce(d.month, 0) * 100 + coalesce(d.day, 0) END;
