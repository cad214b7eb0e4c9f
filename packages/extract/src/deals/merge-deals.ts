// Merges the mentions of one deal within a document, fills parties the text leaves implicit, and drops what stays partial.
import type { ResolvedEntity } from '../entities/mention.js';
import { nationalitySet, placeSet } from '../entities/name-lexicons.js';
import { wordAlternation } from '../lexicon/compile-phrases.js';
import { clauseWordsOfAll, lexiconFor, supportedLanguages } from '../lexicon/languages.js';
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

/** Same kind, or a stake and a purchase told without any word of share ('Engie cède son bloc Suez à Veolia'). */
/** A stake already bought and a purchase still to come are two deals ('had bought up into Twitter … agreed to buy Twitter'). */
const stillOpen = new Set(['PLANNED', 'RUMORED']);
function stakeThenPurchase(stakes: DealMention[], purchases: DealMention[]): boolean {
  return stakes.every((m) => m.status === 'COMPLETED') && purchases.some((m) => m.status !== null && stillOpen.has(m.status));
}

function sameKind(group: DealGroup, mention: DealMention): boolean {
  if (group.kind === mention.kind) return true;
  if (group.kind === 'STAKE' && mention.kind === 'ACQUISITION') return mention.kindDefault === true && !stakeThenPurchase(group.mentions, [mention]);
  if (group.kind === 'ACQUISITION' && mention.kind === 'STAKE') return group.mentions.every((m) => m.kindDefault === true) && !stakeThenPurchase([mention], group.mentions);
  return false;
}

/** Years told of two deals agree: either has none, or they share one. */
function yearsAgree(a: number[], b: number[]): boolean {
  return a.length === 0 || b.length === 0 || a.some((year) => b.includes(year));
}

function compatible(group: DealGroup, mention: DealMention, years: number[]): boolean {
  if (!sameKind(group, mention)) return false;
  if (!yearsAgree(years, group.years)) return false;
  return same(group.acquirer, mention.acquirer) && same(group.target, mention.target) && same(group.seller, mention.seller);
}

/**
 * 'Vijf jaar later nam X een meerderheidsbelang in …': a purchase told in the past with a year of its own is no part of
 * a deal told only in the present and with no year (the deal of the day).
 */
function olderThanCurrent(group: DealGroup, mention: DealMention, years: number[]): boolean {
  const told = group.mentions.map((m) => m.trigger.tense);
  return years.length > 0 && group.years.length === 0 && mention.trigger.tense === 'past' && told.includes('present') && told.every((tense) => tense === 'present' || tense === 'noun');
}

function absorb(group: DealGroup, mention: DealMention, amounts: number[], years: number[]): void {
  group.mentions.push(mention);
  if (mention.kind === 'STAKE') group.kind = 'STAKE';
  group.acquirer ??= mention.acquirer;
  group.target ??= mention.target;
  group.seller ??= mention.seller;
  for (const amount of amounts) group.amounts.push(amount);
  for (const year of years) group.years.push(year);
}

/**
 * A phrase of lower-case words and adjectives of origin only: 'commercial-lighting division', 'Spanish business'. A word
 * with a capital inside is a name ('aQuantive', 'eBay').
 */
function describesOnly(phrase: string): boolean {
  return phrase.split(/\s+/u).every((word) => (/^\p{Ll}/u.test(word) && !/\p{Lu}/u.test(word)) || nationalitySet.has(word.toLowerCase()) || placeSet.has(word.toLowerCase()));
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
 * 'Die Übernahme von Stada stand auf der Kippe, jetzt haben Bain und Cinven bei ihrem Angebot die Schwelle übertroffen':
 * one sentence with one purchase naming only its target and one naming only its buyer tells one deal.
 */
function joinHalvesInSentence(mentions: DealMention[]): void {
  const purchase = (m: DealMention) => (m.kind === 'ACQUISITION' || m.kind === 'STAKE') && !m.interestOnly && !m.refersBack && m.seller === null;
  const bySentence = new Map<number, DealMention[]>();
  for (const m of mentions) {
    if (!purchase(m)) continue;
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  for (const list of bySentence.values()) {
    const targetsOnly = list.filter((m) => m.acquirer === null && m.target !== null);
    const buyersOnly = list.filter((m) => m.acquirer !== null && m.target === null);
    const [half, other] = [targetsOnly[0], buyersOnly[0]];
    if (targetsOnly.length !== 1 || buyersOnly.length !== 1 || !half || !other || other.acquirer === half.target) continue;
    half.acquirer = other.acquirer;
  }
}

/** Nouns for a subsidiary, inside compounds too ('Tochtergesellschaft'). */
/** 'for', 'für', 'pour' …: a payment for something bought, which a fine or a settlement is not ('betaalde 775 miljoen in een schikking'). */
const paidFor = new RegExp(wordAlternation([...new Set(supportedLanguages.flatMap((lang) => lexiconFor(lang).prepositions.for))]), 'iu');
const subsidiaryNoun = new RegExp(wordAlternation(clauseWordsOfAll('subsidiary')), 'iu');

/** The pluperfect or a word of back then, in the languages read: a purchase told as earlier than the news. */
const pluperfect = /(?<![\p{L}])(?:had|hatte|hatten|havde|hadde|hade|hadden|avait|avaient|damals|dengang|dazumal|destijds|à l'époque|at the time)(?![\p{L}])/iu;

/**
 * Joins groups that name the same deal once their parties are final (a person replaced by their company may make two
 * groups one): same kind, parties and seller, and years that agree; a merger's parties in either order.
 */
export function joinSameDeals(groups: DealGroup[]): DealGroup[] {
  return groups.filter((group, i) => {
    const samePair = (other: DealGroup) => (other.acquirer === group.acquirer && other.target === group.target) || (group.kind === 'MERGER' && other.acquirer === group.target && other.target === group.acquirer);
    const same = groups.find((other, j) => j < i && other.kind === group.kind && other.seller === group.seller && samePair(other) && yearsAgree(other.years, group.years));
    if (same === undefined) return true;
    same.mentions.push(...group.mentions);
    same.amounts.push(...group.amounts);
    same.years.push(...group.years);
    return false;
  });
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
  clauseOf: (mention: DealMention) => string = () => '',
  sentenceOf: (mention: DealMention) => string = clauseOf,
  publishedYear: number | null = null,
): DealGroup[] {
  const groups: DealGroup[] = [];
  const complete = (m: DealMention) => m.acquirer !== null && m.target !== null;
  joinHalvesInSentence(mentions);
  // Every group starts from a complete mention and its buyer never changes, so groups are indexed by buyer (and by
  // buyer and target) in the order made: a lookup finds what a scan of all groups found, without the scan.
  const byAcquirer = new Map<number, DealGroup[]>();
  const byParties = new Map<string, DealGroup[]>();
  const addGroup = (mention: DealMention, amounts: number[], years: number[]) => {
    // Rival bidders listed with a rumoured buyer ('A and B are interested in X') stay its bidders.
    const group: DealGroup = { mentions: [mention], kind: mention.kind, acquirer: mention.acquirer, target: mention.target, seller: mention.seller, bidders: mention.interest ? [...mention.bidders] : [], amounts, years };
    groups.push(group);
    for (const [index, key] of [[byAcquirer, group.acquirer], [byParties, `${group.acquirer}|${group.target}`]] as const) {
      const list = (index as Map<unknown, DealGroup[]>).get(key);
      if (list) list.push(group);
      else (index as Map<unknown, DealGroup[]>).set(key, [group]);
    }
  };
  // A merger's parties stand either way round: 'Astra och Zeneca går samman' and 'Zeneca slås ihop med Astra' are one deal.
  const groupOf = (mention: DealMention, years: number[]) =>
    byParties.get(`${mention.acquirer}|${mention.target}`)?.find((g) => compatible(g, mention, years)) ??
    (mention.kind === 'MERGER' ? byParties.get(`${mention.target}|${mention.acquirer}`)?.find((g) => compatible(g, { ...mention, acquirer: mention.target, target: mention.acquirer }, years)) : undefined);
  // A mention naming only a seller ('GE:s vd har sålt av …') joins a deal of that seller only, not any deal with none.
  const fitting = (mention: DealMention, years: number[]) =>
    (mention.acquirer !== null ? byAcquirer.get(mention.acquirer) ?? [] : groups).filter(
      (g) =>
        compatible(g, mention, years) &&
        (mention.acquirer ?? mention.seller) !== null &&
        (mention.acquirer !== null || mention.target !== null || g.seller === mention.seller || (g.target !== null && entities[g.target]?.parent === mention.seller) || sellsSubsidiaryTo(g, mention)),
    );
  // 'Engie … pour lui céder sa filiale': a sale of an unnamed subsidiary joins the one purchase that names no seller yet.
  const sellsSubsidiaryTo = (g: DealGroup, mention: DealMention) =>
    mention.trigger.action === 'sell' && g.kind === 'ACQUISITION' && g.seller === null && g.acquirer !== mention.seller && g.target !== mention.seller && subsidiaryNoun.test(clauseOf(mention));
  // 1. Complete mentions: those naming buyer and target.
  for (const mention of mentions.filter((m) => complete(m) && !m.interestOnly && !m.refersBack)) {
    const years = yearsOf(mention);
    const amounts = amountsOf(mention);
    const group = groupOf(mention, years);
    if (group) absorb(group, mention, amounts, years);
    else addGroup(mention, amounts, years);
  }
  // 2. Partial mentions join the one deal they fit (by amount when the buyer has several); a sale of an unnamed asset by
  //    a company with one unit on the page sells that unit; a purchase paid for an unnamed asset buys the page's main other company.
  const pending = mentions.filter((m) => !complete(m) && !m.interestOnly && !m.refersBack);
  const leftover: DealMention[] = [];
  for (const mention of pending) {
    const amounts = amountsOf(mention);
    const years = yearsOf(mention);
    let fits = fitting(mention, years);
    if (fits.length > 1 && amounts.length > 0) fits = fits.filter((g) => g.amounts.some((a) => amounts.some((b) => Math.abs(a - b) <= 0.1 * a)));
    // Never redirected: an older purchase that fits only the deal of the day stays apart.
    if (fits.length === 1 && olderThanCurrent(fits[0] as DealGroup, mention, years)) leftover.push(mention);
    else if (fits.length === 1) absorb(fits[0] as DealGroup, mention, amounts, years);
    else if (fits.length === 0) leftover.push(mention);
  }
  const allBidders = new Set<number>();
  for (const m of mentions) m.bidders.forEach((b) => allBidders.add(b));
  for (const mention of leftover) {
    const amounts = amountsOf(mention);
    const years = yearsOf(mention);
    const fits = fitting(mention, years);
    if (fits.length === 1 && !olderThanCurrent(fits[0] as DealGroup, mention, years)) {
      absorb(fits[0] as DealGroup, mention, amounts, years);
      continue;
    }
    if (mention.kind === 'ACQUISITION' && mention.target === null && mention.seller !== null && mention.acquirer !== null) {
      const units = entities.map((e, i) => ({ e, i })).filter(({ e }) => e.parent === mention.seller && e.type === 'COMPANY');
      if (units.length === 1) mention.target = (units[0] as { i: number }).i;
      // 'verkauft 80 Prozent der amerikanischen Tochter an X': an unnamed subsidiary is the page's main other company.
      else if (units.length === 0 && mention.trigger.action === 'sell' && subsidiaryNoun.test(clauseOf(mention))) {
        mention.target = salientCompany(entities, new Set([mention.acquirer, mention.seller, ...allBidders]));
      }
    }
    // Only a payer the page names firmly: 'Erlanger zahlen 16,4 Milliarden' is no company paying.
    // Anywhere in the sentence: 'kjøper en majoritetspost for 297 millioner dollar, betalt i kontanter'.
    const paysFor = () => paidFor.test(sentenceOf(mention));
    if (mention.kind === 'ACQUISITION' && mention.target === null && mention.acquirer !== null && entities[mention.acquirer]?.accepted && mention.trigger.action === 'pay' && amounts.length > 0 && paysFor()) {
      const exclude = new Set([mention.acquirer, ...allBidders]);
      mention.target = salientCompany(entities, exclude);
    }
    if (mention.kind === 'WRITE_DOWN' && mention.target === null && mention.acquirer !== null) {
      // What the owner bought: its purchase named last before the write-down, else the first named after it.
      const purchases = groups.filter((g) => g.kind !== 'WRITE_DOWN' && g.acquirer === mention.acquirer && g.target !== null);
      const firstOf = (g: DealGroup) => g.mentions.reduce((min, m) => Math.min(min, m.sentence), Infinity);
      const earlier = purchases.filter((g) => firstOf(g) <= mention.sentence).sort((a, b) => firstOf(b) - firstOf(a));
      const bought = earlier[0] ?? purchases.sort((a, b) => firstOf(a) - firstOf(b))[0];
      mention.target = bought?.target ?? null;
    }
    if (!complete(mention)) continue;
    const group = groupOf(mention, years);
    if (group) absorb(group, mention, amounts, years);
    else addGroup(mention, amounts, years);
  }
  // 2b. 'sells its marine business to X … X buys Rolls-Royce Commercial Marine': a sale of an unnamed part joins the
  //     same buyer's purchase of a named company from that seller.
  //     So does the sale of a unit told by a bare noun ('zijn telematicadivisie') beside the sale of a named one.
  for (const part of [...groups]) {
    // Described also by a name all in lower case after its owner's ('GE commercial-lighting division').
    const unit = part.target !== null ? entities[part.target] : undefined;
    const describedUnit = unit !== undefined && unit.parent === part.seller && (unit.descriptive === true || unit.aliases.some(describesOnly));
    if (part.target === null || (part.target !== part.seller && !describedUnit)) continue;
    const named = groups.find((g) => g !== part && g.acquirer === part.acquirer && g.target !== null && g.target !== part.target && (g.seller === part.seller || g.seller === null || entities[g.target]?.parent === part.seller) && (g.kind === part.kind || sameKind(g, part.mentions[0] as DealMention)));
    if (!named) continue;
    for (const mention of part.mentions) named.mentions.push(mention);
    // 'will pay 100 million euros for the business, Sara Lee said': a purchase of the seller itself, or of a person, is of
    // the unit the sale named.
    if (describedUnit && (named.target === part.seller || entities[named.target as number]?.type === 'PERSON')) named.target = part.target;
    named.seller ??= part.seller;
    groups.splice(groups.indexOf(part), 1);
  }
  // 2c. 'sells its Spanish business to Zegona … Vodafone Spain': a unit described by where it is, of a seller with one
  //     named unit on the page named after the same place, is that unit.
  for (const group of groups) {
    const unit = group.target !== null ? entities[group.target] : undefined;
    if (!unit || unit.parent === null || unit.parent !== group.seller) continue;
    const origins = unit.aliases.filter(describesOnly).flatMap((alias) => alias.split(/\s+/u)).filter((word) => nationalitySet.has(word.toLowerCase()) || placeSet.has(word.toLowerCase()));
    if (origins.length === 0) continue;
    const samePlace = (name: string) => name.split(/\s+/u).some((word) => origins.some((origin) => word.length >= 4 && origin.slice(0, 3).toLowerCase() === word.slice(0, 3).toLowerCase()));
    const named = entities.map((e, i) => ({ e, i })).filter(({ e, i }) => i !== group.target && e.type === 'COMPANY' && e.parent === group.seller && !e.descriptive && !describesOnly(e.name));
    if (named.length === 1 && samePlace((named[0] as { e: ResolvedEntity }).e.name)) group.target = (named[0] as { i: number }).i;
  }
  // 3a. 'X förvärvade Gearbox för tre år sedan … Gearbox köps av Y': the earlier buyer of a target, in an explicitly
  //     earlier year or told in the pluperfect ('X hatte Y damals gekauft'), is the seller when a later buyer
  //     takes it over.
  // Not an offer or interest alone ('Comcast also made an offer for Fox in June'): no one bought.
  const toldAsEarlier = (g: DealGroup) => (g.years.length > 0 || g.mentions.some((m) => pluperfect.test(clauseOf(m)))) && !g.mentions.every((m) => m.interest === true || m.interestOnly);
  for (const later of groups) {
    if (later.kind !== 'ACQUISITION' || later.seller !== null || later.target === null) continue;
    const earlier = groups.find(
      (g) => g !== later && g.kind === 'ACQUISITION' && g.target === later.target && g.acquirer !== later.acquirer && toldAsEarlier(g) && (later.years.length === 0 || g.years.length === 0 ? g.mentions.every((m) => m.trigger.tense === 'past') : Math.max(...g.years) < Math.min(...later.years)) && later.mentions.some((m) => m.trigger.tense !== 'past'),
    );
    if (earlier) later.seller = earlier.acquirer;
  }
  // 3b. 'Acergy og Subsea 7 slår seg sammen … Formelt blir det Acergy som overtar Subsea 7': a merger and a purchase of
  //     the same two companies, in years that agree, are one deal, of the kind the page tells more often (a merger on a
  //     tie, unless its partner is only another deal word's object), the purchase saying who takes over whom.
  for (const merger of [...groups]) {
    if (merger.kind !== 'MERGER' || merger.acquirer === null || merger.target === null || !groups.includes(merger)) continue;
    // A unit's parent too: 'Carnegie skal slås sammen med DNB Markets' after 'DNB kjøper Carnegie'.
    const pair = new Set([merger.acquirer, merger.target, entities[merger.acquirer]?.parent ?? merger.acquirer, entities[merger.target]?.parent ?? merger.target]);
    const purchase = groups.find((g) => g.kind === 'ACQUISITION' && g.acquirer !== null && g.target !== null && pair.has(g.acquirer) && pair.has(g.target) && (g.years.length === 0 || merger.years.length === 0 || g.years.some((year) => merger.years.includes(year))));
    if (!purchase) continue;
    // On a tie, a merger whose partner is only another deal word's object yields: 'abandoned its takeover of X, bringing an
    // attempt to combine the two biggest cable operators' is a takeover.
    const purchaseWins = purchase.mentions.length > merger.mentions.length || (purchase.mentions.length === merger.mentions.length && merger.mentions.every((m) => m.partnerBefore === true));
    const [kept, folded] = purchaseWins ? [purchase, merger] : [merger, purchase];
    for (const mention of folded.mentions) kept.mentions.push(mention);
    for (const year of folded.years) kept.years.push(year);
    for (const amount of folded.amounts) kept.amounts.push(amount);
    kept.acquirer = purchase.acquirer;
    kept.target = purchase.target;
    groups.splice(groups.indexOf(folded), 1);
  }
  // 3. A unit sold by its parent: the parent is the seller.
  for (const group of groups) {
    const parent = group.target !== null ? entities[group.target]?.parent ?? null : null;
    if (group.seller === null && parent !== null && parent !== group.acquirer && group.kind === 'ACQUISITION') group.seller = parent;
  }
  // 4. 'The transaction', 'l'opération': a sentence naming no party joins the deal told last before it ('deal' nouns any
  //    kind but a write-down, event nouns their own kind), adding its amount, date and status.
  const lastBefore = (sentence: number, fits: (g: DealGroup) => boolean) => {
    let nearest: DealGroup | undefined;
    let nearestAt = -1;
    for (const g of groups) {
      if (!fits(g)) continue;
      for (const m of g.mentions) if (m.sentence < sentence && m.sentence > nearestAt && !m.refersBack) [nearest, nearestAt] = [g, m.sentence];
    }
    return nearest;
  };
  for (const back of mentions.filter((m) => m.refersBack)) {
    const family = (kind: DealGroup['kind']) => (kind === 'STAKE' ? 'ACQUISITION' : kind);
    const anyKind = back.trigger.action === 'deal' || back.trigger.action === 'pay';
    const group = lastBefore(back.sentence, (g) => (anyKind ? g.kind !== 'WRITE_DOWN' : family(g.kind) === family(back.kind)));
    // 'In early 1999 A and B agreed to merge, but the merger broke down that December': a status told in a sentence dated
    // only before every year of the deal told last is an older deal's. A deal told without a year is the page's own, of
    // its year or the one before (a deal announced last year and still pending). Amounts stay: their sentence's year is
    // often another fact's ('the seller, which has owned it since 2016').
    const told = back.status === null ? [] : yearsOf(back);
    const before = group === undefined || told.length === 0 ? null : group.years.length > 0 ? Math.min(...group.years) : publishedYear !== null ? publishedYear - 1 : null;
    if (before !== null && Math.max(...told) < before) continue;
    if (group) group.mentions.push(back);
  }
  // 4b. 'Comcast also made an offer for Fox': a purchase told only as interest, of a target another buyer's deal has, is
  //     that buyer's rival: a bidder of that deal, not a deal of its own.
  for (const rival of [...groups]) {
    if (!rival.mentions.every((m) => m.interest) || rival.acquirer === null) continue;
    const main = groups.find((g) => g !== rival && g.target === rival.target && g.acquirer !== rival.acquirer && !g.mentions.every((m) => m.interest));
    // Companies told together as wanting it ('A and B are interested in X') are each a rumoured buyer.
    if (!main || rival.bidders.includes(main.acquirer as number)) continue;
    if (!main.bidders.includes(rival.acquirer) && rival.acquirer !== main.seller) main.bidders.push(rival.acquirer);
    groups.splice(groups.indexOf(rival), 1);
  }
  // 5. Parties that showed interest bid for the nearest deal before them (or the first after).
  const firstSentence = new Map(groups.map((g) => [g, g.mentions.reduce((min, m) => Math.min(min, m.sentence), Infinity)]));
  const lastSentence = new Map(groups.map((g) => [g, g.mentions.reduce((max, m) => Math.max(max, m.sentence), -Infinity)]));
  // An older deal told with its year ('before X bought it in 2016') is no deal others show interest in now: a deal
  // without a year, or of a later year, comes first.
  const newest = (g: DealGroup) => (g.years.length === 0 ? Infinity : Math.max(...g.years));
  for (const interest of mentions.filter((m) => m.interestOnly)) {
    // The group with the latest last sentence among those begun by then, the first made on a tie (as a stable sort did).
    let nearest: DealGroup | undefined;
    for (const g of groups) {
      if ((firstSentence.get(g) as number) <= interest.sentence && (nearest === undefined || (lastSentence.get(g) as number) > (lastSentence.get(nearest) as number))) nearest = g;
    }
    if (nearest !== undefined && lastSentence.get(nearest) !== interest.sentence) {
      for (const g of groups) {
        if ((firstSentence.get(g) as number) <= interest.sentence && (newest(g) > newest(nearest) || (newest(g) === newest(nearest) && (lastSentence.get(g) as number) > (lastSentence.get(nearest) as number)))) nearest = g;
      }
    }
    const group = nearest ?? groups[0];
    if (!group) continue;
    for (const bidder of interest.bidders) {
      if (bidder !== group.acquirer && bidder !== group.target && bidder !== group.seller && !group.bidders.includes(bidder)) group.bidders.push(bidder);
    }
  }
  // 6. Nobody buys from itself: a buyer that is also the seller is a party misread (an 'its' bound to the wrong owner).
  const sound = groups.filter((g) => g.acquirer === null || g.acquirer !== g.seller);
  return sound.sort((a, b) => (firstSentence.get(a) as number) - (firstSentence.get(b) as number));
}
