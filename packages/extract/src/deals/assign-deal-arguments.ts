// Gives each deal trigger its parties from the shape of its clause: subject, object and the prepositions before names.
import { wordAlternation } from '../lexicon/compile-phrases.js';
import { perLanguage } from '../lexicon/per-language.js';
import { newsSources } from '../lexicon/news-sources.js';
import { clauseWordsOfAll, definiteSuffixLanguages, genitiveSuffixLanguages, lexiconFor, nordicLanguages, supportedLanguages } from '../lexicon/languages.js';
import type { Mention, ResolvedEntity } from '../entities/mention.js';
import { definiteUnitNounSource, isUnitNoun } from '../entities/find-unit-mentions.js';
import { englishCompassWords, isCommonWord, isCompanyClassWord, nationalitySet, placeSet } from '../entities/name-lexicons.js';
import { instrumentCodeAt } from '../lexicon/instrument-codes.js';
import { demonymsOf } from '../lexicon/nationalities.js';
import type { DealKind } from '../types.js';
import type { DealMention } from './deal-mention.js';
import type { Trigger } from './find-deal-triggers.js';

type Preposition = 'from' | 'to' | 'by' | 'for' | 'of' | 'with' | 'on' | 'besides' | null;

/** 'and' in the languages read, as a regex group: what joins the names of a list or of a pair. */
const andWords = '(?:and|och|og|und|en|et|&)';
/** A comma or an 'and' between two buyers paired up by 'respectively'. */
const buyerJoin = new RegExp(`(?:,|(?<![\\p{L}])${andWords}(?![\\p{L}]))`, 'u');

/** What earlier sentences leave for this one: the last subject of a deal or a company, for 'it', 'selskabet'. */
export interface DiscourseState {
  lastSubject: number | null;
  /** The last deal mention still without a buyer, for 'The buyer is X' in a later sentence. */
  lastOpen?: DealMention | null;
  /** The last purchase with a buyer and no target, for 'values X at …' in this or a later sentence. */
  lastTargetless?: DealMention | null;
  /** The last purchase with buyer and target, for 'The seller is X' in this or a later sentence. */
  lastPurchase?: DealMention | null;
  /** The last sale with a seller and target, for a write-down its seller books on it in this or a later sentence. */
  lastSale?: DealMention | null;
  /** The last offer naming what is bid for and no bidder ('Budet på X dras tillbaka'), for the bidder told next. */
  lastBidFor?: DealMention | null;
  /** The last write-down with owner and target, for another by the same owner that names nothing in a later sentence. */
  lastWriteDown?: DealMention | null;
  /** The companies named last (most recent last, a few at most), for 'bought the company' in a later sentence. */
  recentCompanies?: number[];
  /** Long kind-of-company words told right before a name ('sportsutstyrskjeden XXL'), folded, with that company. */
  descriptors?: Map<string, number>;
  /**
   * Adjectives of origin told right before a company's name ('le français Lafarge', 'finske Orvik'), folded, with that
   * company, or -1 once two companies share one: 'le groupe français' then names it, while no other company is French.
   */
  origins?: Map<string, number>;
  /**
   * Set when the last subject was told outright, by a phrase naming it ('Le groupe français …') or as the subject of a
   * verb that did not buy it ('Atos paie ses erreurs'): 'il', 'le groupe' are then that company, even when it was bought before.
   */
  subjectStated?: boolean;
}

/** A kind-of-company word as descriptors keys it: lower case, no hyphens ('sportsutstyrs-kjeden'). */
const foldDescriptor = (word: string) => word.toLowerCase().replace(/-/gu, '');

/** Descriptors kept per page before all are dropped and gathered anew: a page of many names must not grow it without end. */
const maxDescriptors = 200;

/** An adjective of origin as origins keys it, one key for its inflections ('français', 'française'; 'finske', 'finsk'). */
const foldOrigin = (word: string) => word.toLowerCase().replace(/(?:en|er|es|e|a|s)$/u, '').replace(/(?:e|s)$/u, '');

/**
 * The company an object phrase describes by a long kind-of-company word the page put before its name earlier:
 * 'sportsutstyrskjeden XXL' … 'kjøpte den raskt voksende sportsutstyrs-kjeden'; or by its origin, when the page
 * told only one company of that origin ('le français Lafarge' … 'le groupe français').
 */
function describedEarlier(objectText: string, state: DiscourseState, lang: string): number | null {
  if ((!state.descriptors || state.descriptors.size === 0) && (!state.origins || state.origins.size === 0)) return null;
  for (const word of (objectText.match(/[\p{L}-]+/gu) ?? []).slice(0, 6)) {
    const found = state.descriptors?.get(foldDescriptor(word));
    if (found !== undefined) return found;
    const lower = word.toLowerCase().replace(/^l['’]/u, '');
    const people = demonymsOf(lang).get(lower);
    const origin = nationalitySet.has(lower) || people !== undefined ? state.origins?.get(foldOrigin(people ?? lower)) : undefined;
    if (origin !== undefined) return origin >= 0 ? origin : null;
  }
  return null;
}

/** The origin a company phrase gives ('den hollandske bryggerigigant', 'les Allemands'), as origins keys it; or null. */
function originOf(phrase: string, lang: string): string | null {
  for (const word of (phrase.match(/[\p{L}-]+/gu) ?? []).slice(0, 6)) {
    const lower = word.toLowerCase().replace(/^l['’]/u, '');
    const people = demonymsOf(lang).get(lower);
    if (nationalitySet.has(lower) || people !== undefined) return foldOrigin(people ?? lower);
  }
  return null;
}

/** Whether the page tied the company to an origin other than this one ('den britiske pubkæde X'). */
function hasOtherOrigin(entity: number, origin: string, state: DiscourseState): boolean {
  for (const [key, owner] of state.origins ?? []) if (owner === entity && key !== origin) return true;
  return false;
}

/**
 * The company phrase that closes a clause's opening ('Last year the American company '), from its determiner; else
 * people of a country or an adjective of origin standing alone, a few words before the verb ("L'allemand proposait de ",
 * 'tandis que le japonais entendait ', 'tyskerne ', 'die Amerikaner wollten '); or null.
 */
function companyPhraseClosing(opening: string, lang: string): string | null {
  const { determiners } = lexiconFor(lang).coreference;
  const words = [...opening.matchAll(/[\p{L}'’-]+/gu)].slice(-5);
  const from = words.find((word) => determiners.includes(word[0].toLowerCase()));
  if (from !== undefined && pointsBackToCompany(opening.slice(from.index), lang)) return opening.slice(from.index);
  for (let i = words.length - 1; i >= 0; i -= 1) {
    const word = (words[i] as RegExpExecArray)[0];
    const lower = word.toLowerCase();
    const afterArticle = i > 0 && determiners.includes(((words[i - 1] as RegExpExecArray)[0]).toLowerCase());
    const elided = /^l['’]/u.test(lower) && nationalitySet.has(lower.slice(2));
    const people = demonymsOf(lang).has(lower);
    const nordicPeople = definiteSuffixLanguages.has(lang) && people;
    if (elided || nordicPeople || (afterArticle && (nationalitySet.has(lower) || people))) {
      // Only verbs and particles, written in lower case, between it and the deal verb.
      return words.slice(i + 1).every((next) => /^\p{Ll}/u.test(next[0])) ? opening.slice((words[i] as RegExpExecArray).index) : null;
    }
  }
  return null;
}

/** Whether people of a country follow a verb ('die Franzosen', 'tyskerne'): the subject of a verb-second clause. */
function peopleAfterVerb(after: string, lang: string): boolean {
  const words = (after.match(/[\p{L}'’-]+/gu) ?? []).slice(0, 2).map((word) => word.toLowerCase());
  const people = demonymsOf(lang);
  if (definiteSuffixLanguages.has(lang) && people.has(words[0] ?? '')) return true;
  return words.length === 2 && lexiconFor(lang).coreference.determiners.includes(words[0] as string) && people.has(words[1] as string);
}

/** A company phrase opening a sentence that names no one: 'Le groupe français sort d'une période difficile.' */
export function noteDescribedSubject(text: string, lang: string, state: DiscourseState): void {
  if (!state.origins || state.origins.size === 0 || !pointsBackToCompany(text, lang)) return;
  const opening = /^\s*(?:[\p{L}'’-]+\s+){1,4}/u.exec(text)?.[0] ?? '';
  const described = describedEarlier(opening, { lastSubject: null, origins: state.origins }, lang);
  if (described === null) return;
  state.lastSubject = described;
  state.subjectStated = true;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const clauseCache = new Map<string, RegExp>();
/** Clause edges: ';', ':', a dash, and a comma before 'but'. */
function clauseBreaks(lang: string): RegExp {
  let regex = clauseCache.get(lang);
  if (!regex) {
    const conjunctions = lexiconFor(lang).coreference.clauseConjunctions.map(escape).join('|');
    regex = new RegExp(`[;:]|\\s[–—]\\s|,\\s+(?:${conjunctions})(?![\\p{L}])`, 'giu');
    clauseCache.set(lang, regex);
  }
  return regex;
}

function clauseAround(text: string, position: number, lang: string): [number, number] {
  let start = 0;
  let end = text.length;
  const regex = clauseBreaks(lang);
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match; match = regex.exec(text)) {
    if (match.index < position) start = match.index + 1;
    else {
      end = match.index;
      break;
    }
  }
  return [start, end];
}

/** Verbs of owning, listed as buy triggers for what a buyer will own after a deal. */
const ownVerb = new RegExp(`(?:^|\\s)${wordAlternation(clauseWordsOfAll('own'))}$`, 'iu');

/** Words for a share of a company, after which 'av', 'af', 'von', 'de', 'van' mean 'of'. */
const shareWord = new RegExp(`^(?:${wordAlternation(clauseWordsOfAll('shareOf'))}|%)$`, 'u');

/** 'respectively', 'henholdsvis', 'respectivement': two lists named in one clause pair up in order. */
const respectivelyWords = new Set(clauseWordsOfAll('respectively'));

const respectivelyWord = new RegExp(`(?<![\\p{L}])${wordAlternation([...respectivelyWords])}(?![\\p{L}])`, 'iu');

/**
 * 'A og B blev solgt til henholdsvis X og Y', 'sold A and B to X and Y respectively': where the clause says so and as
 * many buyers as purchases follow the verb, the i-th purchase goes to the i-th buyer instead of all to the first.
 */
function pairRespectively(items: DealMention[], inClause: Mention[], trigger: Trigger, text: string, clauseStart: number, clauseEnd: number): void {
  const first = items[0];
  if (first === undefined || items.length < 2 || !respectivelyWord.test(text.slice(clauseStart, clauseEnd))) return;
  if (first.acquirer === null || items.some((item) => item.acquirer !== first.acquirer || item.target === null)) return;
  const buyerMention = inClause.find((m) => m.entity === first.acquirer && m.start >= trigger.end);
  if (buyerMention === undefined) return;
  const parties = new Set(items.flatMap((item) => [item.target, item.seller]));
  // The first as many buyers as purchases, each joined to the one before by 'and' or a comma: a name after them
  // ('…, mens DSV bliver på børsen') is told of otherwise.
  const buyerMentions: Mention[] = [];
  for (const m of inClause) {
    // Not a name opening a compound ('Allianz-fondens selskab'): it describes the buyer after it.
    if (m.start < buyerMention.start || parties.has(m.entity as number) || buyerMentions.some((b) => b.entity === m.entity) || /^-\p{Ll}/u.test(text.slice(m.end, m.end + 2))) continue;
    if (buyerMentions.length === items.length) break;
    const previous = buyerMentions[buyerMentions.length - 1];
    if (previous !== undefined && !buyerJoin.test(text.slice(previous.end, m.start))) return;
    buyerMentions.push(m);
  }
  const buyers = buyerMentions.map((m) => m.entity as number);
  if (buyers.length !== items.length) return;
  const at = (entity: number | null) => inClause.find((m) => m.entity === entity)?.start ?? 0;
  [...items].sort((a, b) => at(a.target) - at(b.target)).forEach((item, i) => {
    item.acquirer = buyers[i] as number;
  });
}

/** German verbs of buying off someone ('kauft … ab', 'abkaufen'), and a dative article with up to three words before a name. */
const germanBuyOff = /(?:\sab|abkaufen|abzukaufen|abgekauft)$/iu;
const dativeBefore = /(?:^|\s)dem\s+(?:[\p{L}-]+\s+){0,3}$/iu;
const dativeOrFeminineBefore = /(?:^|\s)(?:dem|der)\s+(?:[\p{L}-]+\s+){0,3}$/iu;

/** Nothing but an amount between two words ('$34 billion', '€2bn', '1.2bn-euro'), or nothing at all. */
const amountOnly = /^\s*(?:[$€£]\s?[\d.,]+\s*(?:bn|billion|million|mn|m)?|[\d.,]+\s*(?:bn|billion|million|mn|m)?[\s-]*(?:dollars?|euros?|pounds?|kroner|kronor)?)?\s*$/iu;

/** A clause opened by buyers, investors or owners of no name, in the plural, with up to two words before ('Chinese investors'). */
const peopleOpening = /^[\s"“„'‘(]*(?:[\p{L}-]+\s+){0,2}(?:investoren|finanzinvestoren|interessenten|aktionäre|investors|buyers|bidders|shareholders|investeerders|kopers|bieders|aandeelhouders|investorer|kjøpere|købere|budgivere|aktionærer|aksjonærer|investisseurs|acheteurs|repreneurs|actionnaires)\s*$/iu;

/** Modals and auxiliaries whose infinitive closes the clause ('X will … übernehmen', 'X wil … kopen'). */
const infinitiveModals = '(?:will|wollen|wollte|wollten|soll|sollen|sollte|sollten|möchte|möchten|muss|müssen|könnte|könnten|wird|werden|wil|willen|wilde|wilden|wou|zal|zullen|zou|zouden|moet|moeten|kan|kunnen|gaat|gaan)';
/** One right after a name. */
const infinitiveModalAfter = new RegExp(`^\\s+${infinitiveModals}\\s`, 'iu');
/** One right before the name, after one or two words opening the clause ('Nun will X …', 'Daarom wil X …'). */
const infinitiveModalBefore = new RegExp(`^[\\s"“„'‘(]*[\\p{L}]+(?:\\s+[\\p{L}]+)?\\s+${infinitiveModals}\\s+$`, 'iu');
/** A conjunction opening a subordinate clause, where the subject comes first ('dass X …', 'omdat X …'). */
const subordinatorOpening = /(?:^[\s"“„'‘(]*|,\s*)(?:dass|daß|ob|weil|nachdem|wenn|falls|sobald|dat|omdat|nadat|als|zodra)\s+$/iu;

/** Dutch finite verbs whose particle 'aan' may stand right after them ('kondigde aan', 'gaf aan', 'bood aan'). */
const dutchParticleVerb = /^(?:kondig\p{L}*|gaf|geeft|gaven|bood|biedt|boden)$/u;

/** The roles a preposition word may take, the first that fits winning ('de' is 'from' before 'of'). */
const PREPOSITION_ORDER: Exclude<Preposition, null>[] = ['to', 'by', 'from', 'for', 'with', 'on', 'of', 'besides'];

/** The preposition governing a name: the last preposition among the few words before it. */
function prepositionBefore(text: string, from: number, to: number, lang: string): Preposition {
  const { prepositions, coreference } = lexiconFor(lang);
  // Numbers count as words: in 'In 2012 Microsoft wrote down', 'in' governs the year, not the name.
  // '34 % de Mitsubishi Motors': a percent sign counts as a word of share.
  let words: string[] = text.slice(from, to).toLowerCase().match(/[\p{L}\p{N}'’-]+|%/gu) ?? [];
  // 'au fabricant de systèmes de freinage X': a French kind of company followed by a chain of 'de' complements
  // describes the name; the preposition before the kind governs it.
  // Not a name that is itself the complement ('le groupe de BTP', 'le constructeur du TGV').
  if (lang === 'fr' && !/^(?:de|du|des|d['’])$/u.test(words[words.length - 1] ?? '')) {
    const ofWords = new Set(['de', 'du', 'des', "d'", 'd’']);
    const skipWords = new Set(coreference.determiners);
    for (let k = words.length - 2; k >= Math.max(0, words.length - 9); k -= 1) {
      const rest = words.slice(k + 1);
      if (!rest.some((word) => ofWords.has(word) || /^d['’]/u.test(word))) continue;
      // 'articles pour bureau', 'machines à café': 'pour' or 'à' before a bare noun goes on describing.
      const describing = (word: string, j: number) => (word === 'pour' || word === 'à') && j + 1 < rest.length && !skipWords.has(rest[j + 1] as string) && !/^l['’]/u.test(rest[j + 1] as string);
      if (rest.some((word, j) => !ofWords.has(word) && !/^d['’]/u.test(word) && !describing(word, j) && PREPOSITION_ORDER.some((role) => prepositions[role].includes(word)))) break;
      if (isCompanyClassWord(words[k] as string, lang)) {
        words = words.slice(0, k + 1);
        break;
      }
    }
  }
  const skip = new Set(coreference.determiners);
  let found: Preposition = null;
  const segment = text.slice(from, to);
  const originalWords = segment.match(/[\p{L}\p{N}'’-]+|%/gu) ?? [];
  let apposition = false;
  let appositionWords = 0;
  // Only the words right before the name count, past determiners, adjectives of origin and 'company'-type nouns.
  let reach = 6;
  for (let i = words.length - 1; i >= 0 && i >= words.length - reach; i -= 1) {
    const word = words[i] as string;
    // 'à un consortium formé par le fonds X', 'to a consortium led by X': the consortium's own preposition governs X.
    if (i > 1 && consortiumFormed.test(words[i - 1] as string) && consortiumNoun.test(words[i - 2] as string)) {
      reach += 3;
      i -= 1;
      continue;
    }
    // 'an ein Konsortium rund um die Finanzinvestoren X', 'to a consortium around X': members after 'around'.
    if ((word === 'um' || word === 'around') && i > 0 && consortiumNoun.test(words[i - 1] as string)) {
      reach += 2;
      continue;
    }
    if (i > 1 && ((word === 'um' && words[i - 1] === 'rund') || (word === 'de' && words[i - 1] === 'autour')) && consortiumNoun.test(words[i - 2] as string)) {
      reach += 3;
      i -= 1;
      continue;
    }
    // 'to an affiliate of X', 'à une filiale de X': the party acts through its vehicle; the preposition before governs X.
    if (i >= 1 && vehicleOf.test(word) && vehicleNoun.test(words[i - 1] as string)) {
      i -= 1;
      reach += 2;
      continue;
    }
    // 'le groupe de distribution X', "la société d'investissement X": a kind of company and its 'de' complement.
    if (lang === 'fr' && i >= 2 && words[i - 1] === 'de' && isCompanyClassWord(words[i - 2] as string, lang)) {
      i -= 1;
      continue;
    }
    if (lang === 'fr' && i >= 1 && /^d['’]\p{L}/u.test(word) && isCompanyClassWord(words[i - 1] as string, lang)) continue;
    // 'kondigde aan het bedrijf X over te nemen': 'aan' right after 'kondigde' is the verb's particle, no preposition.
    if (lang === 'nl' && word === 'aan' && i > 0 && dutchParticleVerb.test(words[i - 1] as string)) break;
    const two = i > 0 ? `${words[i - 1]} ${word}` : '';
    const hit = PREPOSITION_ORDER.find((role) => prepositions[role].includes(two) || prepositions[role].includes(word));
    // 'Der US-Krebstherapiespezialist X': before an apposition noun, an article that is also a preposition is an article.
    if (hit && apposition && skip.has(word) && i === 0) continue;
    // 'Der Lichtkonzern Osram hat …': an article that is also a preposition, opening the sentence (or a clause after a
    // colon: 'X wächst: Der Autobauer Y kauft …'), is an article.
    if (hit && skip.has(word) && i === 0 && /(?:^|[:;])[\s"“„'‘(]*$/u.test(text.slice(0, from)) && /^[\s"“„'‘(]*$/u.test(segment.slice(0, segment.toLowerCase().indexOf(word)))) continue;
    // 'von der Allianz': an article that is also a preposition stands for the 'from' or 'by' before it.
    if (hit && skip.has(word) && i > 0 && (prepositions.from.includes(words[i - 1] as string) || prepositions.by.includes(words[i - 1] as string))) continue;
    if (hit) {
      // '44 prosent av X', 'resten af X': after a share word, a preposition that is both 'by' and 'of' means 'of'.
      // 'de biertak van FEMSA', 'die Sparte von X': after a unit noun it is the owner's 'of' too.
      // Norwegian 'gjødselvirksomheten til Bunge': after a definite unit noun, 'til' is the owner's.
      const unitBefore = i > 0 && isUnitNoun(words[i - 1] as string, lang);
      found = ((hit === 'by' || hit === 'from') && prepositions.of.includes(word) && i > 0 && (shareWord.test(words[i - 1] as string) || unitBefore)) || (hit === 'to' && lang === 'no' && word === 'til' && unitBefore && /(?:en|et)$/u.test(words[i - 1] as string)) ? 'of' : hit;
      break;
    }
    // 'an ein Konsortium aus den Finanzinvestoren X', 'to a consortium of X': the members of a consortium are the party.
    if (consortiumMember.test(word) && i > 0 && consortiumNoun.test(words[i - 1] as string)) continue;
    // 'till energi- och telekombolaget Norlys': the 'and' of a shared compound is part of the noun phrase.
    if (andWord.test(word) && (words[i - 1] ?? '').endsWith('-')) continue;
    // "de l'assureur et réassureur X": so is an 'and' between two kinds of company.
    if (andWord.test(word) && i > 0 && isCompanyClassWord(words[i - 1] as string, lang)) continue;
    // 'for the US antibody specialist X': a kind of company opens an apposition, which may have more words before it.
    if (isCompanyClassWord(word, lang) && lang === 'en') {
      apposition = true;
      continue;
    }
    // 'the US antibody specialist X': a place before the noun says where the company is from.
    if (apposition && placeSet.has(word)) continue;
    // "from Japan's SoftBank", "by South Africa's Naspers": so does a place in the genitive right before the name.
    const placeOwner = /^(.+)['’]s?$/u.exec(word)?.[1];
    if (placeOwner !== undefined && i > 0 && placeSet.has(`${words[i - 1]} ${placeOwner}`)) {
      i -= 1;
      continue;
    }
    if (placeOwner !== undefined && placeSet.has(placeOwner)) continue;
    // 'til henholdsvis rederiet X og Y', 'to respectively X and Y': the lists pair up; the preposition governs both.
    if (respectivelyWords.has(word)) continue;
    if (skip.has(word) || nationalitySet.has(word) || originAdjective.test(word) || ownedAdjective.test(word) || word.endsWith('-') || isCompanyClassWord(word, lang) || consortiumNoun.test(word)) continue;
    // 'of South African brewer X': a compass word before an adjective of origin.
    if (englishCompassWords.has(word) && nationalitySet.has(words[i + 1] ?? '')) continue;
    // 'av artisten X', 'to rapper X': one noun in apposition right before the name.
    if (!apposition && appositionNoun(word, originalWords[i] ?? '', lang) && /^[\s\p{L}-]*$/u.test(segment.slice(segment.lastIndexOf(originalWords[i] ?? '') + (originalWords[i] ?? '').length))) {
      apposition = true;
      continue;
    }
    // 'to private equity firm Bain Capital', 'to chip maker X': up to two more lower-case words of the noun.
    if (apposition && appositionWords < 2 && lang === 'en' && /^\p{Ll}[\p{Ll}-]{2,}$/u.test(originalWords[i] ?? '') && (!isCommonWord(word, lang) || isCompanyClassWord(words[i + 1] ?? '', lang))) {
      appositionWords += 1;
      continue;
    }
    // 'on the video-game streaming site Twitch', 'to the online retailer Zappos': a preposition, a determiner and a
    // lower-case noun phrase describing the name ('in the year Amazon bought …' describes a time, not the name).
    if (!apposition && lang !== 'de') found = describedAfterPreposition(words, originalWords, i, lang);
    break;
  }
  return found;
}

/** Nouns of time that a name may follow without being described by them: 'the year Amazon', 'the day X'. */
const timeNoun = /^(?:years?|days?|weeks?|months?|times?|moments?|quarters?|period|år|året|jaar|jahr|ans?|année|dag|dagen|tid|tiden)$/u;

/**
 * The preposition before 'the <two to four lower-case words> <name>', where the words end at index `head`, or null.
 * The words must all be lower-case letters or hyphens and no common words ('het bedrijf uit Cambridge'), the head no
 * noun of time.
 */
function describedAfterPreposition(words: string[], originalWords: string[], head: number, lang: string): Preposition {
  const { prepositions, coreference } = lexiconFor(lang);
  if (timeNoun.test(words[head] as string)) return null;
  for (let j = head; j >= Math.max(0, head - 3); j -= 1) {
    // 'for its urgency after X': a word opening a clause of time or means ends the description.
    if (!/^[\p{Ll}-]+$/u.test(originalWords[j] ?? '') || isCommonWord(words[j] as string, lang) || gerundOpeningWords(lang).has(words[j] as string)) return null;
    const determiner = words[j - 1];
    const preposition = words[j - 2];
    if (head - j >= 1 && determiner !== undefined && preposition !== undefined && coreference.determiners.includes(determiner)) {
      return PREPOSITION_ORDER.find((role) => prepositions[role].includes(preposition)) ?? null;
    }
  }
  return null;
}

/** 'per ', 'a ', 'for each ', 'pr. ', 'je ', 'par ' right before a company named as the owner of shares. */
const perShareOf = /(?<![\p{L}])(?:per|a|each|pr\.|je|par|pour chaque|pro)\s+$/iu;
/** A share noun right after a company's name: 'Meggitt share', 'Tryg-aktie', 'Aktie'. */
const shareNounAfter = /^(?:\s+|-)(?:shares?|aktie|aktier|Aktie|aandeel|action)(?![\p{L}])/u;

/** An apposition naming a joint venture's partner: ', its silicones joint venture with ', ', sit joint venture med '. */
const jointVentureWith = /^\s*,\s*(?:[\p{L}'’-]+\s+){1,3}(?:joint[ -]venture|joint-venture-selskab|fællesforetagende|samriskföretag|samriskbolag|Gemeinschaftsunternehmen|coentreprise|co-entreprise)\s+(?:with|med|mit|avec|met)\s+(?:\p{Ll}+\s+){0,2}$/iu;

/** Adjectives of who owns or runs a company, or where it is based: 'familieejede', 'family-owned', 'Paris-based'. */
const ownedAdjective = /^[\p{L}-]{3,}(?:ejede|ejet|eide|eid|ägda|ägd|owned|based|baserede|baserte|baserade|basierte|basierten|eigen|eigene|geführte|geführten|gesteunde|backed)$/u;

/** Adjectives of origin by their ending: 'libanesiske', 'svenska', 'amerikanischen', 'française', 'britisk-hollandske'. */
const originAdjective = /^(?:\p{Ll}+-)?\p{Ll}+(?:sk|ske|ska|iske|iska|isk|ische|ischen|ischer|isches|aise|ienne|ese)$/u;

/** A common noun that may stand in apposition before a name: capitalised in German, definite in da/no/sv, not short. */
function appositionNoun(lower: string, original: string, lang: string): boolean {
  // Not a function word: 'for its urgency after X' describes no X.
  if (lower.length < 5 || /^\p{Lu}/u.test(original) !== (lang === 'de') || isCommonWord(lower, lang) || gerundOpeningWords(lang).has(lower)) return false;
  return definiteSuffixLanguages.has(lang) ? /(?:en|et|n)$/u.test(lower) : true;
}

/** A consortium, and the words that lead to its members. */
const consortiumNoun = new RegExp(`^${wordAlternation(clauseWordsOfAll('consortium'))}$`, 'u');
/** A consortium opening a clause, before its apposition: 'Konsortiet, som …', 'The consortium, led by …'. */
const consortiumOpening = new RegExp(`^\\s*(?:\\p{L}+\\s+)?${wordAlternation(clauseWordsOfAll('consortium'))}\\s*,`, 'iu');
/** A share noun and its preposition right before a name: 'participation de 98 % dans', 'stake in', 'andel i'. */
/** Prepositions of a party in every language: a share's description ends before them ('av avisen fra LO'). */
const partyPrepositions = [
  ...new Set(
    supportedLanguages.flatMap((lang) => {
      const { from, to, by, with: withWords } = lexiconFor(lang).prepositions;
      return [...from, ...to, ...by, ...withWords];
    }),
  ),
];
// Past a description of the company too: 'a stake in the Canadian auto parts maker X'.
const stakeNounBefore = new RegExp(`(?<![\\p{L}])${wordAlternation(clauseWordsOfAll('stakeNouns'))}(?:\\s+[^\\s]+){0,4}?\\s+${wordAlternation(clauseWordsOfAll('stakeIn'))}\\s+(?:(?!${wordAlternation(partyPrepositions)}\\s)[\\p{L}-]+(?:['’]s?)?\\s+){0,6}$`, 'iu');

/** The words of a share opening an object, up to the company it is in: 'a 9% stake in ', ' seg opp i ', ' 20 prosent av '. */
const stakeLead = perLanguage((lang) => {
  const phrases = lexiconFor(lang).dealVerbs.stake.filter((phrase) => /\s/u.test(phrase) && !phrase.includes('…'));
  const share = `${wordAlternation(clauseWordsOfAll('stakeNouns'))}(?:\\s+[^\\s]+){0,4}?\\s+${wordAlternation(clauseWordsOfAll('stakeIn'))}`;
  // A percent sign may be glued to its number ('10,6% du groupe').
  return new RegExp(`^\\s*(?:[^\\s]+\\s+){0,5}?(?:\\d[\\d.,]*\\s?)?(?:${share}|${wordAlternation(phrases)})\\s`, 'iu');
});

/** 'has taken a stake in the company', 'har kjøpt seg opp i selskapet': an object pointing back past a share's words. */
function pointsBackAfterStake(objectText: string, lang: string): boolean {
  const lead = stakeLead(lang).exec(objectText);
  if (lead === null) return false;
  // '10,6 % du groupe': a contracted article closing the share's words opens the phrase too.
  const contracted = /(\S+)\s$/u.exec(lead[0])?.[1]?.toLowerCase();
  const rest = objectText.slice(lead[0].length - 1);
  return pointsBackToCompany(rest, lang) || (contracted !== undefined && lexiconFor(lang).coreference.determiners.includes(contracted) && pointsBackToCompany(`${contracted}${rest}`, lang));
}

const consortiumFormed = new RegExp(`^${wordAlternation(clauseWordsOfAll('consortiumFormed'))}$`, 'u');
const consortiumMember = new RegExp(`^${wordAlternation(clauseWordsOfAll('consortiumMembers'))}$`, 'u');

/** Financing nouns right before 'from' and a name: 'backing from', 'finansiering fra'. */
const financingBefore = new RegExp(`(?<![\\p{L}])${wordAlternation(clauseWordsOfAll('financing'))}\\s+\\p{L}+\\s+(?:\\p{Ll}+\\s+)?$`, 'iu');

/** A possessive and up to two adjectives right before an event noun: 'its hostile', 'dess fientliga'. */
const possessiveBefore = new RegExp(`(?<![\\p{L}])${wordAlternation(clauseWordsOfAll('possessives'))}(?:\\s+[\\p{Ll}-]+){0,2}\\s+$`, 'iu');

/** A verb of valuing, in any language, and a word at most before a name: 'values', 'värderar'. */
const valuingBefore = new RegExp(`(?<![\\p{L}])${wordAlternation(clauseWordsOfAll('valuing'))}\\s+(?:\\p{Ll}+\\s+)?$`, 'iu');

/** The company right after a verb of valuing ('values GKN at', 'värderar bolaget till' does not name one), or null. */
function companyValued(text: string, mentions: Mention[], entities: ResolvedEntity[]): number | null {
  for (const m of mentions) {
    if (m.entity === undefined || entities[m.entity]?.type !== 'COMPANY') continue;
    if (valuingBefore.test(text.slice(Math.max(0, m.start - 40), m.start))) return m.entity;
  }
  return null;
}

const nounRelativeCache = new Map<string, RegExp>();
/**
 * 'hedge funds that had bought into GKN': the verb's subject is a common noun before a relative pronoun, no company told
 * before — unless that noun itself points back to one ('selskabet, som købte').
 */
function otherNounRelative(before: string, lang: string): boolean {
  let regex = nounRelativeCache.get(lang);
  if (!regex) {
    regex = new RegExp(`(?<![\\p{L}])(\\p{Ll}{3,}),?\\s+${wordAlternation(lexiconFor(lang).coreference.relativePronouns)}\\s+(?:\\p{Ll}+\\s+){0,2}$`, 'u');
    nounRelativeCache.set(lang, regex);
  }
  const noun = regex.exec(before)?.[1];
  return noun !== undefined && !isCompanyClassWord(noun, lang) && !pointsBackToCompany(noun, lang);
}

/** 'Russiske myndigheder overtog …': a subject that is no company, in the few words before the verb. */
const otherActorBefore = perLanguage((lang) => new RegExp(`(?<![\\p{L}])${wordAlternation(lexiconFor(lang).clauseWords.otherActors)}(?![\\p{L}])(?:\\s+[\\p{L}-]+){0,3}\\s*$`, 'iu'));
/**
 * 'X upprepade att staten inte kommer att ta över', 'X said that the government would buy': 'that' opens a clause of
 * another actor. (Not for an event noun: 'X said that shareholders had accepted its offer' is X's offer.)
 */
const otherActorClause = perLanguage(
  (lang) =>
    new RegExp(
      `(?<![\\p{L}])(?:that|att|at|dass|dat|que|qu['’])\\s+(?:(?:the|die|der|das|de|het|le|la|les)\\s+|l['’])?(?:\\p{Ll}+\\s+)?${wordAlternation(lexiconFor(lang).clauseWords.otherActors)}(?![\\p{L}])`,
      'iu',
    ),
);
/** 'I fjor overtok staten …': the same right after a verb-second verb. */
const otherActorAfter = perLanguage((lang) => new RegExp(`^\\s*${wordAlternation(lexiconFor(lang).clauseWords.otherActors)}(?![\\p{L}])`, 'iu'));

/** A subordinating conjunction, maybe a pronoun after it, and no other conjunction later ('… dat het '). */
const subordinateOpening = perLanguage((lang) => {
  const { subordinators, subjectPronouns } = lexiconFor(lang).clauseWords;
  return subordinators.length === 0 ? null : new RegExp(`(?<![\\p{L}])${wordAlternation(subordinators)}\\s+(?:(${wordAlternation(subjectPronouns)})\\s+)?(?!.*(?<![\\p{L}])${wordAlternation(subordinators)}\\s)`, 'iu');
});
/** Where a verb-final subordinate clause's words start ('dat het …'), whether a pronoun opens them and its length. */
function subordinateClause(before: string, lang: string): { from: number; pronoun: boolean; length: number } | null {
  const match = subordinateOpening(lang)?.exec(before);
  if (match === null || match === undefined) return null;
  const length = match[1] === undefined ? 0 : match[1].length + 1;
  return { from: match.index + match[0].length - length, pronoun: length > 0, length };
}

/** A noun of relation between two names: 'Vantor rival X', 'Nissan partner Renault'. */
const relationBetween = /^\s+(?:rival|competitor|peer|partner|supplier|customer|subsidiary|affiliate|unit)\s+$/u;

/** A comma, 'and' and an article: a clause of its own opens with a noun phrase for its subject. */
const subjectAfterAnd = /,\s+(?:og|och|and|und|en|et)\s+(?:den|det|dens|the|die|der|das|de|het|le|la|les)\s+[^,;]*$/iu;

/** What an owner does with a share it holds in a company, up to 'in': "the stake X holds in ", "the stake X already owns in ". */
const stakeHolding = /^\s+(?:\p{Ll}+\s+)?(?:holds|owns|has|held|owned|had)\s+in\s/u;

/** A holding named by a definite share noun right after a verb: 'hela aktieinnehavet', 'aktieposten', 'the entire stake'. */
const heldShareAhead = /^\s+(?:(?:the|its|den|det|hela|hele|die|den gesamten|le|la|het)\s+)?(?:entire\s+|whole\s+|full\s+)?(?:stake|holding|shareholding|aktieinnehavet|aktieposten|aksjeposten|andelen|ejerandelen|eierandelen|ägarandelen|aktierna|aktiene|aktierne|Beteiligung|Anteile|belang|participation|ejerandel|eierandel|ägarandel|andel|aktiepost|aksjepost|Anteil)(?![\p{L}])/iu;

/** The rest of a company's shares right after a verb: 'the remaining stake', 'resten af aktierne', 'die restlichen Anteile'. */
const remainderAhead = /^\s+(?:(?:the|den|det|de|die|le|la|les)\s+)?(?:remaining|rest|resten|resterende|restlichen|restliche|återstående|reste|overige)(?![\p{L}])/iu;

/** A comma or an 'and' right after a verb-final participle. */
const clauseAfterParticiple = perLanguage((lang) => new RegExp(`^\\s*(?:,|${wordAlternation(lexiconFor(lang).clauseWords.and)}\\s)`, 'iu'));

/**
 * An 'and' right before a verb, after the first verb's objects: '… Wyeth in 2009 and swallowed'. Up to three words may
 * stand between ('and plans to sell', 'et prévoit de racheter'), not a noun phrase of its own ('and its rival sold').
 */
const andVerbOpening = perLanguage(
  (lang) => new RegExp(`^[^,;:]*\\s${wordAlternation(lexiconFor(lang).clauseWords.and)}\\s+(?!${wordAlternation(lexiconFor(lang).coreference.determiners)}\\s)(?:\\p{Ll}+\\s+){0,3}$`, 'iu'),
);

/** A comma and 'and' before a new clause: ', och ', ', and '. */
const commaAnd = perLanguage((lang) => new RegExp(`,\\s*${wordAlternation(lexiconFor(lang).clauseWords.and)}\\s`, 'iu'));

/** ', and in 2015 (it) ', ', and before that it ', ', puis ': a verb after these shares the subject of the verb before, past a comma. */
const andYearVerbOpening = perLanguage(
  (lang) =>
    new RegExp(
      `^[^;:]*,\\s*(?:${wordAlternation(lexiconFor(lang).clauseWords.then)}\\s+(?:\\p{Ll}+\\s+)?$|${wordAlternation(lexiconFor(lang).clauseWords.and)}\\s+(?:(?:(?:i|in|en|im)\\s+)?\\d{4}\\s+(?:\\p{Ll}{2,3}\\s+)?|(?:\\p{Ll}+\\s+){1,3}(?:år|året|year|jahr|jaar|année)\\s+|(?:\\p{Ll}+\\s+){0,4}(?:it|they|det|den|het|es|il|elle|hij|han|hun)\\s+)$)`,
      'iu',
    ),
);

/** 'according to ', 'enligt ', 'laut ' right before a name. */
// 'The maker of Dove soap and Hellmann's mayonnaise said …', 'Ejeren af Netto …': a clause opening with a description
// of a company by what it makes or owns stands for a company told before; the names inside the description are no subject.
const makerOpening = perLanguage((lang) => {
  const { determiners } = lexiconFor(lang).coreference;
  // Nordic nouns carry their article ('Ejeren af'), so the determiner may be missing.
  return new RegExp(`^\\s*(?:(?:${wordAlternation(determiners)})\\s+|l['’])?(?:[\\p{L}-]+\\s+){0,2}?${wordAlternation(lexiconFor(lang).clauseWords.makerOf)}\\s+[^,;:]{0,80}$`, 'iu');
});
const accordingToBefore = perLanguage((lang) => new RegExp(`(?<![\\p{L}])${wordAlternation(lexiconFor(lang).clauseWords.accordingTo)}\\s+$`, 'iu'));

/** A verb of reporting and 'that' right after a name, before the deal verb: 'reported on Monday that', 'skriver, at'. */
const reportsThat = new RegExp(
  `^(?:['’]s)?\\s+${wordAlternation(clauseWordsOfAll('reports'))}(?![\\p{L}])[^.;:]{0,40}?(?:,\\s*|\\s+)(?:that|at|att|dass|dat|que|qu['’])(?![\\p{L}])`,
  'iu',
);

const reportVerb = perLanguage((lang) => wordAlternation(lexiconFor(lang).clauseWords.reports));
/** After a deal's clause, a comma and a reporting verb before the name: ', teilte X mit', ', oplyser X', ', a annoncé X'. */
const reporterAfterVerb = perLanguage((lang) => new RegExp(`,\\s*(?:(?:wie|as|zoals|som|comme|so)\\s+)?${reportVerb(lang)}(?:\\s+\\p{Ll}+){0,2}\\s+$`, 'iu'));
/** A comma before the name and a reporting verb after it: ', X said', ', wie X mitteilte', ', maakte X bekend'. */
const reporterBeforeVerb = /,\s*(?:(?:wie|as|zoals|som|comme|so)\s+)?(?:\p{Ll}+\s+){0,2}$/iu;
const verbAfterReporter = perLanguage((lang) => new RegExp(`^\\s+(?:[^\\s,.;:]+\\s+){0,5}?${reportVerb(lang)}(?![\\p{L}])`, 'iu'));

/** Words of a name that make it an authority: 'Autoriteit Consument & Markt', 'Bundeskartellamt'. */
const authorityWord = /(?<![\p{L}])(?:authority|autoriteit|autorité|commission|kommission|commissie|kommissionen|regulator|ministry|ministerie|ministerium|kartellamt|bundeskartellamt|konkurrencerådet|konkurrensverket|konkurransetilsynet|finanstilsynet|finansinspektionen|styrelsen|tilsynet|behörde|panel)(?![\p{L}])/iu;

/** Regulators known by their acronym: the FCC, BaFin, the Dutch ACM (not those shared with companies: FCA, CMA). */
const regulatorAcronyms = new Set(['FCC', 'FTC', 'SEC', 'DOJ', 'ACM', 'AFM', 'AMF', 'BAFIN', 'CFIUS', 'ESMA', 'FINMA', 'EBA', 'ACCC']);

/** A news source ('AFN/Bloomberg' too) or an authority, never a buyer, seller or company bought. */
function noParty(entity: ResolvedEntity | undefined): boolean {
  if (entity === undefined || entity.type !== 'COMPANY') return false;
  const name = entity.name.toLowerCase();
  return name.split('/').every((part) => newsSources.has(part.trim())) || authorityWord.test(name) || regulatorAcronyms.has(entity.name.toUpperCase());
}

/** A company that may report its own deal: no news agency or paper. */
function reportingCompany(entity: ResolvedEntity | undefined): boolean {
  return entity?.type === 'COMPANY' && !newsSources.has(entity.name.toLowerCase());
}

/**
 * The company that reports a deal after its clause: 'Flender geht an Carlyle, wie Siemens mitteilte', 'X sælges til Y,
 * oplyser Z', 'X is being sold to Y, Z said'. Not a news agency or paper.
 */
function reporterAfter(text: string, from: number, mentions: Mention[], entities: ResolvedEntity[], lang: string): number | null {
  for (const m of mentions) {
    if (m.start < from || m.entity === undefined) continue;
    const gap = text.slice(from, m.start);
    const reported = reporterAfterVerb(lang).test(gap) || (reporterBeforeVerb.test(gap) && verbAfterReporter(lang).test(text.slice(m.end, m.end + 40)));
    if (!reported) continue;
    const entity = entities[m.entity];
    return reportingCompany(entity) ? m.entity : null;
  }
  return null;
}

/** A pronoun that may point back to the reporter: 'X said that it would buy', 'its offer', 'TDC meddelte, at man …'. */
const pointsBackToReporter = /(?<![\p{L}])(?:it|its|they|their|he|his|she|her|det|den|dens|dets|sin|sitt|sine|sina|es|sein|seine|seinen|seinem|seiner|ihr|ihre|ihren|il|elle|son|sa|ses|leur|leurs|het|zijn|haar|hun|han|hans|man|vi|we|wir|wij|nous)(?![\p{L}])/iu;

/**
 * Whether the words after a name report what others do: a verb of reporting, 'that', and no pronoun or company phrase
 * pointing back ('X skriver at selskapet har kjøpt …' reports its own purchase).
 */
function reportsOthers(between: string, lang: string): boolean {
  const report = reportsThat.exec(between);
  if (report === null) return false;
  const reported = between.slice(report[0].length);
  return !pointsBackToReporter.test(reported) && !pointsBackToCompany(reported, lang);
}

/** Words closing the text before a gerund: of something done first ('after buying') or of the means ('by paying'). */
const gerundOpeners = perLanguage((lang) => {
  const { afterDoing, byDoing } = lexiconFor(lang).clauseWords;
  const pattern = (words: string[]) => (words.length === 0 ? null : new RegExp(`(?<![\\p{L}])${wordAlternation(words)}\\s+$`, 'iu'));
  return { after: pattern(afterDoing), by: pattern(byDoing) };
});
/** The words themselves, to tell them from nouns ('after', 'efter', 'nach', 'by', 'ved'). */
const gerundOpeningWords = perLanguage((lang) => new Set([...lexiconFor(lang).clauseWords.afterDoing, ...lexiconFor(lang).clauseWords.byDoing]));

/** Whether the words right before a verb make it a gerund of something done first ('after') or of the means ('by'). */
function gerundOpening(before: string, lang: string): 'after' | 'by' | null {
  const { after, by } = gerundOpeners(lang);
  if (after?.test(before)) return 'after';
  return by?.test(before) ? 'by' : null;
}

/** Whether a clause opens with a preposition of the language ('Für den Anteil …', 'Efter handlen …'). */
function opensWithPreposition(text: string, lang: string): boolean {
  const first = /^\s*([\p{L}]+)/u.exec(text)?.[1]?.toLowerCase();
  return first !== undefined && anyPreposition(lang).has(first);
}

/** A capitalised definite noun opening a clause ('Rapperen', 'Investoren'). */
const definiteOpening = /^\s*(\p{Lu}\p{Ll}{2,}(?:en|et|erne|ene|arna|orna|erna))\s/u;

/** Goods bought by the piece: 'will buy 300 Boeing 737 MAX jets' buys aircraft, not the company 'MAX'. */
/** Every language's job titles ('vd', 'chief executive', 'Vorstandschef'), lower case. */
const allTitles = [...new Set(supportedLanguages.flatMap((lang) => Object.keys(lexiconFor(lang).titles.titles)))];
/**
 * 'took over the post', 'übernahm 2015 das Amt', 'übernahm der frühere Henkel-Chef die Leitung', 'tar över som
 * tillförordnad vd': a person's new job, no deal. German compounds too ('die Geschäftsführung').
 */
const officeTaken = new RegExp(
  `^(?:(?:\\s+[\\p{L}\\d'’-]+){0,4}?\\s+(?:${wordAlternation(clauseWordsOfAll('offices'))}|[\\p{L}-]+?${wordAlternation(lexiconFor('de').clauseWords.offices)})|\\s+${wordAlternation(clauseWordsOfAll('officeAs'))}(?:\\s+[\\p{L}'’-]+){0,2}?\\s+${wordAlternation(allTitles)})(?![\\p{L}])`,
  'iu',
);
const officeWords = new Set(clauseWordsOfAll('offices'));
/**
 * An office or title taken right after a verb. Not an office word capitalised where the language writes such nouns in
 * lower case: 'a acquis son concurrent Office Depot', 'bought Post Holdings' name companies.
 */
function officeNamed(text: string, lang: string): boolean {
  const match = officeTaken.exec(text);
  if (match === null) return false;
  const last = /[\p{L}'’-]+$/u.exec(match[0])?.[0] ?? '';
  return lang === 'de' || !/^\p{Lu}\p{Ll}/u.test(last) || !officeWords.has(last.toLowerCase());
}
/** Own shares in the languages read: 'its own shares', 'eigen aandelen', 'egne aktier', 'eigene Aktien', 'ses propres actions'. */
const ownShares = /(?<![\p{L}])(?:own\s+shares|eigen\s+aandelen|egne\s+aktier|egne\s+aksjer|egna\s+aktier|eigene[n]?\s+aktien|propres\s+actions)(?![\p{L}])/iu;
/** Dividends in the languages read: paying them buys nothing. */
const dividendAfter = /^\s+(?:\p{Ll}+\s+){0,2}?(?:dividends?|utbytte|udbytte|utdelning|aandeelhouders?dividend|dividend|dividende[ns]?|payout)(?![\p{L}])/iu;

/** 'om eigen aandelen in te kopen', 'to buy back its own shares': a buyback, no deal; nor is paying a dividend. */
function buysBackOwnShares(text: string, trigger: Trigger): boolean {
  if (trigger.action === 'pay' && dividendAfter.test(text.slice(trigger.end, trigger.end + 40))) return true;
  return (trigger.action === 'buy' || trigger.action === 'pay') && ownShares.test(text.slice(Math.max(0, trigger.start - 30), trigger.end + 30));
}

/** Whether a verb of taking over tells of a job taken ('Cryan hatte das Amt … übernommen' reads back to the verb too). */
function takesOffice(text: string, trigger: Trigger, lang: string): boolean {
  if (trigger.action !== 'buy' || trigger.tense === 'noun') return false;
  const head = (trigger.text.split(/\s+/)[0] ?? '').length;
  // 'köper hela aktieposten': a holding of shares is no post.
  if (heldShareAhead.test(text.slice(trigger.end, trigger.end + 50))) return false;
  // 'overtager posten', 'took over as DuPont's chief executive': an office or 'as' and a title after the verb's first word or after the verb.
  if (officeNamed(text.slice(trigger.start + head, trigger.end + 60), lang) || officeNamed(text.slice(trigger.end, trigger.end + 60), lang)) return true;
  // 'Han tar over etter Yngve Slyngstad', 'took over from X as …': succeeding a person in an office.
  if (/^\s+(?:etter|efter|after)\s/iu.test(text.slice(trigger.end, trigger.end + 8)) && /\s(?:over|över)$/u.test(trigger.text)) return true;
  // 'Die Nachfolge an der Puma-Spitze übernimmt X': the office opens a verb-second clause.
  if (officeOpening.test(text.slice(0, trigger.start))) return true;
  // Only a participle closing a German or Dutch clause has its object before it.
  const closesClause = verbFinalInfinitive.has(lang) && /^\s*(?:[.,;:!?)]|$)/u.test(text.slice(trigger.end));
  return closesClause && officeBefore.test(text.slice(Math.max(0, trigger.start - 100), trigger.start));
}
/** An office after an article opening the sentence, and at most five words before the verb. */
const officeOpening = new RegExp(`^\\s*[\\p{L}]{1,4}\\s+${wordAlternation(clauseWordsOfAll('offices'))}(?![\\p{L}])(?:\\s+[\\p{L}\\d'’-]+){0,5}\\s*$`, 'iu');
/** 'hatte das Amt 2015 von X übernommen': the office before a verb-final participle. */
const officeBefore = new RegExp(`(?<![\\p{L}])${wordAlternation(clauseWordsOfAll('offices'))}(?:\\s+[\\p{L}\\d'’-]+){0,10}\\s*$`, 'iu');

const goodsAfter = new RegExp(`^(?:[\\s-]+[\\p{Lu}\\d][\\p{L}\\d-]*){0,2}\\s+${wordAlternation(clauseWordsOfAll('goods'))}(?![\\p{L}])`, 'iu');

/** 'History': 'the largest deal in the history of X' names X's own record. */
const historyWord = new RegExp(`(?<![\\p{L}])${wordAlternation(clauseWordsOfAll('history'))}(?![\\p{L}])`, 'iu');

/** A verb or noun of founding. */
const foundedIn = new RegExp(`(?<![\\p{L}])${wordAlternation(clauseWordsOfAll('founded'))}(?![\\p{L}])`, 'iu');

/** A board standing for its company right before the company's name. */
const boardOf = new RegExp(`${wordAlternation(clauseWordsOfAll('boardOf'))}\\s*$`, 'iu');

/** Fees for a deal that falls through, paid to no one's ownership. */
const breakFee = new RegExp(wordAlternation(clauseWordsOfAll('breakFees')), 'iu');

/** Buying out: 'kjøper ut', 'köpte ut', 'køber ud', 'bought out'. */
const buyOut = new RegExp(`\\s${wordAlternation(clauseWordsOfAll('out'))}$`, 'iu');

/** A word of share after an owner's genitive: 'Orklas halvpart i', "X's stake in", 'Xs 45 % eierandel i'. */
const shareNounAhead = new RegExp(
  // 'Vantors ejerandel på 30 pct. i': the share's size may follow its noun.
  `^(?::s|'s|’s)?\\s+(?:[\\p{Ll}-]+\\s+|[\\d.,]+\\s*%\\s+)?${wordAlternation(clauseWordsOfAll('stakeNouns'))}(?:\\s+\\p{Ll}{2,3}\\s+[\\d.,]+\\s*(?:%|pct\\.?|procent|prosent|percent|prozent))?\\s+${wordAlternation(clauseWordsOfAll('stakeIn'))}\\s`,
  'iu',
);

/** An agreement with a party right before its name: 'kom överens med', 'agreed with', 'einigte sich mit'. */
/** 'und den Finanzinvestor ', 'and the private equity firm ': an 'and', then articles and a company noun only. */
function andThenNoun(gap: string, lang: string): boolean {
  const words = gap.trim().split(/\s+/u);
  if (words.length < 2 || !andWord.test(words[0] as string)) return false;
  const rest = words.slice(1);
  const { determiners } = lexiconFor(lang).coreference;
  return isCompanyClassWord((rest[rest.length - 1] as string).toLowerCase(), lang) && rest.slice(0, -1).every((word) => determiners.includes(word.toLowerCase()) || /^\p{Ll}/u.test(word));
}

/** A share word and 'of' right before its owner: 'die Hälfte von ', 'the 50% stake of ', 'halvparten av '. */
const shareOfBefore = /(?:hälfte|half|halvdel|halvdelen|halvpart|halvparten|andel|andelen|anteil|stake|share|%|procent|prozent|prosent|percent)\s+(?:von|of|af|av|van)\s+(?:[\p{Ll}-]+\s+){0,2}$/iu;
/** 'an dem gemeinsamen Lenkungshersteller ', ' in ', ' i ': the company a share is held in, a few words on. */
const shareHeldIn = /^\s+(?:an|in|i|im|am)\s+(?:[\p{L}-]+\s+){0,4}$/u;

/** 'several other buyers ', 'flera fonder ': a number of unnamed others right before a verb. */
const unnamedWords = "(?<![\\p{L}])(?:several|many|other|some|various|mehrere|einige|andere|verschiedene|flere|mange|andre|nogle|noen|flera|många|andra|några|plusieurs|d'autres|certains|meerdere|verschillende|enkele)\\s+(?:[\\p{Ll}-]+\\s+){0,3}";
const unnamedBidders = new RegExp(`${unnamedWords}$`, 'iu');
/** The same inside a verb's words: 'sneglar flera fonder på'. */
const unnamedWithin = new RegExp(unnamedWords, 'iu');

/** ', among them ', ', bland dem ', ', darunter ': the names after it are those told of before. */
const amongCue = /^\s*[,(:–-]?\s*(?:among them|including|notably|bland (?:dessa|dem|annat)|blant (?:dem|disse|andre)|blandt (?:dem|disse|andre)|heriblandt|darunter|unter ihnen|parmi eux|parmi lesquels|notamment|dont|waaronder|onder wie|onder meer)\s+(?:\p{Ll}+\s+){0,2}$/iu;

/** A company that may bid: no news agency or authority. */
function bidderCompany(m: Mention, entities: ResolvedEntity[]): boolean {
  const entity = entities[m.entity as number];
  return entity?.type === 'COMPANY' && !noParty(entity);
}

/** The companies listed right after an 'among them' that follows `wanted`: empty when there is no such list. */
function listAfterAmong(after: Mention[], wanted: Mention, text: string, entities: ResolvedEntity[]): number[] {
  const isBidder = (m: Mention) => bidderCompany(m, entities);
  let index = after.indexOf(wanted) + 1;
  const first = after[index];
  if (first === undefined || !isBidder(first) || !amongCue.test(text.slice(wanted.end, first.start))) return [];
  const items: Mention[] = [first];
  for (index += 1; index < after.length; index += 1) {
    const item = after[index] as Mention;
    if (!isBidder(item) || !bidderListGap.test(text.slice((items[items.length - 1] as Mention).end, item.start))) break;
    items.push(item);
  }
  return [...new Set(items.map((m) => m.entity as number))];
}

/**
 * Shares and a preposition of whose, right before a company: 'aktierne i ', 'the shares of ', 'les actions de '. Only
 * nouns of securities: the lexicon's stake nouns ('percent', 'Mehrheit') also name a part of a holding, not the company.
 */
const sharesOfBefore = /(?:share|shares|aktie|aktier|aktierne|aktiene|aktierna|aksjer|aksjene|aktien|anteile|aandelen|actions|titres)\s+(?:[\p{Ll}]+\s+){0,1}(?:of|i|in|an|von|der|van|de|du|des|d['’])\s*$/iu;

/** 'related to ', 'knyttet til ', 'liée à ', 'vedrører ': what a write-down concerns follows. */
const relatingToBefore = /(?<![\p{L}])(?:related|relating|attributable|tied|linked|knyttet|knyttede|relateret|relaterede|relatert|relaterad|relaterade|hänförlig|hänförliga|vedrører|vedrørende|gerelateerd|gerelateerde|liée?s?|relatif|relative|relatifs|afférente?s?|zusammenhängend|bezogen)\s+(?:to|til|till|à|au|aux|aan|met|mit|auf)\s+(?:[\p{Ll}'’-]+\s+){0,3}$|(?<![\p{L}])(?:vedrører|vedrørende|concerne|betrifft|betreft|gäller|gjelder)\s+(?:[\p{Ll}'’-]+\s+){0,4}$/iu;

/** Between two names of a list of bidders: a comma or an 'and', and perhaps an article and an adjective ('und die niederländische'). */
const bidderListGap = new RegExp(`^\\s*(?:,\\s*)?(?:${andWords}\\s+)?(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2}$`, 'u');
const bidderListAnd = new RegExp(`(?:^|\\s)${andWords}\\s`, 'u');

/**
 * The companies of a list that ends right before a verb of interest, in order ('UniCredit und ING sollen …'): empty
 * when no 'and' joins them or anything else stands between them.
 */
function listBeforeVerb(before: Mention[], trigger: Trigger, text: string, entities: ResolvedEntity[]): number[] {
  const isBidder = (m: Mention) => bidderCompany(m, entities);
  let index = before.length - 1;
  while (index >= 0 && (before[index] as Mention).end > trigger.start) index -= 1;
  const last = before[index];
  // The list is the verb's subject: a few words at most between its last name and the verb.
  if (last === undefined || !isBidder(last) || (text.slice(last.end, trigger.start).match(/[\p{L}\d-]+/gu) ?? []).length > 8) return [];
  const items: Mention[] = [last];
  let joined = false;
  for (let i = index - 1; i >= 0; i -= 1) {
    const item = before[i] as Mention;
    const gap = text.slice(item.end, (items[0] as Mention).start);
    if (!isBidder(item) || !bidderListGap.test(gap)) break;
    if (bidderListAnd.test(` ${gap.trim()} `) || gap.includes('&')) joined = true;
    items.unshift(item);
  }
  const ids = [...new Set(items.map((m) => m.entity as number))];
  return joined && ids.length >= 2 ? ids : [];
}

/** What stands between two names of one list: a comma, an 'and'. */
const listGap = new RegExp(`^\\s*(?:,\\s*)?(?:${andWords}\\s+)?$`, 'iu');

const agreedWith = new RegExp(
  `${wordAlternation(clauseWordsOfAll('agreement'))}(?:\\s+[\\p{L}-]+){0,2}\\s+${wordAlternation(supportedLanguages.flatMap((lang) => lexiconFor(lang).prepositions.with))}\\s+(?:[\\p{Ll}-]+\\s+){0,2}$`,
  'iu',
);

/** 'with' and at most two lowercase words right before a name, in a language that puts its verb last. */
const withBefore = perLanguage((lang) => new RegExp(`(?<![\\p{L}])${wordAlternation(lexiconFor(lang).prepositions.with)}\\s+(?:[\\p{Ll}-]+\\s+){0,2}$`, 'iu'));
const agreementWord = perLanguage((lang) => new RegExp(`(?<![\\p{L}])${wordAlternation(lexiconFor(lang).clauseWords.agreement)}(?![\\p{L}])`, 'iu'));

/**
 * Whether a name is the other party to an agreement or talks: 'agreed with X', 'i forhandlinger med X', and where the
 * verb comes last, 'hat sich mit X auf den Verkauf … geeinigt', 'is met X overeengekomen om … te verkopen'.
 */
function agreedWithParty(text: string, m: Mention, clauseStart: number, clauseEnd: number, lang: string): boolean {
  const opening = text.slice(Math.max(clauseStart, m.start - 50), m.start);
  if (agreedWith.test(opening)) return true;
  return verbFinalInfinitive.has(lang) && withBefore(lang).test(opening) && agreementWord(lang).test(text.slice(m.end, clauseEnd));
}

/** 'om et fælles indkøbsselskab', 'om samarbeid': what two companies go together for, when it is a common venture. */
const commonVenture = /\s(?:om|i)\s+(?:(?:et|en|ett)\s+(?:fælles|felles|gemensamt|nyt|nytt|joint)|samarbejde|samarbeid|samarbete)/iu;

/** A word opening a clause of time, before its subject. */
const timeWordOpening = /^\s*(?:when|toen|als|wenn|nachdem|da|då|när|lorsque|quand)\s+/iu;

/** An auxiliary of the perfect or pluperfect ('heeft', 'hatte') before a final participle, in the verb-final languages. */
const perfectAuxiliaries: Record<string, string[]> = {
  nl: ['heeft', 'hebben', 'had', 'hadden', 'is', 'zijn', 'was', 'waren'],
  de: ['hat', 'haben', 'hatte', 'hatten', 'ist', 'sind', 'war', 'waren'],
};
const perfectAuxiliary = perLanguage((lang) => new RegExp(`(?<![\\p{L}])${wordAlternation(perfectAuxiliaries[lang] ?? [])}(?![\\p{L}])`, 'iu'));

/** Languages whose infinitive clauses end with the verb ('om X over te nemen', 'X zu übernehmen'). */
const verbFinalInfinitive = new Set(['nl', 'de']);

const infinitiveMarker = new RegExp(`(?:^|\\s)${wordAlternation(clauseWordsOfAll('infinitiveMarkers'))}\\s`, 'giu');

/** Where the infinitive clause before a verb opens (after its 'om', 'um'), or -1. */
function infinitiveOpening(text: string): number {
  let opening = -1;
  for (const match of text.matchAll(infinitiveMarker)) opening = (match.index as number) + match[0].length;
  return opening;
}

/** A Dutch or German infinitive with its 'te' or 'zu' ('te verkopen', 'over te nemen'): its objects stand before it. */
const toInfinitive = /(?:^|\s)(?:te|zu)\s+\S+$/u;

/** Languages whose buying verbs name the seller with 'to' ('acheter qch à qn'). */
const buysWithTo = new Set(['fr']);

/** Languages that put the finite verb second, its subject after it when something else comes first. */
const verbSecond = new Set(['da', 'no', 'sv', 'de', 'nl']);

/** A company followed by a title and a person ('Y's founder X'): the person is the party. */
function appositionPerson(mention: Mention, sentenceMentions: Mention[], text: string): Mention {
  const next = sentenceMentions.find((m) => m.start > mention.end);
  if (next && next.type === 'PERSON' && /^\s*[\p{Ll}-]+\s*$/u.test(text.slice(mention.end, next.start))) return next;
  return mention;
}

const perShareAnywhere = new RegExp(`(?<![\\p{L}])${wordAlternation(clauseWordsOfAll('perShare'))}(?![\\p{L}])`, 'giu');

const retainBefore = new RegExp(`(?<![\\p{L}])${wordAlternation(clauseWordsOfAll('retain'))}(?:\\s+[\\p{L}]+){0,3}\\s+$`, 'iu');

const stakeNounAnywhere = new RegExp(`(?<![\\p{L}])${wordAlternation(clauseWordsOfAll('stakeNouns'))}(?![\\p{L}])`, 'giu');
/** A word glued before a share noun by a hyphen, unless a percentage's ('Heineken-aktien' but '50-Prozent-Anteil'). */
const gluedBefore = /(?<![\p{L}])(?!(?:procent|prosent|prozent|percent)-$)\p{L}+-$/u;

/** 'of', 'af', 'de', 'van', 'von', 'i', 'in' right after a percentage: the company the share is of. */
const shareOfAfter = /^\s*(?:d['’]|(?:of|af|av|de|du|van|von|der|des|i|in|im|dans)(?![\p{L}]))/iu;

const priceMoveAfter = new RegExp(`^\\s*${wordAlternation(clauseWordsOfAll('priceMovesAfter'))}(?![\\p{L}])`, 'iu');
// Not after 'mit': 'steigt mit 20 Prozent bei X ein' takes a stake.
const priceMoveBefore = new RegExp(`(?<![\\p{L}])${wordAlternation(clauseWordsOfAll('priceMovesBefore'))}\\s+(?:(?:by|med|um|met|van|de|of)\\s+)?(?:(?:about|around|some|nearly|omkring|rundt|cirka|ca\\.|rund|etwa|ongeveer|environ|près de)\\s+)?$`, 'iu');

/** A verb of buying and its particle 'up' ('kjøpe opp', 'köpa upp'). */
const buyUpBefore = /(?:kjøp|køb|köp|buy|bought|kauf|kjøpt|købt|köpt)\p{L}*\s+(?:op|opp|upp|up)\s+$/iu;

/** The first percentage of a clause that can be a share: not a premium or a price move ('38 prosent over sluttkursen'). */
/** 'und einer Aktie', 'plus one share', 'plus une action' right after a percentage. */
const plusOneShare = /^\s*(?:und|plus|and|et|og|och|en|\+)\s+(?:einer|eine|one|a|une|en|ett|één|1)\s+(?:aktie|share|action|aksje|aandeel)(?![\p{L}])/iu;

function sharePercent(clause: string): RegExpExecArray | null {
  for (const match of clause.matchAll(/(\d+(?:[.,]\d+)?)[\s-]*(?:%|procent|percent|per cent|prozent|prosent|pct)/giu)) {
    const at = match.index as number;
    const before = clause.slice(Math.max(0, at - 40), at);
    // 'kjøpe opp 100 prosent': 'up' after a verb of buying is its particle, not a price going up.
    if (priceMoveAfter.test(clause.slice(at + match[0].length, at + match[0].length + 24)) || (priceMoveBefore.test(before) && !buyUpBefore.test(before))) continue;
    return match as RegExpExecArray;
  }
  return null;
}

function stakeNounBeside(lower: string, percent: RegExpExecArray, trigger: Trigger, clause: string, triggerAt: number): boolean {
  const percentWordAt = (percent.index as number) + percent[0].length - (/\p{L}+$/u.exec(percent[0])?.[0].length ?? 0);
  let ownWord = false;
  for (const noun of lower.matchAll(stakeNounAnywhere)) {
    // 'Heineken-aktien tabte 2 procent': the share of a name glued before it is its price on the market.
    if (gluedBefore.test(lower.slice(Math.max(0, noun.index - 40), noun.index))) continue;
    if (noun.index !== percentWordAt) return true;
    ownWord = true;
  }
  if (!ownWord) return false;
  const after = clause.slice(percent.index + percent[0].length);
  // After the deal word as its object, or right before a verb that ends the clause ('hat 9 Prozent übernommen').
  const afterTrigger = triggerAt >= 0 && percent.index >= triggerAt;
  if (afterTrigger) return percent.index - (triggerAt + trigger.text.length) <= 40 || shareOfAfter.test(after);
  if (triggerAt >= 0 && triggerAt - (percent.index + percent[0].length) <= 15) return true;
  // Before a verb at the clause's end, the share of whom: '9 Prozent an der Commerzbank erworben'. Not before a noun
  // with its own object ('sælger aktier i X for at finansiere et bud på Y' bids for all of Y).
  return trigger.tense !== 'noun' && (shareOfAfter.test(after) || /^\s*(?:an|bei|aan)\s/iu.test(after));
}

function kindOf(trigger: Trigger, wholeClause: string, lang: string, triggerAt: number): DealKind {
  if (trigger.action === 'merge') return 'MERGER';
  if (trigger.action === 'writeDown') return 'WRITE_DOWN';
  const { stake, majority } = lexiconFor(lang).dealVerbs;
  // A noun's share is told after it or right before it ('a 20% stake purchase'): 'sælger aktier i X for at finansiere
  // et bud på Y' bids for all of Y.
  // Where this noun stands, not the first of its spelling: 'Xs køb af Y, … Zs køb af W' tells two purchases.
  const nounAt = trigger.tense === 'noun' ? triggerAt : -1;
  const clause = nounAt > 30 ? wholeClause.slice(nounAt - 30) : wholeClause;
  const at = nounAt > 30 ? 30 : triggerAt;
  // A price per share ('$63.50 a share in cash', '20,30 euro per aandeel') says nothing of a stake.
  let lower = clause.toLowerCase().replace(perShareAnywhere, (phrase) => ' '.repeat(phrase.length));
  // 'showed interest in X': the interest a verb of interest names is no share held.
  if (trigger.action === 'interest') lower = lower.replace(trigger.text.toLowerCase(), ' '.repeat(trigger.text.length));
  const percent = sharePercent(clause);
  if (percent && Number((percent[1] as string).replace(',', '.')) > 50) return 'ACQUISITION';
  // '50 Prozent und eine Aktie', '50% plus one share': half and one share more is control.
  if (percent && Number((percent[1] as string).replace(',', '.')) === 50 && plusOneShare.test(clause.slice((percent.index as number) + percent[0].length))) return 'ACQUISITION';
  // 'Vivendi, qui conservera 20 % du nouvel ensemble': a share the seller keeps is no share bought.
  if (percent && retainBefore.test(clause.slice(Math.max(0, percent.index - 40), percent.index))) return 'ACQUISITION';
  if (majority.some((word) => lower.includes(word.toLowerCase()))) return 'ACQUISITION';
  if (stake.some((word) => lower.includes(word.toLowerCase()))) return 'STAKE';
  // 'køber en andel på 20 procent i X', 'a holding of 20 percent': a share noun given as half or less is a stake.
  // The percentage's own word counts only near the deal word or before whose share it is ('9 Prozent an der X
  // erworben'), not in a growth rate told further on ('väntas växa 10 procent per år').
  if (percent && stakeNounBeside(lower, percent, trigger, clause, at)) return 'STAKE';
  // 'stieg mit 8,2 Prozent bei X ein': a share of half or less, given with the verb, is a stake.
  if (percent && trigger.tense !== 'noun' && clause.slice(Math.max(0, percent.index - 12), percent.index).match(/(?:^|\s)(?:mit|with|med|met|avec)\s+$/iu)) return 'STAKE';
  // 'avait acquis 25 % d'AvtoVAZ', 'bought 25% of X', 'købte 25 procent af X': a share under half, right after the verb.
  const verbAt = trigger.tense === 'noun' ? -1 : at;
  if (percent && verbAt >= 0 && percent.index >= verbAt + trigger.text.length && /^\s*(?:\p{Ll}+\s+)?$/u.test(clause.slice(verbAt + trigger.text.length, percent.index)) && shareOfAfter.test(clause.slice(percent.index + percent[0].length))) return 'STAKE';
  return 'ACQUISITION';
}

const ownPartCache = new Map<string, RegExp>();
/** Whether a verb's object is a part of its subject: a reflexive possessive and a few words before 'to', or 'X sin'. */
function ownPartFollows(rest: string, lang: string): boolean {
  let regex = ownPartCache.get(lang);
  if (!regex) {
    const { coreference, prepositions } = lexiconFor(lang);
    const possessives = coreference.reflexivePossessives.map(escape).join('|');
    const to = prepositions.to.map(escape).join('|');
    // Past an adverb ('i fjor sine virksomheter') and the places the part is in ('i Ungarn, Bulgaria og Serbia').
    regex = new RegExp(`^\\s*(?:\\p{Ll}+\\s+){0,2}?(?:(?:${possessives})(?:\\s+[\\p{Ll}'’-]+){1,4}(?:\\s+(?:i|in|im|en|au|aux|à|på)(?:,?\\s+(?:\\p{Lu}[\\p{L}-]*|og|och|and|und|en|et)){1,7})?|[\\p{Ll}-]+\\s+(?:${possessives}))\\s+(?:${to})(?![\\p{L}])`, 'u');
    ownPartCache.set(lang, regex);
  }
  return regex.test(rest);
}

/** Whether a company noun opens the words after an owner's genitive: 'Axcels producent af …', "KKR's chip maker". */
function companyClassAhead(rest: string, lang: string): boolean {
  const first = /^(?::s)?\s+([\p{Ll}-]+)/u.exec(rest)?.[1];
  return first !== undefined && isCompanyClassWord(first, lang);
}

/** Whether one of the next four lower-case words is, or ends in, a unit noun ('svenska verksamhet', 'phone business'). */
function unitNounAhead(rest: string, lang: string): boolean {
  const words = rest.replace(/^:s/u, '').match(/^(?:\s+[\p{Ll}-]+){1,4}/u)?.[0].trim().split(/\s+/) ?? [];
  return words.some((word) => isUnitNoun(word, lang));
}

/** Whether a purchase is an ACQUISITION only for want of any word of share or control in its clause. */
function kindIsDefault(trigger: Trigger, clause: string, lang: string): boolean {
  if (trigger.action === 'merge' || trigger.action === 'writeDown') return false;
  const { stake, majority } = lexiconFor(lang).dealVerbs;
  const lower = clause.toLowerCase();
  return sharePercent(clause) === null && ![...stake, ...majority].some((word) => lower.includes(word.toLowerCase()));
}

/** The one unit of a company the page names: its child, or a company whose name extends the owner's ('eBay Classifieds Group'). */
function unitOf(owner: number, entities: ResolvedEntity[]): number | null {
  const name = entities[owner]?.name ?? '';
  const units = entities.map((e, i) => ({ e, i })).filter(({ e, i }) => i !== owner && e.type === 'COMPANY' && (e.parent === owner || e.name.startsWith(`${name} `)));
  return units.length === 1 ? (units[0] as { i: number }).i : null;
}

const partyIsCache = new Map<'buyerIs' | 'sellerIs' | 'targetIs', RegExp>();
/**
 * 'The buyer is X', 'Köparen är X', 'Selger er det nordiske oppkjøpsfondet X': the company right after a party noun and a
 * copula, past determiners, adjectives and a class noun.
 */
function partyNamed(text: string, lang: string, party: 'buyerIs' | 'sellerIs' | 'targetIs', mentions: Mention[], entities: ResolvedEntity[]): number | null {
  let regex = partyIsCache.get(party);
  if (!regex) {
    // Every language's phrases: a short sentence is easily taken for a neighbouring language.
    const phrases = supportedLanguages.flatMap((other) => lexiconFor(other).coreference[party]).map((p) => escape(p).replace(/\s+/g, '\\s+'));
    regex = new RegExp(`(?<![\\p{L}])(?:${phrases.join('|')})((?:\\s+[\\p{L}-]+){0,3})\\s*$`, 'iu');
    partyIsCache.set(party, regex);
  }
  for (const m of mentions) {
    if (m.entity === undefined || entities[m.entity]?.type !== 'COMPANY') continue;
    const match = regex.exec(text.slice(Math.max(0, m.start - 80), m.start));
    if (match === null) continue;
    // Only the words of a noun phrase may stand between: 'det nordiske oppkjøpsfondet', not a clause.
    const between = (match[1] ?? '').trim().split(/\s+/).filter(Boolean);
    const { determiners } = lexiconFor(lang).coreference;
    // Or any words in lower case closed by a kind of company: 'den voksende kemikoncern'.
    const described = between.length > 0 && isCompanyClassWord((between[between.length - 1] as string).toLowerCase(), lang) && between.every((word) => /^\p{Ll}/u.test(word));
    if (described || between.every((word) => determiners.includes(word.toLowerCase()) || nationalitySet.has(word.toLowerCase()) || originAdjective.test(word.toLowerCase()) || isCompanyClassWord(word.toLowerCase(), lang) || between.length === 1)) return m.entity;
  }
  return null;
}

/** Whether a trigger word opens 'Selger er X', 'Sælger er X' (a noun, not the verb 'sells'). */
function opensSellerIs(text: string, trigger: Trigger, lang: string): boolean {
  const rest = text.slice(trigger.start).toLowerCase();
  return lexiconFor(lang).coreference.sellerIs.some((phrase) => rest.startsWith(`${phrase} `));
}

/** The text from the first word of a trigger's inside that opens a phrase pointing back to a company, if one does. */
function innerPointingPhrase(inside: string, pointsBack: (words: string) => boolean): string | null {
  for (const word of inside.matchAll(/(?<![\p{L}])\p{L}/gu)) {
    const from = inside.slice(word.index);
    if (pointsBack(from)) return from;
  }
  return null;
}

const backCache = new Map<string, RegExp>();
/** Whether a clause opening refers back to a company: 'Der Leverkusener Konzern hat', 'The group has'. */
function pointsBackToCompany(text: string, lang: string): boolean {
  const { companyPhrases, determiners } = lexiconFor(lang).coreference;
  // After a dash or a quote mark that opens the clause too: '… – der Versicherer hatte …'.
  const opening = text.replace(/^[\s\p{Pd}\p{Pi}\p{Pf}"(:]+/u, ' ');
  let regex = backCache.get(lang);
  if (!regex) {
    regex = new RegExp(`^\\s*(?:${determiners.map(escape).join('|')})\\s+((?:[\\p{L}-]+\\s+){0,2})([\\p{L}-]+)(?:\\s|[.,;:!?]|$)`, 'iu');
    backCache.set(lang, regex);
  }
  const lower = opening.trim().toLowerCase();
  // 'the company.', 'selskapet,': the phrase may close the clause.
  if (companyPhrases.some((p) => lower.startsWith(p) && /^(?:$|[\s.,;:!?])/u.test(lower.slice(p.length)))) return true;
  const match = regex.exec(opening);
  if (match === null) return false;
  const article = /^\s*([\p{L}'’]+)/u.exec(opening)?.[1]?.toLowerCase();
  if (article !== undefined && lexiconFor(lang).coreference.indefiniteArticles.includes(article)) return false;
  // A determiner, adjectives and a noun that names a kind of company ('Der Leverkusener Konzern'): any of the first
  // three words after the determiner may be the noun.
  const words = [...((match[1] as string).match(/[\p{L}-]+/gu) ?? []), match[2] as string];
  // 'kocht het de Nederlandse concurrent X', 'förvärvade det spelutvecklaren X': a pronoun before the object, not a
  // phrase (a determiner before another, or before a noun already definite).
  if (determiners.includes((words[0] as string).toLowerCase()) || (definiteSuffixLanguages.has(lang) && words.length === 1)) return false;
  return words.some((word) => isCompanyClassWord(lang === 'de' ? word : word.toLowerCase(), lang));
}

/** Whether a clause opens with a person's pronoun and at most two more words before its verb: 'He bought', 'Han har nu købt'. */
function opensWithPersonPronoun(opening: string, lang: string): boolean {
  const words = opening.toLowerCase().match(/[\p{L}'’]+/gu) ?? [];
  return words.length >= 1 && words.length <= 3 && lexiconFor(lang).coreference.personPronouns.includes(words[0] as string);
}

/** Subject pronouns that stand for a company inside a relative clause ('which it bought', 'dat het overnam'). */
const pronounSubjects = new Set(['it', 'they', 'het', 'zij', 'ze', 'es', 'sie', 'il', 'elle', 'ils', 'elles', 'den', 'det', 'de', 'dem']);

/**
 * The company a relative clause's object pronoun stands for: 'Y, the company (that) it bought' — a company right before
 * the last comma before the verb, then a relative pronoun and a pronoun subject between comma and verb.
 */
function objectRelative(text: string, verbStart: number, lang: string, mentions: Mention[], entities: ResolvedEntity[]): number | null {
  const comma = text.lastIndexOf(',', verbStart);
  if (comma < 0) return null;
  const words = text.slice(comma + 1, verbStart).toLowerCase().match(/[\p{L}'’]+/gu) ?? [];
  const relatives = lexiconFor(lang).coreference.relativePronouns;
  const at = words.findIndex((word) => relatives.includes(word));
  // 'Zappos, the online shoe seller it picked up in 2009': English leaves the object's relative pronoun out.
  const reduced = at < 0 && lang === 'en' && words.length >= 3 && words.length <= 6 && lexiconFor(lang).coreference.determiners.includes(words[0] as string) && pronounSubjects.has(words[words.length - 1] as string);
  if (!reduced && (at < 0 || words.length > 10 || !words.slice(at + 1).some((word) => pronounSubjects.has(word)))) return null;
  const antecedent = [...mentions].reverse().find((m) => m.end <= comma && /^\s*$/.test(text.slice(m.end, comma)));
  return antecedent && antecedent.entity !== undefined && entities[antecedent.entity]?.type === 'COMPANY' ? antecedent.entity : null;
}

/** Relative pronouns that are the verb's object when a name, its subject, follows them (not 'der' in da and de: a subject). */
const objectRelativeOpening: Record<string, RegExp> = {
  en: /^\s*,\s*(?:which|that)\s+$/iu,
  da: /^\s*,\s*som\s+$/iu,
  no: /^\s*,\s*som\s+$/iu,
  sv: /^\s*,\s*som\s+$/iu,
  de: /^\s*,\s*(?:den|das|die)\s+$/iu,
  nl: /^\s*,\s*(?:dat|die)\s+$/iu,
  fr: /^\s*,\s*(?:que\s+|qu['’])$/iu,
};

/** The relative clause's subject and the company it names as its object, when a verb closes such a clause. */
function objectOfRelative(text: string, trigger: Trigger, lang: string, before: Mention[], entities: ResolvedEntity[]): { subject: Mention; object: Mention } | undefined {
  const opening = objectRelativeOpening[lang];
  if (!opening) return undefined;
  for (let i = before.length - 1; i >= 1; i -= 1) {
    const subject = before[i] as Mention;
    const object = before[i - 1] as Mention;
    if (text.slice(subject.end, trigger.start).includes(',') || !opening.test(text.slice(object.end, subject.start))) continue;
    if (object.entity === undefined || object.entity === subject.entity || entities[object.entity]?.type !== 'COMPANY') return undefined;
    return { subject, object };
  }
  return undefined;
}

/** A gap ending in 'and' (and an article or adjective of origin): 'for $11.6bn and', ', puis le californien'. */
const andBefore =
  /(?:(?:^|[\s,])(?:and|und|og|och|en|et|samt|puis|sowie|as well as)(?:\s*,[\p{L}\d\s]{1,30},)?\s+(?:(?:later|then|subsequently|senere|senare|später|daarna|ensuite)\s+)?(?:(?:av|af|of|von|van|de|d'|du)\s+)?|,\s*(?:then|later|dann|danach|später|derefter|senere|sedan|därefter|senare|deretter|daarna|vervolgens|ensuite)\s+)(?:(?:the|le|la|les|l'|de|het|den|det|die|der|das|(?:l['’])?[\p{Ll}-]+(?:ais|aise|ain|aine|ois|oise|and|ande|ique|ien|ienne|sk|ske|ska|ischen|ische|se))\s+){0,2}$/iu;

/**
 * The gap between two names of a list without the class noun that describes the second ('och av Stockholmsbolaget ',
 * 'and the software company '): the gap as it is, else without the noun, then without one or two lower-case words before it.
 */
function withoutClassNoun(gap: string, lang: string): string[] {
  const noun = /(?<=\s)[\p{L}-]+\s+$/u.exec(gap);
  if (noun === null || !isCompanyClassWord(noun[0].trim().toLowerCase(), lang)) return [gap];
  const bare = [gap.slice(0, noun.index)];
  const prepositions = anyPreposition(lang);
  for (let k = 0; k < 2; k += 1) {
    const word = /(?<=\s)\p{Ll}[\p{L}-]*\s+$/u.exec(bare[k] as string);
    // 'efter en budstrid med riskkapitalbolaget Carlyle': past a preposition the noun is no item's description.
    if (word === null || prepositions.has(word[0].trim())) break;
    bare.push((bare[k] as string).slice(0, word.index));
  }
  return bare;
}

/**
 * A definite phrase of a few words naming a kind of company right after a verb, closed by a comma or a preposition with
 * no name inside ('the San Francisco cancer specialist for …,'), where the words after the verb run on past a comma.
 */
function describedCompanyOpening(after: string, lang: string): boolean {
  const { determiners, indefiniteArticles } = lexiconFor(lang).coreference;
  const prepositions = anyPreposition(lang);
  const words = after.match(/[\p{L}\p{N}'’-]+|,/gu) ?? [];
  const first = words[0]?.toLowerCase();
  if (first === undefined || !determiners.includes(first) || indefiniteArticles.includes(first) || !after.includes(',')) return false;
  const phrase: string[] = [];
  for (const word of words.slice(1, 7)) {
    if (word === ',' || prepositions.has(word.toLowerCase())) break;
    phrase.push(word);
  }
  const head = phrase[phrase.length - 1];
  return head !== undefined && phrase.length < 6 && isCompanyClassWord(lang === 'de' ? head : head.toLowerCase(), lang);
}

/** Whether the text before a name ends inside a relative clause opened after a comma (', which Tan ran before it took the '). */
function insideRelativeClause(before: string, relative: RegExp): boolean {
  const comma = before.lastIndexOf(',');
  return comma >= 0 && relative.test(before.slice(comma));
}

/** A conjunction of time opening a clause: 'when', 'toen', 'als', 'da', 'när', 'lorsque'. */
const timeClauseOpening = /(?<![\p{L}])(?:when|toen|als|wenn|nachdem|da|då|när|lorsque|quand)\s(?:(?!,)[^,])*$/iu;

/** A price after the thing added: '… Hotel Chocolat for £534m', '… for about $1.7bn'. */
const addedForPrice = /^[^.;:]*?\sfor\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?(?:[$€£¥]\s?\d|\d[\d.,]*\s?(?:bn|m|billion|million)\b)/iu;

/** Verbs of following, in the buy lexicons, that continue a list of purchases. */
const followVerb = /^(?:folgte|folgten|fulgte|följde|volgde|volgden|followed by|suivi de|suivi par)$/iu;

/** The participles among them, which a year before them does not date ('in 2009, followed by X in 2015'). */
export const followedBy = /^(?:followed by|suivi de|suivi par)$/iu;

/** 'several purchases, including X and Y', 'flere opkøb, blandt andet af X': the deals of a plural noun, one by one. */
/** Words that open examples of what was just named, in the languages read ('including', 'darunter', 'waaronder'). */
const exampleWords = String.raw`including|among them|such as|darunter|unter anderem|u\.\s?a\.|waaronder|onder meer|onder andere|zoals|blandt andet|blant annet|bland annat|bl\.\s?a\.|dont|notamment|comme`;

/**
 * Past a few words that qualify the noun ('achats de taille plus modeste, comme celui du …'; no count of goods), and a
 * French 'celui'. Here 'wie', 'notably', 'among others' and 'parmi lesquels' open examples too, not after a bare comma.
 */
const examplesOpening = new RegExp(
  String.raw`^(?:\s+[^\s,;:\d]+){0,4}?\s*,?\s*(?:(?:of|van|av|af|von|de)\s+)?(?:${exampleWords}|among others|notably|wie|parmi lesquel(?:le)?s)(?:\s+(?:celui|celle|ceux|celles))?(?:\s+(?:av|af|of|von|van|de|d'|du|des))?\s`,
  'iu',
);

/** ', darunter', ', including', ', waaronder': examples of the object right after a verb that closed the clause. */
const examplesAfterComma = new RegExp(String.raw`^\s*,\s*(?:${exampleWords})\s`, 'iu');

function examplesAfterNoun(gap: string): boolean {
  const opening = examplesOpening.exec(gap);
  // 'l'achat de 470 appareils, dont 250 chez Airbus': a count after the opening lists goods, not companies.
  return opening !== null && !/^\s*\d/u.test(gap.slice(opening[0].length)) && (gap.slice(opening[0].length).match(/[\p{L}\p{N}'’-]+/gu) ?? []).length <= 8;
}

/** 'een bod … op de maker van Sikkens': past the offer's own 'on' or 'for', a 'from' word names no bidder. */
function offerTargetBetween(gap: string, lang: string): boolean {
  const { prepositions } = lexiconFor(lang);
  return (gap.toLowerCase().match(/[\p{L}'’]+/gu) ?? []).some((word) => prepositions.on.includes(word) || prepositions.for.includes(word));
}

/** 'ett bud på X, kontrollerad av Y': an owner after 'owned by', no bidder. */
const ownedByBefore = new RegExp(`(?<![\\p{L}])${wordAlternation(clauseWordsOfAll('ownedBy'))}\\s+(?:[\\p{Ll}-]+\\s+){0,3}$`, 'iu');

/** The preposition an offer names what it is for with, right after it: 'bud på', 'bid for', 'Angebot für', 'offre sur'. */
const offerForOpening = /^\s+(?:på|for|on|op|auf|für|sur|pour)\s/iu;

/** 'budet på X från EQT', 'an offer for X from Y': a word meaning only 'from', never 'of', right before the bidder. */
const onlyFromBefore = /(?<![\p{L}])(?:from|fra|från)\s+(?:[\p{Ll}-]+\s+){0,2}$/iu;

/** ', puis ', ', then ', 'und danach ': a list goes on to the next purchase. */
const thenBefore = /(?:^|[\s,])(?:puis|then|dann|danach|derefter|sedan|därefter|deretter|daarna|vervolgens|ensuite)\s/iu;

/** 'Gagfah in 2015, Buwog in 2018 and …': between two items of a list only a comma and the item's year or price. */
const listComma = /^[\s(]*(?:[\p{L}.]{1,4}\s*|[\d.,$€£¥%]+\s*){0,4}\)?\s*,\s*$/u;

/** Every deal preposition of a language ('from', 'to', 'of', …), in one set. */
const anyPreposition = perLanguage((lang) => new Set(Object.values(lexiconFor(lang).prepositions).flat()));

/** A lower-case noun right after a name ending in -s ('Augusts bostadsverksamhet'), not a preposition ('Digitas in 2007'). */
function ownedNounAfter(after: string, lang: string): boolean {
  const word = /^s?\s+(\p{Ll}+)/u.exec(after)?.[1];
  // 'AH Industries og Euromaint': an 'and' after a name ending in s goes on with a list, no owned noun; unless a second
  // genitive shares the noun ('Yales och Augusts bostadsverksamhet').
  if (word !== undefined && andWord.test(word)) return /^s?\s+\p{Ll}+\s+\p{Lu}[\p{L}-]*s\s+\p{Ll}/u.test(after);
  return word !== undefined && !anyPreposition(lang).has(word);
}

/** 'and' between two merging parties, in the languages read; past a short aside in brackets ('A (2010) and B'). */
const andWord = new RegExp(`^\\s*(?:\\([^()]{1,30}\\)\\s*)?${andWords}\\s*$`, 'iu');

/**
 * A Nordic subordinate clause up to its verb: 'da selskapet ', 'när bolaget ', 'efter at koncernen '. It keeps the order
 * subject-verb, so the name after its verb is an object ('da selskapet kjøpte svenske SPP').
 */
const nordicSubordinateSubject = /(?<![\p{L}])(?:da|då|når|när|mens|medan|fordi|eftersom|efter at|etter at|efter att|innan|inden|før|at|att|som|der)\s+(?:[\p{L}-]+\s+){1,3}$/iu;
/** Abbreviations of amounts and currencies whose period ends no sentence: 'mia. kr.', 'Mrd.', 'mio.'. */
const amountAbbreviations = /(?<![\p{L}])(?:mia|mio|mrd|md|mds|kr|bn|mn|ca|mill|milj)\./giu;

/** A clause that opens with 'but' or 'and' alone before its verb. */
const conjunctionOnly = /^[\s,;]*(?:and|but|og|men|och|und|aber|doch|en|maar|et|mais|samt)\s+$/iu;

/** 'Ce dernier prévoit d'acquérir …', 'The latter agreed to buy …': the company named last before the clause. */
const latterOpening = /^[\s,;:–-]*(?:the latter|ce dernier|cette dernière|celui-ci|celle-ci|letzterer|letztere|letzteres|laatstgenoemde|deze laatste|sidstnævnte|sistnevnte|den sistnevnte|den senare|det senare|sistnämnda)(?![\p{L}])/iu;

/** An adjective of origin by its ending: 'brittiska', 'kinesiske', 'französischen', 'allemande'. */
const originWord = '\\p{Ll}+(?:sk|ska|ske|ische|ischen|sche|se|ais|aise|ain|aine|ois|oise|ien|ienne|an|ian|and|ande)';
/** An adjective of origin between a verb-second verb and its subject ('…, och samma år köpte brittiska Glaxo'). */
const originBeforeSubject = new RegExp(`^\\s+(?:${originWord}\\s+)?$`, 'u');
/**
 * What may stand between a verb-second verb and its subject: a reflexive pronoun ('trennte sich Bayer von') or an
 * adjective of origin ('År 1995 gick svenska Pharmacia samman med …', 'I 2010 tok kinesiske Geely over …').
 */
const subjectAfterVerb = new RegExp(`^\\s+(?:(?:sich|sig|seg|zich)\\s+)?(?:${originWord}\\s+)?$`, 'u');

/**
 * 'Im Jahr 2015 erwarb der Darmstädter Chemiekonzern X den Laborzulieferer Y': in German, a nominative article ('der',
 * not the object's 'den') and a kind of company, or the article alone ('übernahm die Deutsche Telekom den Mobilfunker X'),
 * between a verb-second verb and a name open its subject. German only: its cases tell subject from object, while
 * 'kjøpte det svenske selskapet X' may point back, X bought.
 */
const germanKindBeforeSubject = /^\s+(?:sich\s+)?(?:der|die|das)\s+(?:(?:[\p{L}-]+\s+){0,4}?([\p{L}-]+)\s+)?$/iu;
function kindBeforeSubject(between: string, lang: string): boolean {
  const match = lang === 'de' ? germanKindBeforeSubject.exec(between) : null;
  if (!match) return false;
  // One phrase: 'schluckte das Unternehmen den Konkurrenten X' has the subject in the first and X in the second.
  const { determiners, companyPhrases } = lexiconFor(lang).coreference;
  if ((between.match(/[\p{L}-]+/gu) ?? []).slice(1).some((word) => determiners.includes(word.toLowerCase()))) return false;
  // 'übernahm der Konzern X': a bare phrase pointing back is the subject itself, the name its object.
  const phrase = between.trim().toLowerCase();
  if (companyPhrases.some((p) => p.toLowerCase() === phrase)) return false;
  const noun = match[1];
  return noun === undefined || isCompanyClassWord(noun, lang);
}

/** A noun phrase of its own up to a name: a determiner and at most four words, no preposition ('det familieejede firma '). */
const determinerPhrase = perLanguage((lang) => {
  const { determiners } = lexiconFor(lang).coreference;
  const articles = determiners.filter((word) => !/s$/u.test(word) || word.length <= 3);
  return new RegExp(`^\\s+${wordAlternation(articles)}\\s+(?:[\\p{L}-]+\\s+){0,4}$`, 'iu');
});

/** A relative pronoun or 'and' anywhere in a gap: 'X, som ejer Y', 'X og Y'. */
const relativeBetween = perLanguage((lang) => new RegExp(`(?<![\\p{L}])${wordAlternation([...lexiconFor(lang).coreference.relativePronouns, ...lexiconFor(lang).clauseWords.and])}(?![\\p{L}])`, 'iu'));

/** The words of a language's verbs of selling, in every tense ('sold', 'selges', 'verkauft'). */
const sellWords = perLanguage((lang) => {
  const { sell } = lexiconFor(lang).dealVerbs;
  return new Set([...sell.past, ...sell.present, ...sell.base].flatMap((form) => form.toLowerCase().split(/\s+|…/u)).filter((word) => word.length > 3));
});
/** Whether a trigger tells a sale, also in the passive ('was sold', 'ble solgt', 'wird verkauft'). */
function soldForm(trigger: Trigger, lang: string): boolean {
  if (trigger.action === 'sell') return true;
  const words = sellWords(lang);
  return trigger.text.toLowerCase().split(/\s+/u).some((word) => words.has(word) || /^(?:sold|solgt|selges|såld|säljs|verkauft|verkocht|vendu|vendue)$/u.test(word));
}

/**
 * 'the value of ', 'værdien af ', 'den Wert von ', 'la valeur de ', 'op de boekwaarde van de landbouwtak ' before a name: up to
 * three words may say what the name is to the company ('its stake in', 'the unit').
 */
const valueOfBefore = /(?<![\p{L}])(?:value|værdien|verdien|värdet|wert|buchwert|waarde|boekwaarde|valeur)\s+(?:of|af|av|på|von|des|der|van|de|du|d['’])(?:\s*|\s+(?:[\p{L}-]+\s+){1,3})$/iu;

/** An article or possessive right before a word: 'the ', 'das ', 'its ' (not the Nordic 'de', also 'they': 'da de fusionerede'). */
const determinerBefore = perLanguage((lang) => {
  const words = [...lexiconFor(lang).coreference.determiners, ...lexiconFor(lang).coreference.reflexivePossessives, 'its', 'their'].filter((word) => !(word === 'de' && definiteSuffixLanguages.has(lang)));
  return new RegExp(`(?<![\\p{L}])${wordAlternation(words)}\\s+$`, 'iu');
});

/** Nouns for a vehicle a party acts through, and the 'of' after them. */
const vehicleNoun = /^(?:affiliates?|subsidiary|subsidiaries|vehicle|entity|funds?|fonds|filiale|tochter|tochtergesellschaft|dochter|datterselskab|datterselskap|dotterbolag|dotterbolaget)$/iu;
const vehicleOf = /^(?:of|af|av|van|von|de|des|du)$/iu;

/** A noun of buying or selling ('acquisition', 'rachat', 'Verkauf'), no offer. */
function purchaseNoun(trigger: Trigger): boolean {
  return (trigger.action === 'buy' || trigger.action === 'sell') && trigger.tense === 'noun' && trigger.offer !== true;
}

/** Verbs of approving or examining a deal, in the languages read: who does so is an authority, no party. */
const approvalWord = /(?<![\p{L}])(?:approv\p{L}*|godkend\p{L}*|godkjen\p{L}*|godkänn\p{L}*|genehmig\p{L}*|goedgekeurd|goedkeur\p{L}*|goed te keuren|approuv\p{L}*|autoris\p{L}*|cleared|clearance|prüf\p{L}*|investigat\p{L}*|undersøg\p{L}*|gransk\p{L}*|examin\p{L}*|billigt|billigen|gebilligt)(?![\p{L}])/iu;

/** Articles and possessives that may stand before the second of a pair. */
const pairArticles = new Set(['the', 'its', 'their', 'dem', 'der', 'den', 'des', 'die', 'seinem', 'seiner', 'ihrem', 'ihrer', 'le', 'la', 'les', "l'", 'l’', 'son', 'sa', 'het', 'de', 'zijn', 'haar', 'sin', 'sitt', 'sina', 'sine', 'sit']);

/** 'with' alone between two names, in the languages read. */
const withWord = /^\s*(?:with|mit|med|avec|met)\s*$/iu;

/**
 * Two companies right after a merger noun joined by 'and' or 'with' ('Fusion von X und Y', 'fusionen mellem X og Y',
 * 'the merger of X with Y'), or null.
 */
function mergerPair(text: string, nounEnd: number, after: Mention[], lang: string): [number, number] | null {
  const first = after[0];
  // 'Fiat Chrysler (FCA) und Renault': the first party's short form in parentheses stands between.
  const short = after[1] !== undefined && first !== undefined && after[1].entity === first.entity && /^\s*\(\s*$/u.test(text.slice(first.end, after[1].start)) ? after[1] : undefined;
  const second = after[short ? 2 : 1];
  const firstEnd = short ? short.end : first?.end ?? 0;
  if (!first || !second || first.entity === undefined || second.entity === undefined || first.entity === second.entity) return null;
  // Longer past a kind of company right before the first: 'Fusion zwischen dem Schweizer Chemiekonzern X'.
  const lead = text.slice(nounEnd, first.start).match(/[\p{L}-]+/gu) ?? [];
  const kindBefore = lead.length > 0 && isCompanyClassWord((lead[lead.length - 1] as string).toLowerCase(), lang);
  // 'Fusionsgespräche mit X und Y': partners after 'with' merge with the clause's subject, not with each other.
  if (lead.some((word) => withWord.test(` ${word} `))) return null;
  // 'the merger of X with Y', 'Fusion der X mit der Y', 'la fusion de X avec Y': 'with' joins the pair as 'and' does.
  // Past an article and a kind of company too: 'und dem Konkurrenten Y', 'and its rival Y'.
  // 'Alstom ALSO.PA et Siemens': the first party's ticker stands between.
  const gap = text.slice(firstEnd, second.start).replace(/^\s*\)/u, '');
  const code = /^\s+/u.exec(gap) !== null ? instrumentCodeAt.exec(gap.trimStart()) : null;
  const joinedWords = (withoutOrigin(code === null ? gap : gap.trimStart().slice(code[0].length)).match(/[\p{L}&'’-]+/gu) ?? []).filter((word) => !pairArticles.has(word.toLowerCase()) && !isCompanyClassWord(word.toLowerCase(), lang));
  const joined = ` ${joinedWords.join(' ')} `;
  if (lead.length > (kindBefore ? 7 : 4) || approvalWord.test(text.slice(nounEnd, first.start)) || !(andWord.test(joined) || withWord.test(joined))) return null;
  return [first.entity, second.entity];
}

/** 'and Britain's ', 'og finske ', 'et le français ': the 'and' between two parties without where the second is from. */
function withoutOrigin(gap: string): string {
  return gap.replace(/(?:\s+(?:the|le|la|l['’]|de|het|die|der|den|det))?(?:\s+(?:\p{Lu}[\p{L}-]*['’]s|\p{Lu}\p{Ll}+er|(?:l['’])?[\p{L}-]+(?:sk|ske|ska|ische|ischen|se|sche|ais|aise|ain|aine|ois|oise|ien|ienne|an|ian|and|ande|ique)))?\s*$/u, ' ');
}

/** 'overtager olieselskabet', 'köper bilföretaget': a compound whose last part is a definite company phrase (da, no, sv, de). */
function compoundCompanyPhrase(objectText: string, lang: string): boolean {
  const first = /^\s*([\p{L}-]+)/u.exec(objectText)?.[1]?.toLowerCase();
  if (!first) return false;
  return lexiconFor(lang).coreference.companyPhrases.some((phrase) => !phrase.includes(' ') && phrase !== first && phrase.length >= 6 && first.endsWith(phrase));
}

/** Languages that capitalise every noun: a weak name there ('Verwaltungsratsvorsitzender') is no antecedent. */
const nounsCapitalised = new Set(['de']);

/** A name never firmly told as one and only ever opening a sentence ('Battle moves to London'): no actor to point back to. */
function weakInitialName(entity: ResolvedEntity | undefined): boolean {
  return entity !== undefined && !entity.accepted && entity.mentions.every((m) => m.initial);
}

/** How many recent companies the discourse keeps. */
const recentKept = 4;

/**
 * The company a phrase such as 'selskabet', 'das französische Unternehmen' points back to: the last company named before
 * `before` in this sentence, else in the sentences before, that is not `exclude`.
 */
function companyPointedTo(before: Mention[], entities: ResolvedEntity[], state: DiscourseState, exclude: number | null | Set<number | null>, lang: string): number | null {
  const excluded = (id: number | undefined) => (exclude instanceof Set ? exclude.has(id ?? null) : id === exclude);
  for (let i = before.length - 1; i >= 0; i -= 1) {
    const id = (before[i] as Mention).entity as number;
    // Where every noun is capitalised, a name told once may be a noun; one told twice ('Skype-Gründer … Skype') is a name.
    if (!excluded(id) && entities[id]?.type === 'COMPANY' && (entities[id]?.accepted || !nounsCapitalised.has(lang) || (entities[id]?.mentions.length ?? 0) >= 2)) return id;
  }
  const recent = state.recentCompanies ?? [];
  for (let i = recent.length - 1; i >= 0; i -= 1) if (!excluded(recent[i])) return recent[i] as number;
  return null;
}

const unitCache = new Map<string, RegExp>();
/**
 * Whether an object opens with a definite unit noun that points back to a business named before: 'the business',
 * 'verksamheten', 'die Sparte', "l'activité", 'het onderdeel'.
 */
function pointsBackToUnit(objectText: string, lang: string): boolean {
  let regex = unitCache.get(lang);
  if (!regex) {
    // The bare definite noun: a compound ('mobiltelefonvirksomheten') or a possessive after it ('… sin') names a
    // business of its own.
    regex = new RegExp(`^\\s*${definiteUnitNounSource(lang)}(?![\\p{L}])(?!\\s+(?:sin|sitt|sine|sina|sit|sine)(?![\\p{L}]))`, 'iu');
    unitCache.set(lang, regex);
  }
  return regex.test(objectText);
}

/**
 * The deal mentions of one sentence. `mentions` are the sentence's entity mentions (resolved), `entities` the document's.
 */
export function assignDealArguments(
  text: string,
  sentenceIndex: number,
  lang: string,
  triggers: Trigger[],
  mentions: Mention[],
  entities: ResolvedEntity[],
  state: DiscourseState,
): DealMention[] {
  const { coreference } = lexiconFor(lang);
  const relative = new RegExp(`^\\s*,\\s*(?:${coreference.relativePronouns.map(escape).join('|')})(?![\\p{L}])`, 'iu');
  const results: DealMention[] = [];
  const partyTriggers = triggers.filter((trigger) => trigger.action !== 'deal');
  let sentenceSubject: number | null = null;
  /** Verbs an interest already names as wanted ('interested in buying X'): the rumoured purchase is the interest's. */
  const wantedByInterest = new Set<Trigger>();
  for (const trigger of triggers) {
    if (wantedByInterest.has(trigger)) continue;
    // 'I 2007 købte koncernen X, og i 2012 fulgte australske Ludowici', 'bought A in 2015, followed by B': a verb of
    // following names one more purchase of the buyer told just before, and nothing without one.
    const continued = followVerb.test(trigger.text) ? ([...results].reverse().find((m) => m.trigger.action === 'buy' && m.acquirer !== null) ?? (state.lastPurchase && state.lastPurchase.sentence >= sentenceIndex - 1 ? state.lastPurchase : undefined)) : null;
    if (continued === undefined) continue;
    // 'Last year it added the chocolatier Hotel Chocolat for £534m': 'added' buys only with a price.
    if (/^adds?$|^added$/iu.test(trigger.text) && !addedForPrice.test(text.slice(trigger.end, trigger.end + 120))) continue;
    if (trigger.action === 'deal' || (trigger.action === 'sell' && opensSellerIs(text, trigger, lang)) || takesOffice(text, trigger, lang) || buysBackOwnShares(text, trigger)) continue;
    let [clauseStart, clauseEnd] = clauseAround(text, trigger.start, lang);
    // 'X paid €170 million for Y and wrote off €141 million last year': a write-down verb starts its own clause, so the
    // price stays with the purchase and the write-down's amount and date with the write-down.
    // 'booked a write-down on Y, the company it bought last year': a purchase in a relative clause after a comma keeps its
    // own date, and the write-down's clause ends at that comma.
    for (const other of partyTriggers) {
      // '…, followed by Hospira': a verb of following ends the clause of the purchase before it.
      if (other !== trigger && followVerb.test(other.text) && other.start >= trigger.end && other.start < clauseEnd) clauseEnd = other.start;
      // 'une grosse acquisition en 2007, avec le rachat de X': an event noun's phrase ends where the next one begins.
      if (other !== trigger && trigger.tense === 'noun' && other.tense === 'noun' && purchaseNoun(trigger) && purchaseNoun(other) && other.start >= trigger.end && other.start < clauseEnd) clauseEnd = other.start;
      if (other === trigger || (other.action === 'writeDown') === (trigger.action === 'writeDown')) continue;
      const verbs = other.tense !== 'noun' && trigger.tense !== 'noun';
      if (verbs && trigger.action === 'writeDown' && other.end <= trigger.start && other.start >= clauseStart) clauseStart = trigger.start;
      if (verbs && trigger.action !== 'writeDown' && other.start >= trigger.end && other.start < clauseEnd) clauseEnd = other.start;
      if (other.tense === 'noun' || other.start < trigger.end || other.start >= clauseEnd) continue;
      const comma = text.lastIndexOf(',', other.start);
      if (trigger.action === 'writeDown' && comma > trigger.end) clauseEnd = comma;
    }
    if (trigger.action !== 'writeDown' && trigger.tense !== 'noun') {
      const writeDown = partyTriggers.find((other) => other.action === 'writeDown' && other.end <= trigger.start && other.start >= clauseStart);
      const comma = writeDown ? text.lastIndexOf(',', trigger.start) : -1;
      if (writeDown && comma > writeDown.end) clauseStart = comma + 1;
    }
    // 'Pour Alstom, qui a cédé X à Y il y a deux ans, ce rachat marque …': an event noun after a verb's clause and a comma
    // starts its own clause, so the verb's date and parties stay with the verb.
    let cutAfterVerb = false;
    if (trigger.tense === 'noun') {
      const comma = text.lastIndexOf(',', trigger.start);
      if (comma > clauseStart && partyTriggers.some((other) => other !== trigger && other.tense !== 'noun' && other.end <= comma && other.start >= clauseStart)) {
        clauseStart = comma + 1;
        cutAfterVerb = true;
      }
    }
    const inClause = mentions.filter((m) => m.start >= clauseStart && m.end <= clauseEnd && m.entity !== undefined);
    let before = inClause.filter((m) => m.end <= trigger.start);
    // 'Kerecis-købet', 'die Dresdner-Übernahme': a name glued to a noun of buying or selling is what changes hands.
    // English puts the name before the noun with a space: 'abandons $40bn Arm takeover', 'the Activision purchase'.
    const glued =
      trigger.tense === 'noun' && (trigger.action === 'buy' || trigger.action === 'sell')
        ? before.find((m) => text.slice(m.end, trigger.start) === '-' || (lang === 'en' && !m.genitive && !trigger.offer && before.length >= 2 && /^ $/u.test(text.slice(m.end, trigger.start))))
        : undefined;
    if (glued) before = before.filter((m) => m !== glued);
    // A separable verb ('neemt X over') holds its object inside the trigger span: objects start after its first word.
    const headEnd = trigger.start + (trigger.text.split(/\s+/)[0] ?? '').length;
    let after = inClause.filter((m) => m.start >= headEnd);
    // 'kwam overeen om het Britse ICI over te nemen', 'um Opel zu übernehmen': in an infinitive clause of a verb-final
    // language the names between its opening word and the verb are its objects; the subject stands before.
    if (trigger.tense === 'base' && verbFinalInfinitive.has(lang) && after.length === 0) {
      // 'es habe zugestimmt, seine Sparte an X zu verkaufen': a German infinitive with 'zu' opens at the comma before it.
      const zuInfinitive = lang === 'de' && (/^zu\s/u.test(trigger.text) || /(?:^|\s)zu\s+$/u.test(text.slice(clauseStart, trigger.start)));
      const marked = infinitiveOpening(text.slice(clauseStart, trigger.start));
      const comma = text.slice(clauseStart, trigger.start).lastIndexOf(',');
      const opening = marked < 0 && zuInfinitive && comma >= 0 ? comma + 1 : marked;
      // German 'um … zu verkaufen' has its 'zu'; 'an ein Konsortium rund um X verkaufen' has none.
      const germanWithoutZu = lang === 'de' && !/(?:^|\s)zu\s+$/u.test(text.slice(clauseStart, trigger.start)) && !/zu/u.test(trigger.text);
      if (opening >= 0 && !germanWithoutZu) {
        const from = clauseStart + opening;
        // After a bare comma only names the page firmly tells as names: German capitalises every noun ('Teile', 'Preisabschlag').
        after = before.filter((m) => m.start >= from && (marked >= 0 || entities[m.entity as number]?.accepted === true));
        before = before.filter((m) => m.end <= from);
      }
    }
    const prep = (m: Mention, from: number) => prepositionBefore(text, from, m.start, lang);
    const id = (m: Mention | undefined) => (m ? (m.entity as number) : null);

    // Subject: the last name before the trigger not inside a prepositional phrase ('for X, which bought' counts).
    let subject: Mention | undefined;
    // 'Konsortiet, som ledes av Golden Brick og Beijing Kunlun, kjøper …': a consortium opening the clause acts through
    // the first company named in its apposition.
    if (consortiumOpening.test(text.slice(clauseStart, trigger.start))) subject = before.find((m) => entities[id(m) as number]?.type === 'COMPANY');
    // 'Since buying Mojang in 2014, Microsoft has …', 'by paying $15.6bn for MedImmune': the gerund's subject is the main
    // clause's, after the comma that closes a fronted gerund (or after the verb-second verb), else the clause's first name.
    const gerund = trigger.tense === 'noun' ? null : gerundOpening(text.slice(clauseStart, trigger.start), lang);
    let gerundObjects: Mention[] | undefined;
    // 'meldde dat het zijn afdeling X verkoopt aan Y', 'sagte, dass es X an Y verkauft': in a verb-final subordinate
    // clause the names before the verb are its objects, and a pronoun subject is the company of the main clause.
    const subordinate = gerund === null && (trigger.tense === 'present' || trigger.tense === 'past') && verbFinalInfinitive.has(lang) ? subordinateClause(text.slice(clauseStart, trigger.start), lang) : null;
    if (subordinate !== null && subject === undefined) {
      const from = clauseStart + subordinate.from;
      const inside = before.filter((m) => m.start >= from);
      const first = inside[0];
      if (subordinate.pronoun && (first === undefined || first.start >= from + subordinate.length)) {
        before = before.filter((m) => m.start < from);
        gerundObjects = [...inside, ...after];
        // 'AB InBev, dat de markt beheerst sinds het in 2016 SABMiller overnam': inside a relative clause the pronoun is
        // the name the clause describes.
        const described = before.findLast((m) => relative.test(text.slice(m.end, from)) && !/[,;:]/u.test(text.slice(m.end, from).replace(/^\s*,/u, '')));
        if (described !== undefined) subject = described;
      } else if (!subordinate.pronoun && first !== undefined && ((text.slice(from, first.start).trim().split(/\s+/u).filter(Boolean).length <= 2 && inside.length >= 2) || (/^\s*$/u.test(text.slice(from, first.start)) && pointsBackToCompany(text.slice(first.end, trigger.start), lang)))) {
        // Also one name right after the conjunction before a phrase for a company told earlier: 'bevor Orvik das
        // französische Unternehmen 2016 übernahm'.
        subject = first;
        gerundObjects = [...inside.slice(1), ...after];
      }
    }
    if (gerund !== null && before.length === 0) {
      const comma = text.indexOf(',', trigger.end);
      const main = comma >= 0 && comma < clauseEnd ? after.findIndex((m) => m.start > comma) : verbSecond.has(lang) ? 1 : -1;
      if (main > 0 && main < after.length) {
        subject = after[main];
        gerundObjects = after.slice(0, main);
      }
    } else if (gerund !== null && prep(before[0] as Mention, clauseStart) === null) subject = before[0];
    // 'Vodafone, damals unter Chef Chris Gent, hatte Mannesmann … übernommen', 'Atos wil Gemalto overnemen': before a bare
    // participle or infinitive at the end of a German or Dutch clause the first name is the subject and the names after
    // it are objects (for an infinitive, names the page firmly tells as names: German capitalises every noun).
    const firmNames = before.every((m) => entities[m.entity as number]?.accepted === true);
    // 'hatte Reebok 2006 übernommen, um gegen Nike aufzuholen', '… übernommen und damit Linde …': after a verb-final
    // participle a comma or an 'and' opens another clause.
    if (verbFinalInfinitive.has(lang) && trigger.tense === 'past' && !/\s/u.test(trigger.text) && before.length >= 2 && after.length > 0) {
      const next = clauseAfterParticiple(lang).exec(text.slice(trigger.end));
      // Not ', darunter A und B': examples of what was bought go on with the object.
      if (next !== null && !examplesAfterComma.test(text.slice(trigger.end))) after = after.filter((m) => m.start < trigger.end + next[0].length);
    }
    // 'heeft Signify verkocht aan Apollo': after an auxiliary, names after the final participle only in prepositional
    // phrases leave it final.
    const onlyPrepositionalAfter = after.length === 0 || (perfectAuxiliary(lang).test(text.slice(clauseStart, trigger.start)) && after.every((m, i) => prep(m, i > 0 ? (after[i - 1] as Mention).end : trigger.end) !== null));
    // Where every noun is capitalised, the firm names alone, when two or more ('in Finanznöten steckende … Thyssenkrupp').
    const firm = before.filter((m) => entities[m.entity as number]?.accepted === true);
    // Not after a company phrase opening the clause: 'Der Lizenzkonzern hat Labels der Modebranche erworben'.
    // The phrase is the subject, its auxiliary before the first name ('Der Hedgefonds X hatte …' names its subject).
    const phraseOpening = before.length > 0 ? text.slice(clauseStart, (before[0] as Mention).start) : '';
    const phraseOpens = before.length > 0 && pointsBackToCompany(phraseOpening, lang) && perfectAuxiliary(lang).test(phraseOpening);
    // 'Harwick will Selvane übernehmen', 'dass Harwick Selvane kaufen will': a name opening the clause, before a modal
    // verb or after a conjunction opening a clause, is the subject of the infinitive closing it, firm or not.
    if (subject === undefined && verbFinalInfinitive.has(lang) && trigger.tense === 'base' && before.length >= 2 && onlyPrepositionalAfter) {
      const first = before[0] as Mention;
      const opening = text.slice(clauseStart, first.start);
      if ((/^[\s"“„'‘(]*$/u.test(opening) && infinitiveModalAfter.test(text.slice(first.end, first.end + 12))) || infinitiveModalBefore.test(opening) || subordinatorOpening.test(opening)) subject = first;
    }
    if (subject === undefined && verbFinalInfinitive.has(lang) && !phraseOpens && (trigger.tense === 'past' || (trigger.tense === 'base' && (firmNames || !nounsCapitalised.has(lang) || firm.length >= 2))) && (!/\s/u.test(trigger.text) || toInfinitive.test(trigger.text)) && onlyPrepositionalAfter && before.length >= 2) {
      subject = before.find((m, i) => (trigger.tense !== 'base' || firmNames || !nounsCapitalised.has(lang) || firm.includes(m)) && prep(m, i > 0 ? (before[i - 1] as Mention).end : clauseStart) === null);
    }
    // 'ingick SBB avtal med A, B och C om att köpa …': the parties listed after 'agreement with' are no subject.
    const agreedFrom = before.findIndex((m) => agreedWithParty(text, m, clauseStart, clauseEnd, lang));
    let agreedUntil = agreedFrom;
    // Past the other names of a list and a short form in parentheses: 'met General Motors (GM) over een overname'.
    while (agreedFrom >= 0 && agreedUntil + 1 < before.length && (listGap.test(text.slice((before[agreedUntil] as Mention).end, (before[agreedUntil + 1] as Mention).start)) || /^\s*\(\s*$/u.test(text.slice((before[agreedUntil] as Mention).end, (before[agreedUntil + 1] as Mention).start)))) agreedUntil += 1;
    // 'Der Konzern will Bombardier übernehmen', 'Die Franzosen wollten danach X übernehmen': a company phrase opening a
    // verb-final clause, with a verb between it and the first name, is the subject; the names are objects. Not a phrase
    // right before its name ('Der Konzern Bayer will …').
    const firstBefore = before[0];
    let phraseBeforeNames: string | null = null;
    // ('zouden … fuseren': a present form closing the clause is the infinitive.)
    const closesClause = /^\s*(?:[,.;:!?]|$)/u.test(text.slice(trigger.end, clauseEnd + 1));
    if (subject === undefined && gerundObjects === undefined && firstBefore !== undefined && verbFinalInfinitive.has(lang) && (trigger.tense === 'base' || trigger.tense === 'past' || (trigger.tense === 'present' && closesClause)) && !/\s/u.test(trigger.text)) {
      const opening = text.slice(clauseStart, firstBefore.start);
      const lastWord = /([\p{L}-]+)\s*$/u.exec(opening)?.[1] ?? '';
      if (/^\p{Ll}/u.test(lastWord) && !isCompanyClassWord(lastWord, lang) && !nationalitySet.has(lastWord.toLowerCase()) && (pointsBackToCompany(opening, lang) || companyPhraseClosing(opening, lang) !== null)) {
        gerundObjects = [...before, ...after];
        before = [];
        phraseBeforeNames = opening;
      }
    }
    // Set when the clause reports what others do: their subject is then no company told before.
    let reportedOthers = false;
    // 'Der Lizenzkonzern hat zahlreiche Labels der Modebranche erworben': past a company phrase opening a verb-final
    // clause, the names before the verb are its objects.
    const objectsBeforeFinalVerb = phraseOpens && verbFinalInfinitive.has(lang) && trigger.tense === 'past';
    for (let i = before.length - 1; i >= 0 && subject === undefined && !objectsBeforeFinalVerb; i -= 1) {
      const m = before[i] as Mention;
      if (agreedFrom >= 0 && i >= agreedFrom && i <= agreedUntil) continue;
      // 'an die Finanzinvestoren Advent und Cinven verkaufen': a name joined by 'and' to one after a preposition shares it.
      if (i > 0 && andWord.test(text.slice((before[i - 1] as Mention).end, m.start).trim()) && prep(before[i - 1] as Mention, i > 1 ? (before[i - 2] as Mention).end : clauseStart) !== null) continue;
      // 'Hauptgrund ist eine Wertberichtigung …': where every noun is capitalised, a word only ever opening a sentence is no
      // agent of an event noun ('Eon übernimmt Innogy' keeps its subject).
      if (trigger.tense === 'noun' && nounsCapitalised.has(lang) && weakInitialName(entities[m.entity as number])) continue;
      const previousEnd = i > 0 ? (before[i - 1] as Mention).end : clauseStart;
      // 'Enligt Recode för streamingbolaget samtal om att köpa Anchor': a source of news is no party.
      if (accordingToBefore(lang).test(text.slice(Math.max(previousEnd, m.start - 20), m.start))) continue;
      if (makerOpening(lang).test(text.slice(clauseStart, m.start))) continue;
      // 'Reuters reported on Monday that two buyout firms …', 'X berichtete, dass …': who reports is no party to what it reports.
      if (reportsOthers(text.slice(m.end, trigger.start), lang) || (trigger.tense !== 'noun' && otherActorClause(lang).test(text.slice(m.end, trigger.start)))) {
        reportedOthers = true;
        continue;
      }
      // 'X, the company that controls Y, has agreed to buy': Y inside commas is not the subject, X is.
      const antecedent = relative.test(text.slice(m.end, m.end + 12));
      if (i > 0 && !antecedent && text.slice(previousEnd, m.start).includes(',') && text.slice(m.end, trigger.start).includes(',')) continue;
      // 'Avago, which Tan ran before it took the Broadcom name, bought …': nor is a name further inside a relative clause.
      if (i > 0 && insideRelativeClause(text.slice(clauseStart, m.start), relative) && text.slice(m.end, trigger.start).includes(',')) continue;
      // 'le conseil d'administration d'Engie a accepté de vendre', 'the board of X agreed': the board acts for X.
      if (prep(m, previousEnd) === null || antecedent || boardOf.test(text.slice(Math.max(previousEnd, m.start - 40), m.start))) {
        subject = m;
        break;
      }
    }
    // 'Für den Anteil, den E.ON eingebracht hatte, zahlte Fortum …': a name inside a clause that a fronted prepositional
    // phrase carries is no subject; V2 puts the subject right after the verb.
    if (subject && verbSecond.has(lang) && /,\s*$/u.test(text.slice(clauseStart, trigger.start)) && opensWithPreposition(text.slice(clauseStart, subject.start), lang) && text.slice(clauseStart, subject.start).includes(',')) subject = undefined;
    // 'AdColony, which Opera bought in 2014', 'AdColony, som Opera købte', "AdColony, qu'Opera avait racheté": a name right
    // after an object relative pronoun is the relative clause's subject, and the company before the comma what it bought.
    const relativeObject = trigger.tense !== 'noun' && (trigger.action === 'buy' || trigger.action === 'sell') ? objectOfRelative(text, trigger, lang, before, entities) : undefined;
    if (relativeObject) subject = relativeObject.subject;
    let objects = gerundObjects ?? after;
    // V2 word order ('Nu køber Carlsberg …', 'koopt Heineken …'): a name right after the verb is its subject.
    const first = after[0];
    // '…, och samma år köpte brittiska Glaxo X': past ', and', a verb-second verb with a name right after it has its own subject.
    if (subject && first && verbSecond.has(lang) && (trigger.tense === 'past' || trigger.tense === 'present') && commaAnd(lang).test(text.slice(subject.end, trigger.start)) && originBeforeSubject.test(text.slice(headEnd, first.start))) {
      subject = first;
      objects = after.slice(1);
    }
    // Only a finite verb of a verb-second language: 'agreed to buy X', 'at købe X' take X as the object.
    // 'Bolaget köper X', 'Das Unternehmen übernimmt X': a company phrase before the verb is the subject, X the object.
    // Also after a word opening a clause of time: 'Toen dat bedrijf in 2016 samensmolt met …', 'When the group bought …'.
    const subjectOpening = text.slice(clauseStart, trigger.start).replace(timeWordOpening, '');
    // 'The maker of Dove soap and Hellmann's mayonnaise said …': the names before the verb only describe its subject.
    const describedByMaker = before.length > 0 && makerOpening(lang).test(text.slice(clauseStart, (before[before.length - 1] as Mention).start));
    const phraseSubject = !subject && (pointsBackToCompany(subjectOpening, lang) || compoundCompanyPhrase(subjectOpening, lang) || describedByMaker);
    // So past a reflexive pronoun: 'I 2019 trennte sich Bayer von …'.
    if (!subject && !phraseSubject && first && (subjectAfterVerb.test(text.slice(headEnd, first.start)) || kindBeforeSubject(text.slice(headEnd, first.start), lang)) && trigger.start > clauseStart + 1 && (trigger.tense === 'past' || trigger.tense === 'present') && verbSecond.has(lang) && !(nordicLanguages.has(lang) && nordicSubordinateSubject.test(text.slice(clauseStart, trigger.start)))) {
      subject = first;
      objects = after.slice(1);
    }
    // 'I august købte den nordiske kapitalfond X det familieejede firma Y', 'kjøpte den franske giganten X opp …, Y': after
    // a fronted phrase, a name after a verb-second verb and its own determiner phrase, with another name after it that no
    // preposition, 'and' or relative pronoun governs, is the subject; the other is the object.
    if (!subject && !phraseSubject && before.length === 0 && after.length >= 2 && trigger.start > clauseStart + 1 && (trigger.tense === 'past' || trigger.tense === 'present') && verbSecond.has(lang) && lang !== 'de') {
      const [own, other] = after as [Mention, Mention];
      const between = text.slice(own.end, other.start);
      if (determinerPhrase(lang).test(text.slice(headEnd, own.start)) && prep(other, own.end) === null && !andWord.test(between.replace(/,/gu, ' ')) && !relativeBetween(lang).test(between)) {
        subject = own;
        objects = after.slice(1);
      }
    }
    // A genitive right before an event noun is its subject ('Carlsbergs køb', "X's acquisition").
    const genitive = before[before.length - 1];
    // "Orvik's $2 billion Selvane acquisition": so before an amount and the name glued to the noun.
    const genitiveBeforeGlued = glued !== undefined && genitive !== undefined && genitive.end <= glued.start && amountOnly.test(text.slice(genitive.end, glued.start));
    if (trigger.tense === 'noun' && genitive && genitive.genitive && (/^\s*$/.test(text.slice(genitive.end, trigger.start)) || genitiveBeforeGlued)) subject = genitive;
    // A price names its payer only as a genitive ("X's price"): 'the closing price' after 'each Y share' is Y's share price.
    if (trigger.price && subject && !(subject.genitive && /^\s*$/.test(text.slice(subject.end, trigger.start)))) subject = undefined;
    // 'solgte X til Y, og den hollandske enhed overgik til Z': a noun phrase opening a clause joined by 'and' is its subject.
    // Not 'the company', which points back to the name before.
    const andClause = subject && trigger.tense !== 'noun' ? subjectAfterAnd.exec(text.slice(subject.end, trigger.start)) : null;
    if (andClause && !pointsBackToCompany(andClause[0].replace(/^,\s+\p{L}+\s+/u, ''), lang)) subject = undefined;
    let subjectId = id(subject);
    // 'It bought Wyeth in 2009 and swallowed Warner-Lambert': a verb joined by 'and' shares the subject of the verb before.
    const previous = results[results.length - 1];
    // 'köpte bolaget 32Red, och 2022 förvärvade det Relax Gaming': so does one after ', and' and a year, unless it names its own.
    const joined = previous !== undefined && previous.trigger.tense !== 'noun' && trigger.tense !== 'noun' && previous.trigger.end <= trigger.start;
    const gapFromPrevious = joined ? text.slice(Math.max(clauseStart, previous.trigger.end), trigger.start) : '';
    const afterYear = joined && andYearVerbOpening(lang).test(gapFromPrevious);
    // '…, och 2022 förvärvade Betsson X': a name right after a verb-second verb is its own subject.
    // So after a bare 'and' when the clauses invert (after 'Zo …'): '… en nam Ahold het Belgische Delhaize over', where
    // the second name follows an article, not an 'and' that lists it with the first.
    const secondAfter = after[1];
    const invertedAfterAnd = joined && !afterYear && andVerbOpening(lang).test(gapFromPrevious) && secondAfter !== undefined && first !== undefined && lexiconFor(lang).coreference.determiners.includes((/^\s+([\p{L}'’]+)\s/u.exec(text.slice(first.end, secondAfter.start))?.[1] ?? '').toLowerCase());
    if ((afterYear || invertedAfterAnd) && verbSecond.has(lang) && first && originBeforeSubject.test(text.slice(headEnd, first.start)) && after.length >= 2 && !pointsBackToCompany(text.slice(trigger.end, first.start + 1), lang)) {
      subject = first;
      subjectId = id(first);
      objects = after.slice(1);
    } else if (joined && (afterYear || andVerbOpening(lang).test(gapFromPrevious))) {
      const shared = previous.trigger.action === 'sell' ? previous.seller : previous.acquirer;
      if (shared !== null) subjectId = shared;
    }
    // 'Rapperen betalte …': a definite noun naming no company opens the clause, so its subject is no company told before.
    const personNoun = definiteOpening.exec(text.slice(clauseStart, trigger.start))?.[1];
    const opensWithOtherNoun = personNoun !== undefined && definiteSuffixLanguages.has(lang) && !isCompanyClassWord(personNoun.toLowerCase(), lang) && !pointsBackToCompany(text.slice(clauseStart, trigger.start), lang) && !describedByMaker;
    // 'it', 'the company': the company told of last, unless that is what was just bought, whose buyer stays the actor.
    // So is the seller told of last, when 'the company' buys again ('Auchan n'a pas encore répondu. Cette société … avait
    // déjà racheté X': the buyer of the last purchase).
    const buyerAfterSeller = trigger.action === 'buy' && state.lastSubject !== null && state.lastSubject === state.lastPurchase?.seller ? state.lastPurchase.acquirer : null;
    const lastActor = state.lastSubject !== null && state.lastSubject === state.lastPurchase?.target && state.subjectStated !== true ? state.lastPurchase.acquirer : (buyerAfterSeller ?? state.lastSubject);
    // What a pronoun or 'the company' points back to is a company: a person told of last is no buyer by inference.
    // Never a news agency or an authority: 'DÜSSELDORF (AFN/BLOOMBERG) - …' names who reports.
    const companyOrNull = (entity: number | null) => (entity !== null && entities[entity]?.type === 'COMPANY' && !noParty(entities[entity]) ? entity : null);
    /** The company the sentence or the page is about, when it is not `target`: the owner an event noun leaves unsaid. */
    const actorOtherThan = (target: number | null) => {
      const owner = companyOrNull(sentenceSubject ?? openerSubject ?? lastActor);
      return owner !== target ? owner : null;
    };
    // 'He bought X' after 'Y's chief executive': a person's pronoun buys for the company named last, the one they lead.
    if (subjectId === null && trigger.tense !== 'noun' && opensWithPersonPronoun(text.slice(clauseStart, trigger.start), lang)) subjectId = companyPointedTo(before, entities, state, null, lang);
    const otherActor = before.length === 0 && (otherActorBefore(lang).test(text.slice(clauseStart, trigger.start)) || (verbSecond.has(lang) && otherActorAfter(lang).test(text.slice(trigger.end, trigger.end + 40))));
    // 'Activision itself was an acquirer: it paid …': a later clause's 'it' is the company that opened the sentence.
    const opener = clauseStart > 0 ? mentions.find((m) => m.end <= clauseStart && m.entity !== undefined && /^[\s"“'‘(]*$/u.test(text.slice(0, m.start))) : undefined;
    // 'I 2018 købte selskabet Alka': 'the company' right after a verb-second verb is its subject.
    const phraseAfterVerb = verbSecond.has(lang) && pointsBackToCompany(text.slice(trigger.end, trigger.end + 60), lang);
    const openerSubject = opener !== undefined && (pointsBackToCompany(text.slice(clauseStart, trigger.start), lang) || phraseAfterVerb) ? companyOrNull(id(opener)) : null;
    // 'Für Merck ist es der dritte Zukauf. 2014 übernahm das Familienunternehmen …': 'the company' after the verb is the company named last.
    const lastNamed = phraseAfterVerb && before.length === 0 ? companyPointedTo(before, entities, state, null, lang) : null;
    // 'Vattenfall havde halvdelen af X, men solgte 25 procent til Y': a verb right after 'but' or 'and' shares the subject
    // that opened the sentence.
    if (subjectId === null && trigger.tense !== 'noun' && before.length === 0 && opener !== undefined && conjunctionOnly.test(text.slice(clauseStart, trigger.start))) subjectId = companyOrNull(id(opener));
    if (subjectId === null && trigger.tense !== 'noun' && before.length === 0 && latterOpening.test(text.slice(clauseStart, trigger.start))) {
      subjectId = companyOrNull(mentions.findLast((m) => m.end <= clauseStart && m.entity !== undefined && entities[m.entity]?.type === 'COMPANY')?.entity ?? state.recentCompanies?.at(-1) ?? null);
    }
    // 'Amerikanische Investoren wollen X kaufen': people of no name open the clause; they are no company told before.
    const peopleOpen = before.length === 0 && peopleOpening.test(text.slice(clauseStart, trigger.start));
    // 'Le groupe français a racheté …', 'Last year the American company bought …', 'I 2007 kjøpte det svenske selskapet …':
    // a phrase the page tied to one company.
    if (subjectId === null && trigger.tense !== 'noun' && state.origins !== undefined && !peopleOpen) {
      // 'Jetzt buhlen die Franzosen um X': people of a country right after a verb-second verb.
      const peopleAfter = verbSecond.has(lang) && peopleAfterVerb(text.slice(trigger.end, trigger.end + 40), lang);
      const phrase = phraseAfterVerb || peopleAfter ? text.slice(trigger.end, trigger.end + 60) : companyPhraseClosing(phraseBeforeNames ?? subjectOpening, lang);
      if (phrase !== null) subjectId = companyOrNull(describedEarlier(phrase, state, lang));
    }
    if (subjectId === null && trigger.tense !== 'noun' && !reportedOthers && !opensWithOtherNoun && !otherActor && !peopleOpen && !otherNounRelative(text.slice(clauseStart, trigger.start), lang)) subjectId = companyOrNull(sentenceSubject ?? openerSubject ?? lastNamed ?? lastActor);
    // 'X og Y oplyste, at den hollandske bryggerigigant overtager det britiske selskab': a phrase of one origin right before the
    // verb is not the company the page gave another origin, but the first company named before it that has none other.
    const closingPhrase = subjectId !== null && trigger.tense !== 'noun' && state.origins !== undefined ? companyPhraseClosing(phraseBeforeNames ?? subjectOpening, lang) : null;
    const subjectOrigin = closingPhrase === null ? null : originOf(closingPhrase, lang);
    if (subjectId !== null && subjectOrigin !== null && hasOtherOrigin(subjectId, subjectOrigin, state)) {
      subjectId = companyOrNull(mentions.find((m) => m.end <= trigger.start && m.entity !== undefined && entities[m.entity]?.type === 'COMPANY' && !hasOtherOrigin(m.entity, subjectOrigin, state))?.entity ?? null);
    }
    // With no company as the last actor, 'the company' after the verb is the company named last.
    if (subjectId === null && trigger.tense !== 'noun' && !peopleOpen && (phraseSubject || phraseAfterVerb)) subjectId = companyPointedTo(describedByMaker ? [] : before, entities, state, null, lang);
    // 'Der Leverkusener Konzern hat die Übernahme …', 'the group completed the purchase of X': a company phrase is the subject.
    // With no deal told yet, the company the page named last: 'Casino … Le groupe annonce la cession de X à Y'.
    if (subjectId === null && trigger.tense === 'noun' && before.length === 0 && pointsBackToCompany(text.slice(clauseStart, trigger.start), lang)) subjectId = companyOrNull(sentenceSubject ?? buyerAfterSeller ?? state.lastSubject) ?? companyPointedTo([], entities, state, null, lang);

    if (continued) {
      subject = undefined;
      subjectId = continued.acquirer;
      objects = after;
    }

    // Verb-final clauses ('heeft een belang in X gekocht', 'hat X übernommen'): the objects stand between subject and verb.
    // A phrase ending in its own preposition ('overtog kontrollen med', 'took control of') governs what follows it.
    let objectsFrom = (trigger.action === 'buy' || trigger.action === 'sell') && trigger.tense !== 'noun' && !trigger.offer && !inClause.some((m) => m !== subject && m.start >= headEnd && m.end <= trigger.end) ? trigger.end : headEnd;
    if ((objects.length === 0 || (objects === after && onlyPrepositionalAfter)) && subject && subject.end <= trigger.start && verbFinalInfinitive.has(lang) && trigger.tense !== 'noun') {
      // 'Exor, de investeringsmaatschappij van de familie X, heeft … verworven': X inside the apposition is no object.
      const subjectEnd = subject.end;
      objects = [...before.filter((m) => m.start >= subjectEnd && !(/^\s*,/.test(text.slice(subjectEnd, m.start)) && text.slice(m.end, trigger.start).includes(','))), ...objects];
      objectsFrom = subject.end;
    }
    const withPrep: { m: Mention; p: Preposition }[] = [];
    objects.forEach((m, i) => {
      const previous = objects[i - 1];
      const own = prep(m, previous ? previous.end : objectsFrom);
      // 'aan Carlyle en GIC', 'to X and Y': a name joined by 'and' shares the preposition of the name before it.
      // Also past an article and a company noun: 'um den LED-Hersteller MLS und den Finanzinvestor IDG Capital'.
      const shared = own === null && previous !== undefined && (andWord.test(text.slice(previous.end, m.start)) || andThenNoun(text.slice(previous.end, m.start), lang)) ? (withPrep[i - 1]?.p ?? null) : own;
      withPrep.push({ m, p: shared });
    });
    // 'X will dem Konzern Y die Sparte Z abkaufen': the one a thing is bought off stands in the dative, the seller.
    // The first after the verb may be feminine ('kauft der Brauerei X die Marke Y ab'); past it 'der' is a genitive.
    if (lang === 'de' && germanBuyOff.test(trigger.text)) {
      withPrep.forEach((x, i) => {
        if ((x.p === null || (i === 0 && x.p === 'of')) && (i === 0 ? dativeOrFeminineBefore : dativeBefore).test(text.slice(Math.max(0, x.m.start - 60), x.m.start))) x.p = 'from';
      });
    }
    const firstWith = (...roles: Preposition[]) => withPrep.find((x) => roles.includes(x.p) && id(x.m) !== subjectId)?.m;
    // Event nouns take their object only from a phrase right after them ('the acquisition of X').
    const nounObject = () => {
      const x = withPrep[0];
      if (!x || id(x.m) === subjectId) return undefined;
      const gap = text.slice(trigger.end, x.m.start);
      const gapWords = gap.toLowerCase().split(/\s+/).filter(Boolean);
      // 'oppkjøpet av X', 'le rachat de X', 'de overname van X': after an event noun a word that is also 'of' means 'of'.
      // 'het bod van Barclays', 'l'offre d'Altice', 'das Angebot von X': after an offer noun a word that is both 'from' and
      // 'of' names the bidder.
      // 'son offre de rachat de son concurrent X': after a possessive the offer's bidder is told, and 'de X' is what it is for.
      const ownOffer = possessiveBefore.test(text.slice(Math.max(clauseStart, trigger.start - 30), trigger.start));
      const bidderWord = trigger.offer === true && !ownOffer && gapWords.some((word) => lexiconFor(lang).prepositions.from.includes(word.replace(/['’]$/u, ''))) && !offerTargetBetween(gap, lang);
      // 'der Verkauf der Glasbearbeitung AG', 'die Übernahme des Konkurrenten X': a German genitive article is 'of'.
      const germanGenitive = lang === 'de' && x.p === null && /^(?:der|des|seines|seiner|ihres|ihrer)$/u.test(gapWords[0] ?? '') && gapWords.length <= 3;
      const of = !bidderWord && (x.p === 'of' || germanGenitive || ((x.p === 'by' || x.p === 'from') && gapWords.some((word) => lexiconFor(lang).prepositions.of.includes(word))));
      // 'the largest purchase in the history of X', 'det største opkøb i Coloplasts historie': X is the buyer, not the object.
      if (historyWord.test(gap) || historyWord.test(text.slice(x.m.end, x.m.end + 14))) return undefined;
      // An offer names its target with 'for' or 'on' ('bid for X', 'bud på X', 'Angebot für X', 'offre sur X').
      // 'ein Angebot von 150 Euro je X-Aktie', 'et bud på 50 kroner per X-aksje': a price per share of the company bid for.
      const perShareOf = trigger.offer === true && /\d/u.test(gap) && /(?:^|\s)(?:je|pro|per|pr\.|par)\s*$/iu.test(gap) && /^-(?:aktie|aksje|share)/iu.test(text.slice(x.m.end));
      if (perShareOf && gapWords.length <= 8) return x.m;
      const offerTarget = trigger.offer === true && (x.p === 'for' || x.p === 'on');
      if (trigger.offer && !of && !offerTarget) {
        const next = withPrep.find((y) => y.m.start > x.m.start && (y.p === 'for' || y.p === 'on' || y.p === 'of') && id(y.m) !== subjectId);
        // Past a bidder named by its agent: 'une offre formulée par la société d'investissement X pour 75 % de Y'.
        const byBidder = x.p === 'by' && text.slice(trigger.end, x.m.start).split(/\s+/).length <= 7;
        return next && text.slice(trigger.end, next.m.start).split(/\s+/).length <= (byBidder ? 14 : 8) ? next.m : undefined;
      }
      // 'la vente de sa participation de 98 % dans Legrand', 'the sale of its 40% stake in X': the company a share is in.
      const stakeIn = gapWords.length <= 9 && stakeNounBefore.test(gap);
      // Longer past a kind of company: "une offre sur l'éditeur de jeux vidéo Ubisoft".
      // The preposition opens the gap: not 'the approach undervalued the maker of X'.
      const { of: ofWords, for: forWords, on: onWords } = lexiconFor(lang).prepositions;
      // Or a participle and then the preposition: 'een overnamebod gedaan op de chipleverancier X'.
      const prepositionAt = gapWords.findIndex((word) => [...ofWords, ...forWords, ...onWords].includes(word));
      const opensWithPreposition = prepositionAt === 0 || (prepositionAt === 1 && trigger.offer === true);
      // Not 'op de maker van Sikkens': a kind of company and 'of' right before the name make it what the company makes.
      const makerOfName = gapWords.length >= 2 && ofWords.includes(gapWords[gapWords.length - 1] as string) && isCompanyClassWord(gapWords[gapWords.length - 2] as string, lang);
      const described = opensWithPreposition && !makerOfName && gapWords.length - prepositionAt <= 8 && gapWords.some((word) => isCompanyClassWord(word.replace(/^[ld]['’]/u, '').replace(/[,;]$/u, ''), lang));
      // 'ett bud om 140 kronor per aktie på X', 'an offer of $40 a share for X': a price between an offer and its preposition.
      const pricedOffer = offerTarget && gapWords.length <= 10 && /\d/u.test(gap) && gapWords.slice(-2).some((word) => forWords.includes(word) || onWords.includes(word));
      return ((of || offerTarget || (trigger.price && x.p === 'for')) && (gapWords.length <= 4 || described || pricedOffer)) || stakeIn || examplesAfterNoun(gap) ? x.m : undefined;
    };
    /** The company named right after an owner's genitive and a unit noun, a few words on. */
    // Also a share of it: 'kjøper Orklas halvpart i Sapa', "buys X's stake in Y".
    const namedUnitAfter = (owner: Mention) => {
      const next = after.find((m) => m.start > owner.end && id(m) !== id(owner));
      // 'Axcels producent af gamerudstyr, Steelseries': a comma may set the name off.
      return next && entities[id(next) as number]?.type === 'COMPANY' && /^(?::s|'s|’s)?(?:\s+(?:[\p{Ll}-]+|\d[\d.,]*\s*(?:%|pct\.?|procent|prosent|percent|prozent))){1,4},?\s+$/u.test(text.slice(owner.end, next.start)) ? next : undefined;
    };
    const directObject = () => {
      let object = trigger.tense === 'noun' ? nounObject() : firstWith(null, 'of');
      // 'Third Point des Investors Daniel Loeb hatte eine Beteiligung an Nestlé erworben': a stake is in the company
      // named after the stake noun.
      // A seller's 'an' is also 'to': 'verkauft 80 Prozent an den Finanzinvestor X' names the buyer unless another 'an' follows.
      const buyerAfterStake = (x: { m: Mention; p: Preposition }) => trigger.action === 'sell' && x.p === 'to' && !withPrep.some((y) => y.p === 'to' && y.m.start > x.m.start);
      const stakeIn = trigger.tense !== 'noun' ? withPrep.find((x) => id(x.m) !== subjectId && !buyerAfterStake(x) && stakeNounBefore.test(text.slice(Math.max(clauseStart, x.m.start - 60), x.m.start)))?.m : undefined;
      // 'to acquire Vantor rival X': a name before a noun of relation only says whose rival the object is.
      const related = object && lang === 'en' ? after.find((m) => m.start > (object as Mention).end && relationBetween.test(text.slice((object as Mention).end, m.start))) : undefined;
      if (related) object = related;
      // 'buying the 40 percent stake X holds in Y': the name between the share and 'holds in' owns it and sells.
      if (object && stakeIn && object.start < stakeIn.start && stakeHolding.test(text.slice(object.end, stakeIn.start))) {
        if (trigger.action === 'buy') objectSeller = id(object);
        object = stakeIn;
      }
      // 'erwirbt eine Beteiligung an Bosch': with no other object, the company the stake is in is what is bought.
      if (stakeIn && (object === undefined || (stakeIn !== object && object.start < stakeIn.start && entities[id(object) as number]?.type === 'PERSON'))) object = stakeIn;
      // 'kauft der Familie Burkard deren Holding X ab': a person is no thing bought; a company after it is. So with
      // 'abkaufen' ('kaufte dem US-Konzern Ford die Marke Volvo Cars ab'): the first object sells to the buyer.
      const buysFrom = trigger.action === 'buy' && lang === 'de' && (/^ab(?:zu)?kaufen$/u.test(trigger.text) || (/^kauf/u.test(trigger.text) && /\sab\s*(?:[.,;!?]|$)/u.test(text.slice(trigger.end, clauseEnd + 1))));
      if (object && (entities[id(object) as number]?.type === 'PERSON' || buysFrom) && (trigger.action === 'buy' || trigger.action === 'sell')) {
        const person = object;
        const company = withPrep.find((x) => x.m.start > person.end && (x.p === null || x.p === 'of') && entities[id(x.m) as number]?.type === 'COMPANY' && id(x.m) !== subjectId)?.m;
        // With no company after it, the 'person' may be a company named like one ('Finn Småjobber').
        if (company) {
          if (trigger.action === 'buy') objectSeller = id(person);
          object = company;
        }
      }
      // 'agreed to acquire the San Francisco cancer specialist for $14bn, beating offers for … Xtandi': a described company
      // right after the verb is what is bought, and a name past the comma is no object.
      // 'bought the Dublin-based group, Allergan,': a name in apposition right after the phrase is that company.
      if (object && trigger.tense !== 'noun' && !/,\s*$/u.test(text.slice(trigger.end, object.start)) && describedCompanyOpening(text.slice(trigger.end, object.start), lang)) return undefined;
      return object && goodsAfter.test(text.slice(object.end, object.end + 20)) ? undefined : object;
    };
    let objectSeller: number | null = null;
    /** Names listed before a passive subject, each sold too. */
    const listedBefore: number[] = [];
    /** Companies listed together as wanting one company: each a rumoured buyer of it. */
    const rivalBids: number[] = [];
    const clause = text.slice(clauseStart, clauseEnd);
    // 'Orkla betaler 120 kroner per aksje … dagen før Orkla kjøpte seg opp i Jotun': words of share after or before another
    // verb of the clause tell that verb's kind.
    let kindStart = clauseStart;
    let kindEnd = clauseEnd;
    for (const other of partyTriggers) {
      if (other === trigger || other.tense === 'noun') continue;
      if (other.start >= trigger.end && other.start < kindEnd) kindEnd = other.start;
      if (other.end <= trigger.start && other.end > kindStart) kindStart = other.end;
    }
    const kindClause = text.slice(kindStart, kindEnd);
    // 'a termination fee of \$1bn, which it said would be paid': a break fee is paid for no company.
    if (trigger.action === 'pay' && breakFee.test(clause)) continue;
    // 'kjøpte X og slo den sammen med Netcom': what a company just bought, merged into its own business, is no new deal.
    if (trigger.action === 'merge' && /^\p{L}+\s+(?:den|det|dem|dei|dom)\s+(?:sammen|samman)/iu.test(trigger.text)) continue;
    // 'the combined business', 'das fusionierte Unternehmen': a merger's participle after an article is an adjective.
    if (trigger.action === 'merge' && trigger.tense === 'past' && !/\s/u.test(trigger.text) && determinerBefore(lang).test(text.slice(Math.max(0, trigger.start - 12), trigger.start))) continue;
    // 'går sammen med Heineken om et fælles indkøbsselskab': joining another for a common venture is no merger.
    if (trigger.action === 'merge' && /sammen\s+med$/iu.test(trigger.text) && commonVenture.test(text.slice(trigger.end, clauseEnd))) continue;
    // '… Fresenius-Aktien, die an den Gründer X gehen': shares going to someone in a German relative clause are a payment.
    if (trigger.action === 'passiveBuy' && lang === 'de' && /^an\s/iu.test(trigger.text) && /,\s*(?:die|der|das|welche|welcher|welches)\s+$/iu.test(text.slice(Math.max(0, trigger.start - 14), trigger.start))) continue;
    // 'Volvo och Scania gick samman om att köpa …', 'gikk sammen om et bud': joining forces for a deal is no merger.
    if (trigger.action === 'merge' && /(?:sammen|samman)$/iu.test(trigger.text) && /^\s+om\s/iu.test(text.slice(trigger.end, trigger.end + 5))) continue;
    // 'wurde 1895 als Zusammenschluss von Apothekern gegründet': a company founded as a merger is no merger told here,
    // unless the noun names two companies ('opstod i 2010 ved en sammenlægning af PBS og Nordito').
    if (trigger.action === 'merge' && foundedIn.test(clause) && !(trigger.tense === 'noun' && mergerPair(text, trigger.end, inClause.filter((m) => m.start >= trigger.end), lang) !== null)) continue;
    // 'will own' is a deal only as a share of a company ('vil eie 44 prosent av X'), never of things ('flere vindparker').
    if (ownVerb.test(trigger.text) && kindOf(trigger, kindClause, lang, trigger.start - kindStart) !== 'STAKE') continue;
    const mention: DealMention = {
      kind: kindOf(trigger, kindClause, lang, trigger.start - kindStart),
      kindDefault: kindIsDefault(trigger, kindClause, lang),
      acquirer: null,
      target: null,
      seller: null,
      bidders: [],
      unnamedTarget: false,
      sentence: sentenceIndex,
      clauseStart,
      clauseEnd,
      // 'After buying X, Y …': done before what the main clause tells.
      trigger: gerund === 'after' && trigger.tense === 'base' ? { ...trigger, tense: 'past' } : trigger,
      status: null,
      interestOnly: false,
    };
    const party = (m: Mention | undefined) => (m ? id(appositionPerson(m, mentions, text)) : null);
    const listAfterNoun = trigger.tense === 'noun' && examplesAfterNoun(text.slice(trigger.end, after[0]?.start ?? trigger.end));
    switch (trigger.action) {
      case 'buy': {
        let object = directObject();
        // 'die Hälfte von ZF an dem Lenkungshersteller ZF Lenksysteme übernehmen', "ZF's half of X": a share of an owner
        // in a company buys that company's share from the owner.
        const heldIn = object && shareOfBefore.test(text.slice(Math.max(clauseStart, object.start - 40), object.start))
          ? after.find((m) => object !== undefined && m.start > object.end && id(m) !== id(object) && entities[id(m) as number]?.type === 'COMPANY' && shareHeldIn.test(text.slice(object.end, m.start)))
          : undefined;
        const shareOwner = object && heldIn ? id(object) : null;
        if (heldIn) object = heldIn;
        const afterObject = object ? text.slice(object.end) : '';
        const unitAfter = object ? namedUnitAfter(object) : undefined;
        const unitNounAfter = object !== undefined && unitNounAhead(afterObject, lang);
        // 'kjøper eBays rubrikkvirksomhet': a genitive owner before a common noun sells an unnamed part of itself.
        // A genitive owner, written as one or marked by its '-s' before a named unit ('General Electrics vitvaruverksamhet GE Appliances').
        const genitiveOwner =
          object !== undefined && (object.genitive || /^:s\s/u.test(afterObject) || (/s$/u.test(object.surface) && genitiveSuffixLanguages.has(lang) && (unitAfter !== undefined || unitNounAfter || shareNounAhead.test(afterObject.slice(0, 40)))));
        // 'Orklas 50 % eierandel i': a share figure may open what the owner sells.
        const ownerOfPart = object && genitiveOwner && /^(?::s)?\s+(?:\p{Ll}|\d[\d.,]*\s*%)/u.test(afterObject.slice(0, 12));
        const unit = ownerOfPart ? unitOf(id(object) as number, entities) : null;
        if (unit !== null) {
          mention.seller = id(object);
          mention.target = unit;
        } else if (ownerOfPart && (unitNounAfter || shareNounAhead.test(afterObject.slice(0, 30)) || companyClassAhead(afterObject, lang)) && unitAfter !== undefined) {
          // 'köper General Electrics vitvaruverksamhet GE Appliances': the unit named after the noun, sold by its owner.
          mention.seller = id(object);
          mention.target = id(unitAfter);
        } else if (ownerOfPart && shareNounAhead.test(afterObject.slice(0, 40)) && pointsBackToCompany(`${afterObject.replace(shareNounAhead, '').split(/[.,;:!?]/u)[0] ?? ''} `, lang) && (results[results.length - 1]?.target ?? null) !== null) {
          // 'blev storägare i Scania, när tyskarna köpte … Volvos aktiepost i bolaget': the holding is in the company
          // the clause before bought into, sold by its owner.
          mention.seller = id(object);
          mention.target = results[results.length - 1]?.target ?? null;
        } else if (ownerOfPart && unitNounAfter) {
          // 'köpte TDC:s svenska verksamhet', "bought X's phone business": an unnamed part of X, sold by X.
          mention.seller = id(object);
          mention.target = id(object);
          mention.partOfSeller = true;
        } else mention.target = id(object);
        mention.acquirer = subjectId;
        // 'indtil Carlsberg købte selskabet', 'bevor X das französische Unternehmen übernahm': the company named just before.
        if (mention.target === null && trigger.tense !== 'noun' && subjectId !== null) {
          const finalObject = subject && subject.end <= trigger.start && verbSecond.has(lang) ? text.slice(subject.end, trigger.start) : '';
          // The words before a final verb, else those after it: 'blev … enige om at overtage teleselskabet'.
          const pointsBack = (words: string) => pointsBackToCompany(words, lang) || compoundCompanyPhrase(words, lang);
          // Inside a phrase with a gap, where its object stands: 'neemt het bedrijf over', 'heeft zijn belang in het bedrijf vergroot'.
          const innerObject = trigger.end > headEnd ? innerPointingPhrase(text.slice(headEnd, trigger.end), pointsBack) : null;
          const objectText = /\S/.test(finalObject) && pointsBack(finalObject) ? finalObject : innerObject ?? text.slice(trigger.end);
          // 'X chaired it before the Finnish company bought it': a company noun before the verb is its real subject, not X.
          const gap = /\S/.test(finalObject) || !subject ? [] : text.slice(subject.end, trigger.start).match(/[\p{L}-]+/gu) ?? [];
          const described = pointsBackToCompany(objectText, lang) || compoundCompanyPhrase(objectText, lang) || describedCompanyOpening(objectText, lang) || pointsBackAfterStake(objectText, lang);
          if (!gap.some((word) => isCompanyClassWord(word, lang)) && described) {
            const earlierNamed = describedEarlier(objectText, state, lang);
            // Also a company named between the subject and the verb, when none came before the subject: 'Vivendi est entré
            // qui lorgne Vivendi, a indiqué avoir acquis 5% du groupe'.
            const namedBetween = !pointsBackAfterStake(objectText, lang) ? undefined : before.findLast((m) => subject !== undefined && m.start >= subject.end && m.entity !== subjectId && entities[m.entity as number]?.type === 'COMPANY');
            // Not a name joined to the subject by 'and': 'Permira og Blackstone … ta markedsplasselskapet av børs'.
            const coSubject = (m: Mention) => subject !== undefined && (andWord.test(text.slice(m.end, subject.start)) || /^\s*,\s*$/u.test(text.slice(m.end, subject.start)));
            const beforeSubject = before.filter((m) => (!subject || m.end <= subject.start) && !coSubject(m));
            mention.target = earlierNamed !== null && earlierNamed !== subjectId ? earlierNamed : beforeSubject.length === 0 && namedBetween !== undefined ? id(namedBetween) : companyPointedTo(beforeSubject, entities, state, subjectId, lang);
            mention.targetPointedBack = mention.target !== null;
          }
        }
        // 'geboekt op Skype, het bedrijf dat het vorig jaar overnam', 'Skype, which it bought in 2011': the company before
        // the comma is what a pronoun subject of the relative clause bought, the main clause's subject the buyer.
        if (mention.target === null && trigger.tense !== 'noun' && !subject) {
          const antecedent = objectRelative(text, trigger.start, lang, mentions, entities);
          if (antecedent !== null) {
            mention.target = antecedent;
            mention.acquirer ??= results[results.length - 1]?.acquirer ?? null;
          }
        }
        if (mention.target === null && relativeObject && id(relativeObject.object) !== subjectId) mention.target = id(relativeObject.object);
        // 'took control of X in 2011 and bought out the remaining stake': the rest of what the sentence's last deal bought.
        if (mention.target === null && previous?.target != null && remainderAhead.test(text.slice(trigger.end, trigger.end + 40))) {
          mention.target = previous.target;
          mention.seller ??= previous.seller;
        }
        // 'Magna hade kommit överens med Veoneers styrelse om ett köp': the company agreed with is the one bought.
        if (mention.target === null && trigger.tense === 'noun' && mention.acquirer !== null) {
          const counterpart = before.find((m) => agreedWithParty(text, m, clauseStart, clauseEnd, lang));
          if (counterpart && id(counterpart) !== mention.acquirer && entities[id(counterpart) as number]?.type === 'COMPANY') mention.target = id(counterpart);
        }
        // 'Xs bestyrelse anbefaler et forhøjet tilbud fra DSV', 'X rejected an offer from Y': the bidder follows 'from',
        // and the company the clause is about, when the offer names no target, is the one bid for.
        const bidder = trigger.offer
          ? withPrep.find((x) => (x.p === 'from' || (x.p === 'by' && text.slice(trigger.end, x.m.start).split(/\s+/).length <= 7 && !ownedByBefore.test(text.slice(trigger.end, x.m.start)))) && id(x.m) !== mention.target && (!offerTargetBetween(text.slice(trigger.end, x.m.start), lang) || onlyFromBefore.test(text.slice(trigger.end, x.m.start))))?.m
          : undefined;
        if (bidder) {
          if (mention.target === null && mention.acquirer !== null && mention.acquirer !== id(bidder)) mention.target = mention.acquirer;
          mention.acquirer = id(bidder);
          break;
        }
        if (trigger.tense === 'noun' && mention.acquirer === null && mention.target !== null) {
          // 'Sous la présidence de X, le groupe avait multiplié les acquisitions': a company phrase after the last name
          // is the buyer, as when the names only describe the subject.
          const lastBefore = before[before.length - 1];
          const phraseAfterName = lastBefore !== undefined && pointsBackToCompany(text.slice(lastBefore.end, trigger.start).split(',').at(-1) ?? '', lang);
          // 'De Franse autobouwer heeft een akkoord met X (XY) over de overname van Z': the party agreed
          // with is no buyer; the company phrase opening the clause is, and the party sells.
          const agreedLast = lastBefore !== undefined && agreedFrom >= 0 && before.indexOf(lastBefore) >= agreedFrom && before.indexOf(lastBefore) <= agreedUntil;
          const described = describedByMaker || phraseAfterName || (agreedLast && phraseSubject);
          // Not past a comma: 'a purchase of X would suit Y, which … with Z'.
          // Nor a second object joined to the first by 'and' ('the purchases of A (2010) and B').
          const targetAfter = after.find((m) => id(m) === mention.target);
          const joinedToTarget = (m: Mention) => targetAfter !== undefined && m.start > targetAfter.end && andWord.test(text.slice(targetAfter.end, m.start));
          mention.acquirer = id(after.find((m) => id(m) !== mention.target && prep(m, trigger.end) === null && !/,\s/u.test(text.slice(trigger.end, m.start)) && !joinedToTarget(m)) ?? (described ? undefined : lastBefore));
          if (mention.acquirer === null && described) mention.acquirer = actorOtherThan(mention.target);
          const agreedParty = agreedFrom >= 0 ? id(before[agreedFrom]) : null;
          // With no actor told yet, the phrase points to the company named before the sentence.
          if (mention.acquirer === null && agreedLast && phraseSubject) mention.acquirer = companyPointedTo([], entities, state, new Set([mention.target, agreedParty]), lang);
          if (agreedLast && phraseSubject && agreedParty !== null && mention.seller === null && mention.acquirer !== null && agreedParty !== mention.acquirer && agreedParty !== mention.target && entities[agreedParty]?.type === 'COMPANY') mention.seller = agreedParty;
          // 'X solgte A … og har siden …, blant annet gjennom oppkjøpet av C': the buyer of C is the sentence's subject.
          if (mention.acquirer === null && cutAfterVerb) mention.acquirer = sentenceSubject;
        }
        // 'kjøper ut Orkla av Sapa', 'buys X out of Y': the partner bought out sells its share of the company named after.
        const outOf = object && buyOut.test(trigger.text) ? withPrep.find((x) => x.m.start > object.end && (x.p === 'by' || x.p === 'from' || x.p === 'of') && id(x.m) !== subjectId)?.m : undefined;
        if (object && outOf) {
          mention.seller = id(object);
          mention.target = id(outOf);
          break;
        }
        // Not an owner after 'owned by' ('ett bud på X, kontrollerad av Y'), nor a second object sharing the object's
        // 'av' ('förvärven av A och B').
        const byAfterObject = object ? withPrep.find((x) => x.m.start > object.end && x.p === 'by' && id(x.m) !== subjectId && !ownedByBefore.test(text.slice(object.end, x.m.start)) && !andWord.test(text.slice(object.end, x.m.start)))?.m : undefined;
        // An event noun's agent is the buyer: 'Übernahme von X durch Y', 'le rachat de X par Y', 'the purchase of X by Y'.
        if (trigger.tense === 'noun' && byAfterObject && subject === undefined) {
          mention.acquirer = id(byAfterObject);
          break;
        }
        // 'the acquisition by X of Y', 'le rachat par X de Y', 'de overname door X van Y': the agent first, then what it buys.
        const agentFirst = !object && trigger.tense === 'noun' && after[0] !== undefined && after[1] !== undefined ? after : undefined;
        if (agentFirst) {
          const [byAgent, bought] = agentFirst as [Mention, Mention];
          const byWords = text.slice(trigger.end, byAgent.start).toLowerCase().match(/[\p{L}-]+/gu) ?? [];
          const ofWords = text.slice(byAgent.end, bought.start).toLowerCase().match(/[\p{L}-]+/gu) ?? [];
          if (byWords.length >= 1 && byWords.length <= 2 && lexiconFor(lang).prepositions.by.includes(byWords[0] as string) && ofWords.length <= 2 && (prep(bought, byAgent.end) === 'of' || lexiconFor(lang).prepositions.of.includes(ofWords[0] ?? '')) && companyOrNull(id(byAgent)) !== null && companyOrNull(id(bought)) !== null) {
            mention.acquirer = id(byAgent);
            mention.target = id(bought);
            break;
          }
        }
        // 'De Amsterdamse maker … heeft ingestemd met een overname door Thales', 'agreed to a takeover by X': with nothing
        // bought named, the agent after the noun buys what the clause is about.
        const agent = !object && trigger.tense === 'noun' ? after[0] : undefined;
        const agentWords = agent ? text.slice(trigger.end, agent.start).toLowerCase().match(/[\p{L}-]+/gu) ?? [] : [];
        if (agent && companyOrNull(id(agent)) !== null && agentWords.length <= 4 && lexiconFor(lang).prepositions.by.includes(agentWords[0] ?? '')) {
          const about = mention.acquirer;
          mention.acquirer = id(agent);
          if (about !== null && about !== mention.acquirer) mention.target = about;
          break;
        }
        mention.seller ??= objectSeller ?? shareOwner;
        // 'kom överens med GE om att köpa …', 'ble enig med Vale om å overta …': the other party to the agreement sells.
        // 'heeft met Y overeenstemming bereikt over de overname van X': after an event noun too, when it names what is bought.
        if (mention.seller === null && (trigger.tense !== 'noun' || mention.target !== null)) {
          const party = before.find((m) => id(m) !== subjectId && id(m) !== mention.target && agreedWithParty(text, m, clauseStart, clauseEnd, lang));
          if (party && entities[id(party) as number]?.type === 'COMPANY') mention.seller = id(party);
        }
        // A buyer's verb has no agent: 'köper X av Ford', 'køber X af Y' names the seller.
        // 'a racheté Ray-Ban à l'américain Bausch & Lomb': French buys from someone with 'à'.
        // Not after an offer noun: 'l'offre … et à Eiffage' lists a rival, no seller.
        const fromObject = firstWith('from') ?? (buysWithTo.has(lang) && !trigger.offer ? firstWith('to') : undefined) ?? byAfterObject;
        // 'with financial backing from Berkshire Hathaway': who lends the money sells nothing.
        // 'köp, bland annat av X och av Y': in a list of examples 'av' is 'of', and Y another purchase.
        if (fromObject && !listAfterNoun && !financingBefore.test(text.slice(Math.max(clauseStart, fromObject.start - 40), fromObject.start))) mention.seller ??= id(fromObject);
        // 'blir største ägare i AB Volvo. Bilkoncernen köper hela aktieinnehavet från Cevian': the holding bought, named by a
        // definite share noun, is a share of what the deal just told bought, from the party after 'from'.
        const told = state.lastPurchase;
        if (trigger.tense !== 'noun' && told && told.sentence >= sentenceIndex - 2 && told.target !== null && heldShareAhead.test(text.slice(trigger.end, trigger.end + 50))) {
          // 'aktieposten av X': after a share noun 'av' reads as 'of', but the holding is X's, sold by X.
          const from = firstWith('from') ?? firstWith('of', 'by');
          if (mention.target === null || mention.target === told.acquirer || mention.target === told.target || mention.acquirer === told.target || (from !== undefined && mention.target === id(from))) {
            mention.acquirer = subjectId === told.target || subjectId === null || phraseSubject ? told.acquirer : subjectId;
            mention.target = told.target;
            mention.seller = from ? id(from) : mention.seller;
          }
        }
        break;
      }
      case 'sell': {
        mention.seller = subjectId;
        mention.target = id(directObject()) ?? (relativeObject && id(relativeObject.object) !== subjectId ? id(relativeObject.object) : null);
        // 'Statkraft kjøper 50 prosent av X. Det er SSE som selger sin eierandel': its own stake, no company named,
        // is the share the purchase just told bought, from this seller.
        const purchase = state.lastPurchase;
        if (mention.target === null && purchase && purchase.seller === null && purchase.target !== null && purchase.acquirer !== subjectId && heldShareAhead.test(text.slice(trigger.end, trigger.end + 40).replace(/^\s+(?:sin|sitt|sine|sina|sit|its|their|seine|seinen|ihre|ihren|sa|son|ses|zijn|haar|hun)(?=\s)/iu, ' the'))) {
          mention.target = purchase.target;
          mention.acquirer = purchase.acquirer;
          break;
        }
        // 'Vattenfall havde halvdelen af Horns Rev, men solgte 25 procent til X': a share sold with no company named
        // is of the company whose share the sentence told before.
        if (mention.target === null && clauseStart > 0 && sharePercent(text.slice(trigger.end, clauseEnd)) !== null) {
          const heldBefore = mentions.findLast((m) => m.end <= clauseStart && m.entity !== subjectId && entities[m.entity as number]?.type === 'COMPANY' && shareOfBefore.test(text.slice(Math.max(0, m.start - 60), m.start)));
          if (heldBefore !== undefined) mention.target = id(heldBefore);
        }
        // 'verkauft seinen Anteil an Bosch an E.ON': the company a stake is in is not whom it goes to.
        mention.acquirer = party(withPrep.find((x) => x.p === 'to' && id(x.m) !== subjectId && (mention.target === null || id(x.m) !== mention.target))?.m);
        // 'förhandlar exklusivt med Anna Berg om att sälja …', 'in talks with X to sell …': the other party buys.
        if (mention.acquirer === null) {
          const counterpart = before.find((m) => agreedWithParty(text, m, clauseStart, clauseEnd, lang));
          const subjectBefore = subject !== undefined && subject.end <= (counterpart?.start ?? 0);
          if (counterpart && (id(counterpart) !== subjectId || trigger.tense === 'noun')) {
            mention.acquirer = id(counterpart);
            // 'le groupe entre en négociations avec Altice et sa filiale Numericable pour la cession de SFR': names after
            // 'with' are on the buying side; the seller is the clause's subject before them, here 'le groupe'.
            if (!subjectBefore) {
              const pointsBack = pointsBackToCompany(text.slice(clauseStart, counterpart.start), lang);
              mention.seller = pointsBack ? companyPointedTo(mentions.filter((m) => m.end <= clauseStart), entities, state, new Set([mention.acquirer, mention.target]), lang) : null;
            }
          }
        }
        // 'säljer verksamheten till Y', 'sells the business to Y': the business named before, not the seller or buyer.
        if (mention.target === null && trigger.tense !== 'noun' && pointsBackToUnit(text.slice(trigger.end), lang)) {
          // What was bought last, else the company named last: 'Aesop va être racheté … X cède la marque'.
          const bought = state.lastPurchase?.target ?? null;
          mention.target = bought !== null && bought !== subjectId && bought !== mention.acquirer ? bought : companyPointedTo(before.filter((m) => !subject || m.end <= subject.start), entities, state, new Set([subjectId, mention.acquirer]), lang);
        }
        // 'sells its Spanish business to Y', 'solgte mobiltelefonvirksomheten sin til Y', 'a cédé ses téléphones à Y': an
        // unnamed part of the seller.
        if (mention.target === null && mention.acquirer !== null && subjectId !== null && trigger.tense !== 'noun' && ownPartFollows(text.slice(trigger.end), lang)) {
          mention.target = subjectId;
          mention.partOfSeller = true;
        }
        break;
      }
      case 'pay': {
        mention.acquirer = subjectId;
        // 'paid $X for Y', 'the $15.7bn it spent on Y'.
        mention.target = trigger.price ? id(nounObject()) : id(firstWith('for', 'on'));
        // 'betaalde 425 miljoen dollar voor een aandelenbelang in Galapagos', 'paid $1bn for a stake in X'.
        if (mention.target === null && !trigger.price) mention.target = id(withPrep.find((x) => id(x.m) !== subjectId && stakeNounBefore.test(text.slice(Math.max(clauseStart, x.m.start - 60), x.m.start)))?.m);
        // 'agreed to pay 800p in cash per Meggitt share', '50 kroner pr. Tryg-aktie': a price per share of a company buys it.
        if (mention.target === null && !trigger.price) mention.target = id(inClause.find((m) => m.start > trigger.end && id(m) !== subjectId && perShareOf.test(text.slice(Math.max(trigger.end, m.start - 16), m.start)) && shareNounAfter.test(text.slice(m.end, m.end + 12))));
        // 'ska Veoneer betala 110 miljoner dollar till Magna': money paid to a party buys nothing from it.
        if (mention.target === null && !trigger.price && firstWith('to') !== undefined) mention.acquirer = null;
        break;
      }
      case 'passiveBuy': {
        mention.target = id(subject);
        // 'Mobiltelefonerne blev i 2014 solgt til Y': a definite noun subject is an unnamed part of the company
        // told before, which sells it.
        if (mention.target === null && opensWithOtherNoun && state.lastSubject !== null) {
          mention.target = state.lastSubject;
          mention.seller = state.lastSubject;
          mention.partOfSeller = true;
        }
        // 'Ein Anteil an X soll an ein Konsortium um Y gehen': a share opening the clause is of the
        // company named after its noun.
        if (mention.target === null && subject === undefined) {
          const shareOf = before.find((m) => stakeNounBefore.test(text.slice(clauseStart, m.start)) && entities[id(m) as number]?.type === 'COMPANY');
          if (shareOf !== undefined) mention.target = id(shareOf);
        }
        // 'Siemens verkauft sein Hörgerätegeschäft. Die Sparte gehe für gut zwei Milliarden Euro an den Finanzinvestor X':
        // a unit noun opening the clause is the unit a sale just told left without a buyer.
        // Not one told by where it is ('og den hollandske enhed overgik til X'): that is another unit.
        const unitWords = text.slice(clauseStart, trigger.start).toLowerCase().match(/\p{L}+/gu) ?? [];
        if (mention.target === null && before.length === 0 && pointsBackToUnit(text.slice(clauseStart, trigger.start), lang) && !unitWords.some((word) => nationalitySet.has(word)) && state.lastOpen?.target != null) {
          mention.target = state.lastOpen.target;
          mention.seller = state.lastOpen.seller;
        }
        // The agent may follow a determiner, adjectives and a class noun: 'købt af den danske medicoudstyrskoncern X'.
        // Not a 'to' before the verb: 'til X ble endelig overtatt' is 'until'.
        const agentWith = (roles: string[]) =>
          inClause.find((m) => {
            const role = prep(m, Math.max(clauseStart, m.start - 60)) ?? '';
            return m.start > trigger.start - 40 && id(m) !== mention.target && roles.includes(role) && (role !== 'to' || m.start >= trigger.start);
          });
        // 'was sold by X to Y', 'werd door X aan Y verkocht': in a passive sale the agent sold and the 'to' party bought.
        // The agent stands inside the verb's span or a few words after it, not in a clause joined on ('…, og Carlsberg
        // gennemførte overtagelsen af X').
        const nearVerb = (m: Mention) => m.start < trigger.end || (!/[,;]/u.test(text.slice(trigger.end, m.start)) && (text.slice(trigger.end, m.start).match(/[\p{L}\d-]+/gu) ?? []).length <= 6);
        const soldByAgent = soldForm(trigger, lang) ? agentWith(['by']) : undefined;
        const soldBy = soldByAgent !== undefined && nearVerb(soldByAgent) ? soldByAgent : undefined;
        if (soldBy !== undefined) mention.seller = companyOrNull(party(soldBy));
        const agent = soldBy !== undefined ? agentWith(['to']) : agentWith(['by', 'to']);
        // 'kwam in handen van X', 'passed into the hands of X': a phrase closed by its own preposition names the new owner next.
        // Past a few words in lower case or of origin: 'in handen van het Britse Boohoo'.
        const describesOwner = (words: string[]) => words.length <= 4 && words.every((word) => /^\p{Ll}/u.test(word) || nationalitySet.has(word.toLowerCase()));
        const ownerNext = agent === undefined && /\s(?:van|of|von|af|av|de|d'|hos|til|till|an)$/iu.test(trigger.text) ? inClause.find((m) => m.start >= trigger.end && describesOwner(text.slice(trigger.end, m.start).match(/[\p{L}-]+/gu) ?? [])) : undefined;
        mention.acquirer = party(agent ?? ownerNext);
        // 'Dorothy Perkins, Wallis en Burton komen in handen van Boohoo': each name of a list opening the clause is sold.
        if (subject !== undefined && mention.acquirer !== null) {
          for (let i = before.indexOf(subject); i > 0 && listGap.test(text.slice((before[i - 1] as Mention).end, (before[i] as Mention).start)); i -= 1) {
            const item = before[i - 1] as Mention;
            if (entities[id(item) as number]?.type === 'COMPANY' && id(item) !== mention.acquirer) listedBefore.push(id(item) as number);
          }
        }
        break;
      }
      case 'merge': {
        mention.acquirer = subjectId;
        // 'die Fusion der Zugsparten von Siemens und Alstom', 'the merger of X and Y': both parties follow the noun.
        const pair = trigger.tense === 'noun' ? mergerPair(text, trigger.end, after, lang) : null;
        if (pair) {
          mention.acquirer = pair[0];
          mention.target = pair[1];
          break;
        }
        // 'Versum hatte sich mit dem Konkurrenten Entegris auf einen Zusammenschluss geeinigt': the partner after 'with'
        // before the noun, and the name opening the clause.
        const partnerBefore = trigger.tense === 'noun' && firstWith('with') === undefined ? before.find((m, i) => id(m) !== subjectId && prep(m, i > 0 ? (before[i - 1] as Mention).end : clauseStart) === 'with') : undefined;
        if (partnerBefore) {
          mention.target = id(partnerBefore);
          mention.acquirer ??= id(before.find((m) => m.end <= partnerBefore.start && prep(m, clauseStart) === null));
        }
        // 'TDC indgik en aftale om at fusionere Sunrise med Orange', 'agreed to merge X with Y': an owner merges its company
        // with another; the two companies are the parties.
        const object = trigger.tense !== 'noun' ? firstWith(null) : undefined;
        const withPartner = firstWith('with');
        if (object && withPartner && object.start < withPartner.start && id(object) !== id(withPartner) && entities[id(object) as number]?.type === 'COMPANY') {
          mention.acquirer = id(object);
          mention.target = id(withPartner);
          break;
        }
        // Not past ', and' into the next clause: '… ble slått sammen, og året etter kjøpte det Hess Norge'.
        const partnerAfter = firstWith('with', null, 'of');
        if (partnerAfter && !commaAnd(lang).test(text.slice(trigger.end, partnerAfter.start))) mention.target ??= id(partnerAfter);
        // 'den Zusammenschluss von Siemens mit Alstom', 'the merger of X with Y': the party named between the noun and 'with'.
        const partnerWith = trigger.tense === 'noun' && mention.acquirer === null ? withPrep.find((x) => x.p === 'with' && x.m.start > trigger.end) : undefined;
        if (partnerWith) {
          const first = after.find((m) => m.start >= trigger.end && m.end <= partnerWith.m.start && id(m) !== id(partnerWith.m) && entities[id(m) as number]?.type === 'COMPANY');
          if (first && text.slice(trigger.end, first.start).split(/\s+/u).filter(Boolean).length <= 3) {
            mention.acquirer = id(first);
            mention.target = id(partnerWith.m);
          }
        }
        if (mention.target === null) {
          const partner = before.find((m) => id(m) !== subjectId);
          mention.target = id(partner);
          // 'Styrelserna för X och Y presenterar ett samgående': with no subject, two names joined by 'and' are the parties.
          const joinedTo = partner === undefined ? undefined : before[before.indexOf(partner) + 1];
          if (mention.acquirer === null && trigger.tense === 'noun' && partner !== undefined && joinedTo !== undefined && id(joinedTo) !== id(partner) && andWord.test(text.slice(partner.end, joinedTo.start).trim())) {
            mention.acquirer = id(partner);
            mention.target = id(joinedTo);
          }
          // The object of another deal word before it ('its takeover of X, … an attempt to combine …').
          mention.partnerBefore = partner !== undefined && triggers.some((other) => other !== trigger && other.end <= partner.start);
        }
        // 'när svenska OM och finska HEX gick samman': the company joined to the subject by 'and' is the other party.
        if (subject && mention.target === null) {
          const partner = before[before.indexOf(subject) - 1];
          if (partner && id(partner) !== subjectId && andBefore.test(text.slice(partner.end, subject.start))) mention.target = id(partner);
        }
        // The first named leads: 'Exxon and Mobil combined' is Exxon's merger, which a later 'the group' points back to.
        const partnerMention = subject ? before.find((m) => id(m) === mention.target && m.end <= subject.start && andBefore.test(text.slice(m.end, subject.start))) : undefined;
        if (partnerMention && trigger.tense !== 'noun' && mention.acquirer === subjectId) subjectId = id(partnerMention);
        // 'Sammenslåingen må godkjennes av Kredittilsynet og …', 'the merger must be cleared by X': those who approve a
        // merger after its noun are no parties to it.
        const approver = (party: number | null) => party !== null && inClause.some((m) => id(m) === party && m.start > trigger.end && approvalWord.test(text.slice(trigger.end, m.start)));
        if (approver(mention.acquirer)) mention.acquirer = null;
        if (approver(mention.target)) mention.target = null;
        // Companies merge, people do not: 'Statoil-sjef X sa om fusjonen …' names no party.
        mention.acquirer = companyOrNull(mention.acquirer);
        mention.target = companyOrNull(mention.target);
        break;
      }
      case 'writeDown': {
        mention.acquirer = subjectId;
        // 'wrote down X', 'afgeschreven op het onderdeel Y, het vroegere X': any company after the verb is what is written down.
        // 'la dépréciation de sa filiale X', 'Abschreibung von X': 'de' and 'von' read as 'from' first, here they are 'of'.
        mention.target = id(firstWith('on', 'of', 'from', null));
        // 'nedskriver værdien af X', 'wrote down the value of X': the company whose value is written down.
        mention.target ??= id(after.find((m) => id(m) !== subjectId && valueOfBefore.test(text.slice(Math.max(trigger.end, m.start - 60), m.start))));
        // 'goodwill knyttet til X', 'a charge relating to X', 'la dépréciation liée à X': what the write-down concerns.
        mention.target ??= id(after.find((m) => id(m) !== subjectId && relatingToBefore.test(text.slice(Math.max(trigger.end, m.start - 60), m.start))));
        // 'Hauptgrund ist eine Wertberichtigung auf X': a write-down told as a noun with no owner is the last actor's.
        if (mention.acquirer === null && trigger.tense === 'noun' && mention.target !== null) mention.acquirer = actorOtherThan(mention.target);
        break;
      }
      case 'interest': {
        mention.bidders = [...new Set(before.filter((m) => entities[m.entity as number]?.type === 'COMPANY' && !noParty(entities[m.entity as number])).map((m) => m.entity as number))];
        mention.interestOnly = true;
        // 'Pfizer made an offer for AstraZeneca', 'courted AstraZeneca': one bidder and the company it wants, right after
        // the verb, make a rumoured purchase of their own (or a rival's bid, when merging finds another buyer of it).
        const wanted = after[0];
        // 'flera fonder sneglar på X', 'several buyout firms are eyeing X': unnamed others want it, not the
        // company told of last.
        const unnamedOthers = unnamedBidders.test(text.slice(clauseStart, trigger.start)) || unnamedWithin.test(`${trigger.text} `);
        // 'Jetzt buhlen die Franzosen um X': a phrase the page tied to one company is the subject.
        const bidder = mention.bidders.length === 1 ? mention.bidders[0] : companyOrNull(mention.bidders.length === 0 && before.length === 0 && !unnamedOthers ? subjectId ?? sentenceSubject ?? lastActor : null);
        const gapWords = wanted !== undefined ? (text.slice(trigger.end, wanted.start).match(/[\p{L}\d-]+/gu) ?? []).length : 0;
        // 'made an offer of 40 euros a share for X': further past a price told before the preposition.
        // 'a bid for the Chilean wine maker, X': past a kind of company and the words describing it.
        const describedWanted = wanted !== undefined && gapWords <= 8 && isCompanyClassWord((/([\p{L}-]+)[\s,]*$/u.exec(text.slice(trigger.end, wanted.start))?.[1] ?? '').toLowerCase(), lang);
        // The preposition may close the verb's phrase ('bid for').
        const lastWordOfTrigger = (/(\p{L}+)$/u.exec(trigger.text)?.[1] ?? '').toLowerCase();
        const forWanted = wanted !== undefined && (['for', 'on'].includes(prep(wanted, trigger.end) ?? '') || [...lexiconFor(lang).prepositions.for, ...lexiconFor(lang).prepositions.on].includes(lastWordOfTrigger));
        const near = wanted !== undefined && (gapWords <= 3 || ((describedWanted || (gapWords <= 10 && /\d/u.test(text.slice(trigger.end, wanted.start)))) && forWanted));
        const wantedId = wanted ? companyOrNull(id(wanted)) : null;
        // 'in talks with KKR about selling Upfield', 'verhandelt mit X über den Verkauf von Y': the company talked with
        // is the other party of the purchase or sale that follows, not one wanted, when that deal names what changes hands.
        // 'in talks with Intel about a takeover' names nothing more: Intel is wanted.
        const dealFollows =
          wanted !== undefined &&
          partyTriggers.some(
            (other) =>
              (other.action === 'buy' || other.action === 'sell') &&
              other.start >= wanted.end &&
              (text.slice(wanted.end, other.start).match(/[\p{L}\d-]+/gu) ?? []).length <= 4 &&
              after.some((m) => m.start >= other.end && (text.slice(other.end, m.start).match(/[\p{L}\d-]+/gu) ?? []).length <= 4),
          );
        // 'lorgne la pépite d'Atos', 'eyes the crown jewel of X': a noun before 'of' is what is wanted, a part of X.
        const wantedPrep = wanted === undefined ? null : prep(wanted, trigger.end);
        // 'et tilbud på aktierne i X', 'an offer for the shares of X' want X itself.
        const partOf = wantedPrep === 'of' && gapWords > 1 && !sharesOfBefore.test(text.slice(trigger.end, (wanted as Mention).start));
        const wantedHere = near && !dealFollows && wantedId !== null && ([null, 'for', 'on', 'of'].includes(wantedPrep) && !partOf);
        if (wantedHere && bidder !== undefined && bidder !== null && bidder !== wantedId) {
          mention.acquirer = bidder;
          mention.target = wantedId;
          mention.bidders = [];
          mention.interestOnly = false;
          mention.interest = true;
        }
        // 'UniCredit und ING sollen Interesse an X haben', 'Pfizer and Merck are courting X': each company of a list
        // right before the verb wants X, a rumoured purchase of its own with the others as rival bidders.
        let rivals = wantedHere && mention.bidders.length >= 2 ? listBeforeVerb(before, trigger, text, entities) : [];
        // 'UniCredit und ING sollen Interesse an dem Frankfurter Institut haben': what a list of companies wants is told
        // by a phrase pointing back to the company told of before.
        let wantedBack: number | null = null;
        if (!wantedHere && mention.bidders.length >= 2 && pointsBackToCompany(text.slice(trigger.end), lang)) {
          const listed = listBeforeVerb(before, trigger, text, entities);
          wantedBack = listed.length >= 2 ? companyOrNull(describedEarlier(text.slice(trigger.end), state, lang) ?? companyPointedTo([], entities, state, new Set(listed), lang)) : null;
          if (wantedBack !== null && !listed.includes(wantedBack)) rivals = listed;
        }
        // 'several firms are eyeing X, among them A and B': the bidders named after what they want.
        if (wantedHere && mention.bidders.length === 0 && (unnamedOthers || before.length === 0)) rivals = listAfterAmong(after, wanted as Mention, text, entities);
        if (rivals.length >= (unnamedOthers || before.length === 0 ? 1 : 2) && !rivals.includes((wantedBack ?? wantedId) as number)) {
          for (const other of partyTriggers) if (other.action === 'buy' && other.start >= trigger.end && other.end <= (wanted?.start ?? trigger.end)) wantedByInterest.add(other);
          mention.acquirer = rivals[0] as number;
          mention.target = wantedBack ?? wantedId;
          mention.targetPointedBack = wantedBack !== null;
          mention.bidders = rivals.slice(1);
          mention.interestOnly = false;
          mention.interest = true;
          rivalBids.push(...rivals.slice(1));
        }
        break;
      }
    }
    // 'avait racheté The Body Shop et Avon', 'bought X and Y': each company joined to the object is bought too.
    const coordinated: DealMention[] = listedBefore.map((target) => ({ ...mention, target, bidders: [] }));
    const allRivals = [mention.acquirer as number, ...rivalBids];
    for (const rival of rivalBids) coordinated.push({ ...mention, acquirer: rival, bidders: allRivals.filter((other) => other !== rival) });
    // 'ABG hat bereits A und B aufgekauft', 'heeft A en B overgenomen': names joined by 'and' before a verb that ends the
    // clause are each bought.
    const objectBefore = trigger.action === 'buy' && trigger.tense !== 'noun' && verbFinalInfinitive.has(lang) ? inClause.find((m) => m.end <= trigger.start && id(m) === mention.target) : undefined;
    for (let last = objectBefore, next = last && inClause[inClause.indexOf(last) + 1]; last && next && next.end <= trigger.start; last = next, next = inClause[inClause.indexOf(next) + 1]) {
      if (!listGap.test(text.slice(last.end, next.start)) || entities[id(next) as number]?.type !== 'COMPANY' || [mention.acquirer, mention.seller, mention.target].includes(id(next))) break;
      coordinated.push({ ...mention, target: id(next), bidders: [] });
    }
    // Also past an apposition or a price: 'buying X, the maker of Y, for $11.6bn and Z for $5.4bn'.
    // Write-downs too: 'skriver ned verdier i A, B og C'.
    // 'förvärven av A (2007) och B (2014)', 'the purchases of X and Y': names joined by 'and' right after
    // an event noun's object are bought too.
    const nounTarget = trigger.tense === 'noun' ? after.find((m) => id(m) === mention.target) : undefined;
    const nounTargetNext = nounTarget ? after[after.indexOf(nounTarget) + 1] : undefined;
    const listOfNounObjects = nounTarget !== undefined && nounTargetNext !== undefined && (text.slice(trigger.end, nounTarget.start).match(/[\p{L}\d'’-]+/gu) ?? []).length <= 3 && andWord.test(text.slice(nounTarget.end, nounTargetNext.start));
    if ((trigger.action === 'buy' || trigger.action === 'sell' || trigger.action === 'writeDown') && (trigger.tense !== 'noun' || listAfterNoun || listOfNounObjects) && mention.target !== null) {
      let last = after.find((m) => id(m) === mention.target);
      // Items after a bare comma are bought only once an 'and' closes the list: 'Gagfah in 2015, Buwog in 2018 and Hembla'.
      let pending: Mention[] = [];
      let afterSeller = false;
      for (let next = last ? after[after.indexOf(last) + 1] : undefined; last && next; next = after[after.indexOf(next) + 1]) {
        const previous = after[after.indexOf(next) - 1] as Mention;
        // 'an Advent International und Cinven': 'and' after the buyer joins buyers, not things bought; 'puis' after a
        // seller ('à Bausch & Lomb en 1999, puis le californien Oakley') opens the next purchase.
        if (previous !== last && [mention.acquirer, mention.seller].includes(id(previous)) && !thenBefore.test(text.slice(previous.end, next.start))) break;
        if (mention.seller !== null && id(previous) === mention.seller) afterSeller = true;
        // Past an apposition only after its comma: 'X, the maker of Y, for \$1bn and Z' (not 'blandt andet Y og Z').
        if (previous !== last && !text.slice(previous.end, next.start).includes(',')) continue;
        const gap = text.slice(previous.end, next.start);
        // Periods of abbreviated amounts stay inside the list: 'Pripps for 2 mia. kr. og senere Olvi'.
        if (next.start - last.end > 100 || /[;:.!?]/u.test(gap.replace(/\d[.,]\d/gu, '').replace(amountAbbreviations, ''))) break;
        // 'in Italy, Belgium and Indiana': a list of places and things is no list of companies.
        // A capitalised class noun glued before the name says what it is: 'och av Stockholmsbolaget Soundtrap'.
        // So does one after a few lower-case words: 'and the software company Xamarin'.
        // 'Northern Bank i Nordirland og National Irish Bank': where each is from is no item of the list.
        const bareGaps = withoutClassNoun(gap.replace(/^(\s+(?:i|in|im|en|à|au|på)\s+)(\p{Lu}[\p{L}-]*)/u, (whole, preposition: string, word: string) => (placeSet.has(word.toLowerCase()) ? `${preposition}place` : whole)), lang);
        if (/(?<![\p{L}])\p{Lu}/u.test(bareGaps[0] as string) || entities[id(next) as number]?.type !== 'COMPANY') continue;
        const listed = previous === last && listComma.test(bareGaps[0] as string);
        if (!bareGaps.some((bare) => andBefore.test(bare)) && !listed) continue;
        // 'Emtek samt Yales och Augusts bostadsverksamhet': owners' genitives name parts of one sale, not more purchases.
        if (next.genitive || (genitiveSuffixLanguages.has(lang) && /s$/u.test(next.surface) && ownedNounAfter(text.slice(next.end, next.end + 30), lang))) break;
        if (![mention.acquirer, mention.seller, mention.target].includes(id(next)) && !pending.includes(next)) pending.push(next);
        last = next;
        if (listed) continue;
        // The seller named before belongs to the purchases before it: 'X à Bausch & Lomb, puis Oakley'.
        for (const item of pending) coordinated.push({ ...mention, target: id(item), bidders: [], seller: afterSeller ? null : mention.seller });
        pending = [];
      }
      // Each item of a list keeps the year and price told beside it: 'The Echo Nest in 2014 and Soundtrap in 2017'.
      const items = [after.find((m) => id(m) === mention.target), ...coordinated.map((c) => after.find((m) => id(m) === c.target))];
      if (coordinated.length > 0 && items.every((m) => m !== undefined)) {
        const spans = (items as Mention[]).map((m, i): [number, number] => [m.start, (items[i + 1] as Mention | undefined)?.start ?? clauseEnd]);
        [mention, ...coordinated].forEach((item, i) => {
          item.otherItems = spans.filter((_, j) => j !== i);
        });
      }
    }
    // 'dess fientliga bud på hela LSE', 'its hostile bid for X': a possessive before an event noun is the company told of.
    if (trigger.tense === 'noun' && trigger.action === 'buy' && mention.acquirer === null && mention.target !== null && possessiveBefore.test(text.slice(Math.max(clauseStart, trigger.start - 40), trigger.start))) {
      mention.acquirer = actorOtherThan(mention.target);
    }
    if (glued && mention.target === null && id(glued) !== mention.acquirer && entities[id(glued) as number]?.type === 'COMPANY') mention.target = id(glued);
    // 'det misslyckade Nuon-köpet': a purchase named by its target glued on, with no buyer in the clause, is the last
    // actor's (the company the page tells of).
    if (glued && trigger.action === 'buy' && mention.acquirer === null && mention.target === id(glued) && text.slice(glued.end, trigger.start) === '-') mention.acquirer = actorOtherThan(mention.target);
    // 'backed by chairman Leif Johansson, fended off an approach from Pfizer': an event noun's object is a business.
    if (trigger.tense === 'noun' && mention.target !== null && entities[mention.target]?.type === 'PERSON') mention.target = null;
    if (mention.target === null && trigger.action !== 'interest') mention.unnamedTarget = true;
    // 'købte DFDS' transportdivision, DFDS Dan Transport': a unit named in apposition after its owner's genitive is what
    // is bought, from that owner.
    if ((trigger.action === 'buy' || trigger.action === 'pay') && mention.target !== null) {
      const owner = inClause.find((m) => id(m) === mention.target && m.start > trigger.start);
      const unit = owner ? inClause.find((m) => m.start > owner.end && id(m) !== id(owner)) : undefined;
      const gap = owner && unit ? /^(?:['’]s?|s)?\s+(?:[\p{L}-]+\s+){0,2}([\p{L}-]+)\s*,\s*$/u.exec(text.slice(owner.end, unit.start)) : null;
      if (owner && unit && gap && (owner.genitive || /^['’]/u.test(text.slice(owner.end))) && isUnitNoun(gap[1] as string, lang) && entities[id(unit) as number]?.type === 'COMPANY') {
        mention.target = id(unit);
        mention.seller = id(owner);
      }
    }
    // 'take full control of Dow Corning, its joint venture with Corning': the partner sells its share.
    if (mention.kind !== 'MERGER' && mention.seller === null && mention.target !== null) {
      const target = inClause.find((m) => id(m) === mention.target && m.start > trigger.start);
      const partner = target ? inClause.find((m) => m.start > target.end) : undefined;
      if (partner && jointVentureWith.test(text.slice((target as Mention).end, partner.start)) && entities[id(partner) as number]?.type === 'COMPANY') mention.seller = id(partner);
    }
    // 'Flender geht an Carlyle, wie Siemens mitteilte': the company reporting a passive sale, neither buyer nor bought, sells.
    if (trigger.action === 'passiveBuy' && mention.kind === 'ACQUISITION' && mention.seller === null && mention.acquirer !== null && mention.target !== null) {
      const acquirerMention = inClause.find((m) => m.entity === mention.acquirer && m.start >= trigger.end);
      // 'Siemens said that Flender would be sold to Carlyle': or before it, reporting that.
      const targetMention = inClause.find((m) => m.entity === mention.target && m.end <= trigger.start);
      const earlier = targetMention ? mentions.filter((m) => m.end <= targetMention.start && m.entity !== undefined) : [];
      const reportedFirst = earlier.find((m) => reportsThat.test(text.slice(m.end, (targetMention as Mention).start)) && reportingCompany(entities[m.entity as number]));
      const reporter = reportedFirst ? (reportedFirst.entity as number) : reporterAfter(text, acquirerMention?.end ?? trigger.end, mentions, entities, lang);
      if (reporter !== null && reporter !== mention.acquirer && reporter !== mention.target) mention.seller = reporter;
    }
    // 'Reuters', 'AFN/Bloomberg', 'the Competition Authority': who reports or approves a deal is no party to it.
    for (const item of [mention, ...coordinated]) {
      // A person writes nothing down: 'X, a spokesman, said the write-down …' names the company's spokesman.
      if (item.acquirer !== null && (noParty(entities[item.acquirer]) || (item.kind === 'WRITE_DOWN' && entities[item.acquirer]?.type === 'PERSON'))) item.acquirer = null;
      // A paper named right after the verb or noun is what is bought ('een tegenbod op De Telegraaf'), not who reports it.
      const paperBought = (target: number) => newsSources.has(entities[target]?.name.toLowerCase() ?? '') && inClause.some((m) => m.entity === target && m.start >= item.trigger.end && (text.slice(item.trigger.end, m.start).match(/[\p{L}\d-]+/gu) ?? []).length <= 2);
      if (item.target !== null && noParty(entities[item.target]) && !paperBought(item.target)) item.target = null;
      if (item.seller !== null && noParty(entities[item.seller])) item.seller = null;
    }
    if (mention.acquirer !== null && mention.acquirer === mention.target) mention.target = null;
    if (mention.seller !== null && ((mention.seller === mention.target && !mention.partOfSeller) || mention.seller === mention.acquirer)) mention.seller = null;
    const owner = mention.acquirer ?? mention.seller;
    if (owner !== null && trigger.tense !== 'noun') sentenceSubject = subjectId;
    // 'AkzoNobel ontstond in 1994 toen het Nederlandse Akzo fuseerde …': a deal told in a clause of time leaves the
    // main clause's subject the one a later 'the group' points back to.
    const opening = mentions.find((m) => m.entity !== undefined && m.start < trigger.start);
    if (owner !== null && trigger.tense !== 'noun' && subject !== undefined && opening !== undefined && opening !== subject && entities[opening.entity as number]?.type === 'COMPANY' && /^[\s"“'‘(]*$/u.test(text.slice(0, opening.start)) && timeClauseOpening.test(text.slice(opening.end, subject.start))) sentenceSubject = opening.entity as number;
    pairRespectively([mention, ...coordinated], inClause, trigger, text, clauseStart, clauseEnd);
    results.push(mention);
    for (const other of coordinated) results.push(other);
    // A sale naming only its seller ('der udvikler og sælger maling') does not replace one naming what is sold.
    if (mention.acquirer === null && (mention.target !== null || (mention.seller !== null && state.lastOpen?.target == null)) && trigger.action === 'sell') state.lastOpen = mention;
  }
  // 'X, which Y acquired in 2015, was sold to Z': the buyer told earlier in the sentence in the past sells it on.
  for (const later of results) {
    if (later.seller !== null || later.acquirer === null || later.target === null || later.kind === 'MERGER' || later.kind === 'WRITE_DOWN') continue;
    const owner = results.find((earlier) => earlier !== later && earlier.trigger.start < later.trigger.start && earlier.trigger.tense === 'past' && earlier.kind === 'ACQUISITION' && earlier.target === later.target && earlier.acquirer !== null && earlier.acquirer !== later.acquirer);
    if (owner) later.seller = owner.acquirer;
  }
  // 'Køberen er VG Invest', 'The buyer is X': the buyer of the last sale still without one.
  const buyer = state.lastOpen ? partyNamed(text, lang, 'buyerIs', mentions, entities) : null;
  if (buyer !== null && state.lastOpen && buyer !== state.lastOpen.seller && buyer !== state.lastOpen.target) {
    state.lastOpen.acquirer = buyer;
    state.lastOpen = null;
  }
  // 'Budet på X dras tillbaka. … lade Y ett bud på 200 kronor per aktie': an offer naming its bidder and not what
  // it is for, up to two sentences after one naming only what is bid for, is for that company.
  for (const mention of results) {
    const open = state.lastBidFor;
    // Not a short form of the company bid for ('Akzo wees het bod af' after 'een bod op AkzoNobel').
    const bidder = mention.acquirer === null ? '' : (entities[mention.acquirer]?.name ?? '').toLowerCase();
    const wanted = open?.target == null ? '' : (entities[open.target]?.name ?? '').toLowerCase();
    if (open && mention.trigger.offer === true && mention.acquirer !== null && mention.target === null && mention.sentence - open.sentence <= 2 && open.target !== mention.acquirer && !wanted.startsWith(bidder) && !bidder.startsWith(wanted)) mention.target = open.target;
  }
  for (const mention of results) {
    // Only an offer that names what it is for right after it ('Budet på X'), not a name further on ('… bud, sier X i Y').
    const forWhat = text.slice(mention.trigger.end, mention.trigger.end + 60);
    const targetName = mention.target === null ? undefined : entities[mention.target]?.name;
    if (mention.trigger.offer === true && mention.acquirer === null && targetName !== undefined && mention.seller === null && offerForOpening.test(forWhat) && forWhat.includes(targetName)) state.lastBidFor = mention;
  }
  // A purchase told in full since moves the story on: a later valuation is of that one.
  for (const mention of results) {
    if (mention.target !== null) state.lastTargetless = null;
    else if (mention.acquirer !== null && (mention.trigger.action === 'buy' || mention.trigger.action === 'pay')) state.lastTargetless = mention;
  }
  // 'The offer … values GKN at about £8.1bn', 'vilket värderar Swedish Match till …', 'Målet er amerikanske X': the company
  // valued or named as the target is what the last purchase still without a target buys.
  const valued = state.lastTargetless ? (companyValued(text, mentions, entities) ?? partyNamed(text, lang, 'targetIs', mentions, entities)) : null;
  if (valued !== null && state.lastTargetless && valued !== state.lastTargetless.acquirer && valued !== state.lastTargetless.seller) {
    state.lastTargetless.target = valued;
    state.lastTargetless.unnamedTarget = false;
    state.lastTargetless = null;
  }
  for (const mention of results) if (mention.acquirer !== null && mention.target !== null && mention.kind !== 'WRITE_DOWN' && mention.kind !== 'MERGER') state.lastPurchase = mention;
  for (const mention of results) if (mention.kind === 'WRITE_DOWN' && mention.acquirer !== null && mention.target !== null) state.lastWriteDown = mention;
  // 'The company expects to recognize an impairment charge … in relation to the sale': a write-down with an owner and
  // no target, by the seller of a business told in this sentence or up to five before, is on that business.
  for (const mention of results) if (mention.kind !== 'WRITE_DOWN' && mention.seller !== null && mention.target !== null) state.lastSale = mention;
  const sale = state.lastSale;
  for (const mention of results) {
    if (sale && mention.kind === 'WRITE_DOWN' && mention.target === null && mention.acquirer !== null && mention.acquirer === sale.seller && mention.sentence - sale.sentence <= 5) mention.target = sale.target;
    // 'Det er primært relateret til nedskrivninger …': a write-down noun in a sentence naming no one, right after a sale,
    // is the seller's, on what it sells.
    if (sale && sale.seller !== null && mention.kind === 'WRITE_DOWN' && mention.trigger.tense === 'noun' && mention.target === null && mention.acquirer === null && mentions.length === 0 && mention.sentence - sale.sentence <= 3) {
      mention.acquirer = sale.seller;
      mention.target = sale.target;
    }
    // 'X skriver ned Y … I 2023 bokførte X en nedskriving på …': another write-down by the same company, naming nothing
    // written down, is on what it wrote down before; 'Y ble overtatt i 2022', with no buyer, was bought by it.
    const written = state.lastWriteDown;
    if (written && mention.kind === 'WRITE_DOWN' && mention.target === null && mention.acquirer === written.acquirer) mention.target = written.target;
    // Told as sold ('Y is being sold'), it sells it instead.
    if (written && mention.kind === 'ACQUISITION' && mention.acquirer === null && mention.seller === null && mention.target === written.target) {
      if (soldForm(mention.trigger, lang)) mention.seller = written.acquirer;
      else mention.acquirer = written.acquirer;
    }
  }
  // 'Selger er det nordiske oppkjøpsfondet Altor', 'The seller is X': the seller of the last purchase.
  const seller = state.lastPurchase && state.lastPurchase.seller === null ? partyNamed(text, lang, 'sellerIs', mentions, entities) : null;
  if (seller !== null && state.lastPurchase && seller !== state.lastPurchase.acquirer && seller !== state.lastPurchase.target) {
    state.lastPurchase.seller = seller;
    // 'Säljare är X, som får 460 miljoner dollar …, betalt i aktier': what the seller is paid is the price of that purchase.
    for (const mention of results) {
      if (mention.acquirer === seller && mention.target === null && mention.trigger.action === 'pay') {
        mention.acquirer = null;
        mention.refersBack = true;
      }
    }
  }
  const recent = state.recentCompanies ?? [];
  for (const m of mentions) {
    if (m.entity === undefined || entities[m.entity]?.type !== 'COMPANY' || (!entities[m.entity]?.accepted && nounsCapitalised.has(lang))) continue;
    const at = recent.indexOf(m.entity);
    if (at >= 0) recent.splice(at, 1);
    recent.push(m.entity);
    if (recent.length > recentKept) recent.shift();
  }
  state.recentCompanies = recent;
  // What the page puts right before a company's name describes it for later sentences: a long kind-of-company word
  // ('sportsutstyrskjeden XXL'), an adjective of origin right before the name ('finske Orvik') or before a kind of company
  // ('the French group Danone', 'der französische Rivale X').
  for (const m of mentions) {
    if (m.entity === undefined || entities[m.entity]?.type !== 'COMPANY') continue;
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    const word = /(?:^|\s)(\p{Ll}[\p{L}-]{7,})\s+$/u.exec(before)?.[1];
    if (word !== undefined && isCompanyClassWord(word, lang)) {
      state.descriptors ??= new Map();
      if (state.descriptors.size >= maxDescriptors) state.descriptors.clear();
      state.descriptors.set(foldDescriptor(word), m.entity);
    }
    const origin = (before.match(/[\p{L}-]+(?=\s+$)|[\p{L}-]+(?=\s+[\p{L}-]+\s+$)/gu) ?? []).findLast((found) => nationalitySet.has(found.toLowerCase()));
    if (origin === undefined) continue;
    state.origins ??= new Map();
    if (state.origins.size >= maxDescriptors) state.origins.clear();
    const key = foldOrigin(origin);
    const known = state.origins.get(key);
    state.origins.set(key, known === undefined || known === m.entity ? m.entity : -1);
  }
  state.subjectStated = sentenceSubject !== null && results.some((r) => r.target !== sentenceSubject && (r.acquirer === sentenceSubject || r.seller === sentenceSubject));
  if (sentenceSubject !== null) state.lastSubject = sentenceSubject;
  else {
    // German capitalises nouns after prepositions too: 'Vonovia ist durch Zukäufe gewachsen' is about Vonovia, a name
    // the page gives only at a sentence's start, when nothing firmer is left.
    const nounAfterPreposition = (m: Mention) => nounsCapitalised.has(lang) && !entities[m.entity as number]?.accepted && prepositionBefore(text, Math.max(0, m.start - 40), m.start, lang) !== null;
    const companies = mentions.filter((m) => m.entity !== undefined && entities[m.entity]?.type === 'COMPANY' && !m.genitive && !nounAfterPreposition(m));
    const firstCompany = companies.find((m) => !weakInitialName(entities[m.entity as number])) ?? (nounsCapitalised.has(lang) ? companies[0] : undefined);
    if (firstCompany) state.lastSubject = firstCompany.entity as number;
  }
  return results;
}
