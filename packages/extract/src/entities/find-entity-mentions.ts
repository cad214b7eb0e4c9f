// Finds the spans of a sentence that name a company or a person, by capitalisation checked against general lexicons.
import { wordAlternation } from '../lexicon/compile-phrases.js';
import { demonymsOf } from '../lexicon/nationalities.js';
import { clauseWordsOfAll, definiteSuffixLanguages, lexiconFor, nordicLanguages, supportedLanguages } from '../lexicon/languages.js';
import type { Mention, Strength, TextSentence } from './mention.js';
import {
  accountingTermSet,
  basedEndings,
  currencyWordSet,
  genericCorporateWords,
  eventWordSet,
  firstNameSet,
  genericAcronymSet,
  isCommonWord,
  isEnglishOnlyCommonWord,
  isCompanyClassWord,
  isTitleWord,
  knownPrefixLength,
  englishCompassWords,
  nationalitySet,
  placeSet,
  productSet,
  nameClosingAcronymSet,
  suffixSet,
  weakSuffixSet,
  closingNounSet,
  webAddressEndings,
} from './name-lexicons.js';
import { instrumentCodeAt } from '../lexicon/instrument-codes.js';
import { isCapitalised, tokenizeSentence, type Token } from './tokenize-sentence.js';
import { isUnitNoun } from './find-unit-mentions.js';
import { monthNamesFor } from '../normalise/month-names.js';
import { prefixCurrencies } from '../normalise/currency-symbols.js';

/** What the whole document tells about words: those seen in lower case are common words, not names. */
export interface DocumentWords {
  lowercase: Set<string>;
  /** Capitalised words the page writes inside a sentence, where capitals are no accident of position. */
  capitalisedInside?: Set<string>;
  /** Capitalised words the page also writes on their own, not joined by a hyphen ('Harwick' beside 'Harwick-Gruppe'). */
  capitalisedAlone?: Set<string>;
}

const surnameParticles = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'du', 'le', 'la', 'af', 'zu', 'ter', 'ten', 'dos', 'del', 'bin', 'al']);

/** 'Bank of America', 'Royal Bank of Scotland', 'Caisse des Dépôts': an institution's noun, a lower-case 'of' and a name. */
const institutionNouns = new Set(['Bank', 'Banque', 'Banco', 'Banca', 'Caisse', 'Compagnie', 'Société', 'Crédit', 'Trust', 'Corporation']);
/** French adjectives closing an institution's name: 'générale', 'agricole', 'populaire', 'mutuel', 'lyonnais'. */
const frenchInstitutionAdjective = /^\p{Ll}+(?:ale|al|ole|aire|ique|uel|uelle|ais|aise|iel|ielle|ien|ienne)$/u;
const institutionOf = new Set(['of', 'de', 'des', 'du', 'di', 'del', 'della', 'do', 'da']);
const genitiveApostrophe = /(?:'s|’s|'|’)$/u;
const acronym = /^[\p{Lu}\d&+]{2,6}$/u;
const innerCapital = /^\p{Lu}?\p{Ll}+\p{Lu}\p{L}*$/u;
const hyphenName = /\p{L}-\p{Lu}/u;

interface NameToken extends Token {
  /** Position among the sentence's tokens. */
  index: number;
  /** The word without a lower-case compound tail ('Vestas' of 'Vestas-aktien'). */
  word: string;
  /** A lower-case tail was cut off: the name cannot go on past this word. */
  cut: boolean;
  /** The tail says the name only describes a kind of company ('IoT-selskab'). */
  descriptor: boolean;
  /** The tail is a noun of a deal ('Selvane-oppkjøp', 'Selvane-Übernahme'): the name is what the deal is about. */
  dealTail?: boolean;
}

const dealNounCache = new Map<string, RegExp>();
/** Whether a word is one of the language's nouns of buying, selling, merging, writing down or bidding. */
const dealVerbCache = new Map<string, Set<string>>();

/** 'Telenor kjøper seg opp: Betaler 1,5 milliarder', 'Microsoft Acquires GitHub': a one-word verb of a deal, capitalised by
 * position or a headline's style, names nothing. */
export function isDealVerb(word: string, lang: string): boolean {
  let verbs = dealVerbCache.get(lang);
  if (!verbs) {
    const { buy, sell, pay, merge } = lexiconFor(lang).dealVerbs;
    verbs = new Set([buy, sell, pay, merge].flatMap((forms) => [...forms.past, ...forms.present]).filter((form) => /^\p{L}{4,}$/u.test(form)).map((form) => form.toLowerCase()));
    dealVerbCache.set(lang, verbs);
  }
  return verbs.has(word.toLowerCase());
}

/** English verbs of a deal of one word in every tense ('buy', 'sells'): capitalised after a name, they are part of it. */
const englishDealVerbWords = new Set(
  (['buy', 'sell', 'pay', 'merge'] as const).flatMap((action) => Object.values(lexiconFor('en').dealVerbs[action]).flat()).filter((form) => /^\p{L}+$/u.test(form)),
);

function isDealNoun(word: string, lang: string): boolean {
  let regex = dealNounCache.get(lang);
  if (!regex) {
    const { buy, sell, merge, writeDown, offer } = lexiconFor(lang).dealVerbs.nouns;
    regex = new RegExp(`^(?:${wordAlternation([...buy, ...sell, ...merge, ...writeDown, ...offer])})$`, 'iu');
    dealNounCache.set(lang, regex);
  }
  return regex.test(word);
}

/** Shares and shareholders in the languages read, glued after a name. */
const shareWord = /^(?:aktie[nr]?|aktierna?|aktierne|aksje[rn]?|aksjene|aandel(?:en)?|aandeelhouders?|aktion[äæ]r\p{L}*|aksjon[æe]r\p{L}*|aktieägar\p{L}*|shares?|shareholders?|anteile?|actions?|actionnaires?)$/iu;

/** Whether the page writes a word alone too, or no noun is spelt like it ('VW-Konzern', not 'Pharma-Konzern'). */
function writtenAsName(word: string, page: DocumentWords): boolean {
  return page.capitalisedAlone?.has(word) === true || nameShapedWord(word);
}

/** Kinds of company that German glues to a name with a hyphen. */
const germanKindTail = /^(?:Gruppe|Konzerns?|Holding|Unternehmens?|Firma|Gesellschaft)$/u;

/** Cuts 'Volvo-chef' to 'Volvo'; keeps 'Rolls-Royce' and 'Mercedes-Benz' whole. */
// Called for every word of a page: one object of one shape, and no split unless the word has a hyphen.
function splitCompound(token: Token, index: number, lang: string, page: DocumentWords): NameToken {
  const text = token.text;
  if (text.includes('-')) {
    const parts = text.split('-');
    if (isCapitalised(parts[0] as string)) {
      let keep = parts.length;
      // A title glued on is no part of the name either ('Siemens-Chef', 'Volvo-CEO').
      // And a noun of a deal ('Dresdner-Übernahme', where German capitalises it).
      // And shares ('Daimler-Aktien', 'Volvo-aktien', 'Heineken-aandeelhouders').
      // German writes its nouns capitalised: a lower-case tail that is no adjective is part of a name ('CD-adapco').
      const germanName = (part: string) => lang === 'de' && /^\p{Ll}{3,}$/u.test(part) && !/(?:e|en|er|es|em|isch|lich|ig|nah|weit|frei)$/u.test(part);
      while (keep > 1 && ((!isCapitalised(parts[keep - 1] as string) && !germanName(parts[keep - 1] as string)) || isTitleWord(parts[keep - 1] as string, lang) || isDealNoun(parts[keep - 1] as string, lang) || shareWord.test(parts[keep - 1] as string))) keep -= 1;
      // 'Harwick-Gruppe', 'VW-Konzern': German capitalises the kind of company glued on, which is no part of the name where
      // the page also writes the name alone or it is an acronym ('Pharma-Konzern' is a kind, 'Orvik-Gruppe' alone the name
      // as written).
      if (lang === 'de' && keep === parts.length && keep > 1 && germanKindTail.test(parts[keep - 1] as string) && writtenAsName(parts.slice(0, keep - 1).join('-'), page)) keep -= 1;
      if (keep < parts.length) {
        const word = parts.slice(0, keep).join('-');
        const tail = parts.slice(keep).join('-');
        const dealTail = isDealNoun(parts[keep] as string, lang);
        return { text, start: token.start, end: token.start + word.length, word, cut: true, descriptor: isCompanyClassWord(tail, lang), index, ...(dealTail ? { dealTail } : {}) };
      }
    }
  }
  return { text, start: token.start, end: token.end, word: text, cut: false, descriptor: false, index };
}

const ordinal = /^\d{1,3}(?:st|nd|rd|th)$/u;
const digitCapitals = /^\d{1,3}\p{Lu}(?:\p{Lu}{0,2}|\p{Ll}{2,})$/u;

/** 'eBay', 'iRobot': a brand written with a lower-case first letter and a capital after it. */
const lowerCamel = /^\p{Ll}{1,2}\p{Lu}\p{Ll}/u;

function isNameWord(token: NameToken): boolean {
  return isCapitalised(token.word) || suffixSet.has(token.word) || (lowerCamel.test(token.word) && !productSet.has(token.word.toLowerCase()));
}

/** German: 'des eigenen Agrargeschäfts', 'einem großen Tag' — after an article and inflected adjectives a capitalised word is a noun. */
function followsArticleAndAdjectives(tokens: NameToken[], i: number, determiners: Set<string>, text: string): boolean {
  let j = i - 1;
  let adjectives = 0;
  while (j >= 0 && adjectives < 3 && /^\p{Ll}+(?:e|en|er|es|em)$/u.test((tokens[j] as NameToken).text) && !determiners.has((tokens[j] as NameToken).text)) {
    if (!/^\s+$/.test(text.slice((tokens[j] as NameToken).end, (tokens[j + 1] as NameToken).start))) return false;
    j -= 1;
    adjectives += 1;
  }
  return adjectives > 0 && j >= 0 && determiners.has((tokens[j] as NameToken).text.toLowerCase());
}

/**
 * German: 'die österreichische Buwog': after an adjective of origin a capitalised word that is no common or agent noun
 * by its ending, no kind of company and no common word may be a name.
 */
/** 'finnische', 'chinesischen', 'US-amerikanischen', 'deutschen': a German adjective of origin. */
const germanOriginAdjective = /^(?:[\p{L}]+-)?\p{Ll}+ischen?$|^deutschen?$/u;

function afterGermanOriginAdjective(token: NameToken, previous: NameToken): boolean {
  if (!germanOriginAdjective.test(previous.text)) return false;
  const lower = token.word.toLowerCase();
  // Agent nouns end in -er or -or ('der finnische Versorger', 'der US-Investor').
  return !germanCommonNounEnding.test(lower) && !/(?:er|or)$/u.test(lower) && !isCompanyClassWord(token.word, 'de') && !isCommonWord(token.word, 'de') && !placeSet.has(lower);
}

/** Endings of German abstract nouns ('Bekanntgabe', 'Staatsanwaltschaft'). */
const germanNounSuffixes = ['ung', 'ungen', 'heit', 'heiten', 'keit', 'keiten', 'schaft', 'schaften', 'tion', 'tionen', 'tät', 'täten', 'nis', 'nisse', 'tum', 'ismus', 'gabe', 'gaben'];
/** German common nouns that end compounds ('Gasekonzern', 'Vertriebsvorstand') or stand alone ('auf Geschäfte in Polen'). */
const germanCommonNouns = ['konzern', 'vorstand', 'vorsitzende', 'vorsitzender', 'chef', 'chefin', 'sprecher', 'behörde', 'anwalt', 'ministerium', 'minister', 'anleger', 'anlegern', 'investoren', 'aktionäre', 'aktionären', 'händler', 'händlern', 'zulieferer', 'zulieferers', 'hersteller', 'herstellers', 'spezialist', 'spezialisten', 'anbieter', 'anbieters', 'betreiber', 'betreibers', 'produzent', 'produzenten', 'entwickler', 'entwicklers', 'dienstleister', 'dienstleisters', 'versorger', 'versorgers', 'versicherer', 'versicherers', 'konzerns', 'finanzinvestor', 'finanzinvestors', 'geschäft', 'geschäfts', 'geschäfte', 'geschäften', 'kreise', 'kreisen', 'lizenzen', 'anleihen', 'instrumente', 'instrumenten', 'papiere', 'papieren', 'turbinen', 'konsortium', 'konsortiums', 'bericht', 'berichte', 'berichten', 'berichts', 'bereich', 'bereichs', 'bereiche', 'bereichen', 'verlust', 'verluste', 'verlusten', 'quartal', 'quartals', 'umsatz', 'umsätze', 'institut', 'instituts', 'geldhaus', 'geldhauses', 'deal', 'deals', 'analyst', 'analysten', 'experte', 'experten', 'bieter', 'bietern', 'interessent', 'interessenten', 'buche', 'fantasie', 'daten'];
const germanCommonNounEnding = new RegExp(`\\p{L}{3,}(?:${[...germanNounSuffixes, ...germanCommonNouns].join('|')})$`, 'u');
/** Those nouns standing alone, kinds of company among them ('das Frankfurter Institut'), and 'Anleihe'. */
const germanCommonNounAlone = new Set([...germanCommonNouns, 'anleihe']);

/** German: 'gibt grünes Licht', 'ein neues Werk': a neuter adjective in lower case before a capitalised word makes it a noun. */
const strongNeuterAdjective = /^\p{Ll}{3,}es$/u;

/** A legal suffix or a corporate word that closes company names ('AB', 'Group', 'Bank'). */
function isCorporateWord(word: string): boolean {
  return suffixSet.has(word) || weakSuffixSet.has(word) || closingNounSet.has(word);
}

/** Whether capitalised words joined by single spaces run from a word to a strong legal form within three words ('Vermes Microdispensing GmbH'). */
function closedBySuffixAhead(tokens: NameToken[], i: number, text: string): boolean {
  for (let j = i + 1; j <= i + 3 && j < tokens.length; j += 1) {
    const next = tokens[j] as NameToken;
    if (!/^ $/u.test(text.slice((tokens[j - 1] as NameToken).end, next.start))) return false;
    // A strong legal form only: 'Group' closes descriptions too ('der Verbindungstechnik-Spezialist NORMA Group').
    if (suffixSet.has(next.word) && !weakSuffixSet.has(next.word)) return true;
    if (!isCapitalised(next.word)) return false;
  }
  return false;
}

/** An acronym or a word with a capital inside ('HSH', 'ChaoZhou'): shaped like a name, never like a German noun. */
function nameShapedWord(word: string): boolean {
  return (acronym.test(word) && /\p{Lu}{2}/u.test(word) && !genericAcronymSet.has(word)) || innerCapital.test(word);
}

/** Dutch adjectives of origin, which Dutch capitalises: 'Luxemburgse', 'Brits-Nederlandse'. */
const dutchOriginAdjective = /\p{Ll}{2,}(?:anse|landse|burgse|sche|iese|ese|tse|rse|dse|ense|jse|ase|kse|gse|lse|mse|pse)$/u;

/**
 * Whether a capitalised adjective of nationality inside a sentence belongs to a name: in languages that write such
 * adjectives in lower case ('svenska', 'deutsche'), or in Dutch one that is no Dutch adjective ('Swedish').
 */
function capitalisedNationalityIsName(word: string, lang: string): boolean {
  const lower = word.toLowerCase();
  if (!nationalitySet.has(lower) || !isCapitalised(word)) return false;
  if (lang === 'nl') return !dutchOriginAdjective.test(lower);
  return lang === 'da' || lang === 'no' || lang === 'sv' || lang === 'de' || lang === 'fr';
}

/** The endings of definite nouns in the languages with a definite suffix, genitive too ('rapperen', 'salget', 'styrelsens'). */
const definiteEnding = /\p{L}{3,}(?:en|et|erne|ene|arna|orna|erna)s?$/u;

/** Words that are capitalised but never start, end or sit inside a name here. */
/**
 * 'nach damaligem Wechselkurs', 'im vergangenen Sommer': a German word right after an inflected adjective in lower case
 * is a noun; a name follows an adjective only as a kind of company does ('der französische Konzern X') or after an
 * adjective of origin ('der britischen Vodafone').
 */
function germanNounAfterAdjective(article: NameToken | undefined, previous: NameToken | undefined, lang: string): boolean {
  if (lang !== 'de' || previous === undefined || article === undefined) return false;
  // The adjective itself after an article or a preposition: not a verb before its subject ('kaufte Geely').
  if (!germanArticleOrPreposition.test(article.text)) return false;
  const word = previous.text;
  return /^\p{Ll}{3,}(?:em|en|er|es|e)$/u.test(word) && !nationalitySet.has(word) && !originAdjectiveDe.test(word) && !isCommonWord(word, lang);
}
const originAdjectiveDe = /(?:er|isch)(?:e|en|er|es|em)?$/u;
const germanArticleOrPreposition = /^(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|im|am|vom|zum|zur|beim|ins|nach|mit|von|aus|bei|seit|für|um|gegen|ohne|durch|über|unter|vor|sein|seine|seinen|seinem|seiner|ihr|ihre|ihren|ihrem|ihrer)$/u;

/** First halves of compound adjectives of origin: 'Anglo-Dutch', 'Franco-German', 'Sino-American'. */
const originPrefixes = new Set(['anglo', 'franco', 'sino', 'italo', 'germano', 'russo', 'indo', 'afro', 'euro', 'hispano', 'austro', 'nordic']);

/** Capitals (a place) opening a sentence, a news agency in parentheses and a dash. */
const dateline = /^\p{Lu}[\p{Lu}\s/.-]+\s*\([\p{L}\s/.-]{2,20}\)\s*[-–—]/u;

const webName = new RegExp(`^\\p{Lu}[\\p{L}\\d-]*\\.${webAddressEndings}$`, 'u');

function isStopWord(token: NameToken, index: number, lang: string, words: DocumentWords): boolean {
  const word = token.word;
  const lower = word.toLowerCase();
  // 'B-aktier', 'A-Aktien', 'B shares': a class of shares, not a company named by a letter.
  if (/^\p{Lu}$/u.test(word) && token.cut && shareWord.test(token.text.slice(2))) return true;
  if (firstNameSet.has(word) || knownPrefixLength([word]) > 0 || suffixSet.has(word)) return false;
  // 'Wellness.dk', 'Hotels.com': a web address names the business behind it.
  if (webName.test(word)) return false;
  // 'an AUD15 billion merger', 'USD2bn': a currency code glued to its amount.
  if (/^\p{Lu}{3}\d/u.test(word) && prefixCurrencies[lower.slice(0, 3)] !== undefined) return true;
  // 'MAN', 'ICA': an acronym is a name even where its letters spell a common word, unless it is a title or generic.
  // "The UK's biggest biotech firm": a generic acronym in the genitive too.
  if (genericAcronymSet.has(word.replace(/['’]s$/u, '').toUpperCase()) && /^\p{Lu}{2,}['’]s$/u.test(word)) return true;
  if (acronym.test(word) && /\p{Lu}{2}/u.test(word) && !isTitleWord(word, lang) && !genericAcronymSet.has(word.toUpperCase()) && !/^(?:[IVX]+|[A-Z])$/u.test(word) && !placeSet.has(lower) && !nationalitySet.has(lower)) return false;
  // 'Avtroppende konsernsjef X', 'Tilträdande vd': a Nordic present participle is an adjective, capitalised by its place.
  if (nordicLanguages.has(lang) && /^\p{Lu}\p{Ll}{4,}(?:ende|ande)$/u.test(word)) return true;
  // 'AMSTERDAM/PARIS (dpa-AFX)': places of a dateline joined by a slash.
  if (lower.includes('/') && lower.split('/').every((part) => placeSet.has(part))) return true;
  // 'the Anglo-Dutch group', 'det svensk-schweiziske selskab': adjectives of origin joined by a hyphen.
  if (lower.includes('-') && lower.split('-').every((part) => nationalitySet.has(part) || originPrefixes.has(part))) return true;
  // "L'opération", "L'allemand proposait …": an elided article capitalised by the sentence before a word in lower case
  // is a common noun ("L'Oréal" capitalises its name).
  if (/^\p{Lu}['’]\p{Ll}/u.test(word)) return true;
  // 'Issy-les-Moulineaux', 'Neuilly-sur-Seine': a French place name joined by lower-case particles.
  if (joinedPlace.test(token.text)) return true;
  // 'Executives from X said …': an English plural of a common word or title opening a sentence.
  if (index === 0 && lang === 'en' && /^\p{Lu}\p{Ll}+s$/u.test(word) && (isCommonWord(word.slice(0, -1), lang) || isTitleWord(word.slice(0, -1), lang))) return true;
  if (isCommonWord(word, lang) || isDealVerb(word, lang) || nationalitySet.has(lower) || demonymsOf(lang).has(lower) || isTitleWord(word, lang) || isCoreferenceWord(lower, lang) || currencyWordSet.has(lower) || accountingTermSet.has(lower)) return true;
  // Products in the plural too ('iPads', 'Macs').
  // Places in the genitive too ('Danmarks største forsikringsselskab').
  if (placeSet.has(lower) || productSet.has(lower) || (lower.endsWith('s') && (productSet.has(lower.slice(0, -1)) || placeSet.has(lower.replace(/['’]?s$/u, ''))))) return true;
  // 'Karlstadsbaserade Embracer', 'das Münchner-basierte X': an adjective of place before a name.
  if (basedWord.test(lower)) return true;
  // Dutch capitalises adjectives of origin: 'de Luxemburgse investeerder', 'het Brits-Nederlandse concern'.
  if (lang === 'nl' && dutchOriginAdjective.test(lower.slice(lower.lastIndexOf('-') + 1))) return true;
  // 'Bryggeriet har solgt …': a definite 'the brewery' opening a sentence points back to a company.
  if (index === 0 && lang !== 'de' && lang !== 'en' && isCompanyClassWord(lower, lang) && !words.lowercase.has(lower) && /(?:et|en|n|t)$/u.test(lower)) return true;
  // 'Rapperen betalte …', 'Kjøpesummen skal …': a definite noun opening a sentence, never capitalised inside one.
  if (index === 0 && definiteSuffixLanguages.has(lang) && definiteEnding.test(lower) && words.capitalisedInside !== undefined && !words.capitalisedInside.has(word)) return true;
  // German capitalises every noun: endings of abstract and agent nouns ('Staatsanwaltschaft', 'Bekanntgabe') and
  // compounds ending in a title or a company noun ('Vertriebsvorstand', 'Gasekonzern') are no names.
  if (lang === 'de' && (germanCommonNounEnding.test(lower) || germanCommonNounAlone.has(lower))) return true;
  // 'der Londoner Konzern', 'ein New Yorker Hedgefonds': German adjectives of place end in -er.
  if (lang === 'de' && lower.endsWith('er') && (placeSet.has(lower.slice(0, -2)) || placeSet.has(`new ${lower.slice(0, -2)}`))) return true;
  if (genericAcronymSet.has(word.toUpperCase()) && acronym.test(word)) return true;
  // A word the page also writes in lower case is a common word capitalised by position (not in German, where nouns are capitalised).
  if (lang !== 'de' && words.lowercase.has(lower)) return true;
  return index < 0;
}

/** 'Freed from the handset business, …', 'Backed by …': an English participle and its preposition opening a sentence. */
const participlePreposition = /^\s+(?:from|by|in|with|on|to|into|after|at|for|over|under|through|as)\s/u;
function participleOpening(token: NameToken, index: number, text: string, lang: string): boolean {
  if (index !== 0) return false;
  // 'Saluée lors de son achat …', 'Rachetée en 2007 …': a French participle opening a sentence right before a word in lower
  // case. Not before a comma ('Bolloré, qui …'), and a short name ending in é stays a name ('Bolloré acquiert …').
  if (lang === 'fr') return /^\p{Lu}\p{Ll}{3,}(?:ée|és|ées)$|^\p{Lu}\p{Ll}{6,}é$/u.test(token.text) && /^\s+\p{Ll}/u.test(text.slice(token.end, token.end + 12));
  // 'Geplant war der Wechsel …', 'Verkauft wurde die Sparte …': a German participle of news before its auxiliary.
  if (lang === 'de') return germanOpeningParticiple.test(token.text) && /^\s+(?:war|waren|wurde|wurden|ist|sind|hat|hatte|haben|hatten|wird|werden)\s/u.test(text.slice(token.end, token.end + 20));
  if (lang !== 'en') return false;
  // 'Explaining the write-down, X said …', 'Citing its losses, …': a present participle before a determiner. Not before a
  // preposition, where a name ending in -ing opens a headline ('Boeing in talks to buy …').
  if (/^\p{Lu}\p{Ll}{2,}ing$/u.test(token.text)) return participleDeterminer.test(text.slice(token.end, token.end + 8));
  return /^\p{Lu}\p{Ll}{2,}ed$/u.test(token.text) && participlePreposition.test(text.slice(token.end, token.end + 12));
}
/** German participles that news opens sentences with ('Geplant war …', 'Bekannt wurde …'). */
const germanOpeningParticiple = /^(?:Geplant|Vereinbart|Verkauft|Gekauft|Übernommen|Bekannt|Beschlossen|Erwartet|Gemeldet|Berichtet|Angekündigt|Abgeschlossen|Genehmigt|Vorgesehen|Begleitet|Finanziert|Unterzeichnet|Besiegelt|Bestätigt|Abgelehnt|Gestoppt|Untersagt)$/u;
const participleDeterminer = /^\s+(?:the|a|an|its|their|his|her|our|this|these|those)\s/u;

/** 'Koncernen', 'Selskabet', 'The company': a capitalised word that points back to a company rather than naming one. */
function isCoreferenceWord(lower: string, lang: string): boolean {
  const { companyPhrases, companyGenitives } = lexiconFor(lang).coreference;
  return companyPhrases.includes(lower) || companyGenitives.includes(lower);
}

function precededBy(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - 60), start);
  const match = /([\p{L}.'’-]+)\s*$/u.exec(before);
  return match ? (match[1] as string) : '';
}

const titleCache = new Map<string, RegExp>();
/** A title right before a position: 'administrerende direktør ', 'CEO '. */
const titleAfterCache = new Map<string, RegExp>();
/**
 * Whether a title follows a name in apposition: 'X, who became chief executive', 'X, Adobe's chair', 'X, adm. direktør
 * i Y' — a name so described is a person's, whatever its first name.
 */
function startsWithTitle(text: string, lang: string): boolean {
  let regex = titleAfterCache.get(lang);
  if (!regex) {
    const titles = [...Object.keys(lexiconFor(lang).titles.titles), ...Object.keys(lexiconFor('en').titles.titles)];
    const escaped = titles.sort((a, b) => b.length - a.length).map((title) => title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
    const connectors = [...lexiconFor(lang).titles.titleAfter, ...lexiconFor('en').titles.titleAfter].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
    // Also 'X as its permanent chief executive', 'X som ny vd'.
    regex = new RegExp(`^(?:\\s+(?:${connectors.join('|')})\\s+(?:\\p{Ll}+\\s+){0,2}|\\s*,\\s*(?:who\\s+(?:[\\p{Ll}]+\\s+){1,2}|(?:(?:the|its|his|her|\\p{Lu}[\\p{L}&.-]*(?:'s|’s|s))\\s+)?(?:(?:former|new|tidligere|ny|nye|frühere|ancien|voormalig)\\s+)?))(?:${escaped.join('|')})(?![\\p{L}])`, 'iu');
    titleAfterCache.set(lang, regex);
  }
  return regex.test(text.slice(0, 80));
}

/** A determiner and a noun of a company or a brand right before a name: 'la société ', 'the company ', 'selskabet '. */
const companyNounBefore =
  /(?:(?<![\p{L}])(?:la|le|the|das|die|het|de)\s+(?:société|maison|marque|company|firm|brand|label|unternehmen|firma|marke|bedrijf|onderneming|merk)|(?<![\p{L}])(?:selskabet|selskapet|bolaget|företaget|virksomheden|virksomheten|mærket|merket|märket))\s+$/iu;

/** A preposition closing the text before a name: after a title, the name is the organisation it heads. */
const titleOfOrganisation = /(?<![\p{L}])(?:for|of|von|vom|de|du|des|van|af|av|hos|bei|på|ved|chez|i)\s*$/iu;

function endsWithTitle(text: string, lang: string): boolean {
  let regex = titleCache.get(lang);
  if (!regex) {
    const titles = [...Object.keys(lexiconFor(lang).titles.titles), ...Object.keys(lexiconFor('en').titles.titles)];
    const escaped = titles.sort((a, b) => b.length - a.length).map((title) => title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
    regex = new RegExp(`(?<![\\p{L}])(?:${escaped.join('|')})\\s*,?\\s*$`, 'iu');
    titleCache.set(lang, regex);
  }
  return regex.test(text.slice(Math.max(0, text.length - 60)));
}

/** English number words, capitalised only at a sentence's start or in a name. */
const englishNumberWord = /^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Twelve|Hundred|Thousand)$/u;

/** A noun, then an adjective or a 'de' complement, right before a name: 'groupe pharmaceutique ', "fonds d'investissement ". */
const frenchComplemented = /([\p{L}'’-]+)\s+(?:\p{Ll}+(?:ique|ien|ienne|ais|aise|ois|oise|ain|aine|al|ale|el|elle|if|ive|ier|ière|aire|ile|é|ée)|(?:de|d['’])\s*\p{Ll}+)\s+$/u;

function orgStrength(words: string[], text: string, start: number, lang: string, initial: boolean): Strength {
  const last = words[words.length - 1] as string;
  if (words.length > 1 && suffixSet.has(last) && !weakSuffixSet.has(last)) return 2;
  // 'De Telegraaf', 'The Body Shop': a known name after the article that opens it.
  if (knownPrefixLength(words) > 0 || (words.length > 1 && /^(?:The|De|Het)$/u.test(words[0] as string) && knownPrefixLength(words.slice(1)) > 0)) return 2;
  if (words.length === 1 && acronym.test(last) && !genericAcronymSet.has(last.toUpperCase())) return 1;
  if (words.some((word) => innerCapital.test(word) || hyphenName.test(word))) return 1;
  if (words.length > 1 && weakSuffixSet.has(last)) return 1;
  // 'to One Equity Partners', 'its Purification Solutions business': inside a sentence, a noun that closes company names.
  if (words.length > 1 && !initial && closingNounSet.has(last)) return 1;
  // 'Konkurrenten Vantor melder …', 'Rival Vantor posted …': a kind of company opening the sentence is capitalised for that.
  const before = precededBy(text, start);
  const opening = /^[\s"“'‘(«]*$/u.test(text.slice(0, text.slice(0, start).trimEnd().length - before.length));
  if (isCompanyClassWord(opening ? before.toLowerCase() : before, lang)) return 1;
  // 'the brewing group, Vantor, said …', 'the wine maker, Vantor Wines': a kind of company, then the name set off by a comma.
  const kindThenComma = /([\p{L}-]+)\s*,\s*$/u.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  if (kindThenComma !== undefined && isCompanyClassWord(kindThenComma.toLowerCase(), lang)) return 1;
  // 'het moederbedrijf van Ikea, Ingka,', 'the parent of X, Vantor': a kind of company of another name, then a comma.
  const kindOfName = /([\p{L}-]+)\s+(?:van|of|de|du|von|af|av|til)\s+(?:\p{Lu}[\p{L}&.'’-]*\s+){0,3}\p{Lu}[\p{L}&.'’-]*\s*,\s*$/u.exec(text.slice(Math.max(0, start - 80), start))?.[1];
  if (kindOfName !== undefined && isCompanyClassWord(kindOfName.toLowerCase(), lang)) return 1;
  // 'le groupe pharmaceutique Vantor', "l'éditeur de logiciels Vantor": French puts what kind of company after the noun.
  if (lang === 'fr') {
    const noun = frenchComplemented.exec(text.slice(Math.max(0, start - 60), start))?.[1];
    if (noun !== undefined && isCompanyClassWord(noun.toLowerCase(), lang)) return 1;
  }
  return 0;
}

/** A share noun right after a name: what a genitive owns. */
const ownedAfter = new RegExp(`^\\s+(?:\\d[\\d.,]*\\s*%\\s+)?${wordAlternation(clauseWordsOfAll('stakeNouns'))}(?![\\p{L}])`, 'iu');

/** 'Vardfjells norske virksomhet', 'Telias svenska verksamhet': a unit noun, perhaps after an adjective, owned by the name. */
function ownedUnitAfter(after: string, lang: string): boolean {
  const words = /^\s+(\p{Ll}[\p{Ll}-]*)(?:\s+(\p{Ll}[\p{Ll}-]*))?/u.exec(after);
  return words !== null && (isUnitNoun(words[1] as string, lang) || (words[2] !== undefined && isUnitNoun(words[2], lang)));
}

/** 'Elsams køb af ', 'Telias förvärv av ': a noun of buying or selling and its 'of' right after a name, per Nordic language. */
const dealNounOfAfter = new Map(
  [...nordicLanguages].map((lang) => {
    const { nouns } = lexiconFor(lang).dealVerbs;
    const of = lexiconFor(lang).prepositions.of;
    return [lang, new RegExp(`^\\s+${wordAlternation([...nouns.buy, ...nouns.sell, ...nouns.offer])}\\s+${wordAlternation(of)}\\s`, 'iu')];
  }),
);

/** A genitive in -s, of a word ('Harwicks') or an acronym ('VTRs'). */
const genitiveS = /(?:\p{Ll}{2}|\p{Lu}{2})s$/u;

/** 'Harwicks| Selvane-oppkjøp': a name glued by a hyphen to a noun of a deal right after the text. */
function dealCompoundAfter(after: string, lang: string): boolean {
  const compound = /^\s+\p{Lu}[\p{L}\d&.]*-(\p{L}{4,})(?=\s|[.,;:!?]|$)/u.exec(after);
  return compound !== null && isDealNoun(compound[1] as string, lang);
}

/**
 * Whether a company's name ends in a genitive -s the page writes without an apostrophe, never a known name's own 's':
 * - 'samtliga Aholds aktier i Ica', 'Orklas 50 % eierandel': a Nordic genitive before a share is the company's own, also
 *   where the page never writes the name without it. So is one before its purchase or sale of something ('Elsams køb af
 *   Nesa').
 * - 'Harwicks Selvane-opkøb', 'VTRs Selvane-Übernahme': a Nordic or German one, of a word or an acronym, before a name
 *   glued to a deal noun.
 */
function isGenitiveInS(name: string, tokens: NameToken[], sentence: TextSentence, end: number): boolean {
  const { lang } = sentence;
  const nordic = nordicLanguages.has(lang);
  if ((!nordic && lang !== 'de') || knownPrefixLength(tokens.map((t) => t.word)) !== 0) return false;
  if (genitiveS.test(name) && dealCompoundAfter(sentence.text.slice(end, end + 60), lang)) return true;
  const after = sentence.text.slice(end, end + 50);
  return nordic && /\p{Ll}{2}s$/u.test(name) && (ownedAfter.test(after) || ownedUnitAfter(after, lang) || dealNounOfAfter.get(lang)?.test(after) === true);
}

function makeMention(sentenceIndex: number, sentence: TextSentence, tokens: NameToken[], type: Mention['type'], strength: Strength, initial: boolean): Mention {
  const first = tokens[0] as NameToken;
  const last = tokens[tokens.length - 1] as NameToken;
  const surface = sentence.text.slice(first.start, last.end);
  let name = surface;
  let genitive = false;
  if (genitiveApostrophe.test(name) && name.length > 3) {
    name = name.replace(genitiveApostrophe, '');
    genitive = true;
  } else if (type === 'COMPANY' && isGenitiveInS(name, tokens, sentence, last.end)) {
    name = name.slice(0, -1);
    genitive = true;
  }
  return { sentence: sentenceIndex, start: first.start, end: last.end, surface, name, type, strength, initial, genitive };
}

/** Kinds of company a person may also be (investors, owners, founders, partners, brokers), and people of a company ('Bankanalyst'). */
const personLikeKind = /(?:investor\p{L}*|eigentümer\p{L}*|ejer\p{L}*|eier\p{L}*|ägare\p{L}*|owner|founder|gründer\p{L}*|partner\p{L}*|makler\p{L}*|mægler\p{L}*|megler\p{L}*|mäklare\p{L}*|aktionær\p{L}*|aktionär\p{L}*|aksjonær\p{L}*|shareholder|actionnaire|aandeelhouder|erbe\p{L}*|arving\p{L}*|analyst\p{L}*|analytiker\p{L}*|ökonom\p{L}*|økonom\p{L}*|ekonom\p{L}*|economist|sprecher\p{L}*|chef\p{L}*|sjef\p{L}*|leiter\p{L}*|berater\p{L}*|rådgiv\p{L}*)$/iu;

/**
 * 'Mr Gerry Vance', 'Frau Brandt': a form of address, capitalised, right before a run. Not an academic one: 'Dr. Oetker',
 * 'Dr. Martens' are companies.
 */
const honorificBefore = new Map(
  supportedLanguages.map((lang) => {
    const personal = (form: string) => form !== 'dr' && form !== 'prof' && form !== 'drs' && form !== 'ir' && form !== 'ing';
    const forms = [...new Set([...lexiconFor(lang).titles.honorifics, ...lexiconFor('en').titles.honorifics])].filter(personal).map((form) => `${(form[0] as string).toUpperCase()}${form.slice(1)}`);
    return [lang, new RegExp(`(?<![\\p{L}])${wordAlternation(forms)}\\.?\\s+$`, 'u')];
  }),
);

/** Splits a run of capitalised words into person and company mentions. */
function readRun(run: NameToken[], sentenceIndex: number, sentence: TextSentence, initial: boolean, page: DocumentWords): Mention[] {
  const mentions: Mention[] = [];
  const lang = sentence.lang;
  let rest = run;
  let runInitial = initial;
  while (rest.length > 0) {
    const words = rest.map((token) => token.word);
    const known = knownPrefixLength(words);
    // 'Philip Morris International', 'Hugo Boss AG': a corporate word closing the run makes a first name a company's.
    // 'DFDS Dan Transport', 'Lincoln Clean Energy': so does a noun that closes company names.
    const closedBySuffix = words.length > 1 && (suffixSet.has(words[words.length - 1] as string) || weakSuffixSet.has(words[words.length - 1] as string) || closingNounSet.has(words[words.length - 1] as string));
    // 'topman van Ahold Delhaize Dick Boer': a known name followed by a first name and a surname is a company and a person.
    const personAfterKnown = known > 0 && !closedBySuffix && words.length - known >= 2 && words.length - known <= 3 && firstNameSet.has(words[known] as string) && knownPrefixLength(words.slice(known)) === 0;
    const firstName = personAfterKnown ? known : known === 0 && !closedBySuffix ? words.findIndex((word, i) => firstNameSet.has(word) && i + 1 < words.length && !suffixSet.has(words[i + 1] as string) && knownPrefixLength(words.slice(i + 1)) === 0) : -1;
    // 'direktør for A.P. Møller-Mærsk', 'head of X': a title closed by a preposition names the organisation after it.
    // The few words before the run: the tests below look at its end only (a page may be one long sentence).
    const textBefore = sentence.text.slice(Math.max(0, (rest[0] as NameToken).start - 80), (rest[0] as NameToken).start);
    const afterTitle = (endsWithTitle(textBefore, lang) && !titleOfOrganisation.test(textBefore)) || startsWithTitle(sentence.text.slice((rest[rest.length - 1] as NameToken).end), lang);
    // 'la société Christian Dior', 'the company Louis Vuitton': after a kind of company, a person's name names a company.
    // 'der Berliner Medienkonzern Axel Springer', 'mediekoncernen Egmont': so right after a kind of company, unless the
    // kind may be a person too ('der Finanzinvestor Lars Windhorst') or is a title ('konsernsjef X').
    const kindBefore = /([\p{L}-]+)\s+$/u.exec(textBefore)?.[1] ?? '';
    const afterClassNoun = companyNounBefore.test(textBefore) || (kindBefore.length >= 6 && isCompanyClassWord(kindBefore.toLowerCase(), lang) && !personLikeKind.test(kindBefore) && !endsWithTitle(kindBefore, lang));
    // 'said Mr Vance', 'chief executive, Mr Gerry Vance': a form of address names a person, of one word too.
    const afterHonorific = known === 0 && words.length <= 3 && honorificBefore.get(lang)?.test(textBefore) === true && !words.some((word) => suffixSet.has(word));
    if (!afterClassNoun && (firstName === 0 || afterHonorific || (afterTitle && known === 0 && words.length >= 2 && words.length <= 4 && !words.some((word) => suffixSet.has(word))))) {
      let end = 1;
      while (end < rest.length && end < 4 && !suffixSet.has(words[end] as string)) end += 1;
      // 'den svenske Axel Johnson-gruppe': a name glued to a kind of company is that company, not its founder.
      const glued = rest[end - 1]?.descriptor === true;
      mentions.push(makeMention(sentenceIndex, sentence, rest.slice(0, end), glued ? 'COMPANY' : 'PERSON', glued ? 1 : 2, runInitial));
      rest = rest.slice(end);
      runInitial = false;
      continue;
    }
    const take = firstName > 0 ? firstName : rest.length;
    const part = rest.slice(0, take);
    const partWords = part.map((token) => token.word);
    if (partWords.length === 1 && firstNameSet.has(partWords[0] as string)) {
      mentions.push(makeMention(sentenceIndex, sentence, part, 'PERSON', 0, runInitial));
    } else if (part.every((token) => !token.descriptor || (lang !== 'en' && (lang === 'de' ? writtenAsName(token.word, page) : page.capitalisedAlone?.has(token.word) === true) && !/^\s+\p{Lu}/u.test(sentence.text.slice(token.start + token.text.length))))) {
      // 'Harwick-koncernen' names Harwick where the page also writes the name alone, or in German is an acronym
      // ('VW-Konzern'); not 'Mobilfunk-Konzern' or 'AP-fonden'.
      // Before a name the compound says what that name is: 'Harwick-konkurrenten Selvane' is Selvane. English glues a
      // product to its maker ('Vantor-maker').
      // 'Nordic Fintech Summit', 'Times Square': an event or place word makes a run of words no company; alone ('Square')
      // it may be a company's whole name.
      const eventAt = partWords.length > 1 ? partWords.findIndex((word) => eventWordSet.has(word)) : -1;
      const kept = eventAt < 0 ? part : part.slice(0, knownPrefixLength(partWords) > 0 ? Math.min(eventAt, knownPrefixLength(partWords)) : 0);
      // 'købte Danske Bank Northern Bank': a known name closed by a corporate word and, after it, two or more words closed
      // by one are two companies side by side, not a unit of the first.
      const knownFirst = knownPrefixLength(kept.map((token) => token.word));
      const restWords = kept.slice(knownFirst).map((token) => token.word);
      // Both end in such a word: 'eBay Classifieds Group' is eBay's unit.
      if (knownFirst > 0 && restWords.length >= 2 && isCorporateWord(restWords[restWords.length - 1] as string) && isCorporateWord((kept[knownFirst - 1] as NameToken).word)) {
        mentions.push(...readRun(kept.slice(0, knownFirst), sentenceIndex, sentence, runInitial, page), ...readRun(kept.slice(knownFirst), sentenceIndex, sentence, false, page));
      } else if (kept.length > 0) {
        const keptWords = kept.map((token) => token.word);
        const mention = makeMention(sentenceIndex, sentence, kept, 'COMPANY', orgStrength(keptWords, sentence.text, (kept[0] as NameToken).start, lang, runInitial), runInitial);
        const prefix = knownPrefixLength(keptWords);
        if (prefix > 0 && prefix < keptWords.length) mention.parentName = keptWords.slice(0, prefix).join(' ');
        // 'Hess Norge': a place closing a name makes it the unit of the company named before the place.
        else if (keptWords.length >= 2 && placeSet.has((keptWords[keptWords.length - 1] as string).toLowerCase())) mention.parentName = keptWords.slice(0, -1).join(' ');
        // 'Co.', 'GmbH' left alone ('Holding (Group) Co.,Ltd.'): a legal form names no company by itself.
        if (!productSet.has(mention.name.toLowerCase()) && !keptWords.every((word) => suffixSet.has(word) || weakSuffixSet.has(word))) mentions.push(mention);
      }
    }
    rest = rest.slice(take);
    runInitial = false;
  }
  return mentions;
}

/**
 * Whether a capitalised word glued from a name and a definite noun of kind ('Stockholmsbolaget', 'Battlefieldutvecklaren')
 * describes the name after it. A place after it makes a name of both ('Sparebanken Vest').
 */
function isGluedDescriptor(token: NameToken, next: NameToken, lang: string): boolean {
  const word = token.word;
  if (word.length < 9 || /[^\p{L}]/u.test(word) || knownPrefixLength([word, next.word]) > 0 || placeSet.has(next.word.toLowerCase()) || isCorporateWord(next.word) || genericCorporateWords.has(next.word.toLowerCase())) return false;
  const lower = word.toLowerCase();
  // 'Sparebanken Vest', 'Sparbanken Skåne', 'Sparekassen Kronjylland': Nordic savings banks are named so.
  if (/^spar(?:e)?(?:bank|kass)/u.test(lower)) return false;
  // Definite: '-et', '-en', and agent nouns ('skaparen', 'udvikleren').
  return /(?:et|en)$/u.test(lower) && (isCompanyClassWord(lower.slice(4), lang) || /(?:aren|eren)$/u.test(lower));
}

/** Languages where a sentence may open with a bare or elided kind of company before a name; English only as a rival. */
const classNounOpeners = new Set(['nl', 'fr', 'da', 'no', 'sv']);

/** Whether a run opening a sentence starts with a kind of company and goes on with a name ('Concurrent Vantor'). */
function opensWithClassNoun(piece: NameToken[], lang: string): boolean {
  const lower = (piece[0] as NameToken).word.toLowerCase();
  const words = piece.map((token) => token.word);
  // A corporate word closing the run keeps a kind of company in the name ('Holding Capital'), unless the kind is glued
  // before a name of its own ('Investeringsmaatschappij Harwick Capital').
  if (knownPrefixLength(words) > 0 || (isCorporateWord(words[words.length - 1] as string) && (words.length < 3 || isCorporateWord(words[0] as string)))) return false;
  if (lang === 'en') return lower === 'rival' || lower === 'peer';
  return classNounOpeners.has(lang) && isCompanyClassWord(lower, lang);
}

const basedWord = new RegExp(`${basedEndings}$`, 'u');
const joinedPlace = /^\p{Lu}[\p{L}]*-(?:les|lès|sur|sous|en|le|la|aux|de)-\p{Lu}/u;

/** Words of grammar that a surname never is, in every language read: prepositions, conjunctions, pronouns. */
const functionWords = new Set(
  supportedLanguages.flatMap((lang) => [...Object.values(lexiconFor(lang).prepositions).flat(), ...lexiconFor(lang).coreference.personPronouns, ...lexiconFor(lang).coreference.relativePronouns, 'and', 'og', 'och', 'und', 'en', 'et', 'or', 'but']),
);

const germanNounOpeners = ['zahlreiche', 'zahlreichen', 'etliche', 'etlichen', 'diverse', 'diversen', 'verschiedene', 'verschiedenen', 'im', 'am', 'vom', 'zum', 'zur', 'beim', 'ins', 'ans', 'aufs', 'fürs', 'mehrere', 'einige', 'viele', 'alle', 'beide', 'beiden', 'weitere', 'andere', 'anderen', 'zwei', 'drei', 'vier', 'fünf', 'keine', 'jede', 'jeden', 'jeder', 'diese', 'diesen', 'dieser', 'dieses', 'diesem', 'seinem', 'seiner', 'seines', 'ihrem', 'ihrer', 'ihres', 'unser', 'unsere', 'unserem', 'unseren', 'unserer', 'unseres', 'meinem', 'meiner'];

/** The person and company mentions of one sentence, in order. */
const determinerSets = new Map<string, Set<string>>();

function determinersOf(lang: string): Set<string> {
  let set = determinerSets.get(lang);
  if (set === undefined) {
    // German folds the article into a preposition ('im Vorjahreszeitraum', 'beim Konkurrenten'): a noun follows those too,
    // and quantifiers and demonstratives ('mehrere Konkurrenten', 'dieses Unternehmen').
    set = new Set([...lexiconFor(lang).coreference.determiners, ...(lang === 'de' ? germanNounOpeners : [])]);
    determinerSets.set(lang, set);
  }
  return set;
}

/**
 * 'Kroger Cuts Prices Again As Discounters Close In': most longer words capitalised, as in a headline, and those left
 * in lower case words of grammar ('with', 'from'); a verb in lower case ('Charter buys Time Warner Cable') is a sentence's.
 */
function isTitleCased(tokens: NameToken[]): boolean {
  const long = tokens.filter((token) => token.word.length > 3 && /^\p{L}/u.test(token.word));
  if (long.length < 3) return false;
  const lower = long.filter((token) => !isCapitalised(token.word));
  return lower.length / long.length < 0.4 && lower.every((token) => functionWords.has(token.word));
}

export function findEntityMentions(sentence: TextSentence, sentenceIndex: number, words: DocumentWords): Mention[] {
  const lang = sentence.lang;
  const determiners = determinersOf(lang);
  const tokens = tokenizeSentence(sentence.text).map((token, index) => splitCompound(token, index, lang, words));
  const mentions: Mention[] = [];
  let run: NameToken[] = [];
  let runInitial = false;
  const wordsInName: DocumentWords = { ...words, lowercase: new Set() };
  const titleCased = isTitleCased(tokens);
  const flush = () => {
    // 'Store nedskrivninger i …', 'Neue Übernahmen …': a lone word opening a sentence right before a deal noun
    // is its adjective (English, which writes a company's name before such nouns, aside).
    const single = run[0] as NameToken;
    const after = tokens[single.index + 1];
    if (run.length === 1 && runInitial && single.index === 0 && lang !== 'en' && after !== undefined && /^ $/u.test(sentence.text.slice(single.end, after.start)) && isDealNoun(after.word, lang) && !knownPrefixLength([single.word])) {
      run = [];
      return;
    }
    // Drop stop words at either end; a stop word inside splits the run.
    let pieces: NameToken[][] = [[]];
    // A name closed by a legal suffix keeps its inner words ('Spendrups Bryggeri AB'); only leading stop words go.
    const last = run[run.length - 1] as NameToken;
    // 'National Australia Bank': a run of three or more closed by a weaker corporate word keeps its inner words too.
    // So does 'Sampo Bank', 'Northern Bank': a noun that closes company names, capitalised after a name.
    const suffixed = run.length > 1 && ((suffixSet.has(last.word) && !weakSuffixSet.has(last.word)) || (run.length >= 3 && isCorporateWord(last.word)) || closingNounSet.has(last.word));
    // Words of a known name stay together even when one alone would stop a name ('Danske Bank', 'Norsk Hydro').
    const known = new Set<NameToken>();
    for (let k = 0; k < run.length; k += 1) {
      const length = knownPrefixLength(run.slice(k).map((token) => token.word));
      if (length > 1) for (const token of run.slice(k, k + length)) known.add(token);
    }
    // "South Africa's Prosus", 'in New Zealand': a place of several words in the genitive or closing the run says
    // where, all of it (else its first word would be left as a name).
    const placeWords = new Set<NameToken>();
    for (let k = 0; k + 1 < run.length; k += 1) {
      for (const length of [3, 2]) {
        const words = run.slice(k, k + length);
        if (words.length < length) continue;
        const lastToken = words[length - 1] as NameToken;
        const genitive = genitiveApostrophe.test(lastToken.text);
        if (!genitive && k + length !== run.length) continue;
        const name = words.map((t, i) => (i === length - 1 ? t.word.replace(/['’]s?$/u, '') : t.word)).join(' ').toLowerCase();
        if (!placeSet.has(name)) continue;
        for (const t of words) placeWords.add(t);
        break;
      }
    }
    for (const [position, token] of run.entries()) {
      const index = token.index;
      if (placeWords.has(token)) {
        pieces.push([]);
        continue;
      }
      const leading = (pieces[pieces.length - 1] as NameToken[]).length === 0 && pieces.length === 1;
      // 'racheté The Body Shop': a capitalised 'The' inside a sentence opens the name it stands in.
      // Dutch too before a name word: 'de kaasmakerij De Hoeve Kaas', not 'Het Belgische bedrijf'.
      const dutchArticle = lang === 'nl' && (token.word === 'De' || token.word === 'Het') && run[1] !== undefined && !isStopWord(run[1], run[1].index, lang, words);
      const openingThe = leading && (token.word === 'The' || dutchArticle) && index > 0 && run.length > 1 && !runInitial;
      // 'to One Equity Partners', 'Two Sigma': English writes a number word in lower case, so a capitalised one inside a sentence opens a name.
      const openingNumber = leading && lang === 'en' && englishNumberWord.test(token.word) && index > 0 && run.length > 1 && !runInitial;
      // 'Hamburg Süd', 'Oslo Børs': a place opening a run of names inside a sentence is part of the name.
      const next = run[run.indexOf(token) + 1];
      // Asked only of a leading word that could open a name: isStopWord runs for every word of a page.
      // 'Københavns Lufthavne', 'Norges Bank': a place in the Nordic genitive before a capitalised word is a name's first word.
      const nordicPlaceGenitive = nordicLanguages.has(lang) && /\p{Ll}s$/u.test(token.text) && placeSet.has(token.word.slice(0, -1).toLowerCase());
      const maybeOpening = leading && next !== undefined && (placeSet.has(token.word.toLowerCase()) || nordicPlaceGenitive || productSet.has(token.word.toLowerCase()) || capitalisedNationalityIsName(token.word, lang) || (lang === 'en' && nationalitySet.has(token.word.toLowerCase())));
      // 'i Danske Markets': an English common word after it, on a page not in English, goes on with a name.
      const nextIsName = maybeOpening && (!isStopWord(next as NameToken, (next as NameToken).index, lang, words) || (index > 0 && !runInitial && /^\p{Lu}\p{Ll}+$/u.test((next as NameToken).word) && isEnglishOnlyCommonWord((next as NameToken).word, lang)));
      const insideSentence = index > 0 && !runInitial;
      // "Sweden's Astra": a place in the genitive says where the company is from.
      const placeOpening = nextIsName && insideSentence && placeSet.has(token.word.toLowerCase()) && !genitiveApostrophe.test(token.text);
      // 'Swedish Match', 'Deutsche Börse': a capitalised adjective of nationality where the language writes them in lower case.
      // At a sentence's start too, when the page capitalises the adjective inside sentences.
      // English 'to American Industrial Partners', 'British American Tobacco': inside a sentence and after no article
      // ('the French Danone' describes), the adjective opens the name.
      // The next word is capitalised by the name even where the page also writes it in lower case ('the industrial giant').
      const englishNationality = lang === 'en' && maybeOpening && !isStopWord(next as NameToken, (next as NameToken).index, lang, wordsInName) && insideSentence && nationalitySet.has(token.word.toLowerCase()) && !determiners.has((tokens[index - 1]?.word ?? '').toLowerCase()) && !/^\p{Lu}/u.test(tokens[index - 1]?.word ?? '');
      // 'its rival Office Depot': a product's name opening a run of names inside a sentence is part of the name.
      const productOpening = nextIsName && insideSentence && productSet.has(token.word.toLowerCase());
      const placeGenitiveOpening = nextIsName && nordicPlaceGenitive && (insideSentence || words.capitalisedInside?.has(token.word) === true);
      const nationalityOpening = englishNationality || (nextIsName && capitalisedNationalityIsName(token.word, lang) && (insideSentence || words.capitalisedInside?.has(token.word) === true));
      // 'Hess Norge', 'Telia Danmark': a country or city closing a run after a name names the company's unit there.
      const previousKept = (pieces[pieces.length - 1] as NameToken[])[(pieces[pieces.length - 1] as NameToken[]).length - 1];
      const placeClosing = next === undefined && previousKept !== undefined && index > 0 && placeSet.has(token.word.toLowerCase()) && !placeSet.has(previousKept.word.toLowerCase()) && !genitiveApostrophe.test(token.text);
      const acronymClosing = next === undefined && previousKept !== undefined && index > 0 && nameClosingAcronymSet.has(token.word) && !placeSet.has(previousKept.word.toLowerCase());
      // 'fra kapitalfonden I Squared Capital': a capital preposition inside a sentence, where the language writes it in
      // lower case, opens the name after it.
      const letterOpening = leading && insideSentence && lang !== 'en' && next !== undefined && /^\p{Lu}$/u.test(token.word) && isCommonWord(token.word.toLowerCase(), lang);
      // 'from South African conglomerate Naspers': a compass word before an adjective of origin that ends the run is part of the adjective.
      const compassOfOrigin = lang === 'en' && next !== undefined && next === run[run.length - 1] && englishCompassWords.has(token.word.toLowerCase()) && nationalitySet.has(next.word.toLowerCase());
      if (compassOfOrigin) {
        pieces.push([]);
        continue;
      }
      // 'Dollar Shave Club', 'Family Dollar': a capitalised currency word in a run of names inside a sentence, where the
      // language writes currencies in lower case and no number comes before, is part of the name.
      const currencyInName = lang !== 'de' && insideSentence && run.length >= 2 && currencyWordSet.has(token.word.toLowerCase()) && /^\p{Lu}\p{Ll}/u.test(token.word) && !/[\d$€£]\s*$/u.test(sentence.text.slice(Math.max(0, (run[0] as NameToken).start - 3), (run[0] as NameToken).start));
      if (placeOpening || productOpening || placeGenitiveOpening || nationalityOpening || placeClosing || acronymClosing || letterOpening || currencyInName) {
        (pieces[pieces.length - 1] as NameToken[]).push(token);
        continue;
      }
      // 'Ian Read', 'Theresa May': a surname that is also a common word stays after a first name opening the piece.
      const current = pieces[pieces.length - 1] as NameToken[];
      const surnameAfterFirstName = current.length === 1 && firstNameSet.has((current[0] as NameToken).word) && token.word.length >= 3 && /^\p{Lu}\p{Ll}+$/u.test(token.word) && !isTitleWord(token.word, lang) && !determiners.has(token.word.toLowerCase()) && !functionWords.has(token.word.toLowerCase());
      // 'C More', 'K Group': a word after a capital letter alone inside a sentence goes on with the name.
      const afterLetter = current.length === 1 && insideSentence && /^[B-DF-HJ-NP-XZ]$/u.test((current[0] as NameToken).word) && /^\p{Lu}\p{Ll}+$/u.test(token.word) && !isTitleWord(token.word, lang) && !isDealVerb(token.word, lang);
      // 'Jan van Dijk', 'Jan van de Winkel': a lower-case particle joined into the run stays inside the name.
      const before = run[position - 1];
      const innerParticle = !leading && (surnameParticles.has(token.word) || (institutionOf.has(token.word) && before !== undefined && institutionNouns.has(before.word))) && token !== run[run.length - 1];
      // 'takeover of Time Warner Cable, … two cable operators', 'selge Hafslund Fibernett til': a word going on with a name
      // inside a sentence is capitalised by the name, not by its position, even where the page writes it in lower case too.
      // Not a second word that an 'and' joins to another ('Hydro Olje og Energi', where 'olje' is a word of the page).
      const secondWord = current.length === 1 && !/^\s+(?:og|och|and|und|en|et)\s+\p{Lu}/u.test(sentence.text.slice(token.end, token.end + 12));
      // 'Charter buys Time Warner Cable … at the time': so is a word opening a run inside a sentence when a name goes on.
      const openingBeforeName = leading && next !== undefined && !isStopWord(next, next.index, lang, wordsInName);
      const wordsHere = (current.length >= 2 || secondWord || openingBeforeName) && insideSentence && !titleCased ? wordsInName : words;
      // 'la cession de Leader Price', 'Sports Direct': where the page is not English, an English common word going on
      // with a name inside a sentence is part of the name.
      // So does one opening the run, before a name: 'EQT och First Kraft'.
      const englishOpeningName = leading && lang !== 'en' && insideSentence && !titleCased && next !== undefined && /^\p{Lu}\p{Ll}+$/u.test(token.word) && isEnglishOnlyCommonWord(token.word, lang) && !isTitleWord(token.word, lang) && !isDealVerb(token.word, lang) && !currencyWordSet.has(token.word.toLowerCase()) && !isStopWord(next, next.index, lang, wordsInName);
      const englishWordInName = englishOpeningName || (!leading && current.length >= 1 && insideSentence && !titleCased && /^\p{Lu}\p{Ll}+$/u.test(token.word) && isEnglishOnlyCommonWord(token.word, lang) && !isTitleWord(token.word, lang) && !isDealVerb(token.word, lang) && !currencyWordSet.has(token.word.toLowerCase()) && !/['’]s$/u.test(token.text));
      // 'Best Buy Europe': English writes its verbs in lower case inside a sentence, so a capitalised one after a name is part of it.
      const verbInName = lang === 'en' && !leading && current.length >= 1 && insideSentence && !titleCased && /^\p{Lu}\p{Ll}+$/u.test(token.word) && englishDealVerbWords.has(token.word.toLowerCase());
      // 'DNA Plc', 'IT AB': a generic acronym right before a legal form is the company's name.
      const acronymBeforeLegalForm = next !== undefined && genericAcronymSet.has(token.word.toUpperCase()) && suffixSet.has(next.word) && /^\s$/u.test(sentence.text.slice(token.end, next.start));
      if ((!suffixed || leading) && !known.has(token) && !openingThe && !openingNumber && !surnameAfterFirstName && !afterLetter && !innerParticle && !englishWordInName && !verbInName && !acronymBeforeLegalForm && (isStopWord(token, index, lang, wordsHere) || participleOpening(token, index, sentence.text, lang) || (leading && germanNounAfterAdjective(tokens[index - 2], tokens[index - 1], lang)))) pieces.push([]);
      else (pieces[pieces.length - 1] as NameToken[]).push(token);
      // "Warren Buffett's Berkshire Hathaway": a genitive inside a run ends the owner's name.
      if (token !== run[run.length - 1] && /['’]s$/u.test(token.text) && !known.has(token)) pieces.push([]);
      // 'Harwicks Selvane-opkøb', 'VTRs Selvane-Übernahme': a genitive in -s before a name glued to a deal noun is the
      // buyer, the name the company bought.
      else if (token !== run[run.length - 1] && run[position + 1]?.dealTail === true && genitiveS.test(token.text)) pieces.push([]);
    }
    // An ordinal or a number left alone ('the 21st March', the '21' of 'May 21, 2019' once the month is dropped) names nothing.
    pieces = pieces.filter((piece) => piece.length > 0 && !(piece.length === 1 && (ordinal.test((piece[0] as NameToken).word) || /^\d+$/u.test((piece[0] as NameToken).word))));
    // 'Konkurrence- og Forbrugerstyrelsen': the first half of a compound shared with the word after 'og' names nothing alone.
    pieces = pieces.filter((piece) => !/^-\s/u.test(sentence.text.slice((piece[piece.length - 1] as NameToken).end, (piece[piece.length - 1] as NameToken).end + 2)));
    // 'HOOFDDORP (AFN) -', 'OSLO (Reuters) –': the place of a dateline opening the text names no company.
    pieces = pieces.filter((piece) => !(piece[0] === tokens[0] && dateline.test(sentence.text.slice((piece[0] as NameToken).start, (piece[0] as NameToken).start + 60))));
    // 'San Francisco', 'Tel Aviv': a place of several words names no company.
    pieces = pieces.filter((piece) => piece.length === 1 || !placeSet.has(piece.map((token) => token.word).join(' ').toLowerCase()));
    // 'Stockholmsbolaget Mojang', 'Minecraftskaparen Mojang': a glued compound in the definite form says what the name after it is.
    if (definiteSuffixLanguages.has(lang)) pieces = pieces.map((piece) => (piece.length > 1 && isGluedDescriptor(piece[0] as NameToken, piece[1] as NameToken, lang) ? piece.slice(1) : piece));
    // 'Holdinggesellschaft Schenker-Winkler Holding': a German class noun opening a run says what the name is.
    if (lang === 'de') pieces = pieces.map((piece) => (piece.length > 1 && isCompanyClassWord((piece[0] as NameToken).word, lang) ? piece.slice(1) : piece));
    // 'Investeerder Vantor meldt …', "L'assureur Vantor …": a kind of company opening the sentence says what the name is.
    // So after a dateline's dash: 'ZWOLLE (ANP) - Zuivelbedrijf Vantor koopt …'.
    const opensSentence = (piece: NameToken[]) => (runInitial && piece[0] === run[0]) || /\)\s*[-–—]\s*$/u.test(sentence.text.slice(Math.max(0, (piece[0] as NameToken).start - 12), (piece[0] as NameToken).start));
    pieces = pieces.map((piece) => (piece.length > 1 && opensSentence(piece) && opensWithClassNoun(piece, lang) ? piece.slice(1) : piece));
    for (const piece of pieces) mentions.push(...readRun(piece, sentenceIndex, sentence, runInitial && piece[0] === run[0], words));
    run = [];
  };
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as NameToken;
    const previous = tokens[i - 1];
    // '$AAPL': a cashtag is a ticker as social media write it, no name of its own.
    if (sentence.text[token.start - 1] === '$' && /^\p{Lu}{1,6}$/u.test(token.text)) {
      if (run.length > 0) flush();
      continue;
    }
    // 'Alstom ALSO.PA', 'Omnicom OMC.N': a Reuters instrument code after a name is its ticker, no name of its own.
    // So alone in parentheses: 'Vantor Plc (VAN.L)'.
    const afterName = run.length > 0 && /\s/u.test(sentence.text[token.start - 1] ?? '');
    const inParentheses = sentence.text[token.start - 1] === '(';
    const codeMatch = afterName || inParentheses ? instrumentCodeAt.exec(sentence.text.slice(token.start, token.start + 12)) : null;
    const code = codeMatch !== null && (afterName || sentence.text[token.start + codeMatch[0].length] === ')') ? codeMatch : null;
    if (code !== null) {
      if (run.length > 0) flush();
      while (i + 1 < tokens.length && (tokens[i + 1] as NameToken).start < token.start + code[0].length) i += 1;
      continue;
    }
    const gap = previous ? sentence.text.slice(previous.end, token.start) : '';
    // 'Procter & Gamble': an ampersand between capitalised words joins them.
    // A run of spaces separates menu entries ('Pharma  Hospitaler  Børs'), not the words of one name.
    // "Aqua d'Or": an elided French particle inside a name, on pages not in French (where 'de' joins names to what they own).
    const elidedParticle = lang !== 'fr' && /^\s[dl]['’]$/u.test(gap) && isCapitalised(token.word);
    // 'Jan van de Winkel': particles may follow one another before the surname.
    const nextWord = tokens[i + 1]?.word ?? '';
    // 'Ackermans & van Haaren': so may a surname's particle after the ampersand.
    const ampersandParticle = run.length > 0 && /^\s+&\s+$/.test(gap) && surnameParticles.has(token.word) && isCapitalised(nextWord) && /^ $/u.test(sentence.text.slice(token.end, tokens[i + 1]?.start ?? token.end));
    const joins = run.length > 0 && (/^\s$/u.test(gap) || (/^\s+&\s+$/.test(gap) && isCapitalised(token.word)) || elidedParticle || ampersandParticle) && !(run[run.length - 1] as NameToken).cut;
    const particle =
      run.length > 0 &&
      joins &&
      surnameParticles.has(token.word) &&
      // Also after a first name and one more name: 'Marc Ladreit de Lacharrière'. Not Dutch 'van', which after a full name
      // says where the person works ('topman Eelco Hoekstra van Vopak').
      (firstNameSet.has((run[run.length - 1] as NameToken).word) || surnameParticles.has((run[run.length - 1] as NameToken).word) || (run.length === 2 && firstNameSet.has((run[0] as NameToken).word) && !(lang === 'nl' && token.word === 'van'))) &&
      // German 'den', 'der' after a name are articles ('von Doug Harwood den Posten'), unless after 'von' ('von der Leyen').
      !(lang === 'de' && (token.word === 'den' || token.word === 'der') && !surnameParticles.has((run[run.length - 1] as NameToken).word)) &&
      (isCapitalised(nextWord) || (surnameParticles.has(nextWord) && isCapitalised(tokens[i + 2]?.word ?? ''))) &&
      // 'Sanjiv Rao von Steve Holm': a first name and a surname after the particle are another person.
      !(run.length === 2 && firstNameSet.has(nextWord) && isCapitalised(tokens[i + 2]?.word ?? ''));
    // 'Bank of America': 'of' after an institution's noun joins the name that follows.
    const institutionJoin = run.length > 0 && joins && institutionOf.has(token.word) && institutionNouns.has((run[run.length - 1] as NameToken).word) && isCapitalised(nextWord) && /^\s$/u.test(sentence.text.slice(token.end, tokens[i + 1]?.start ?? token.end));
    // 'Société générale', 'Crédit agricole', 'Banque populaire': French writes an institution's adjective in lower case.
    const institutionAdjective = lang === 'fr' && run.length === 1 && joins && institutionNouns.has((run[0] as NameToken).word) && frenchInstitutionAdjective.test(token.word) && !isCommonWord(token.word, lang);
    // '21st Century Fox', '3M': a number opens a name when a capital follows it or is glued to it.
    const numberOpening = run.length === 0 && (digitCapitals.test(token.word) || (ordinal.test(token.word) && isCapitalised(tokens[i + 1]?.word ?? '') && /^ $/.test(sentence.text.slice(token.end, tokens[i + 1]?.start ?? token.end))));
    // 'Subsea 7', 'Channel 4': one digit after a name closes it, unless a share, amount or unit follows.
    // Two digits only closing an item of a list ('Sports Illustrated, Forever 21 und Brooks Brothers').
    const closingNumber = /^\d$/u.test(token.word) || (/^\d\d$/u.test(token.word) && /^(?:\s*[,)]|\s+(?:and|und|og|och|en|et)\s+\p{Lu})/u.test(sentence.text.slice(token.end, token.end + 8)));
    // Not a day after a month ('May 21, 2019').
    const closingDigit = run.length > 0 && joins && closingNumber && !isCapitalised(nextWord) && !monthNamesFor(lang).has((run[run.length - 1] as NameToken).word.toLowerCase()) && !/^\s*(?:[%,.]\d|%|(?:procent|prosent|prozent|percent|per cent|cent|million\p{L}*|milliard\p{L}*|mia|mrd|mio|bn|år|jahre?n?|years?|ans?)(?![\p{L}]))/iu.test(sentence.text.slice(token.end, token.end + 14));
    // 'Group 4 Falck': one digit between capitalised words, where nouns are not capitalised (German writes '4 Milliarden').
    const innerDigit = lang !== 'de' && run.length > 0 && joins && /^\d$/u.test(token.word) && isCapitalised(nextWord) && /^ $/u.test(sentence.text.slice(token.end, tokens[i + 1]?.start ?? token.end)) && !/^\s*(?:million\p{L}*|milliard\p{L}*|mia|mrd|mio|bn)(?![\p{L}])/iu.test(sentence.text.slice(token.end, token.end + 14));
    if ((isNameWord(token) || particle || ampersandParticle || institutionJoin || institutionAdjective || numberOpening || closingDigit || innerDigit) && (joins || run.length === 0)) {
      // German capitalises every noun: after an article a capitalised word is a noun unless it is a known name.
      // A capitalised article opening the sentence ('Der Leverkusener Konzern') is no name either.
      if (lang === 'de' && run.length === 1 && previous && run[0] === previous && determiners.has(previous.text.toLowerCase())) run = [];
      // A corporate word right after it makes a name of both ('der Dresdner Bank', 'die Hamburger Sparkasse AG').
      const closedByCorporateWord = tokens[i + 1] !== undefined && isCorporateWord((tokens[i + 1] as NameToken).word) && /^ $/.test(sentence.text.slice(token.end, (tokens[i + 1] as NameToken).start));
      // So does a legal form a few capitalised words on ('die Vermes Microdispensing GmbH'), and so does a word no noun is
      // spelt like, an acronym or a word with a capital inside, before another capitalised word ('der HSH Nordbank').
      const germanNameAhead = lang === 'de' && (closedBySuffixAhead(tokens, i, sentence.text) || (nameShapedWord(token.word) && isCapitalised(tokens[i + 1]?.word ?? '') && /^ $/.test(sentence.text.slice(token.end, tokens[i + 1]?.start ?? token.end))));
      // 'die Harwick-Gruppe': a word cut from a kind of company glued to it is a name (see splitCompound).
      const gluedToKind = lang === 'de' && token.descriptor && germanKindTail.test(token.text.slice(token.word.length + 1));
      if (run.length === 0 && lang === 'de' && previous && knownPrefixLength([token.word]) === 0 && !capitalisedNationalityIsName(token.word, lang) && !closedByCorporateWord && !germanNameAhead && !gluedToKind && !afterGermanOriginAdjective(token, previous) && (determiners.has(previous.text.toLowerCase()) || followsArticleAndAdjectives(tokens, i, determiners, sentence.text) || strongNeuterAdjective.test(previous.text))) continue;
      // Headlines drop the article: 'verkauft Tochter an chinesischen Partner' has an agent noun after the adjective too.
      if (run.length === 0 && lang === 'de' && previous && germanOriginAdjective.test(previous.text) && /^ $/u.test(sentence.text.slice(previous.end, token.start)) && !closedByCorporateWord && !germanNameAhead && knownPrefixLength([token.word]) === 0 && !afterGermanOriginAdjective(token, previous) && !isCapitalised(tokens[i + 1]?.word ?? '')) continue;
      if (run.length === 0) runInitial = i === 0 || /[:!?"“”«»]\s*$/.test(sentence.text.slice(0, token.start));
      run.push(token);
      continue;
    }
    if (run.length > 0) flush();
    if (isNameWord(token)) {
      runInitial = false;
      run.push(token);
    }
  }
  if (run.length > 0) flush();
  nameAcronymsInParentheses(sentence.text, mentions);
  return mentions;
}

/** Whether a ticker's letters open a name's and follow in its order ('OMC' in 'OMNICOM', 'EAD' in 'EADS'). */
function lettersInOrder(ticker: string, letters: string): boolean {
  if (ticker[0] !== letters[0]) return false;
  let at = 0;
  for (const letter of ticker) {
    at = letters.indexOf(letter, at);
    if (at < 0) return false;
    at += 1;
  }
  return true;
}

/** 'Kohlberg Kravis Roberts (KKR)': an acronym of a name's initials in parentheses right after it is the same company. */
/** The first letter of each word of a name, hyphenated parts counted as words ('Harwick Pompes et Services': 'HPeS'). */
function initialsOf(name: string): string {
  return name.split(/[\s-]+/u).map((word) => word[0] ?? '').join('');
}

function nameAcronymsInParentheses(text: string, mentions: Mention[]): void {
  for (let k = 1; k < mentions.length; k += 1) {
    const full = mentions[k - 1] as Mention;
    const short = mentions[k] as Mention;
    // 'Henriette Lund (HL)': a person's initials in parentheses name no company.
    if (full.type === 'PERSON' && /^\s*\(\s*$/u.test(text.slice(full.end, short.start)) && /^\)/u.test(text.slice(short.end, short.end + 1)) && short.name === initialsOf(full.name)) {
      mentions.splice(k, 1);
      k -= 1;
      continue;
    }
    // 'HPS SAS (Harwick Pompes et Services)': an acronym's name spelt out in parentheses after it is the same company.
    const acronymFirst = /^\p{Lu}{2,6}$/u.exec(full.name.split(' ')[0] ?? '')?.[0];
    if (full.type === 'COMPANY' && acronymFirst !== undefined && /^\s*\(\s*$/u.test(text.slice(full.end, short.start)) && /^[^()]{0,40}\)/u.test(text.slice(short.end))) {
      const spelt = initialsOf(short.name);
      if (spelt.length >= 2 && acronymFirst.startsWith(spelt)) {
        short.name = full.name;
        // Any other name inside the parentheses is a word of the spelt-out name ('et Services').
        const close = text.indexOf(')', short.end);
        let inside = 0;
        while (k + 1 + inside < mentions.length && (mentions[k + 1 + inside] as Mention).end <= close) inside += 1;
        mentions.splice(k + 1, inside);
        continue;
      }
    }
    if (full.type !== 'COMPANY' || !/^\s*\(\s*$/u.test(text.slice(full.end, short.start)) || !/^\.?\)/u.test(text.slice(short.end, short.end + 2))) continue;
    const initials = initialsOf(full.name).toUpperCase();
    // Also a ticker ('Sara Lee Corp. (SLE)'): capitals alone in the parentheses right after a name with its legal form,
    // or opening the name's letters ('EADS (EAD)', 'BAE Systems (BA.)').
    const letters = full.name.toUpperCase().replace(/[^\p{Lu}]/gu, '');
    const ticker = /^\p{Lu}{2,5}$/u.test(short.surface) && (suffixSet.has(full.name.split(' ').pop() ?? '') || lettersInOrder(short.surface, letters));
    // Or the name's initials and one letter more, for a word the name leaves out ('Fiat Chrysler (FCA)').
    const oneMore = initials.length >= 2 && short.name.length === initials.length + 1 && short.name.startsWith(initials);
    // 'Ackermans & van Haaren (AvH)': a particle's initial in lower case.
    const wordInitials = initials.replace(/[^\p{L}]/gu, '');
    const mixedCase = /^\p{Lu}\p{L}{1,5}$/u.test(short.name) && (short.name.match(/\p{Lu}/gu) ?? []).length >= 2 && short.name.toUpperCase() === wordInitials;
    if (short.name.length >= 2 && ((short.name === short.name.toUpperCase() && (initials.startsWith(short.name) || ticker || oneMore)) || mixedCase)) {
      short.name = full.name;
      short.type = 'COMPANY';
    } else if (/^[\p{Lu}&]{3,6}$/u.test(short.name)) {
      // 'Haven Hotel & Resort (HHR)': a capitalised word the name lost as a common word opening the sentence
      // belongs to it when the acronym spells it too. So does a name of partners before a comma ('Clayton, Dubilier &
      // Rice (CD&R)'), read as a name of its own.
      const lost = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}-]*)(,?)\s+$/u.exec(text.slice(Math.max(0, full.start - 40), full.start));
      const previous = mentions[k - 2];
      const extended = lost ? `${lost[1]}${lost[2]} ${full.name}` : '';
      const extendedInitials = initialsOf(extended).toUpperCase().replace(/[^\p{Lu}]/gu, '');
      const lostStart = full.start - (lost?.[0].length ?? 0);
      // The lost word may have been read as a name alone: it joins this one.
      const lostAlone = previous !== undefined && lost !== null && previous.start === lostStart && previous.end === lostStart + (lost[1] as string).length;
      if (lost && extendedInitials === short.name.replace(/&/gu, '') && (lost[2] === '' || full.name.includes('&')) && (previous === undefined || previous.end <= lostStart || lostAlone)) {
        full.start = lostStart;
        full.surface = text.slice(full.start, full.end);
        full.name = extended;
        short.name = extended;
        short.type = 'COMPANY';
        if (lostAlone) {
          mentions.splice(k - 2, 1);
          k -= 1;
        }
      }
    }
  }
  definedShortForms(text, mentions);
}

const quoteMark = /^[“”"'‘’„«»]$/u;
/**
 * 'Com Hem Holding AB ("Com Hem" or "CH")': a quoted short form defined in parentheses right after a company's name
 * (past a '(publ)'), whose letters follow in the name's order, is that company.
 */
function definedShortForms(text: string, mentions: Mention[]): void {
  for (const short of mentions) {
    if (!quoteMark.test(text[short.start - 1] ?? '') || !quoteMark.test(text[short.end] ?? '')) continue;
    const open = text.lastIndexOf('(', short.start);
    if (open < 0 || short.start - open > 60 || text.slice(open, short.start).includes(')')) continue;
    const full = mentions.findLast((m) => m.end <= open && /^\s*(?:\([^()]{0,12}\)\s*)?$/u.test(text.slice(m.end, open)));
    if (full === undefined || full.type !== 'COMPANY' || full === short) continue;
    if (lettersInOrder(short.surface.toUpperCase(), full.name.toUpperCase().replace(/[^\p{Lu}]/gu, ''))) {
      short.name = full.name;
      short.type = 'COMPANY';
    }
  }
}
