// Finds the words of a sentence that announce a deal event, with what kind of event and its tense.
import { leadOf, phraseSources, plainWord } from '../lexicon/compile-phrases.js';
import { lexiconFor, supportedLanguages } from '../lexicon/languages.js';
import type { Tense } from '../lexicon/types.js';
import { isCompanyClassWord } from '../entities/name-lexicons.js';

export type TriggerAction = 'buy' | 'sell' | 'pay' | 'merge' | 'writeDown' | 'passiveBuy' | 'interest' | 'deal';

export interface Trigger {
  action: TriggerAction;
  /** Verb tense, or 'noun' for an event noun ('the acquisition of'). */
  tense: Tense | 'noun';
  /** A price noun: 'X's price for Y'. */
  price: boolean;
  /** An offer noun: 'X's offer for Y', 'tilbud fra X'. */
  offer?: boolean;
  start: number;
  end: number;
  text: string;
}

interface Pattern {
  action: TriggerAction;
  tense: Tense | 'noun';
  price: boolean;
  offer?: boolean;
  phrases: string[];
}

/**
 * Per language, the phrases of every pattern in precedence order. At a word, one regex of only the phrases that can
 * start there is tried: the same first match as one regex of all of them, and small regexes cost V8 little to compile
 * (it compiles a regex again now and then, and a regex of a whole lexicon took it up to 200 ms each time).
 */
interface Compiled {
  patterns: Pattern[];
  /** Every phrase's regex source, the pattern it belongs to and its leading letters, lowercased ('' for none). */
  phrases: { source: string; pattern: number; lead: string }[];
  /** All phrases in one regex: for words whose case folding `toLowerCase` may not mirror. */
  all: Alternatives;
  /** The alternatives for a word, by the word (bounded: cleared when full). */
  byWord: Map<string, Alternatives>;
  /** Alternatives by the phrases they hold, so that words with the same candidates share one regex. */
  bySet: Map<string, Alternatives>;
  /** First words of every phrase, and stems: a sentence with none of them has no trigger (a cheap test before the regex). */
  firstWords: Set<string>;
  stems: string[];
}

/** A sticky regex with one capturing group per pattern it holds, and the pattern of each group. */
interface Alternatives {
  regex: RegExp;
  groups: number[];
}

/** Words cached per language before the cache is cleared: pages of distinct words must not grow it without end. */
const maxCachedWords = 20_000;

const cache = new Map<string, Compiled>();

function compiledFor(lang: string): Compiled {
  let compiled = cache.get(lang);
  if (compiled) return compiled;
  const verbs = lexiconFor(lang).dealVerbs;
  // Order is precedence where two start at one place: passive and interest, then verbs, then nouns.
  const patterns: Pattern[] = [];
  for (const tense of ['past', 'present', 'base'] as const) patterns.push({ action: 'passiveBuy', tense, price: false, phrases: verbs.passiveBuy[tense] });
  patterns.push({ action: 'interest', tense: 'past', price: false, phrases: verbs.interest });
  for (const action of ['buy', 'sell', 'pay', 'merge', 'writeDown'] as const) {
    for (const tense of ['past', 'present', 'base'] as const) patterns.push({ action, tense, price: false, phrases: verbs[action][tense] });
  }
  // Offers before the other nouns: 'Übernahmeangebot', 'overnamebod', 'opkøbstilbud' start with a purchase noun's stem.
  patterns.push({ action: 'buy', tense: 'noun', price: false, offer: true, phrases: withPrefixes(verbs.nouns.offer, verbs.nounPrefixes) });
  patterns.push({ action: 'buy', tense: 'noun', price: false, phrases: withPrefixes(verbs.nouns.buy, verbs.nounPrefixes) });
  // Not sales: 'rekordsalg' is a year's takings as often as a sale of a business.
  patterns.push({ action: 'sell', tense: 'noun', price: false, phrases: verbs.nouns.sell });
  patterns.push({ action: 'merge', tense: 'noun', price: false, phrases: withPrefixes(verbs.nouns.merge, verbs.nounPrefixes) });
  patterns.push({ action: 'writeDown', tense: 'noun', price: false, phrases: withPrefixes(verbs.nouns.writeDown, verbs.nounPrefixes) });
  patterns.push({ action: 'pay', tense: 'noun', price: true, phrases: verbs.nouns.price });
  patterns.push({ action: 'deal', tense: 'noun', price: false, phrases: verbs.nouns.deal });
  const kept = patterns.filter((pattern) => pattern.phrases.length > 0);
  const phrases: Compiled['phrases'] = [];
  kept.forEach((pattern, index) => {
    for (const { phrase, source } of phraseSources(pattern.phrases, verbs.innerAdverbs)) phrases.push({ source, pattern: index, lead: leadOf(phrase) });
  });
  const { firstWords, stems } = startsOf(kept.flatMap((pattern) => pattern.phrases));
  compiled = { patterns: kept, phrases, all: alternatives(phrases.map((_, i) => i), phrases), byWord: new Map(), bySet: new Map(), firstWords, stems };
  cache.set(lang, compiled);
  return compiled;
}

/** Event nouns and their compounds with a first half that leaves them the same event ('milliardopkøb', 'Rekordübernahme'). */
function withPrefixes(nouns: readonly string[], prefixes: readonly string[] = []): string[] {
  const words = nouns.filter((noun) => /^\p{L}[\p{L}*-]*$/u.test(noun));
  return [...nouns, ...prefixes.flatMap((prefix) => words.map((noun) => `${prefix}${noun.toLowerCase()}`))];
}

function alternatives(indexes: readonly number[], phrases: Compiled['phrases']): Alternatives {
  const groups: number[] = [];
  const parts: string[] = [];
  for (const i of indexes) {
    const phrase = phrases[i] as Compiled['phrases'][number];
    if (groups[groups.length - 1] !== phrase.pattern) {
      groups.push(phrase.pattern);
      parts.push('');
    }
    parts[parts.length - 1] += `${parts[parts.length - 1] === '' ? '' : '|'}${phrase.source}`;
  }
  return { regex: new RegExp(parts.map((part) => `(${part})`).join('|') || '(?!)', 'iuy'), groups };
}

/** The alternatives that can start at a word: every phrase whose leading letters begin the word, in order. */
function alternativesFor(compiled: Compiled, word: string): Alternatives {
  if (!plainWord.test(word)) return compiled.all;
  let found = compiled.byWord.get(word);
  if (found !== undefined) return found;
  const indexes: number[] = [];
  compiled.phrases.forEach((phrase, i) => {
    // Leading letters outside plain Latin are not compared (their case folding may differ): the phrase is kept.
    if (word.startsWith(phrase.lead) || !plainWord.test(phrase.lead)) indexes.push(i);
  });
  const key = indexes.join(',');
  found = compiled.bySet.get(key);
  if (found === undefined) {
    found = alternatives(indexes, compiled.phrases);
    compiled.bySet.set(key, found);
  }
  if (compiled.byWord.size >= maxCachedWords) compiled.byWord.clear();
  compiled.byWord.set(word, found);
  return found;
}

/** The words a phrase can start with, and the stems ('opkøb*') it can start with. */
function startsOf(phrases: readonly string[]): { firstWords: Set<string>; stems: string[] } {
  const firstWords = new Set<string>();
  const stems: string[] = [];
  for (const phrase of phrases) {
    const first = (phrase.split(/\s+|…/)[0] ?? '').toLowerCase();
    if (first.endsWith('*')) stems.push(first.slice(0, -1));
    else if (!phrase.includes(' ') && phrase.endsWith('*')) stems.push(phrase.slice(0, -1).toLowerCase());
    else firstWords.add(first.replace(/[-'’]$/u, ''));
  }
  return { firstWords, stems };
}

function isStart(word: string, firstWords: Set<string>, stems: readonly string[]): boolean {
  if (firstWords.has(word)) return true;
  for (const stem of stems) if (word.startsWith(stem)) return true;
  return false;
}

/** An article, possessive or superlative right before a word makes it a noun (English, where verb and noun look alike). */
const nounBefore = /(?:^|\s)(?:the|a|an|its|their|this|that|\p{Ll}+est|biggest|largest)\s+$/u;

/**
 * English plurals that look like a verb's present ('purchases', 'buys'): after a preposition, determiner or number, and
 * perhaps one more word, they are nouns ('a string of aerospace purchases', 'its recent buys').
 */
const pluralNoun = /^(?:purchases|buys)$/u;
const pluralNounBefore = /(?:^|\s)(?:of|in|for|with|from|the|a|an|its|their|these|those|such|recent|several|many|two|three|four|five|\p{Ll}+est)\s+(?:[\p{Ll}-]+\s+)?$/u;

/** A word, or a part of a hyphenated word, lowercased, with its offset in the sentence. */
interface WordPart {
  offset: number;
  lower: string;
}

// The parts of the last sentence read: a sentence is tried against several languages in a row, and split once.
let lastSentence: string | null = null;
let lastParts: WordPart[] = [];

function wordParts(sentence: string): WordPart[] {
  if (sentence === lastSentence) return lastParts;
  const parts: WordPart[] = [];
  // Hyphens split words here, so each part of 'Opkøbs-aftale' is a word of its own.
  for (const word of sentence.matchAll(/[\p{L}\p{N}%'’]+/gu)) {
    const offset = word.index as number;
    const lower = word[0].toLowerCase();
    parts.push({ offset, lower });
    // "L'opération", "d'Aesop": the word after an elided article or preposition can start a trigger, after the whole
    // word ("s'offre" is a verb before 'offre' is a noun).
    const elided = lower.includes("'") || lower.includes('’') ? /^(?:l|d|qu|j|n|s|c)['’]/u.exec(lower) : null;
    if (elided) parts.push({ offset: offset + elided[0].length, lower: lower.slice(elided[0].length) });
  }
  lastSentence = sentence;
  lastParts = parts;
  return parts;
}

let anyLanguage: { firstWords: Set<string>; stems: string[] } | null = null;

/**
 * Whether a word of the sentence could start a trigger in any language: false means {@link findDealTriggers} finds
 * nothing in any lexicon, and most sentences of a page are told so with a few set lookups.
 */
export function mayHaveDealTrigger(sentence: string): boolean {
  anyLanguage ??= startsOf(supportedLanguages.flatMap((lang) => [...compiledFor(lang).patterns.flatMap((pattern) => pattern.phrases)]));
  const { firstWords, stems } = anyLanguage;
  for (const part of wordParts(sentence)) if (isStart(part.lower, firstWords, stems)) return true;
  return false;
}

/** The deal triggers of a sentence, in order, leftmost first; at one place passives and verbs win over nouns. */
export function findDealTriggers(sentence: string, lang: string): Trigger[] {
  const compiled = compiledFor(lang);
  const { patterns, firstWords, stems } = compiled;
  const found: Trigger[] = [];
  // Try a regex only where a word (or a part of a hyphenated word) could start a trigger: linear in the sentence.
  let reached = 0;
  for (const { offset, lower } of wordParts(sentence)) {
    if (offset < reached || !isStart(lower, firstWords, stems)) continue;
    const { regex, groups } = alternativesFor(compiled, lower);
    regex.lastIndex = offset;
    const match = regex.exec(sentence);
    if (!match || match[0].length === 0) continue;
    let group = 0;
    while (group < groups.length && match[group + 1] === undefined) group += 1;
    const pattern = patterns[groups[group] as number];
    if (!pattern) continue;
    // 'oppkjøpsfondet', 'Übernahmekandidat': a compound ending in a kind of company names a company, not the event.
    if (pattern.tense === 'noun' && !match[0].includes(' ') && isCompanyClassWord(lang === 'de' ? match[0] : match[0].toLowerCase(), lang) && !pattern.phrases.some((p) => p.toLowerCase() === match[0].toLowerCase())) continue;
    // 'buyout firm', 'acquisition vehicle': an event noun before a kind of company says what the company is.
    if (pattern.tense === 'noun' && !match[0].includes(' ') && isCompanyClassWord((/^\s+([\p{L}-]+)/u.exec(sentence.slice(match.index + match[0].length))?.[1] ?? '').toLowerCase(), lang)) continue;
    // 'the largest purchase', 'a bid': a base form after an article or a superlative is the event noun, not the verb.
    const before = sentence.slice(Math.max(0, match.index - 30), match.index);
    const pluralOfNoun = lang === 'en' && pattern.tense === 'present' && pluralNoun.test(match[0].toLowerCase()) && pluralNounBefore.test(before);
    // 'eine der größten Übernahmen': German writes verbs in lower case, so a capitalised verb form inside a sentence is
    // the noun it spells ('übernahmen' / 'Übernahmen').
    const germanNoun = lang === 'de' && pattern.tense !== 'noun' && match.index > 0 && /^\p{Lu}/u.test(match[0]) && !/[.!?:"“„]\s*$/u.test(before);
    const tense = (pattern.tense === 'base' && nounBefore.test(before)) || pluralOfNoun || germanNoun ? 'noun' : pattern.tense;
    found.push({ action: pattern.action, tense, price: pattern.price, ...(pattern.offer ? { offer: true } : {}), start: match.index, end: match.index + match[0].length, text: match[0] });
    reached = match.index + match[0].length;
  }
  return found;
}
