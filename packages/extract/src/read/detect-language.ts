import { franc } from 'franc';
import type { Block } from './types.js';

/** franc's ISO 639-3 codes for the languages the extractor reads, to ISO 639-1. */
const TO_ISO_639_1: Record<string, string> = {
  eng: 'en', nld: 'nl', dan: 'da', deu: 'de', swe: 'sv', nob: 'no', nno: 'no', fra: 'fr',
  spa: 'es', ita: 'it', fin: 'fi', pol: 'pl',
};
const ONLY = Object.keys(TO_ISO_639_1);
/** franc needs a few sentences; more text costs time without changing the answer. */
const SAMPLE_CHARS = 3000;
const MIN_CHARS = 20;
/** Blocks shorter than this take the document's language: trigrams of a line or two mislead. */
const BLOCK_MIN_CHARS = 160;

// Danish and Norwegian (bokmål) share most trigrams; these spellings and function words tell them apart.
const DANISH = /(?:^|[^\p{L}])(?:af|hvad|nu|efter|mig|dig|sig|nogle|blev|meget|købe|købt|selskab|virksomhed|virksomheden|mindre end|gennem|øjeblikket|siger|sagde|oplyser|oplyste|selskabet|fremsat|opkøb|opkøbet|tilbuddet|aktier|aktionærer|bestyrelsen|mio|mia)(?![\p{L}])/giu;
const NORWEGIAN = /(?:^|[^\p{L}])(?:av|hva|nå|ikkje|etter|meg|deg|seg|noen|ble|mye|kjøpe|kjøpt|selskap|selskapet|virksomhet|virksomheten|mindre enn|gjennom|øyeblikket|sier|sa|opplyser|opplyste|fremsatt|oppkjøp|oppkjøpet|tilbudet|aksjer|aksjonærer|styret|mrd)(?![\p{L}])/giu;

/** ISO 639-1 code of the text's language ('no' for both written Norwegians), or 'und' when the text is too short to tell. */
export function detectLanguage(text: string): string {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  if (sample.trim().length < MIN_CHARS) return 'und';
  // franc is the costly part of reading a page: most pages say their language plainly in their function words.
  const plain = sample.length >= SHORT_CHARS ? plainLanguage(sample) : null;
  if (plain === 'da') {
    const told = scandinavian(sample, null);
    if (told !== null) return told;
  } else if (plain !== null) {
    return plain;
  }
  const code = franc(sample, { only: ONLY, minLength: MIN_CHARS });
  let lang = TO_ISO_639_1[code] ?? 'und';
  if (sample.length < SHORT_CHARS) lang = checkShort(sample, lang);
  if (lang === 'da' || lang === 'no') return scandinavian(sample, lang) as string;
  return lang;
}

/** Danish, Norwegian or Swedish for a text read as Danish or Norwegian; the fallback when nothing tells them apart. */
function scandinavian(sample: string, fallback: 'da' | 'no' | null): string | null {
  // Danish and Norwegian write æ and ø, never ä and ö: several of those and none of these is Swedish.
  if (!/[æø]/iu.test(sample) && (sample.match(/[äö]/giu) ?? []).length >= 2) return 'sv';
  const da = count(DANISH, sample);
  const no = count(NORWEGIAN, sample);
  if (da > no) return 'da';
  if (no > da) return 'no';
  return fallback;
}

/** Below this franc's trigrams are few enough that one German name-like word reads as Swedish. */
const SHORT_CHARS = 300;
const GERMAN_LETTERS = /[üß]/u;
const NORDIC_LETTERS = /[åæø]/iu;
const GERMAN_WORDS = /(?:^|[^\p{L}])(?:der|die|das|und|ist|von|zu|mit|nicht|für|ein|eine|auf|übernimmt|kauft|verkauft|hat|wird|sich|des|dem)(?![\p{L}])/iu;

/** Short text: letters only German writes (ü, ß) beside German function words overrule a Nordic or French guess. */
function checkShort(sample: string, lang: string): string {
  if (lang === 'de' || NORDIC_LETTERS.test(sample)) return lang;
  if (GERMAN_LETTERS.test(sample) && GERMAN_WORDS.test(sample) && ['sv', 'da', 'no', 'nl', 'fr', 'und'].includes(lang)) return 'de';
  return lang;
}

function count(pattern: RegExp, text: string): number {
  let n = 0;
  pattern.lastIndex = 0;
  while (pattern.exec(text) !== null) n++;
  return n;
}

/** Function words per language: a block full of the document language's own is not run through franc (which is slow). */
const FUNCTION_WORDS: Record<string, readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'with', 'was', 'it', 'has', 'on', 'by', 'from'],
  nl: ['de', 'het', 'een', 'en', 'van', 'is', 'dat', 'op', 'voor', 'met', 'niet', 'zijn', 'werd', 'bij', 'ook'],
  da: ['og', 'i', 'at', 'det', 'en', 'af', 'er', 'til', 'for', 'med', 'som', 'har', 'den', 'ikke', 'på'],
  no: ['og', 'i', 'at', 'det', 'en', 'av', 'er', 'til', 'for', 'med', 'som', 'har', 'den', 'ikke', 'på'],
  sv: ['och', 'i', 'att', 'det', 'en', 'av', 'är', 'till', 'för', 'med', 'som', 'har', 'den', 'inte', 'på'],
  de: ['der', 'die', 'das', 'und', 'in', 'ist', 'von', 'zu', 'mit', 'den', 'nicht', 'für', 'ein', 'eine', 'auf'],
  fr: ['le', 'la', 'les', 'de', 'des', 'et', 'est', 'un', 'une', 'du', 'en', 'pour', 'que', 'qui', 'dans'],
  es: ['el', 'la', 'los', 'de', 'y', 'en', 'que', 'es', 'un', 'una', 'por', 'con', 'para', 'del', 'las'],
  it: ['il', 'la', 'di', 'e', 'che', 'in', 'un', 'una', 'per', 'con', 'del', 'della', 'non', 'sono', 'è'],
  fi: ['ja', 'on', 'ei', 'että', 'se', 'oli', 'ovat', 'mutta', 'kun', 'myös', 'tai', 'joka', 'sen', 'hän', 'olla'],
  pl: ['i', 'w', 'na', 'z', 'się', 'nie', 'do', 'to', 'że', 'jest', 'o', 'jak', 'po', 'od', 'za'],
};
const functionWords = new Map(Object.entries(FUNCTION_WORDS).map(([lang, words]) => [lang, new Set(words)]));
const WORD = /\p{L}+/gu;
const BLOCK_SAMPLE_CHARS = 600;

/** The language of each block: long blocks are detected on their own, short ones take the document's language. */
export function detectBlockLanguages(blocks: readonly Block[], docLang: string): string[] {
  return blocks.map((block) => {
    if (block.text.length < BLOCK_MIN_CHARS) return docLang;
    const sample = block.text.slice(0, BLOCK_SAMPLE_CHARS);
    if (mostlyFunctionWordsOf(sample, docLang)) return docLang;
    const lang = detectLanguage(sample);
    return lang === 'und' ? docLang : lang;
  });
}

/** Whether the document language's function words are as frequent in the sample as any other language's. */
function mostlyFunctionWordsOf(sample: string, lang: string): boolean {
  const own = functionWords.get(lang);
  if (own === undefined) return false;
  const hits = new Map<string, number>();
  for (const m of sample.toLowerCase().matchAll(WORD)) {
    for (const [l, words] of functionWords) if (words.has(m[0])) hits.set(l, (hits.get(l) ?? 0) + 1);
  }
  const mine = hits.get(lang) ?? 0;
  if (mine < 3) return false;
  for (const n of hits.values()) if (n > mine) return false;
  return true;
}

/** A plain leader needs this many function words no other language has, and this many times those only the other has. */
const PLAIN_MIN_HITS = 8;
const PLAIN_RATIO = 3;
/** Function words by language, Danish and Norwegian as one ('da'): told apart later by their own spellings. */
const plainWords = new Map<string, Set<string>>();
for (const [lang, words] of Object.entries(FUNCTION_WORDS)) {
  const as = lang === 'no' ? 'da' : lang;
  const set = plainWords.get(as) ?? new Set<string>();
  for (const word of words) set.add(word);
  plainWords.set(as, set);
}
const allFunctionWords = new Set([...plainWords.values()].flatMap((words) => [...words]));

/**
 * The language whose function words plainly outnumber every other's ('da' for Danish or Norwegian), or null when
 * none does. Against each other language only the words that one lacks count, so that the many words Swedish shares
 * with Danish, or Dutch with German, do not hide which it is.
 */
function plainLanguage(sample: string): string | null {
  const counts = new Map<string, number>();
  for (const m of sample.toLowerCase().matchAll(WORD)) if (allFunctionWords.has(m[0])) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  let leader: string | null = null;
  let most = 0;
  for (const [lang, words] of plainWords) {
    let n = 0;
    for (const [word, times] of counts) if (words.has(word)) n += times;
    if (n > most) {
      most = n;
      leader = lang;
    }
  }
  if (leader === null) return null;
  const own = plainWords.get(leader) as Set<string>;
  for (const [lang, words] of plainWords) {
    if (lang === leader) continue;
    let mine = 0;
    let theirs = 0;
    for (const [word, times] of counts) {
      const inOwn = own.has(word);
      if (inOwn === words.has(word)) continue;
      if (inOwn) mine += times;
      else theirs += times;
    }
    if (mine < PLAIN_MIN_HITS || mine < PLAIN_RATIO * theirs) return null;
  }
  return leader;
}
