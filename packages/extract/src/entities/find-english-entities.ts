// Complements the rule-based mentions of English sentences with compromise's organisations and people. compromise's
// full nlp() reads about 0.13 MB/s, so it runs only on the few sentences a cheap prefilter flags, never on whole pages.
import nlp from 'compromise';
import { findDealTriggers, mayHaveDealTrigger } from '../deals/find-deal-triggers.js';
import type { Mention, TextSentence } from './mention.js';
import { firstNameSet, isCommonWord, isTitleWord, nationalitySet, placeSet, productSet, suffixSet } from './name-lexicons.js';
import { isCapitalised, tokenizeSentence } from './tokenize-sentence.js';

/** Sentences handed to compromise per page, first flagged first: a news report has a few deal or role sentences. */
const maxSentencesPerPage = 4;
/** Longer sentences are lists or run-on text; compromise's time grows with them and the rules do as well there. */
const maxSentenceChars = 400;

/** A money amount, cheaply: a currency sign or code next to a number, or a number with a scale word. */
const moneyCue = /[$€£¥]\s?\d|\d\s?(?:bn|m)\b|\d\s+(?:billion|million|trillion)\b|\b(?:USD|EUR|GBP|DKK|SEK|NOK|CHF)\s?\d/u;
/** A founding is a role (FOUNDER) told by a verb rather than a title. */
const foundingCue = /\b(?:co-?)?found(?:ed|ing)\b|\bset up\b|\bestablished\b/iu;

/** Whether a sentence may tell of a deal or a role: a money amount, a title word, a founding or a deal trigger. */
function isFlagged(text: string): boolean {
  if (moneyCue.test(text) || foundingCue.test(text)) return true;
  if (tokenizeSentence(text).some((token) => isTitleWord(token.text, 'en'))) return true;
  return mayHaveDealTrigger(text) && findDealTriggers(text, 'en').length > 0;
}

/**
 * Whether the rules left a question compromise can answer: a name of two to four words with no cue ('Bobby Kotick' when
 * 'Bobby' is no known first name), company or person. A sentence whose names all have a cue is not read at all.
 */
function hasOpenQuestion(own: Mention[]): boolean {
  return own.some((m) => m.strength === 0 && m.parentName === undefined && /^\S+(?:\s+\S+){1,3}$/u.test(m.name));
}

interface Span {
  start: number;
  end: number;
  kind: 'COMPANY' | 'PERSON';
}

interface CompromiseMatch {
  offset?: { start: number; length: number };
}

/** compromise's spans carry the punctuation after a word ('Lee,'); cut it and a genitive 's off. */
function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  let stop = end;
  while (stop > start && !/[\p{L}\p{N}.]/u.test(text[stop - 1] as string)) stop -= 1;
  if (stop > start && text[stop - 1] === '.' && !/\b(?:Inc|Corp|Co|Ltd|\p{Lu})\.$/u.test(text.slice(start, stop))) stop -= 1;
  const genitive = /(?:'s|’s)$/u.exec(text.slice(start, stop));
  if (genitive) stop -= genitive[0].length;
  return { start, end: stop };
}

function compromiseSpans(text: string): Span[] {
  const doc = nlp(text);
  const spans: Span[] = [];
  const read = (matches: CompromiseMatch[], kind: Span['kind']) => {
    for (const match of matches) {
      if (!match.offset) continue;
      const span = trimSpan(text, match.offset.start, match.offset.start + match.offset.length);
      if (span.end > span.start) spans.push({ ...span, kind });
    }
  };
  read(doc.organizations().json({ offset: true }) as CompromiseMatch[], 'COMPANY');
  read(doc.people().json({ offset: true }) as CompromiseMatch[], 'PERSON');
  return spans;
}

/** A span we would never take as a name: a lower-case word, a place, nationality, month, title or product among its words. */
function isPlausibleName(words: string[], kind: Span['kind']): boolean {
  if (words.length === 0 || (kind === 'PERSON' && words.length < 2)) return false;
  // A first name closing a name is a company named for a person ('Lockheed Martin'): compromise reads it as a person.
  if (kind === 'PERSON' && firstNameSet.has(words[words.length - 1] as string)) return false;
  // 'San Francisco', 'Tel Aviv': a place of several words.
  if (placeSet.has(words.join(' ').toLowerCase())) return false;
  return words.every((word) => {
    const lower = word.toLowerCase();
    if (!isCapitalised(word) && !suffixSet.has(word)) return false;
    // "Sweden's Astra": a place in the genitive too.
    return !isCommonWord(word, 'en') && !isTitleWord(word, 'en') && !placeSet.has(lower.replace(/['’]s$/u, '')) && !nationalitySet.has(lower) && !productSet.has(lower);
  });
}

/** One flagged sentence: settles unsure types and adds the names the rules missed. */
function complementSentence(sentence: TextSentence, index: number, own: Mention[]): Mention[] {
  const added: Mention[] = [];
  for (const span of compromiseSpans(sentence.text)) {
    const surface = sentence.text.slice(span.start, span.end);
    const words = tokenizeSentence(surface).map((token) => token.text);
    if (!isPlausibleName(words, span.kind)) continue;
    const same = own.find((m) => m.start === span.start && (m.end === span.end || m.start + m.name.length === span.end));
    if (same) {
      // Only a name the rules were unsure of is retyped; a suffix, a known name or a first name and surname stand.
      if (same.strength === 0 && same.parentName === undefined && same.type !== span.kind) {
        same.type = span.kind;
        if (span.kind === 'PERSON') same.strength = 2;
      }
      continue;
    }
    if ([...own, ...added].some((m) => m.start < span.end && span.start < m.end)) continue;
    added.push({
      sentence: index,
      start: span.start,
      end: span.end,
      surface,
      name: surface,
      type: span.kind,
      // Two capitalised words compromise reads as a person are as good as a known first name and surname; an organisation
      // alone is only a capitalised span.
      strength: span.kind === 'PERSON' ? 2 : 0,
      initial: span.start === 0,
      genitive: false,
    });
  }
  return added;
}

/**
 * English sentences that may tell of a deal or a role, and where the rules left a question, go through compromise:
 * its organisations and people add names the rules missed and settle company against person where the rules were
 * unsure. Retyped mentions are changed in place; the mentions added are returned, in order.
 */
export function findEnglishEntities(sentences: TextSentence[], bySentence: Mention[][]): Mention[] {
  const added: Mention[] = [];
  let read = 0;
  for (let index = 0; index < sentences.length && read < maxSentencesPerPage; index += 1) {
    const sentence = sentences[index] as TextSentence;
    const own = bySentence[index] ?? [];
    if (sentence.lang !== 'en' || sentence.text.length > maxSentenceChars || !hasOpenQuestion(own) || !isFlagged(sentence.text)) continue;
    read += 1;
    for (const mention of complementSentence(sentence, index, own)) added.push(mention);
  }
  return added;
}
