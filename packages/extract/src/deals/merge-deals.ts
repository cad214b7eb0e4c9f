// Merges the mentions of one deal within a document, fills parties the text leaves implicit, and drops what stays partial.
import type { ResolvedEntity } from '../entities/mention.js';
import type { DealMention } from './deal-mention.js';

export interface DealGroup {
  mentions: DealMention[];
  kind: DealMention['kind'];
  acquirer: number | null;
  target: number | null;
  seller: number | null;
  bidders: number[];
  /** Amount value of the group, for telling apart two deals of one buyer. */
  amounts: number[];
  years: number[];
}

function same(a: number | null, b: number | null): boolean {
  return a === null || b === null || a === b;
}

function compatible(group: DealGroup, mention: DealMention, years: number[]): boolean {
  if (group.kind !== mention.kind) return false;
  if (years.length > 0 && group.years.length > 0 && !years.some((year) => group.years.includes(year))) return false;
  return same(group.acquirer, mention.acquirer) && same(group.target, mention.target) && same(group.seller, mention.seller);
}

function absorb(group: DealGroup, mention: DealMention, amounts: number[], years: number[]): void {
  group.mentions.push(mention);
  group.acquirer ??= mention.acquirer;
  group.target ??= mention.target;
  group.seller ??= mention.seller;
  group.amounts.push(...amounts);
  group.years.push(...years);
}

/** The company most mentioned apart from the given ones and their units: what an unnamed object most likely is. */
function salientCompany(entities: ResolvedEntity[], exclude: Set<number>): number | null {
  let best: number | null = null;
  let bestCount = 0;
  entities.forEach((entity, index) => {
    if (entity.type !== 'COMPANY' || exclude.has(index) || (entity.parent !== null && exclude.has(entity.parent))) return;
    const count = entity.mentions.length;
    if (count > bestCount) {
      best = index;
      bestCount = count;
    }
  });
  return bestCount >= 2 ? best : null;
}

/**
 * Groups mentions into deals. `amountsOf` and `yearsOf` give the amounts (in any currency, as numbers) and explicit years
 * of a mention's clause, so that a buyer's two deals stay apart.
 */
export function mergeDeals(
  mentions: DealMention[],
  entities: ResolvedEntity[],
  amountsOf: (mention: DealMention) => number[],
  yearsOf: (mention: DealMention) => number[],
): DealGroup[] {
  const groups: DealGroup[] = [];
  const complete = (m: DealMention) => m.acquirer !== null && m.target !== null;
  // 1. Complete mentions: those naming buyer and target.
  for (const mention of mentions.filter((m) => complete(m) && !m.interestOnly)) {
    const years = yearsOf(mention);
    const amounts = amountsOf(mention);
    const group = groups.find((g) => g.acquirer === mention.acquirer && g.target === mention.target && compatible(g, mention, years));
    if (group) absorb(group, mention, amounts, years);
    else groups.push({ mentions: [mention], kind: mention.kind, acquirer: mention.acquirer, target: mention.target, seller: mention.seller, bidders: [], amounts, years });
  }
  // 2. Partial mentions join the one deal they fit (by amount when the buyer has several); a sale of an unnamed asset by
  //    a company with one unit on the page sells that unit; a purchase paid for an unnamed asset buys the page's main other company.
  const pending = mentions.filter((m) => !complete(m) && !m.interestOnly);
  const leftover: DealMention[] = [];
  for (const mention of pending) {
    const amounts = amountsOf(mention);
    const years = yearsOf(mention);
    let fits = groups.filter((g) => compatible(g, mention, years) && (mention.acquirer ?? mention.seller) !== null);
    if (fits.length > 1 && amounts.length > 0) fits = fits.filter((g) => g.amounts.some((a) => amounts.some((b) => Math.abs(a - b) <= 0.1 * a)));
    if (fits.length === 1) absorb(fits[0] as DealGroup, mention, amounts, years);
    else if (fits.length === 0) leftover.push(mention);
  }
  for (const mention of leftover) {
    const amounts = amountsOf(mention);
    const years = yearsOf(mention);
    const fits = groups.filter((g) => compatible(g, mention, years) && (mention.acquirer ?? mention.seller) !== null);
    if (fits.length === 1) {
      absorb(fits[0] as DealGroup, mention, amounts, years);
      continue;
    }
    if (mention.kind === 'ACQUISITION' && mention.target === null && mention.seller !== null && mention.acquirer !== null) {
      const units = entities.map((e, i) => ({ e, i })).filter(({ e }) => e.parent === mention.seller && e.type === 'COMPANY');
      if (units.length === 1) mention.target = (units[0] as { i: number }).i;
    }
    if (mention.kind === 'ACQUISITION' && mention.target === null && mention.acquirer !== null && mention.trigger.action === 'pay' && amounts.length > 0) {
      const exclude = new Set([mention.acquirer]);
      for (const m of mentions) m.bidders.forEach((b) => exclude.add(b));
      mention.target = salientCompany(entities, exclude);
    }
    if (mention.kind === 'WRITE_DOWN' && mention.target === null && mention.acquirer !== null) {
      const bought = [...groups].reverse().find((g) => g.kind !== 'WRITE_DOWN' && g.acquirer === mention.acquirer);
      mention.target = bought?.target ?? null;
    }
    if (!complete(mention)) continue;
    const group = groups.find((g) => g.acquirer === mention.acquirer && g.target === mention.target && compatible(g, mention, years));
    if (group) absorb(group, mention, amounts, years);
    else groups.push({ mentions: [mention], kind: mention.kind, acquirer: mention.acquirer, target: mention.target, seller: mention.seller, bidders: [], amounts, years });
  }
  // 3. A unit sold by its parent: the parent is the seller.
  for (const group of groups) {
    const parent = group.target !== null ? entities[group.target]?.parent ?? null : null;
    if (group.seller === null && parent !== null && parent !== group.acquirer && group.kind === 'ACQUISITION') group.seller = parent;
  }
  // 4. Parties that showed interest bid for the nearest deal before them (or the first after).
  for (const interest of mentions.filter((m) => m.interestOnly)) {
    const earlier = groups.filter((g) => g.mentions.some((m) => m.sentence <= interest.sentence));
    const group = earlier.sort((a, b) => Math.max(...b.mentions.map((m) => m.sentence)) - Math.max(...a.mentions.map((m) => m.sentence)))[0] ?? groups[0];
    if (!group) continue;
    for (const bidder of interest.bidders) {
      if (bidder !== group.acquirer && bidder !== group.target && bidder !== group.seller && !group.bidders.includes(bidder)) group.bidders.push(bidder);
    }
  }
  return groups.sort((a, b) => Math.min(...a.mentions.map((m) => m.sentence)) - Math.min(...b.mentions.map((m) => m.sentence)));
}
