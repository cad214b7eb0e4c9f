// The extraction pipeline, top to bottom: page in, entities, deals and roles out (shared/eval/FORMAT.md). Order here matters.
import { findEnglishEntities } from './entities/find-english-entities.js';
import { findEntityMentions, isDealVerb, type DocumentWords } from './entities/find-entity-mentions.js';
import { findUnitMentions } from './entities/find-unit-mentions.js';
import type { Mention, ResolvedEntity, TextSentence } from './entities/mention.js';
import { basedEndings, suffixSet } from './entities/name-lexicons.js';
import { resolveEntities } from './entities/resolve-entities.js';
import { ownersTold } from './deals/owners-told.js';
import { assignDealArguments, followedBy, noteDescribedSubject, type DiscourseState } from './deals/assign-deal-arguments.js';
import type { DealMention } from './deals/deal-mention.js';
import { findDealTriggers, mayHaveDealTrigger, type Trigger } from './deals/find-deal-triggers.js';
import { combineStatuses, findDealStatus } from './deals/find-deal-status.js';
import { joinSameDeals, mergeDeals, type DealGroup } from './deals/merge-deals.js';
import { findAmounts } from './normalise/find-amounts.js';
import { findDates } from './normalise/find-dates.js';
import { toEur } from './normalise/to-eur.js';
import type { DateMention, MoneyMention } from './normalise/types.js';
import { cleanText, decodeBytes, detectBlockLanguages, detectLanguage, looksLikeHtml, quotedSpansBySentence, readHtml, splitSentences } from './read/index.js';
import { findRoles, type RoleMention } from './roles/find-roles.js';
import { findSuccessions } from './roles/find-successions.js';
import { wordAlternation } from './lexicon/compile-phrases.js';
import { clauseWordsOfAll, lexiconFor, supportedLanguages } from './lexicon/languages.js';
import { perLanguage } from './lexicon/per-language.js';
import { ExtractError } from './extract-error.js';
import type { Amount, Deal, DealDate, Entity, Evidence, Extraction, Role, RoleKind } from './types.js';

export interface ExtractOptions {
  /** Document id in the output. Default: 'doc'. */
  id?: string;
  /** YYYY-MM-DD; resolves relative dates and dates present-tense reports. Default: null (unknown). */
  publishedAt?: string | null;
  /** Where the page came from, echoed in the output. Default: null. */
  url?: string | null;
  /** How to read the input. Default: 'text'. */
  contentType?: 'text' | 'html';
}

/** Above this many characters a page is refused rather than read slowly. */
const maxChars = 5_000_000;

// Work bounds per document, so that time grows linearly with the page whatever it holds. A news report has a few
// deal sentences of a few names each; pages past these bounds are lists, tables or generated text.
/** Sentences read for deals (those with a trigger and a name); later ones are not read. */
const maxDealSentences = 500;
/** A sentence naming more than this many entities is a list: it is read for names, not for deals or roles. */
const maxMentionsPerSentence = 100;
/** Triggers read per sentence, leftmost first. */
const maxTriggersPerSentence = 16;

// Stage 1: bytes to text.
function decode(input: string | Uint8Array): string {
  const text = typeof input === 'string' ? input : decodeBytes(input).text;
  if (text.trim().length === 0) throw new ExtractError('EMPTY_INPUT', 'The page is empty: pass the text or HTML of a news article.');
  if (text.length > maxChars) throw new ExtractError('INPUT_TOO_LARGE', `The page has ${text.length} characters; split it below ${maxChars}.`);
  return text;
}

// Stage 1b: an HTML page becomes its article's text; later offsets refer to that text.
function readPage(text: string, contentType: ExtractOptions['contentType']): { text: string; title: string | null; publishedAt: string | null; lang: string | null } {
  if (contentType !== 'html' && !looksLikeHtml(text)) return { text, title: null, publishedAt: null, lang: null };
  const page = readHtml(text);
  if (page.text.trim().length === 0) throw new ExtractError('EMPTY_INPUT', 'The HTML page has no text: pass the page of a news article.');
  return page;
}

// Stages 2-4: the language, the article without furniture, and its sentences with offsets into the text as read.
function readSentences(text: string, declaredLang: string | null): { lang: string; title: string | null; sentences: TextSentence[] } {
  const cleaned = cleanText(text);
  // A page's own <html lang> beats guessing, when we have a lexicon for it.
  const declared = declaredLang === 'nb' || declaredLang === 'nn' ? 'no' : declaredLang;
  const lang = declared !== null && supportedLanguages.includes(declared) ? declared : detectLanguage(cleaned.blocks.map((block) => block.text).join('\n'));
  const blockLangs = detectBlockLanguages(cleaned.blocks, lang);
  const sentences: TextSentence[] = [];
  cleaned.blocks.forEach((block, index) => {
    for (const sentence of splitSentences(block, blockLangs[index] ?? lang, index)) {
      sentences.push({ ...sentence, isTitle: block.kind === 'title' });
    }
  });
  return { lang, title: cleaned.title, sentences };
}

// Stage 5: entity mentions, with units named through a possessive; a unit replaces a plain mention of the same span.
function findMentions(sentences: TextSentence[]): Mention[] {
  // The words written alone matter only for a name glued to a kind of company: the page is read for them on first use.
  let alone: Set<string> | undefined;
  const words: DocumentWords = {
    lowercase: new Set(),
    capitalisedInside: new Set(),
    get capitalisedAlone() {
      alone ??= new Set(sentences.flatMap((sentence) => sentence.text.match(/(?<![\p{L}\p{N}-])\p{Lu}[\p{L}]*(?![\p{L}\p{N}-])/gu) ?? []));
      return alone;
    },
  };
  for (const sentence of sentences) {
    for (const word of sentence.text.match(/(?<![\p{L}])\p{Ll}[\p{L}]*/gu) ?? []) words.lowercase.add(word);
    for (const word of sentence.text.match(/(?<=[\p{L}\p{N},]\s+)\p{Lu}[\p{L}]*/gu) ?? []) words.capitalisedInside?.add(word);
  }
  const all: Mention[] = [];
  sentences.forEach((sentence, index) => {
    // This sentence's mentions are the tail of `all` from here: clashes are looked for there only.
    const first = all.length;
    for (const mention of findEntityMentions(sentence, index, words)) all.push(mention);
    const units = findUnitMentions(sentence, index, all);
    for (const unit of units) {
      let clash = -1;
      for (let i = first; i < all.length && clash < 0; i += 1) {
        const m = all[i] as Mention;
        if (m.start < unit.end && unit.start < m.end) clash = i;
      }
      if (clash >= 0) all.splice(clash, 1);
      all.push(unit);
    }
  });
  withTrailingNumbers(sentences, all);
  splitAfterVerb(sentences, all);
  unitsOfCompaniesNamedForPeople(all);
  companiesToldAsPeople(all);
  return all.sort((a, b) => a.sentence - b.sentence || a.start - b.start);
}

/**
 * 'Tobaksbolaget Philip Morris har lagt ett bud … Enligt Philip Morris': a name the page once tells firmly as a company
 * is that company wherever it reads like a person's.
 */
function companiesToldAsPeople(mentions: Mention[]): void {
  const firm = new Set(mentions.filter((m) => m.type === 'COMPANY' && m.strength >= 1 && m.name.includes(' ')).map((m) => m.name));
  if (firm.size === 0) return;
  for (const m of mentions) {
    if (m.type === 'PERSON' && firm.has(m.name)) {
      m.type = 'COMPANY';
      m.strength = 1;
    }
  }
}

/**
 * 'Christian Dior Couture' beside 'la société Christian Dior': a person's name going on past a company of the page that
 * is named for a person is that company's unit, no person.
 */
function unitsOfCompaniesNamedForPeople(mentions: Mention[]): void {
  const companies = new Set(mentions.filter((m) => m.type === 'COMPANY' && m.name.includes(' ')).map((m) => m.name));
  if (companies.size === 0) return;
  // 'Sara Lee Corp. … Sara Lee said': a person's name that is a company's name without its legal form is the company.
  const withoutLegalForm = new Set<string>();
  for (const name of companies) {
    const words = name.split(' ');
    if (suffixSet.has(words[words.length - 1] as string)) withoutLegalForm.add(words.slice(0, -1).join(' '));
  }
  for (const m of mentions) {
    if (m.type !== 'PERSON') continue;
    if (withoutLegalForm.has(m.name)) {
      m.type = 'COMPANY';
      m.strength = 1;
      continue;
    }
    const words = m.name.split(' ');
    for (let k = words.length - 1; k >= 2; k -= 1) {
      if (!companies.has(words.slice(0, k).join(' '))) continue;
      m.type = 'COMPANY';
      m.strength = 1;
      break;
    }
  }
}

/**
 * 'Samme år overtog Ørsted Lincoln Clean Energy': after a verb-second deal verb, the subject and the object stand side by
 * side and read as one run of names. A run opening with a name the page uses alone, and two or more words after it, right
 * after a deal verb, is two names.
 */
function splitAfterVerb(sentences: TextSentence[], mentions: Mention[]): void {
  const alone = new Set(mentions.filter((m) => m.type === 'COMPANY').map((m) => m.name));
  for (let i = mentions.length - 1; i >= 0; i -= 1) {
    const m = mentions[i] as Mention;
    const words = m.name.split(' ');
    if (words.length < 3 || m.surface !== m.name) continue;
    const sentence = sentences[m.sentence] as TextSentence;
    const verb = /(\p{L}+)\s+$/u.exec(sentence.text.slice(Math.max(0, m.start - 30), m.start))?.[1];
    if (verb === undefined || !isDealVerb(verb, sentence.lang)) continue;
    for (let k = words.length - 2; k >= 1; k -= 1) {
      const head = words.slice(0, k).join(' ');
      if (!alone.has(head)) continue;
      const restStart = m.start + head.length + 1;
      const rest = words.slice(k).join(' ');
      mentions.splice(i, 1, { ...m, end: m.start + head.length, surface: head, name: head, type: 'COMPANY' }, { ...m, start: restStart, surface: rest, name: rest, initial: false });
      break;
    }
  }
}

/** A name and a small number after it ('Subsea 7', 'Channel 4'), the number no amount, percentage or date. */
const nameAndNumber = /(\p{Lu}[\p{L}&-]*) (\d{1,2})(?![\d%]|[.,]\d|\s*(?:%|[\p{L}.]+\s+\d{4}))/gu;
/**
 * 'Subsea 7': a name the page writes with the same small number after it twice or more keeps the number. Once could
 * be a count ('Acergy 7 …' in a table); the same pair twice is how the page names it.
 */
function withTrailingNumbers(sentences: TextSentence[], mentions: Mention[]): void {
  const counts = new Map<string, number>();
  for (const sentence of sentences) for (const match of sentence.text.matchAll(nameAndNumber)) counts.set(match[0], (counts.get(match[0]) ?? 0) + 1);
  if (counts.size === 0) return;
  const named = new Set([...counts].filter(([, count]) => count >= 2).map(([pair]) => pair));
  if (named.size === 0) return;
  const bySentence = mentionsBySentence(sentences, mentions);
  sentences.forEach((sentence, index) => {
    for (const match of sentence.text.matchAll(nameAndNumber)) {
      if (!named.has(match[0])) continue;
      const start = match.index;
      const end = start + match[0].length;
      const own = bySentence[index] ?? [];
      // A mention ending with the word takes the number; none there at all ('subsea' is also a word on the page): a new one.
      const before = own.find((m) => m.end === end - (match[2] as string).length - 1 && m.start <= start);
      if (before) {
        before.end = end;
        before.surface = `${before.surface} ${match[2]}`;
        before.name = `${before.name} ${match[2]}`;
      } else if (!own.some((m) => m.start < end && start < m.end)) {
        mentions.push({ sentence: index, start, end, surface: match[0], name: match[0], type: 'COMPANY', strength: 1, initial: start === 0, genitive: false });
      }
    }
  });
}

/** 'the Coventry-based supplier', 'den Aarhus-baserede koncern': a name before '-based' is a place, no company. */
const basedSuffix = new RegExp(`^-${basedEndings}(?![\\p{L}])`, 'iu');
function dropPlacesBeforeBased(sentences: TextSentence[], mentions: Mention[]): Mention[] {
  return mentions.filter((m) => !basedSuffix.test((sentences[m.sentence] as TextSentence).text.slice(m.end, m.end + 16)));
}

/** The mentions of each sentence, in order: one pass instead of a filter per sentence. */
function mentionsBySentence(sentences: TextSentence[], mentions: Mention[]): Mention[][] {
  const bySentence: Mention[][] = sentences.map(() => []);
  for (const mention of mentions) bySentence[mention.sentence]?.push(mention);
  return bySentence;
}

// Stage 5b: English sentences that may tell of a deal or a role, where the rules were unsure or missed a name, are read by
// compromise too; it is too slow for whole pages (about 0.13 MB/s), so a few sentences at most.
function complementEnglishMentions(sentences: TextSentence[], mentions: Mention[]): Mention[] {
  if (!sentences.some((sentence) => sentence.lang === 'en')) return mentions;
  const added = findEnglishEntities(sentences, mentionsBySentence(sentences, mentions));
  if (added.length === 0) return mentions;
  return [...mentions, ...added].sort((a, b) => a.sentence - b.sentence || a.start - b.start);
}

/** Roles of those who run a company, and so buy in its name. */
const managing = new Set<RoleKind>(['CEO', 'CHAIRMAN', 'HEAD', 'EXECUTIVE']);

/**
 * People are bought by no one; a person sells in their own name unless they run a company of the deal's page, and buys
 * only where a clause of the deal names them and what they buy, never by inference ('Ekholm tar över ett bolag i kris').
 */
function withPeopleInTheirPlace(groups: DealGroup[], entities: ResolvedEntity[], bySentence: Mention[][], roles: RoleMention[]): DealGroup[] {
  const isPerson = (id: number | null) => id !== null && entities[id]?.type === 'PERSON';
  const withRoles = new Set(roles.map((role) => role.person));
  /** The company a person runs on this page (not one they founded: founders buy in their own name). */
  const runs = (person: number) => roles.find((role) => role.person === person && role.current !== false && managing.has(role.role) && entities[role.org]?.type === 'COMPANY')?.org ?? null;
  /** The company of the page that bears a person's surname: a family's company. */
  const namesakeCompany = (person: number) => {
    const surname = (entities[person] as ResolvedEntity).name.split(' ').pop() ?? '';
    const found = entities.findIndex((entity) => entity.type === 'COMPANY' && entity.name === surname);
    return found >= 0 ? found : null;
  };
  const inClause = (m: DealMention, id: number | null) => (bySentence[m.sentence] ?? []).some((x) => x.entity === id && x.start >= m.clauseStart && x.end <= m.clauseEnd);
  return groups.filter((group) => {
    if (isPerson(group.target)) {
      // 'kjøper en andel i Finn Småjobber': a name bought outright in the clause, told of once or twice and holding no job,
      // is a company whose name opens like a person's; one reached by inference is dropped.
      const target = entities[group.target as number] as ResolvedEntity;
      // 'wo X von Y übernommen hat': a person taking over from a person takes over a post, not a company.
      if (isPerson(group.seller) || target.mentions.length > 2 || withRoles.has(group.target as number) || !group.mentions.some((m) => m.target === group.target && inClause(m, group.target))) return false;
      target.type = 'COMPANY';
    }
    // A person may sell (a founder selling to a group); a manager sells for the company they run.
    const sellerRuns = isPerson(group.seller) ? runs(group.seller as number) : null;
    if (sellerRuns !== null && sellerRuns !== group.acquirer && sellerRuns !== group.target) group.seller = sellerRuns;
    // 'Rupert Murdoch, executive chairman of 21st Century Fox, has tried to buy Sky': a manager buys for the company they run;
    // 'le groupe de Martin Bouygues' for the company named after them.
    const company = isPerson(group.acquirer) ? (runs(group.acquirer as number) ?? namesakeCompany(group.acquirer as number)) : null;
    if (company !== null && company !== group.target && company !== group.seller) group.acquirer = company;
    if (!isPerson(group.acquirer)) return true;
    // 'Marius Holm bought the company': a phrase in the clause pointing back to the target names it as well as its name.
    return group.mentions.some((m) => m.acquirer === group.acquirer && m.target === group.target && inClause(m, group.acquirer) && (inClause(m, group.target) || m.targetPointedBack === true));
  });
}

/** A verb of buying or selling, the main statement of a purchase. */
function purchaseVerb(mention: DealMention): boolean {
  return (mention.trigger.action === 'buy' || mention.trigger.action === 'sell' || mention.trigger.action === 'passiveBuy') && mention.trigger.tense !== 'noun';
}

/** The triggers not inside a quotation of the sentence. */
function outsideQuotes(spans: readonly (readonly [number, number])[], triggers: Trigger[]): Trigger[] {
  if (spans.length === 0) return triggers;
  return triggers.filter((t) => !spans.some(([start, end]) => t.start >= start && t.end <= end));
}

/** Event nouns that can point back to a deal told before ('the transaction', 'the acquisition'), by the kind they name. */
const backKinds: Partial<Record<Trigger['action'], DealMention['kind'] | null>> = { deal: null, pay: null, buy: 'ACQUISITION', sell: 'ACQUISITION', merge: 'MERGER', writeDown: 'WRITE_DOWN' };

/**
 * 'The transaction is valued at $4bn', 'L'opération a été finalisée mardi': a sentence that names a deal only by a noun and
 * states no deal of its own lends its amount and status to the deal told before (merge-deals attaches it; the deal keeps
 * its own date).
 */
function referenceBack(sentence: TextSentence, index: number, triggers: Trigger[], own: DealMention[]): DealMention | null {
  if (own.some((m) => m.acquirer !== null && m.target !== null)) return null;
  // 'Der Kaufpreis beträgt …' points back like 'the deal'.
  const noun = triggers.find((t) => t.tense === 'noun' && t.action in backKinds);
  if (!noun) return null;
  const kind = backKinds[noun.action] ?? 'ACQUISITION';
  const mention: DealMention = {
    kind,
    acquirer: null,
    target: null,
    seller: null,
    bidders: [],
    unnamedTarget: true,
    sentence: index,
    clauseStart: 0,
    clauseEnd: sentence.text.length,
    trigger: noun,
    status: null,
    interestOnly: false,
    refersBack: true,
  };
  mention.status = findDealStatus(mention, sentence.text, sentence.lang);
  return mention;
}

// Stage 6: mentions to entities (canonical names, aliases).
// Stages 7-8: deal triggers and their parties, sentence by sentence, carrying the last subject for 'it' and 'selskabet'.
function findDealMentions(sentences: TextSentence[], bySentence: Mention[][], entities: ResolvedEntity[]): DealMention[] {
  const state: DiscourseState = { lastSubject: null };
  const found: DealMention[] = [];
  // Found once, when a sentence first has a trigger: most sentences, and many pages, have none.
  let quotes: (readonly [number, number])[][] | null = null;
  const quotesOf = (index: number) => (quotes ??= quotedSpansBySentence(sentences))[index] ?? [];
  let dealSentences = 0;
  sentences.forEach((sentence, index) => {
    const own = bySentence[index] as Mention[];
    // A sentence naming no one can only echo a deal named elsewhere: a write-down by 'they', 'the group' ('Im vergangenen
    // Jahr schrieben sie 141 Millionen Euro ab'), or 'the transaction' lending an amount or status to the deal before.
    if (own.length === 0) {
      // 'Le groupe français sort d'une période difficile.': the company the page tied to that phrase is now the subject.
      noteDescribedSubject(sentence.text, sentence.lang, state);
      if (found.length === 0 || dealSentences >= maxDealSentences || !mayHaveDealTrigger(sentence.text)) return;
      const all = findDealTriggers(sentence.text, sentence.lang);
      const triggers = all.length > 0 ? outsideQuotes(quotesOf(index), all) : all;
      // A write-down told as a noun only after a sale: 'The company expects an impairment charge in relation to the sale'.
      const writeDowns = triggers.filter((t) => t.action === 'writeDown' && (t.tense !== 'noun' || state.lastSale));
      dealSentences += 1;
      if (writeDowns.length > 0 && state.lastSubject !== null) {
        for (const mention of assignDealArguments(sentence.text, index, sentence.lang, writeDowns.slice(0, 1), own, entities, state)) {
          mention.status = findDealStatus(mention, sentence.text, sentence.lang);
          found.push(mention);
        }
        return;
      }
      const back = referenceBack(sentence, index, triggers, []);
      if (back) found.push(back);
      return;
    }
    let lang = sentence.lang;
    // Past the bounds, or with no word that starts a trigger in any language, the sentence has no trigger; it is still
    // passed on with none, as it moves the discourse subject.
    const readable = own.length <= maxMentionsPerSentence && dealSentences < maxDealSentences && mayHaveDealTrigger(sentence.text);
    let triggers = readable ? findDealTriggers(sentence.text, lang) : [];
    // Short or mixed pages fool language detection: a sentence naming two parties and no trigger tries the other lexicons.
    if (readable && triggers.length === 0 && own.length >= 2) {
      for (const other of supportedLanguages) {
        if (other === sentence.lang) continue;
        const found = findDealTriggers(sentence.text, other).filter((t) => t.tense !== 'noun');
        if (found.length > 0) {
          lang = other;
          triggers = found;
          break;
        }
      }
    }
    // Words inside quotation marks are what someone said ('„… eine führende Rolle übernehmen“'), not the report of a deal.
    if (triggers.length > 0) triggers = outsideQuotes(quotesOf(index), triggers);
    if (triggers.length > 0) dealSentences += 1;
    const dealMentions = assignDealArguments(sentence.text, index, lang, triggers.slice(0, maxTriggersPerSentence), own, entities, state);
    for (const mention of dealMentions) mention.status = findDealStatus(mention, sentence.text, lang);
    // 'X kjøper … for 297 millioner dollar, betalt i kontanter': the purchase verb gives the status, not the payment beside it.
    for (const m of dealMentions) if (m.trigger.action === 'pay' && dealMentions.some((other) => purchaseVerb(other) && other.acquirer === m.acquirer)) m.status = null;
    for (const mention of dealMentions) found.push(mention);
    const back = found.length > 0 ? (referenceBack(sentence, index, triggers, dealMentions) ?? valuationBack(sentence, index, own, dealMentions, found)) : null;
    if (back) found.push(back);
  });
  return found;
}

const valuingWord = new RegExp(`(?<![\\p{L}])${wordAlternation(clauseWordsOfAll('valuing'))}(?![\\p{L}])`, 'iu');

/**
 * 'X wordt zo op 900 miljoen euro gewaardeerd', 'X is valued at $2bn': a sentence that values the company a
 * deal before is for, with an amount and no deal of its own, lends that amount to it like 'the transaction' does.
 */
function valuationBack(sentence: TextSentence, index: number, own: Mention[], dealMentions: DealMention[], found: DealMention[]): DealMention | null {
  if (dealMentions.length > 0 || !/\d/u.test(sentence.text)) return null;
  const word = valuingWord.exec(sentence.text);
  if (word === null) return null;
  const targets = new Set(found.map((m) => m.target));
  if (!own.some((m) => targets.has(m.entity ?? null)) || own.some((m) => m.type === 'COMPANY' && !targets.has(m.entity ?? null))) return null;
  const trigger: Trigger = { action: 'deal', tense: 'noun', price: false, start: word.index, end: word.index + word[0].length, text: word[0] };
  return { kind: 'ACQUISITION', acquirer: null, target: null, seller: null, bidders: [], unnamedTarget: true, sentence: index, clauseStart: 0, clauseEnd: sentence.text.length, trigger, status: null, interestOnly: false, refersBack: true };
}

// Stage 9: amounts and dates of a mention's own clause (a product price or revenue elsewhere never counts).
/** The amounts and dates of each sentence, found once: a sentence's deal mentions and their groups ask again and again. */
interface SentenceFacts {
  sentences: TextSentence[];
  publishedAt: string | null;
  amounts: Map<number, MoneyMention[]>;
  /** Each sentence's place in the body, titles not counted: the lead is the body's first sentences. */
  bodyIndex: number[];
  dates: Map<number, DateMention[]>;
  /** The deal verbs of each sentence: a year belongs to the nearest of them ('in 2011 and bought the rest two years later'). */
  verbs: Map<number, Trigger[]>;
}

function sentenceFacts(sentences: TextSentence[], publishedAt: string | null): SentenceFacts {
  let body = 0;
  const bodyIndex = sentences.map((sentence) => (sentence.isTitle ? body : body++));
  return { sentences, publishedAt, amounts: new Map(), dates: new Map(), bodyIndex, verbs: new Map() };
}

/** A price per share ('$63.50 a share', '50 kroner pr. aktie', '30 Euro je Aktie') is not the deal's value. */
const perShare = new RegExp(`^\\s*${wordAlternation(clauseWordsOfAll('perShare'))}(?![\\p{L}])`, 'iu');

/** Profit, revenue or a loss right before an amount, a few words allowed between ('einen Gewinn von bis zu …'). */
const earningsBefore = new RegExp(`(?<![\\p{L}])${wordAlternation(clauseWordsOfAll('earnings'))}\\s+(?:[\\p{L}.]+\\s+){0,3}$`, 'iu');

function clauseAmounts(mention: DealMention, facts: SentenceFacts): MoneyMention[] {
  const sentence = facts.sentences[mention.sentence] as TextSentence;
  let amounts = facts.amounts.get(mention.sentence);
  if (amounts === undefined) {
    amounts = findAmounts(sentence.text, sentence.lang);
    facts.amounts.set(mention.sentence, amounts);
  }
  // Under a thousand in any currency is a price per share told without its words ('liegt mit 73 Euro über dem Kurs').
  return amounts.filter((a) => a.value >= 1000 && a.start >= mention.clauseStart && a.end <= mention.clauseEnd && !inOtherItem(mention, a) && !perShare.test(sentence.text.slice(a.end, a.end + 20)) && !earningsBefore.test(sentence.text.slice(Math.max(0, a.start - 50), a.start)));
}

/** A year or price told beside another item of the mention's list is that item's. */
function inOtherItem(mention: DealMention, found: { start: number; end: number }): boolean {
  return mention.otherItems?.some(([start, end]) => found.start >= start && found.end <= end) ?? false;
}

function clauseDates(mention: DealMention, facts: SentenceFacts): DateMention[] {
  // 'Parsley Energy in 2021 and, months later, DoublePoint Energy': an item of a list without a year of its own takes the list's.
  const own = clauseDatesOf(mention, facts, true);
  return own.length > 0 || mention.otherItems === undefined ? own : clauseDatesOf(mention, facts, false);
}

function clauseDatesOf(mention: DealMention, facts: SentenceFacts, ownItemOnly: boolean): DateMention[] {
  const sentence = facts.sentences[mention.sentence] as TextSentence;
  const dates = sentenceDates(facts, mention.sentence);
  const own = relativeSpan(sentence.text, mention.trigger.start, sentence.lang);
  const verbs = mention.trigger.tense === 'noun' ? [] : (facts.verbs.get(mention.sentence) ?? []);
  // A participle of following ('…, followed by X in 2015') is dated only by what follows it.
  const distance = (trigger: Trigger, d: DateMention) => (d.start >= trigger.end ? d.start - trigger.end : followedBy.test(trigger.text) ? Infinity : trigger.start - d.end);
  // 'sold X to Y in 2010, then sold Z': a year between two verbs belongs to the one on its side of a comma.
  const commaBetween = (from: number, to: number) => sentence.text.slice(from, to).includes(',');
  const sideOf = (first: Trigger, second: Trigger, d: DateMention): Trigger | null => {
    if (first.end > d.start || d.end > second.start) return null;
    const afterFirst = commaBetween(first.end, d.start);
    const beforeSecond = commaBetween(d.end, second.start);
    return afterFirst === beforeSecond ? null : afterFirst ? second : first;
  };
  const datedBy = (verb: Trigger, d: DateMention): Trigger => {
    const side = verb.start < mention.trigger.start ? sideOf(verb, mention.trigger, d) : sideOf(mention.trigger, verb, d);
    return side ?? (distance(verb, d) < distance(mention.trigger, d) ? verb : mention.trigger);
  };
  return dates.filter((d) => {
    // Another deal verb nearer to the year dates its own deal.
    if (verbs.some((verb) => verb !== mention.trigger && datedBy(verb, d) === verb)) return false;
    if ((followedBy.test(mention.trigger.text) && d.start < mention.trigger.end) || d.start < mention.clauseStart || d.end > mention.clauseEnd || d.year === null || (ownItemOnly && inOtherItem(mention, d)) || foundingCue.test(sentence.text.slice(Math.max(0, d.start - 30), d.start)) || foundingAfter.test(sentence.text.slice(d.end, d.end + 20)) || recordCue.test(sentence.text.slice(Math.max(0, d.start - 100), d.start))) return false;
    // 'SoftBank, which bought Arm in 2016, will keep the fee Nvidia paid when the deal was signed in 2020': a relative
    // clause's year dates its own verb, and only that.
    if (own !== null) return d.start >= own[0] && d.end <= own[1];
    const span = relativeSpan(sentence.text, d.start, sentence.lang);
    // 'the purchase of X, which closed in 2018': a relative clause without a verb of its own dates the deal.
    return span === null || !findDealTriggers(sentence.text.slice(span[0], span[1]), sentence.lang).some((trigger) => trigger.tense !== 'noun');
  });
}

/**
 * The dates of a sentence, found once. 'Three years later the company paid …', 'Samme år overtog …' opening a sentence
 * count from the last year the paragraph told before ('… picked up in 2009.'), at most three sentences back.
 */
function sentenceDates(facts: SentenceFacts, index: number): DateMention[] {
  let dates = facts.dates.get(index);
  if (dates !== undefined) return dates;
  const sentence = facts.sentences[index] as TextSentence;
  dates = findDates(sentence.text, sentence.lang, facts.publishedAt);
  facts.dates.set(index, dates);
  if (index > 0 && dates.some((d) => d.shift !== undefined)) {
    // The last year told in the paragraph, at most three sentences back.
    let anchor: number | null = null;
    for (let back = index - 1; back >= Math.max(0, index - 3) && anchor === null && (facts.sentences[back] as TextSentence).block === sentence.block; back -= 1) {
      anchor = sentenceDates(facts, back).findLast((d) => !d.relative && d.year !== null)?.year ?? null;
    }
    if (anchor !== null) dates = dates.map((d) => (d.shift === undefined ? d : { ...d, year: anchor + d.shift }));
    facts.dates.set(index, dates);
  }
  return dates;
}

/** A comma and a relative pronoun: ', which', ', som'. */
const relativeOpening = perLanguage((lang) => new RegExp(`^,\\s*${wordAlternation(lexiconFor(lang).coreference.relativePronouns)}\\s`, 'iu'));

/** The comma-bounded relative clause holding a position (', which bought Arm in 2016,'), or null. */
function relativeSpan(text: string, position: number, lang: string): [number, number] | null {
  const start = text.lastIndexOf(',', position);
  if (start < 0) return null;
  if (!relativeOpening(lang).test(text.slice(start, start + 20))) return null;
  const end = text.indexOf(',', position);
  return [start, end < 0 ? text.length : end];
}

/** A year right after 'founded in', 'fondée à Agordo en' dates a founding, not the deal. */
const foundingCue = new RegExp(
  `${wordAlternation(clauseWordsOfAll('foundingStems'))}\\p{L}*(?:\\s+[\\p{L}-]+){0,3}?\\s+${wordAlternation(clauseWordsOfAll('yearIn'))}?\\s*$`,
  'iu',
);

/** A year right before a founding participle: 'die 1869 gegründete Brauerei', 'det i 1902 grundlagte selskab'. */
const foundingAfter = new RegExp(`^-?\\s*${wordAlternation(clauseWordsOfAll('foundingStems'))}`, 'iu');

/** A year after a superlative and 'since' ('the biggest media deal since 2000') compares the deal, not dates it. */
const recordCue = new RegExp(
  `(?<![\\p{L}])${wordAlternation(clauseWordsOfAll('superlatives'))}(?![\\p{L}])(?:\\s+[^\\s.;:!?]+){0,10}?\\s+${wordAlternation(clauseWordsOfAll('recordSince'))}\\s+$`,
  'iu',
);

const perfectTense = new RegExp(`^${wordAlternation(clauseWordsOfAll('perfect'))}\\s`, 'iu');

function dealDate(group: DealGroup, facts: SentenceFacts, status: Deal['status']): DealDate | null {
  const publishedAt = facts.publishedAt;
  // A sentence that only points back ('the deal is expected to close in 2019') dates the closing, not the deal.
  const publishedYear = publishedAt ? Number(publishedAt.slice(0, 4)) : null;
  for (const mention of group.mentions) {
    if (mention.refersBack) continue;
    // 'verwachten de fusie volgend jaar af te ronden': a year after the page's is when the deal should close.
    const dates = clauseDates(mention, facts).filter((d) => publishedYear === null || status === 'COMPLETED' || (d.year as number) <= publishedYear);
    // 'né en 2004 du rachat d'Aventis …, issu de la fusion de Sanofi et Synthélabo en 1999': an event noun takes the year
    // nearest to it.
    const date = mention.trigger.tense === 'noun' ? nearestTo(mention.trigger, dates) : dates[0];
    if (date) return { year: date.year, month: date.month, day: date.day };
  }
  if (publishedYear === null) return null;
  // A report in the present or perfect tense dates the deal to its publication year; a bare past tense may be history.
  // So does a bare past tense in the lead, where news reports what just happened.
  // So does one announced ('annonce avoir acquis', 'announced it had bought').
  const current = status !== 'COMPLETED' || group.mentions.some((m) => perfectTense.test(m.trigger.text) || m.announced === true || (facts.bodyIndex[m.sentence] ?? m.sentence) < 3);
  return current ? { year: publishedYear, month: null, day: null } : null;
}

/** The date nearest to a trigger, the earlier one on a tie. */
function nearestTo(trigger: Trigger, dates: DateMention[]): DateMention | undefined {
  const distance = (d: DateMention) => (d.start >= trigger.end ? d.start - trigger.end : trigger.start - d.end);
  return dates.reduce<DateMention | undefined>((best, d) => (best === undefined || distance(d) < distance(best) ? d : best), undefined);
}

function dealAmount(group: DealGroup, facts: SentenceFacts, year: number | null): Amount | null {
  for (const mention of group.mentions) {
    // 'carrying $150bn of debt, much of it from the $85bn acquisition of X': a price right before the deal word is its own.
    const amounts = clauseAmounts(mention, facts);
    const text = (facts.sentences[mention.sentence] as TextSentence).text;
    const amount = amounts.find((a) => a.end <= mention.trigger.start && /^[\s-]*$/u.test(text.slice(a.end, mention.trigger.start))) ?? amounts[0];
    if (amount) {
      return { value: amount.value, currency: amount.currency, eur: toEur(amount.value, amount.currency, year), approximate: amount.approximate, upTo: amount.upTo, text: amount.text };
    }
  }
  return null;
}

// Stage 10: roles, with 'the division's head' pointing to the last unit named.
function findAllRoles(sentences: TextSentence[], bySentence: Mention[][], entities: ResolvedEntity[]): RoleMention[] {
  const roles: RoleMention[] = [];
  let lastUnit: number | null = null;
  sentences.forEach((sentence, index) => {
    const own = bySentence[index] as Mention[];
    for (const mention of own) if (mention.entity !== undefined && entities[mention.entity]?.parent !== null) lastUnit = mention.entity;
    // A list of names is read for names only (see maxMentionsPerSentence); a sentence naming no one holds no role.
    if (own.length === 0 || own.length > maxMentionsPerSentence) return;
    for (const role of findRoles(sentence.text, index, sentence.lang, own, entities, lastUnit)) roles.push(role);
  });
  // 'Y will succeed X': the successor takes the posts read for X anywhere on the page.
  roles.push(...findSuccessions(sentences, bySentence, entities, roles));
  const seen = new Set<string>();
  return roles.filter((role) => {
    const key = `${role.person}|${role.org}|${role.role}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// Stage 11: the output, with local ids in order of first mention and evidence offsets into the text as read.
function evidenceOf(sentence: TextSentence): Evidence {
  return { text: sentence.text, start: sentence.start, end: sentence.end };
}

/** Reads one news page and returns its companies, people, deals and roles. Same input, same output. */
export function extractDocument(input: string | Uint8Array, options: ExtractOptions = {}): Extraction {
  if (options.publishedAt != null && !/^\d{4}-\d{2}-\d{2}$/.test(options.publishedAt)) {
    throw new ExtractError('INVALID_OPTION', `publishedAt must be YYYY-MM-DD, got '${options.publishedAt}'.`);
  }
  const page = readPage(decode(input), options.contentType);
  const text = page.text;
  const publishedAt = options.publishedAt ?? (page.publishedAt !== null && /^\d{4}-\d{2}-\d{2}$/.test(page.publishedAt) ? page.publishedAt : null);
  const read = readSentences(text, page.lang);
  const { lang, sentences } = read;
  const title = page.title ?? read.title;
  const mentions = dropPlacesBeforeBased(sentences, complementEnglishMentions(sentences, findMentions(sentences)));
  const entities = resolveEntities(mentions, lang, sentences.map((sentence) => sentence.text));
  const bySentence = mentionsBySentence(sentences, mentions);
  const dealMentions = findDealMentions(sentences, bySentence, entities);
  const facts = sentenceFacts(sentences, publishedAt);
  for (const mention of dealMentions) {
    if (mention.trigger.tense === 'noun') continue;
    const verbs = facts.verbs.get(mention.sentence);
    if (verbs) verbs.push(mention.trigger);
    else facts.verbs.set(mention.sentence, [mention.trigger]);
  }
  const amountsOf = (m: DealMention) => clauseAmounts(m, facts).map((a) => a.value);
  const yearsOf = (m: DealMention) => clauseDates(m, facts).map((d) => d.year as number);
  const clauseOf = (m: DealMention) => (sentences[m.sentence] as TextSentence).text.slice(m.clauseStart, m.clauseEnd);
  const roleMentions = findAllRoles(sentences, bySentence, entities);
  // 'Elons aktieägare … sammanslagningen av Elon och X': a company named like a person, once in its place, may make
  // two deals one.
  const publishedYear = publishedAt ? Number(publishedAt.slice(0, 4)) : null;
  const groups = joinSameDeals(withPeopleInTheirPlace(mergeDeals(dealMentions, entities, amountsOf, yearsOf, clauseOf, (m) => (sentences[m.sentence] as TextSentence).text, publishedYear), entities, bySentence, roleMentions));

  // 'Atos Medical er ejet af PAI Partners': a purchase naming no seller is bought from the owner the page tells, unless the
  // owner is the buyer itself or a party already ('X is now owned by Y').
  const owners = ownersTold(sentences, bySentence, entities);
  for (const group of groups) {
    if (group.seller !== null || group.target === null || group.acquirer === null || (group.kind !== 'ACQUISITION' && group.kind !== 'STAKE')) continue;
    const owner = owners.get(group.target);
    if (owner !== undefined && owner !== group.acquirer && !group.bidders.includes(owner) && entities[owner]?.type === 'COMPANY') group.seller = owner;
  }

  // Entities used by a deal or a role are kept even when weak on their own.
  const used = new Set<number>();
  for (const group of groups) for (const id of [group.acquirer, group.target, group.seller, ...group.bidders]) if (id !== null) used.add(id);
  for (const role of roleMentions) used.add(role.person).add(role.org);
  const kept = entities.map((entity, index) => ({ entity, index })).filter(({ entity, index }) => entity.accepted || used.has(index));
  const localId = new Map<number, string>();
  kept.forEach(({ index }, i) => localId.set(index, `e${i + 1}`));
  const ref = (index: number | null) => (index === null ? null : localId.get(index) ?? null);

  const outEntities: Entity[] = kept.map(({ entity, index }) => ({
    id: localId.get(index) as string,
    type: entity.type,
    name: entity.name,
    aliases: entity.aliases,
    mentions: entity.mentions.map((m) => {
      const sentence = sentences[m.sentence] as TextSentence;
      return { text: m.surface, start: sentence.start + m.start, end: sentence.start + m.end };
    }),
    parent: ref(entity.parent),
  }));
  const deals: Deal[] = groups.map((group, i) => {
    let status = combineStatuses(group.mentions.map((m) => m.status));
    const date = dealDate(group, facts, status);
    // 'ble i 2010 enig om å overta X', 'had agreed in 2014 to sell X': a deal of an earlier year that no cue calls
    // pending or called off was done. A sentence naming no party ('completion is expected next spring') is not that cue:
    // it may speak of the page's own deal.
    if (status === 'PLANNED' && date?.year != null && publishedYear !== null && date.year < publishedYear && !group.mentions.some((m) => m.cued && !m.refersBack)) status = 'COMPLETED';
    const evidenceSentences = [...new Set(group.mentions.map((m) => m.sentence))].sort((a, b) => a - b);
    const verbs = group.mentions.filter((m) => m.trigger.tense !== 'noun').length;
    return {
      id: `d${i + 1}`,
      kind: group.kind,
      acquirer: ref(group.acquirer),
      target: ref(group.target),
      seller: ref(group.seller),
      bidders: group.bidders.map((b) => ref(b)).filter((b): b is string => b !== null),
      date,
      // An undated deal's amount is converted at the rate of the page's year, the nearest we know.
      amount: dealAmount(group, facts, date?.year ?? publishedYear),
      status,
      confidence: Math.min(0.95, 0.5 + 0.15 * Math.min(3, verbs) + 0.05 * Math.min(2, group.mentions.length - verbs)),
      evidence: evidenceSentences.map((s) => evidenceOf(sentences[s] as TextSentence)),
    };
  });
  const roles: Role[] = roleMentions.map((role) => ({
    person: ref(role.person) as string,
    org: ref(role.org) as string,
    role: role.role,
    title: role.title,
    current: role.current,
    evidence: [evidenceOf(sentences[role.sentence] as TextSentence)],
  }));
  return {
    document: { id: options.id ?? 'doc', lang, title, publishedAt, url: options.url ?? null },
    entities: outEntities,
    deals,
    roles,
  };
}
