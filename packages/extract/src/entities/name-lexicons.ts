// The general name lexicons as lookup sets, built once at module load.
import { moneyWordsByLang } from '../normalise/money-lexicons.js';
import { closingNouns, corporateSuffixes, weakSuffixes } from '../lexicon/corporate-suffixes.js';
import { firstNames } from '../lexicon/first-names.js';
import { knownCompanies } from '../lexicon/known-companies.js';
import { lexiconFor, supportedLanguages } from '../lexicon/languages.js';
import { nationalityWords } from '../lexicon/nationalities.js';
import { accountingTerms, eventWords, genericAcronyms, nameClosingAcronyms, productNames } from '../lexicon/not-companies.js';
import { placeNames } from '../lexicon/places.js';

export const suffixSet = new Set(corporateSuffixes);
export const weakSuffixSet = new Set(weakSuffixes);
export const closingNounSet = new Set(closingNouns);
/** A set of names that also finds a name written with accents the list has not ('Éric', 'Sören' for 'Eric', 'Soren'). */
class AccentBlindSet extends Set<string> {
  override has(name: string): boolean {
    if (super.has(name)) return true;
    const plain = name.normalize('NFD').replace(/\p{M}/gu, '');
    return plain !== name && super.has(plain);
  }
}
/** First names, accents aside; a double one joined by a hyphen too ('Per-Anders', 'Jean-Baptiste'). */
class FirstNameSet extends AccentBlindSet {
  override has(name: string): boolean {
    if (super.has(name)) return true;
    const hyphen = name.indexOf('-');
    return hyphen > 0 && super.has(name.slice(0, hyphen)) && super.has(name.slice(hyphen + 1));
  }
}
export const firstNameSet: ReadonlySet<string> = new FirstNameSet(firstNames);
export const nationalitySet = new Set(nationalityWords.map((word) => word.toLowerCase()));
/** English compass words that join an adjective of origin ('South African', 'North American'). */
export const englishCompassWords = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central']);
export const productSet = new Set(productNames.map((word) => word.toLowerCase()));
export const eventWordSet = new Set(eventWords);
export const nameClosingAcronymSet = new Set(nameClosingAcronyms);
export const genericAcronymSet = new Set(genericAcronyms.map((word) => word.toUpperCase()));
export const placeSet = new Set(placeNames.map((word) => word.toLowerCase()));

/** Known company names split into words, keyed by their first word in lower case. */
export const knownByFirstWord = new Map<string, string[][]>();
for (const name of knownCompanies) {
  const words = name.split(/\s+/);
  const key = (words[0] as string).toLowerCase();
  const list = knownByFirstWord.get(key) ?? [];
  list.push(words);
  list.sort((a, b) => b.length - a.length);
  knownByFirstWord.set(key, list);
}

/** How many of the words, from the first, spell a known company (0 when none). */
export function knownPrefixLength(words: readonly string[]): number {
  const candidates = knownByFirstWord.get((words[0] ?? '').toLowerCase()) ?? [];
  for (const known of candidates) {
    if (known.length <= words.length && known.every((word, i) => word.toLowerCase() === (words[i] ?? '').toLowerCase())) return known.length;
  }
  return 0;
}

const commonByLang = new Map<string, Set<string>>();
const titleWordsByLang = new Map<string, Set<string>>();
for (const lang of supportedLanguages) {
  const lexicon = lexiconFor(lang);
  // Event, offer and price nouns ('Prisen', 'Handlen', 'Übernahme', 'Bud') open sentences and headlines but never name a company.
  const { buy, sell, merge, writeDown, price, deal, offer } = lexicon.dealVerbs.nouns;
  const nouns = [...buy, ...sell, ...merge, ...writeDown, ...price, ...deal, ...offer].filter((noun) => !noun.includes(' ')).map((noun) => noun.replace(/\*$/u, ''));
  // 'Administrerende direktør X', 'Daglig leder X', 'Verkställande direktör X': the first word of a title of several words
  // opens sentences and names nothing (not in English, where 'General', 'Country', 'Research' open names).
  const titleOpenings = lang === 'en' ? [] : Object.keys(lexicon.titles.titles).filter((title) => title.includes(' ')).map((title) => title.slice(0, title.indexOf(' ')));
  commonByLang.set(lang, new Set([...lexicon.commonWords, ...nouns, ...titleOpenings].map((word) => word.toLowerCase())));
  titleWordsByLang.set(lang, new Set(Object.keys(lexicon.titles.titles).filter((title) => !title.includes(' '))));
}
const englishCommon = commonByLang.get('en') as Set<string>;

/** Whether a word (any case) is a function word, weekday, month or headline word of the language or of English. */
export function isCommonWord(word: string, lang: string): boolean {
  const lower = word.toLowerCase();
  return (commonByLang.get(lang) ?? englishCommon).has(lower) || englishCommon.has(lower);
}

/** Whether a word is a common word of English only, not of the language: 'Price' in a French 'Leader Price'. */
export function isEnglishOnlyCommonWord(word: string, lang: string): boolean {
  const lower = word.toLowerCase();
  return lang !== 'en' && englishCommon.has(lower) && !(commonByLang.get(lang)?.has(lower) ?? false);
}

/** Whether a word (any case) is a one-word job title of the language or of English. */
export function isTitleWord(word: string, lang: string): boolean {
  const lower = word.toLowerCase();
  return (titleWordsByLang.get(lang)?.has(lower) ?? false) || (titleWordsByLang.get('en')?.has(lower) ?? false);
}

const classNounEndings = new Map<string, RegExp>();
for (const lang of supportedLanguages) {
  const stems = lexiconFor(lang).coreference.companyClassNouns.map((noun) =>
    noun.endsWith('*') ? `${noun.slice(0, -1)}\\p{L}*` : noun,
  );
  classNounEndings.set(lang, new RegExp(`(?:${stems.join('|')})$`, 'iu'));
}

/** Whether a lower-case word is, or ends in, a noun that says the next name is a company ('nyhedsbureauet'). */
export function isCompanyClassWord(word: string, lang: string): boolean {
  if (lang !== 'de' && /^\p{Lu}/u.test(word)) return false;
  return (classNounEndings.get(lang) ?? (classNounEndings.get('en') as RegExp)).test(word) || (classNounEndings.get('en') as RegExp).test(word);
}

/** Words that name no business on their own, only what kind of business a name is ('Capital Management', 'Holdings'). */
export const genericCorporateWords = new Set(['capital', 'management', 'partners', 'holdings', 'holding', 'group', 'gruppe', 'groep', 'groupe', 'koncern', 'konsern', 'investments', 'investment', 'invest', 'international', 'industries', 'company', 'corporation', 'global', 'ventures', 'equity']);

/** Accounting terms ('Firmenwert', 'goodwill'), lower case. */
export const accountingTermSet = new Set(accountingTerms.map((term) => term.toLowerCase()));

/** Single-word currency names in every language read ('Pfund', 'Dollar', 'kroner'), lower case: no name of a company. */
export const currencyWordSet = new Set(
  Object.values(moneyWordsByLang).flatMap((words) => (words ? Object.keys(words.currencies).filter((name) => !name.includes(' ')) : [])),
);
/** Subunits of currencies: '50 Cent je Aktie'. */
for (const subunit of ['cent', 'cents', 'centime', 'centimes', 'pence', 'penny', 'øre', 'öre', 'rappen', 'pfennig']) currencyWordSet.add(subunit);
/** Scale words too ('Mrd', 'Mio', 'mia'): capitalised after an amount, they are no name. */
for (const words of Object.values(moneyWordsByLang)) for (const scale of Object.keys(words?.scales ?? {})) if (!scale.includes(' ')) currencyWordSet.add(scale.replace(/\.$/u, ''));

/** Endings of web addresses that a business may be named by ('Hotels.com', 'Fitness.dk', 'Takeaway.co.uk'). */
export const webAddressEndings = '(?:com|net|org|io|co\\.uk|dk|se|no|de|nl|fr|be|fi|ch|at|eu)';

/** Endings of 'based' that make the name before them a place ('Karlstadsbaserade', 'Coventry-based'). */
export const basedEndings = '(?:baserade|baserad|baserte|basert|baserede|baseret|basierte[nrs]?|based|headquartered|gevestigde|gebaseerde)';
