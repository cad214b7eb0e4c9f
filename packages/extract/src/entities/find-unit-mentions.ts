// Finds units of a company named through a possessive: 'its mobile division', 'sin cloud-afdeling', 'zijn afdeling X'.
import { compilePhrases, wordAlternation } from '../lexicon/compile-phrases.js';
import { perLanguage } from '../lexicon/per-language.js';
import { definiteSuffixLanguages, lexiconFor } from '../lexicon/languages.js';
import type { Mention, TextSentence } from './mention.js';
import { nationalitySet, placeSet } from './name-lexicons.js';

interface UnitPatterns {
  possessive: RegExp;
  unitWord: RegExp;
  /** A unit noun in its definite form, as regex source: 'afdelingen', 'der Sparte', "l'activité". */
  definiteNoun: string;
  /** A definite unit noun and the name after it: 'afdelingen Consumer Health', 'der Sparte X', 'la filiale X'. */
  definiteNamed: RegExp;
}

/** Definite articles before a unit noun, where the language has them as words. */
const unitArticles: Record<string, string> = {
  de: '(?:der|die|das|den|dem|des)\\s+',
  nl: '(?:de|het)\\s+',
  fr: "(?:la|le|l'|l’)\\s*",
  en: 'the\\s+',
};

const cache = new Map<string, UnitPatterns>();

function patternsFor(lang: string): UnitPatterns {
  let patterns = cache.get(lang);
  if (!patterns) {
    const { coreference } = lexiconFor(lang);
    const words = [...coreference.reflexivePossessives, ...coreference.companyGenitives].sort((a, b) => b.length - a.length);
    const possessive = new RegExp(`(?<![\\p{L}])(${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')).join('|')})\\s+`, 'giu');
    const stems = coreference.unitNouns.map((noun) => (noun.endsWith('*') ? `${noun.slice(0, -1)}\\p{L}*` : noun));
    const unitWord = new RegExp(`^(?:([\\p{L}-]*?)-)?(\\p{L}*?)(${stems.join('|')})$`, 'iu');
    // da/no/sv write the article as a suffix ('afdelingen'); the others need an article before the noun.
    const definiteNoun = definiteSuffixLanguages.has(lang) ? `(?:${stems.join('|')})(?<=(?:en|et|n|t))` : `${unitArticles[lang] ?? unitArticles.en}(?:${stems.join('|')})`;
    const definiteNamed = new RegExp(`(?<![\\p{L}])${definiteNoun}\\s+(\\p{Lu}[\\p{L}\\p{N}&-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}&-]*){0,3})`, 'gu');
    patterns = { possessive, unitWord, definiteNoun, definiteNamed };
    cache.set(lang, patterns);
  }
  return patterns;
}

/** Whether a word is, or ends in, a unit noun of the language ('verksamhet', 'underholdningsforretning', 'Sparte'). */
export function isUnitNoun(word: string, lang: string): boolean {
  return patternsFor(lang).unitWord.test(word);
}

/** A unit noun in its definite form, as regex source: 'afdelingen', 'der Sparte', 'the business'. */
export function definiteUnitNounSource(lang: string): string {
  return patternsFor(lang).definiteNoun;
}

/**
 * How far back, in mentions, an owner is looked for. Bounds the work of a page repeating one name: on a news page the
 * owner is a few mentions back.
 */
const maxOwnerLookback = 1000;

/** Languages whose reflexive possessive ('sin', 'sitt') always points to the subject; 'dens', 'dets' point elsewhere. */
const strictlyReflexive = new Set(['da', 'no', 'sv']);

const buyVerbCache = new Map<string, RegExp>();
/** Whether the words between a company and a possessive are a verb of buying ('took over', 'kjøpte'), and nothing else. */
function onlyBuyVerb(gap: string, lang: string): boolean {
  let regex = buyVerbCache.get(lang);
  if (!regex) {
    const { buy } = lexiconFor(lang).dealVerbs;
    regex = compilePhrases([...buy.past, ...buy.present].filter((phrase) => !phrase.includes('…')), 'iu');
    buyVerbCache.set(lang, regex);
  }
  const trimmed = gap.trim();
  const match = regex.exec(trimmed);
  return match !== null && match.index === 0 && match[0].length === trimmed.length;
}

/** The company named most often before `stop` (walking back from `from`), other than `exclude`: what the page is about. */
function mainCompany(mentions: Mention[], from: number, stop: number, exclude: string): Mention | undefined {
  const counts = new Map<string, { mention: Mention; count: number }>();
  for (let i = from; i >= stop; i -= 1) {
    const m = mentions[i] as Mention;
    if (m.type !== 'COMPANY' || m.parentName || m.name === exclude) continue;
    const entry = counts.get(m.name);
    if (entry) entry.count += 1;
    else counts.set(m.name, { mention: m, count: 1 });
  }
  let best: { mention: Mention; count: number } | undefined;
  for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry;
  return best?.mention;
}

/** Whether text ends with one of the language's deal prepositions ('med ', 'with ', 'von der '). */
const prepositionAtEnd = perLanguage((lang) => new RegExp(`(?<![\\p{L}])${wordAlternation([...new Set(Object.values(lexiconFor(lang).prepositions).flat())])}\\s+(?:\\p{Ll}+\\s+)?$`, 'iu'));
const afterPreposition = (before: string, lang: string) => prepositionAtEnd(lang).test(before);
const withAtEnd = perLanguage((lang) => new RegExp(`(?<![\\p{L}])${wordAlternation(lexiconFor(lang).prepositions.with)}\\s+(?:\\p{Ll}+\\s+)?$`, 'iu'));

/** The company a possessive points to: the nearest company before it, skipping the buyer when a deal word lies between. */
function ownerOf(possessive: string, position: number, sentenceIndex: number, mentions: Mention[], lang: string, text: string): Mention | undefined {
  const reflexive = lexiconFor(lang).coreference.reflexivePossessives.includes(possessive.toLowerCase());
  const isBefore = (m: Mention) => m.type === 'COMPANY' && !m.parentName && (m.sentence < sentenceIndex || (m.sentence === sentenceIndex && m.end <= position));
  // Walk back from the latest mention rather than filter them all: linear in the page, not in the page per possessive.
  const stop = Math.max(0, mentions.length - maxOwnerLookback);
  let i = mentions.length - 1;
  while (i >= stop && !isBefore(mentions[i] as Mention)) i -= 1;
  const last = i >= stop ? (mentions[i] as Mention) : undefined;
  // 'Y took over its mobile phone business': a buyer does not buy its own unit; 'its' is the page's company.
  if (reflexive && !strictlyReflexive.has(lang) && last && last.sentence === sentenceIndex && last.end <= position && onlyBuyVerb(text.slice(last.end, position), lang)) {
    return mainCompany(mentions, i - 1, stop, last.name) ?? last;
  }
  // 'reached an agreement with KKR on the sale of its spreads unit', 'verhandelt mit X über den Verkauf seiner
  // Sparte': the party after 'with' owns nothing here; the possessive points to the subject before it.
  if (last && last.sentence === sentenceIndex && withAtEnd(lang).test(text.slice(Math.max(0, last.start - 24), last.start))) {
    for (let j = i - 1; j >= stop; j -= 1) {
      const m = mentions[j] as Mention;
      if (m.sentence !== sentenceIndex) break;
      if (isBefore(m) && m.name !== last.name && !afterPreposition(text.slice(Math.max(0, m.start - 24), m.start), lang)) return m;
    }
  }
  if (reflexive || !last || last.sentence !== sentenceIndex) return last;
  // 'har blitt enig med Lundin Energy om å overta hele selskapets virksomhet': a name after a preposition is no buyer.
  if (afterPreposition(text.slice(Math.max(0, last.start - 24), last.start), lang)) return last;
  // 'the company's X' after 'Y bought': the company is not Y.
  for (i -= 1; i >= stop; i -= 1) {
    const m = mentions[i] as Mention;
    if (isBefore(m) && m.name !== last.name) return m;
  }
  return last;
}

/** 'New' in the languages read, before a unit noun. */
const newWord = /^(?:new|newly|nouvelle|nouveau|nouvel|neue|neuen|neuer|neues|ny|nye|nya|nytt|nieuw|nieuwe)$/iu;

/** Unit mentions of one sentence; `mentions` are the document's mentions so far (the owner may be in an earlier sentence). */
export function findUnitMentions(sentence: TextSentence, sentenceIndex: number, mentions: Mention[]): Mention[] {
  const { possessive, unitWord, definiteNamed } = patternsFor(sentence.lang);
  const units: Mention[] = [];
  possessive.lastIndex = 0;
  for (let match = possessive.exec(sentence.text); match; match = possessive.exec(sentence.text)) {
    const after = sentence.text.slice(match.index + match[0].length, match.index + match[0].length + 80);
    const words = [...after.matchAll(/[\p{L}-]+/gu)].slice(0, 6);
    // German capitalises the unit noun ('sein Süsswarengeschäft'); elsewhere a capital starts a name, not the noun.
    const headAt = words.findIndex((word, i) => i < 5 && unitWord.test(word[0]) && (sentence.lang === 'de' || !/^\p{Lu}/u.test(word[0])));
    if (headAt < 0) continue;
    const modifierWords = words.slice(0, headAt).map((word) => word[0]);
    // 'its European bra and hosiery division': a capital there starts a name, unless it says where the unit is.
    if (modifierWords.some((word) => /^\p{Lu}/u.test(word) && !nationalitySet.has(word.toLowerCase()) && !placeSet.has(word.toLowerCase()))) continue;
    // "son portefeuille d'activités", 'its portfolio of businesses': a unit noun after 'of' completes another noun.
    if (modifierWords.some((word) => /^(?:de|d|des|du|of|van|von|af|av)$/iu.test(word))) continue;
    // 'sa nouvelle filiale', 'its new subsidiary': the company just bought, not a unit of its own.
    if (modifierWords.some((word) => newWord.test(word))) continue;
    const modifiers = modifierWords.join(' ');
    const head = (words[headAt] as RegExpMatchArray)[0];
    const unit = unitWord.exec(head);
    if (!unit) continue;
    const headEnd = ((words[headAt] as RegExpMatchArray).index as number) + head.length;
    // 'sin olie- og gasforretning, DONG E&P, til …': a name in apposition between commas names the unit too.
    const namedMatch = /^(?:\s+|,\s+(?=[^,]{2,40}(?:,|\.?$)))(\p{Lu}[\p{L}&-]*(?:\s+\p{Lu}[\p{L}&-]*){0,3})/u.exec(sentence.text.slice(match.index + match[0].length + headEnd, match.index + match[0].length + headEnd + 120));
    // 'seines Bergbaumaschinengeschäfts von Thyssenkrupp': an owner named right after the unit is its owner.
    const ownerAfterAt = match.index + match[0].length + headEnd;
    const ownerAfter = mentions.find((m) => m.sentence === sentenceIndex && m.type === 'COMPANY' && m.start > ownerAfterAt && m.start <= ownerAfterAt + 6 && /^\s+(?:von|of|af|av|van)\s+$/u.test(sentence.text.slice(ownerAfterAt, m.start)));
    const owner = ownerAfter ?? ownerOf((match[1] as string).trim(), match.index, sentenceIndex, mentions, sentence.lang, sentence.text);
    if (!owner) continue;
    const named = namedMatch?.[1];
    const hyphenPrefix = unit[1] ? unit[1] : '';
    const closedPrefix = unit[2] ?? '';
    const cleanModifiers = modifiers.replace(/^(?:hele|whole|entire|gesamte|hela|toute)\s+/iu, '');
    let name: string | null = null;
    let start = match.index + match[0].length;
    if (named) {
      name = named;
      start += after.indexOf(named);
    } else if (hyphenPrefix) {
      name = `${owner.name} ${[cleanModifiers, hyphenPrefix].filter(Boolean).join(' ')}`;
    } else if (cleanModifiers) {
      name = `${owner.name} ${cleanModifiers} ${head}`;
    } else if (closedPrefix) {
      // 'seines Bergbaumaschinengeschäfts': the German genitive's ending is no part of the name.
      name = sentence.lang === 'de' && /(?:geschäfts|geschäftes|bereichs)$/iu.test(head) ? head.replace(/e?s$/u, '') : head;
    }
    if (!name) continue;
    const surface = named ?? `${modifiers ? `${modifiers} ` : ''}${head}`;
    const offset = named ? start : match.index + match[0].length + after.indexOf(surface);
    units.push({ sentence: sentenceIndex, start: offset, end: offset + surface.length, surface, name, type: 'COMPANY', strength: 1, initial: false, genitive: false, parentName: owner.name, ...(named || name !== head ? {} : { descriptive: true }) });
  }
  // 'om at sælge afdelingen Consumer Health', 'Verkauf der Sparte Consumer Health': a unit named after a definite unit
  // noun belongs to the company told of last.
  definiteNamed.lastIndex = 0;
  for (let match = definiteNamed.exec(sentence.text); match; match = definiteNamed.exec(sentence.text)) {
    const named = match[1] as string;
    const start = match.index + match[0].length - named.length;
    if (units.some((unit) => unit.start < start + named.length && start < unit.end)) continue;
    const owner = ownerOf('', match.index, sentenceIndex, mentions, sentence.lang, sentence.text);
    if (!owner || named === owner.name) continue;
    units.push({ sentence: sentenceIndex, start, end: start + named.length, surface: named, name: named, type: 'COMPANY', strength: 1, initial: false, genitive: false, parentName: owner.name });
  }
  return units;
}
