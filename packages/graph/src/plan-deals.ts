import { hashId } from './hash-id.js';
import { matchDeal, type DealQuery, type KnownDeal } from './match-deal.js';
import { LEADING_ROLES, type PartyPlan } from './plan-parties.js';
import { findUnitEvidence } from './find-unit-evidence.js';
import type { PreparedArticle } from './prepare-articles.js';
import type { DealKind, DealPartyRole, FactEvidence } from './types.js';

/** A deal as read from the graph for matching. */
export interface DealCandidate {
  id: string;
  kind: DealKind;
  years: number[];
  parties: Array<{ as: DealPartyRole; id: string }>;
}

export interface ClaimRow {
  id: string;
  articleId: string;
  /** What the claim is about: a deal, a role, or a party (for `unit`: the unit, `partyId` its parent). */
  subject: 'Deal' | 'Role' | 'Party';
  subjectId: string;
  field: 'deal' | 'party' | 'status' | 'date' | 'amount' | 'role' | 'unit';
  /** JSON text of what the claim states. */
  value: string;
  year: number | null;
  /**
   * For a `party` claim: the party and the part it plays; for a `unit` claim: the parent. A link
   * (a deal's party, a unit's parent) is kept exactly as long as a claim states it.
   */
  partyId: string | null;
  partyAs: DealPartyRole | null;
  evidence: string | null;
  start: number | null;
  end: number | null;
  lang: string;
  confidence: number;
  extractorVersion: string;
  publishedAt: string | null;
}

export interface DealPlan {
  deals: Array<{ id: string; kind: DealKind }>;
  dealParties: Array<{ dealId: string; partyId: string; as: DealPartyRole }>;
  claims: ClaimRow[];
  /** Every deal whose derived values must be computed again. */
  touched: Set<string>;
  /** Deals made by this batch for the first time. */
  created: Set<string>;
  dealsCreated: number;
  dealsMerged: number;
}

/** Pairs of parties that may stand for each other in a deal: unit and parent, leader and company. */
export function relationsOf(plan: PartyPlan, fromGraph: ReadonlyMap<string, readonly string[]>): (a: string, b: string) => boolean {
  const pairs = new Set<string>();
  const link = (a: string, b: string): void => {
    pairs.add(`${a}|${b}`);
    pairs.add(`${b}|${a}`);
  };
  for (const [id, others] of fromGraph) for (const other of others) link(id, other);
  for (const unit of plan.units) link(unit.childId, unit.parentId);
  for (const role of plan.roles) if (LEADING_ROLES.includes(role.role)) link(role.personId, role.orgId);
  return (a, b) => pairs.has(`${a}|${b}`);
}

function claimRow(
  article: PreparedArticle,
  subject: ClaimRow['subject'],
  subjectId: string,
  field: ClaimRow['field'],
  discriminator: string,
  value: unknown,
  evidence: FactEvidence | undefined,
  confidence: number,
): ClaimRow {
  const info = article.facts.article;
  const start = evidence?.start ?? null;
  const end = evidence?.end ?? null;
  return {
    id: hashId('claim', article.id, field, discriminator, start, end),
    articleId: article.id,
    subject,
    subjectId,
    field,
    value: JSON.stringify(value),
    year: field === 'date' ? ((value as { year: number | null }).year ?? null) : null,
    partyId: field === 'party' || field === 'unit' ? (value as { party: string }).party : null,
    partyAs: field === 'party' ? (value as { as: DealPartyRole }).as : null,
    evidence: evidence?.text ?? null,
    start,
    end,
    lang: info.lang,
    confidence,
    extractorVersion: info.extractorVersion,
    publishedAt: info.publishedAt,
  };
}

/**
 * Matches every stated deal of a batch to a deal of the graph (or of an earlier
 * article of the batch) or creates it, and turns each stated fact (deals, roles,
 * units) into a claim.
 * Nothing about a deal is set here: its values are derived from its claims.
 */
export function planDeals(
  articles: readonly PreparedArticle[],
  parties: PartyPlan,
  candidates: readonly DealCandidate[],
  related: (a: string, b: string) => boolean,
): DealPlan {
  const known = new Map<string, KnownDeal>();
  const byParty = new Map<string, Set<KnownDeal>>();
  const remember = (deal: KnownDeal): void => {
    known.set(deal.id, deal);
    for (const role of ['ACQUIRER', 'TARGET', 'SELLER'] as const) {
      for (const id of deal.parties[role]) {
        const set = byParty.get(id) ?? new Set();
        set.add(deal);
        byParty.set(id, set);
      }
    }
  };
  for (const candidate of candidates) {
    const deal: KnownDeal = { id: candidate.id, kind: candidate.kind, years: [...candidate.years], parties: { ACQUIRER: new Set(), TARGET: new Set(), SELLER: new Set(), BIDDER: new Set() } };
    for (const party of candidate.parties) deal.parties[party.as].add(party.id);
    remember(deal);
  }
  const existing = new Set(candidates.map((c) => c.id));
  const plan: DealPlan = { deals: [], dealParties: [], claims: [], touched: new Set(), created: new Set(), dealsCreated: 0, dealsMerged: 0 };
  const planned = new Set<string>();

  for (const article of articles) {
    const resolved = parties.resolved.get(article.id) ?? new Map<string, string>();
    const partyOf = (local: string | null): string | null => (local === null ? null : (resolved.get(local) ?? null));
    for (const stated of article.facts.deals) {
      const query: DealQuery = {
        kind: stated.kind,
        year: stated.date?.year ?? null,
        acquirer: partyOf(stated.acquirer),
        target: partyOf(stated.target),
        seller: partyOf(stated.seller),
      };
      const pool = new Set<KnownDeal>();
      for (const id of [query.acquirer, query.target, query.seller]) if (id !== null) for (const d of byParty.get(id) ?? []) pool.add(d);
      let deal = matchDeal(query, pool, related);
      if (!deal) {
        const id = hashId('deal', query.kind, query.acquirer, query.target, query.seller, query.year);
        deal = known.get(id) ?? { id, kind: query.kind, years: [], parties: { ACQUIRER: new Set(), TARGET: new Set(), SELLER: new Set(), BIDDER: new Set() } };
      }
      if (existing.has(deal.id) || planned.has(deal.id)) plan.dealsMerged += 1;
      else {
        plan.dealsCreated += 1;
        plan.created.add(deal.id);
      }
      if (!planned.has(deal.id)) {
        planned.add(deal.id);
        plan.deals.push({ id: deal.id, kind: deal.kind });
      }
      plan.touched.add(deal.id);

      const evidence = stated.evidence[0];
      const add = (field: ClaimRow['field'], discriminator: string, value: unknown): void => {
        plan.claims.push(claimRow(article, 'Deal', deal.id, field, `${stated.id}:${discriminator}`, value, evidence, stated.confidence));
      };
      const names = (local: string | null): string | null => (local === null ? null : (article.entities.get(local)?.entity.name ?? null));
      add('deal', '', { kind: stated.kind, acquirer: names(stated.acquirer), target: names(stated.target), seller: names(stated.seller), bidders: stated.bidders.map(names) });
      add('status', '', stated.status);
      if (stated.date && stated.date.year !== null) add('date', '', stated.date);
      if (stated.amount) add('amount', '', stated.amount);
      const sides: Array<[DealPartyRole, string | null]> = [
        ['ACQUIRER', stated.acquirer],
        ['TARGET', stated.target],
        ['SELLER', stated.seller],
        ...stated.bidders.map((b): [DealPartyRole, string] => ['BIDDER', b]),
      ];
      for (const [as, local] of sides) {
        const partyId = partyOf(local);
        if (partyId === null) continue;
        plan.dealParties.push({ dealId: deal.id, partyId, as });
        add('party', `${as}:${partyId}`, { as, party: partyId, name: names(local) });
        deal.parties[as].add(partyId);
      }
      if (query.year !== null && !deal.years.includes(query.year)) deal.years.push(query.year);
      remember(deal);
    }
    for (const { entity } of article.entities.values()) {
      const parent = entity.parent ? article.entities.get(entity.parent)?.entity : undefined;
      const unitId = partyOf(entity.id);
      const parentId = partyOf(entity.parent ?? null);
      if (!parent || unitId === null || parentId === null || unitId === parentId) continue;
      const evidence = findUnitEvidence(article.facts.article.text, entity, parent);
      plan.claims.push(
        claimRow(article, 'Party', unitId, 'unit', `${entity.id}:${parent.id}`, { unit: entity.name, parent: parent.name, party: parentId }, evidence, 1),
      );
    }
    for (const role of article.facts.roles) {
      const personId = partyOf(role.person);
      const orgId = partyOf(role.org);
      if (personId === null || orgId === null || personId === orgId) continue;
      const roleId = hashId('role', personId, orgId, role.role);
      plan.claims.push(
        claimRow(article, 'Role', roleId, 'role', `${role.person}:${role.org}:${role.role}`, { role: role.role, title: role.title, current: role.current }, role.evidence[0], 1),
      );
    }
  }
  return plan;
}
