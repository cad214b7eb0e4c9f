// The per-language lexicons by ISO 639-1 code; languages without their own lexicon read with English.
import type { ClauseWords, LanguageLexicon } from './types.js';
import * as da from './da/index.js';
import * as de from './de/index.js';
import * as en from './en/index.js';
import * as fr from './fr/index.js';
import * as nl from './nl/index.js';
import * as no from './no/index.js';
import * as sv from './sv/index.js';

const lexicons: Record<string, LanguageLexicon> = { da: da.lexicon, de: de.lexicon, en: en.lexicon, fr: fr.lexicon, nl: nl.lexicon, no: no.lexicon, sv: sv.lexicon };

/** Languages with a lexicon of their own. */
export const supportedLanguages: readonly string[] = Object.keys(lexicons);

/** The lexicon for a language code ('nb' and 'nn' read as Norwegian); English when there is none. */
export function lexiconFor(lang: string): LanguageLexicon {
  const code = lang === 'nb' || lang === 'nn' ? 'no' : lang;
  return lexicons[code] ?? (lexicons.en as LanguageLexicon);
}

/** Danish, Norwegian and Swedish: word order and a genitive in a bare -s on any name ('Orklas') they share. */
export const nordicLanguages: ReadonlySet<string> = new Set(['da', 'no', 'sv']);

/** Languages whose definite article is a suffix ('afdelingen', 'verksamheten', 'rapperen'). */
export const definiteSuffixLanguages: ReadonlySet<string> = new Set(['da', 'no', 'sv']);

/** Languages that write a genitive with a bare '-s' ('Carlsbergs køb', 'Spectrum Brands verksamhet'). */
export const genitiveSuffixLanguages: ReadonlySet<string> = new Set(['da', 'sv', 'no', 'nb', 'de', 'nl']);

/** One list of clause words joined over every language: pages mix languages, and these words rarely mean else. */
export function clauseWordsOfAll(key: keyof ClauseWords): string[] {
  return Object.values(lexicons).flatMap((lexicon) => lexicon.clauseWords[key]);
}
