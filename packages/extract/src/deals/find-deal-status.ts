// Reads a deal mention's status from the cues in its clause, else from the tense of its trigger.
import { compilePhraseMatcher, wordAlternation } from '../lexicon/compile-phrases.js';
import { clauseWordsOfAll, lexiconFor } from '../lexicon/languages.js';
import { perLanguage } from '../lexicon/per-language.js';
import type { DealStatus } from '../types.js';
import type { DealMention } from './deal-mention.js';

/** Past modals before an infinitive. */
const pastModal = new RegExp(`(?<![\\p{L}])${wordAlternation(clauseWordsOfAll('pastModals'))}(?![\\p{L}])`, 'iu');

/** Words of expectation or future right before a completion cue. */
const futureBefore = new RegExp(`(?<![\\p{L}])${wordAlternation(clauseWordsOfAll('future'))}(?:\\s+[\\p{L}\\d-]+){0,8}\\s*$`, 'iu');

/** 'and' opening a second clause: 'PSA took control of Opel and wants to cut costs'. Per language: Danish 'et' is 'a'. */
const andWordOf = perLanguage((lang) => new RegExp(`\\s${wordAlternation(lexiconFor(lang).clauseWords.and)}\\s`, 'iu'));

/** A comma and a relative pronoun a few words before a verb: ', which bought', ', som købte'. */
const relativeBeforeOf = perLanguage((lang) => new RegExp(`,\\s*${wordAlternation(lexiconFor(lang).coreference.relativePronouns)}(?:\\s+[\\p{L}\\d-]+){0,3}\\s+$`, 'iu'));

/** Words that compare with an earlier deal: 'after', 'than', 'efter', 'nach', 'après'. */
const comparisonWord = /(?<![\p{L}])(?:after|than|behind|efter|etter|nach|hinter|après|derrière|dan|achter|før|före)\s/iu;

type Cue = [DealStatus, (text: string) => RegExpExecArray | null, 'announced'?];
const cache = new Map<string, Cue[]>();

function cuesFor(lang: string): Cue[] {
  let cues = cache.get(lang);
  if (!cues) {
    const { statusCues } = lexiconFor(lang);
    cues = [
      ['CANCELLED', compilePhraseMatcher(statusCues.cancelled, 'iu')],
      ['COMPLETED', compilePhraseMatcher(statusCues.completed, 'iu')],
      ['RUMORED', compilePhraseMatcher(statusCues.rumored, 'iu')],
      ['PLANNED', compilePhraseMatcher(statusCues.planned, 'iu')],
      ['PLANNED', compilePhraseMatcher(statusCues.announced, 'iu'), 'announced'],
    ];
    cache.set(lang, cues);
  }
  return cues;
}

/** The status one mention gives, or null when neither cue nor tense says (an event noun alone). */
export function findDealStatus(mention: DealMention, sentence: string, lang: string): DealStatus | null {
  const clause = sentence.slice(mention.clauseStart, mention.clauseEnd);
  const hits: [DealStatus, RegExpExecArray][] = [];
  for (const [status, find, announcing] of cuesFor(lang)) {
    const cue = find(clause);
    // 'announced that it has acquired', 'a annoncé avoir racheté': an announcement of a deal told in a past tense
    // reports it done; only a deal to come ('announced it will buy', 'announced the acquisition of') is planned.
    if (cue !== null && announcing === 'announced' && mention.trigger.tense === 'past') {
      mention.announced = true;
      continue;
    }
    if (cue !== null) hits.push([status, cue]);
  }
  // After a past verb, 'and' opens a clause of its own: its 'wants' or 'will' plans something else ('übernahm Opel und will nun sparen').
  const and = mention.trigger.tense === 'past' ? andWordOf(lang).exec(sentence.slice(mention.trigger.end, mention.clauseEnd)) : null;
  let secondClause = and === null ? Infinity : mention.trigger.end + and.index - mention.clauseStart;
  // 'SoftBank, which bought Arm in 2016, will keep …': a relative clause ends at its comma, and the main clause's 'will' is not its.
  if (mention.trigger.tense === 'past' && relativeBeforeOf(lang).test(sentence.slice(mention.clauseStart, mention.trigger.start))) {
    const comma = sentence.indexOf(',', mention.trigger.end);
    if (comma >= 0 && comma < mention.clauseEnd) secondClause = Math.min(secondClause, comma - mention.clauseStart);
  }
  const nounAt = mention.trigger.start - mention.clauseStart;
  for (const [status, cue] of hits) {
    if ((status === 'PLANNED' || status === 'RUMORED') && cue.index >= secondClause) continue;
    // 'the purchase will rank behind only X's takeover of Y in 1999': a deal an event noun names after a word of
    // comparison is the yardstick, and the main clause's 'will' is not its.
    if ((status === 'PLANNED' || status === 'RUMORED') && mention.trigger.tense === 'noun' && cue.index + cue[0].length <= nounAt && comparisonWord.test(clause.slice(cue.index + cue[0].length, nounAt))) continue;
    // 'négociations exclusives' is planned though 'négociations' alone is talk: a cue inside a longer one gives way.
    const end = cue.index + cue[0].length;
    // 'Compte-Selvane': a capitalised cue joined by a hyphen to another word is part of a name.
    if (/^\p{Lu}/u.test(cue[0]) && (/^-\p{L}/u.test(clause.slice(end)) || /\p{L}-$/u.test(clause.slice(0, cue.index)))) continue;
    if (hits.some(([, other]) => other !== cue && other.index <= cue.index && other.index + other[0].length >= end && other[0].length > cue[0].length)) continue;
    mention.cued = true;
    // 'is expected to be completed', 'forventes gennemført', 'soll abgeschlossen werden': a completion still ahead.
    if (status === 'COMPLETED' && futureBefore.test(clause.slice(Math.max(0, cue.index - 80), cue.index))) return 'PLANNED';
    return status;
  }
  // A sentence that only points back states a status by its cues alone ('betalt i aktier' is no completion).
  if (mention.refersBack) return null;
  // 'had to write down', 'måtte nedskrive', 'musste abschreiben': an infinitive after a past modal is done.
  if (mention.kind === 'WRITE_DOWN') return mention.trigger.tense === 'base' && !pastModal.test(sentence.slice(Math.max(mention.clauseStart, mention.trigger.start - 40), mention.trigger.start)) ? 'PLANNED' : 'COMPLETED';
  // Interest shown is talk until a cue says more.
  if (mention.interest) return 'RUMORED';
  if (mention.trigger.tense === 'past') return 'COMPLETED';
  if (mention.trigger.tense === 'noun') return null;
  return 'PLANNED';
}

const precedence: DealStatus[] = ['CANCELLED', 'COMPLETED', 'PLANNED', 'RUMORED'];

/** The status of a deal from its mentions: called off beats done, done beats planned, planned beats rumoured. */
export function combineStatuses(statuses: (DealStatus | null)[]): DealStatus {
  for (const status of precedence) if (statuses.includes(status)) return status;
  return 'PLANNED';
}
