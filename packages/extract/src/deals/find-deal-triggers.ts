// Finds the words of a sentence that announce a deal event, with what kind of event and its tense.
import { compilePhrases, findPhrases } from '../lexicon/compile-phrases.js';
import { lexiconFor } from '../lexicon/languages.js';
import type { Tense } from '../lexicon/types.js';

export type TriggerAction = 'buy' | 'sell' | 'pay' | 'merge' | 'writeDown' | 'passiveBuy' | 'interest';

export interface Trigger {
  action: TriggerAction;
  /** Verb tense, or 'noun' for an event noun ('the acquisition of'). */
  tense: Tense | 'noun';
  /** A price noun: 'X's price for Y'. */
  price: boolean;
  start: number;
  end: number;
  text: string;
}

interface Pattern {
  action: TriggerAction;
  tense: Tense | 'noun';
  price: boolean;
  regex: RegExp;
  /** Longer and verb patterns win overlaps. */
  rank: number;
}

const cache = new Map<string, Pattern[]>();

function patternsFor(lang: string): Pattern[] {
  let patterns = cache.get(lang);
  if (patterns) return patterns;
  const verbs = lexiconFor(lang).dealVerbs;
  patterns = [];
  const verbActions = ['buy', 'sell', 'pay', 'merge', 'writeDown', 'passiveBuy'] as const;
  for (const action of verbActions) {
    for (const tense of ['past', 'present', 'base'] as const) {
      patterns.push({ action, tense, price: false, regex: compilePhrases(verbs[action][tense]), rank: action === 'passiveBuy' ? 3 : 2 });
    }
  }
  patterns.push({ action: 'interest', tense: 'past', price: false, regex: compilePhrases(verbs.interest), rank: 3 });
  patterns.push({ action: 'buy', tense: 'noun', price: false, regex: compilePhrases(verbs.nouns.buy), rank: 1 });
  patterns.push({ action: 'sell', tense: 'noun', price: false, regex: compilePhrases(verbs.nouns.sell), rank: 1 });
  patterns.push({ action: 'merge', tense: 'noun', price: false, regex: compilePhrases(verbs.nouns.merge), rank: 1 });
  patterns.push({ action: 'writeDown', tense: 'noun', price: false, regex: compilePhrases(verbs.nouns.writeDown), rank: 1 });
  patterns.push({ action: 'pay', tense: 'noun', price: true, regex: compilePhrases(verbs.nouns.price), rank: 1 });
  cache.set(lang, patterns);
  return patterns;
}

/** The deal triggers of a sentence, in order; where two overlap the verb, then the longer, wins. */
export function findDealTriggers(sentence: string, lang: string): Trigger[] {
  const found: (Trigger & { rank: number })[] = [];
  for (const pattern of patternsFor(lang)) {
    for (const span of findPhrases(pattern.regex, sentence)) {
      found.push({ action: pattern.action, tense: pattern.tense, price: pattern.price, rank: pattern.rank, ...span });
    }
  }
  found.sort((a, b) => b.rank - a.rank || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Trigger[] = [];
  for (const candidate of found) {
    if (kept.some((other) => candidate.start < other.end && other.start < candidate.end)) continue;
    const { rank: _rank, ...trigger } = candidate;
    kept.push(trigger);
  }
  return kept.sort((a, b) => a.start - b.start);
}
