// The en lexicon, assembled from its data files.
import type { LanguageLexicon } from '../types.js';
import { clauseWords } from './clause-words.js';
import { commonWords } from './common-words.js';
import { coreference } from './coreference.js';
import { dealVerbs, prepositions } from './deal-verbs.js';
import { statusCues } from './status-cues.js';
import { titles } from './titles.js';

export const lexicon: LanguageLexicon = { dealVerbs, clauseWords, prepositions, statusCues, coreference, titles, commonWords };
