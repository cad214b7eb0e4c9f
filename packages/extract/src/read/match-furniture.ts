// Matchers built once from every language's page-furniture lexicon. Pages mix languages
// (an English 'Read more' on a Danish page), and the phrases are distinctive, so all are used together.
import { pageFurniture as da } from '../lexicon/da/page-furniture.js';
import { pageFurniture as de } from '../lexicon/de/page-furniture.js';
import { pageFurniture as en } from '../lexicon/en/page-furniture.js';
import { pageFurniture as es } from '../lexicon/es/page-furniture.js';
import { pageFurniture as fr } from '../lexicon/fr/page-furniture.js';
import { pageFurniture as it } from '../lexicon/it/page-furniture.js';
import { pageFurniture as nl } from '../lexicon/nl/page-furniture.js';
import { pageFurniture as no } from '../lexicon/no/page-furniture.js';
import { pageFurniture as sv } from '../lexicon/sv/page-furniture.js';
import type { PageFurnitureLexicon } from './types.js';

const lexicons: PageFurnitureLexicon[] = [da, de, en, es, fr, it, nl, no, sv];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
/** Longest first, so that 'read more here' wins over 'read more'. */
const alternation = (phrases: Iterable<string>) =>
  [...new Set(phrases)].sort((a, b) => b.length - a.length).map(escape).join('|');
const collect = (pick: (l: PageFurnitureLexicon) => string[]) => lexicons.flatMap(pick);

const wholeLines = new Map<string, string>();
const tailStarts = new Map<string, string>();
for (const lexicon of lexicons) {
  for (const [phrase, reason] of Object.entries(lexicon.lines)) wholeLines.set(phrase, reason);
  for (const [phrase, reason] of Object.entries(lexicon.tailStart)) tailStarts.set(phrase, reason);
}
const readAlsoPhrases = new Set(collect((l) => l.readAlso));

const readAlsoOpener = new RegExp(`^(?:${alternation(readAlsoPhrases)})(?:\\s*[:>»›|–—-]|$)`, 'u');
const advertOpener = new RegExp(
  `^(?:${alternation(collect((l) => l.advert))})(?:\\s*[:|–—-]|\\s+(?:fra|from|von|van|av|af|de|by|par|di|door)\\s|$)`,
  'u',
);
/**
 * Phrases found with `includes`/`endsWith` in a text whose whitespace is single spaces: what an unanchored regex of
 * them would find, without it (V8 recompiles regexes now and then, and an alternation of every language's phrases cost
 * it tens of milliseconds each time). A phrase with other whitespace than single spaces is not taken (none is).
 */
const literalPhrases = (phrases: string[]): string[] => {
  const unique = [...new Set(phrases)];
  const odd = unique.find((phrase) => phrase.length === 0 || /\s\s|[^\S ]|^ | $/u.test(phrase));
  if (odd !== undefined) throw new Error(`page furniture: phrase '${odd}' has other whitespace than single spaces`);
  return unique;
};
/** The text with whitespace made single spaces, as the phrases' regexes would see it (`\s+` for each space). */
const singleSpaced = (text: string) => (/\s\s|[^\S ]/u.test(text) ? text.replace(/\s+/gu, ' ') : text);
const popupPhrases = literalPhrases(collect((l) => l.popup));
// A heading may name its site ('People news from X'): the key, a linking word and at most two words.
const tailOpener = new RegExp(
  `^(${alternation(tailStarts.keys())})\\s+(?:fra|from|von|van|af|de|du|i|in|på|on|aus|uit|hos|bei|chez)\\s+\\S+(?:\\s\\S+)?$`,
  'u',
);
const inlineLink = new RegExp(`(?:${alternation(collect((l) => l.inlineLink))})\\s*:`, 'iu');
const readMorePhrases = literalPhrases(collect((l) => l.readMore));
const peopleNewsPhrases = literalPhrases(collect((l) => l.peopleNews));
const hirePatterns = lexicons.flatMap((l) => l.hirePatterns ?? []);
const jobWords = literalPhrases(collect((l) => l.jobWords));
// 'Offre d'emploi : Ingénieur qualité – Firm – Town', 'Vacature: Medewerker …': a label, a separator, then the advert.
const jobAdOpener = new RegExp(`^(?:${alternation(collect((l) => l.jobAdLabels ?? []))})\\s*[:|–—-]\\s*\\S`, 'u');
/** 'By Jane Roe · 3 May 2024', '6. november 2020 | Af Anders Friis': the writer's name after a byline word. */
// Case is spelled out rather than ignored: the name's capitals must stay capitals.
const bylineWords = collect((l) => l.byline).flatMap((word) => [word, word[0]?.toUpperCase() + word.slice(1), word.toUpperCase()]);
const bylineMarker = new RegExp(`(?:^|[|·•—–]\\s*)(?:${alternation(bylineWords)})\\s+\\p{Lu}\\p{Ll}+\\s+\\p{Lu}`, 'u');
/** A byline is short and no sentence. */
const BYLINE_MAX_CHARS = 160;
/**
 * 'Pringles tubes on a shelf. Photo: agency', 'Foto: Ritzau Scanpix': a caption ends with (or is) a photo credit, a
 * credit word after the line's start, a sentence end or a separator, then a colon and a short name.
 */
const photoCredit = new RegExp(`(?:^|[.!?|·•—–(]\\s*)(?:${alternation(collect((l) => l.photoCredit))})\\s*:\\s*[^.!?:]{1,60}\\)?$`, 'iu');
/** A caption is a line of a sentence or two. */
const CAPTION_MAX_CHARS = 300;
const tagLabel = /^(?:tags?|emner|emneord|onderwerpen|trefwoorden|schlagwörter|schlagworte|stichwörter|stichworte|themen|nøgleord|stikkord|nyckelord|ämnen|taggar|sujets|mots-clés|etiquetas|argomenti)\s*:/u;

const breadcrumb = /^[^>›»\n]{1,30}(?:\s[>›»/]\s[^>›»\n]{1,30}){2,}$/u;

/** Longest single lowercase word taken for a run of glued tags rather than a (German, Danish…) compound. */
const TAG_RUN_MIN_LENGTH = 30;
const gluedTags = new RegExp(`^[\\p{Ll}\\d-]{${TAG_RUN_MIN_LENGTH},}$`, 'u');
const dateish = /\b(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}\.? \p{L}{3,12}\.? \d{4}|\d{4})\b/u;
const LONG_ENOUGH_FOR_PROSE = 400;

/** A line lowercased with whitespace made single, bullets and trailing ':', '!', '.', '»' removed. */
export function normaliseLine(line: string): string {
  return line
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .replace(/^[\s•·*>»›–—-]+/u, '')
    .replace(/[\s:!.…»›>]+$/u, '');
}

/** The reason a line is page furniture when that shows in the line alone, else null. */
export function classifyLine(line: string, norm: string): string | null {
  const whole = wholeLines.get(norm);
  if (whole !== undefined) return whole;
  const lower = line.toLowerCase().replace(/\s+/gu, ' ');
  if (lower.length <= LONG_ENOUGH_FOR_PROSE && popupPhrases.some((phrase) => lower.includes(phrase))) return 'popup';
  if (readAlsoOpener.test(norm)) return 'read-also';
  // '> Figma takeover: what the findings mean', '» Lesen Sie auch …': a quoted link line is a teaser for another page.
  if (/^[>›»]\s*\S/u.test(line.trim()) && !isQuotation(line.trim())) return 'read-also';
  if (norm.length <= 160 && advertOpener.test(norm)) return 'advert';
  if (norm.length <= 200 && jobAdOpener.test(norm) && hasJobWord(norm)) return 'job-listing';
  if (gluedTags.test(norm) || tagLabel.test(norm)) return 'tag-run';
  // 'Accueil › Économie › Agroalimentaire', 'Home > Tech > Deals': a breadcrumb of short sections.
  if (breadcrumb.test(line.trim())) return 'navigation';
  if (endsWithReadMore(norm)) return dateish.test(norm) ? 'events' : 'read-also';
  if (norm.length >= 30 && endsWithPeopleNews(norm)) return 'people-news';
  for (const pattern of hirePatterns) if (pattern.test(line)) return 'people-news';
  if (line.length <= BYLINE_MAX_CHARS && !/[.!?]["'”’»)]*$/u.test(line.trim()) && bylineMarker.test(line)) return 'byline';
  if (line.length <= CAPTION_MAX_CHARS && photoCredit.test(line.trim())) return 'caption';
  if (/\blogo$/u.test(norm)) return 'navigation';
  if (isMenu(norm)) return 'navigation';
  // One word alone on a line ('Test', 'Share', '12') is a button, label or counter, not prose.
  if (norm.length > 0 && norm.length < TAG_RUN_MIN_LENGTH && !/\s/u.test(norm) && !/[.?]$/u.test(line.trim())) return 'navigation';
  return null;
}

/**
 * '»Vi er glade for handlen,« siger direktøren': Danish, Norwegian, Swedish and German open quoted speech with '»' (or
 * '›'), right against its first word. A teaser's mark stands apart or leads a headline; speech closes its quotation or
 * runs on as prose to a sentence's end.
 */
function isQuotation(line: string): boolean {
  const opened = /^([»›])\p{L}/u.exec(line);
  if (!opened) return false;
  const closing = opened[1] === '»' ? '«' : '‹';
  return line.includes(closing) || (line.length >= 60 && /[.!?…]["'”’«‹)]*$/u.test(line));
}

/** A 'read more' phrase ending the line, alone or after a separator ('… | Read more'). */
function endsWithReadMore(norm: string): boolean {
  const text = singleSpaced(norm);
  return readMorePhrases.some((phrase) => {
    if (!text.endsWith(phrase)) return false;
    const before = text.slice(0, text.length - phrase.length);
    return before === '' || /[|–—·•>»]\s*$/u.test(before);
  });
}

/** A people-news phrase ending the line after a space. */
function endsWithPeopleNews(norm: string): boolean {
  const text = singleSpaced(norm);
  return peopleNewsPhrases.some((phrase) => text.endsWith(phrase) && /\s$/u.test(text.slice(0, text.length - phrase.length)));
}

/** 'Home | News | Business': several short items between separators. */
function isMenu(norm: string): boolean {
  const items = norm.split(/\s[|·•]\s/u);
  if (items.length < 3) return false;
  return items.every((item) => item.split(' ').length <= 3);
}

/** The reason for the rest of the page when the line is a heading that starts the furniture tail, else null. */
export function tailReason(norm: string): string | null {
  if (norm.length > 60) return null;
  const exact = tailStarts.get(norm);
  if (exact !== undefined) return exact;
  const m = tailOpener.exec(norm);
  if (m === null || m[1] === undefined) return null;
  return tailStarts.get(m[1].replace(/\s+/gu, ' ')) ?? null;
}

/** A bare opener such as 'Read more:' whose links follow on the next lines. */
export function isBareReadAlso(norm: string): boolean {
  return readAlsoPhrases.has(norm);
}

/** Where, inside an article paragraph, a link to another article starts (after 'which you can read about here:'), or -1. */
export function findInlineLink(text: string): number {
  // The phrase ends before a colon: most paragraphs have none, and are not searched.
  if (!text.includes(':')) return -1;
  const m = inlineLink.exec(text);
  return m === null ? -1 : m.index + m[0].length;
}

/** Whether a job word ('engineer', 'udvikler') starts a word of the line or a part of one (the end may run on). */
export function hasJobWord(norm: string): boolean {
  const text = singleSpaced(norm);
  for (const word of jobWords) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      // Not after a letter: the code point before (a surrogate pair taken whole).
      if (at === 0 || !/\p{L}$/u.test(text.slice(Math.max(0, at - 2), at))) return true;
    }
  }
  return false;
}
