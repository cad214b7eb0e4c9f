// One sentence's report of a deal, before the mentions of one deal are merged.
import type { DealKind, DealStatus } from '../types.js';
import type { Trigger } from './find-deal-triggers.js';

export interface DealMention {
  kind: DealKind;
  /** ACQUISITION only because the clause says nothing of a share: a STAKE told elsewhere is the same deal. */
  kindDefault?: boolean;
  /** Entity indexes. */
  acquirer: number | null;
  target: number | null;
  seller: number | null;
  bidders: number[];
  /** The thing bought or sold is not named ('the technology', 'selskabet'). */
  unnamedTarget: boolean;
  sentence: number;
  /** The clause of the trigger, offsets within the sentence. */
  clauseStart: number;
  clauseEnd: number;
  trigger: Trigger;
  status: DealStatus | null;
  /** The status came from a cue in the clause ('expected to close'), not from the verb's tense. */
  cued?: boolean;
  /** A deal told done under a verb of announcing ('a annoncé avoir acquis'): news of the publication's time. */
  announced?: boolean;
  /** The target is an unnamed part of the seller ('TDC:s svenska verksamhet'): seller and target are one company. */
  partOfSeller?: boolean;
  /** A pending mention only names bidders ('X showed interest'). */
  interestOnly: boolean;
  /** Interest with what is wanted ('X made an offer for Y'): rumoured, or a rival's bid where another buyer wants Y too. */
  interest?: boolean;
  /** In a list of things bought ('A in 2014 and B in 2017'), the spans of the other items: their years and prices are theirs. */
  otherItems?: [number, number][];
  /** A merger whose other party is only the object of another deal word before it ('its takeover of X, … an attempt to combine the two'). */
  partnerBefore?: boolean;
  /** The target is told in the clause by a phrase pointing back to it ('bought the company', 'kjøpte selskapet'). */
  targetPointedBack?: boolean;
  /** Names no party, only 'the deal' or 'the acquisition': it adds its clause's amount, date and status to the deal told before. */
  refersBack?: boolean;
}
