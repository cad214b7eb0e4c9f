// Finds who holds which role where: 'X's founder Y', 'founder Y of X', "the division's head Y", 'Y, who used to work at X'.
import { compilePhraseMatcher, wordAlternation } from '../lexicon/compile-phrases.js';
import { lexiconFor } from '../lexicon/languages.js';
import { perLanguage } from '../lexicon/per-language.js';
import type { Mention, ResolvedEntity } from '../entities/mention.js';
import type { RoleKind } from '../types.js';
import { isCompanyClassWord } from '../entities/name-lexicons.js';
import { newsSources } from '../lexicon/news-sources.js';
import { quotedSpans } from '../read/index.js';

export interface RoleMention {
  person: number;
  org: number;
  role: RoleKind;
  title: string;
  current: boolean | null;
  sentence: number;
}

interface TitleHit {
  title: string;
  role: RoleKind;
  former: boolean;
  /** Read as a compound of a title ('konkurransedirektør'): its first half may name where it is held. */
  compound?: boolean;
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The language's lexicon of titles joined with English's, which pages of every language borrow ('CEO', 'CFO'). */
const titlesOf = perLanguage((lang) => {
  const own = lexiconFor(lang).titles;
  const en = lexiconFor('en').titles;
  return {
    table: { ...en.titles, ...own.titles } as Record<string, RoleKind>,
    former: [...own.former, ...en.former],
    compoundEnds: [...own.compoundEnds, ...en.compoundEnds],
  };
});

/** A run of titles joined by 'and', as regex source: 'medeoprichter en voormalige voorzitter'. */
const titleRunSource = perLanguage((lang) => {
  const { titles } = lexiconFor(lang);
  const { table, former: formerWords, compoundEnds } = titlesOf(lang);
  // A compound ending in such a title is that title: 'lakseanalytiker', 'IR-analytiker', 'Konzernsprecher'.
  const compounds = compoundEnds.map((end) => `[\\p{L}]+-?${escapeRegex(end)}`);
  const all = [...Object.keys(table).sort((a, b) => b.length - a.length).map((t) => escapeRegex(t).replace(/\s+/g, '\\s+')), ...compounds];
  const title = `(?:${all.join('|')})`;
  const former = `(?:(?:${formerWords.map(escapeRegex).join('|')})\\s*)?`;
  const and = `(?:\\s*(?:${titles.and.map(escapeRegex).join('|')})\\s*)`;
  return `(${former}${title}(?:${and}${former}${title}){0,3})`;
});

/**
 * A run of titles at the end of a text, before a name: 'medeoprichter en voormalige voorzitter ', 'chairman, Dr '
 * (a form of address may stand between).
 */
const titleRunPattern = perLanguage((lang) => {
  const honorifics = [...lexiconFor(lang).titles.honorifics, ...lexiconFor('en').titles.honorifics].map(escapeRegex).join('|');
  return new RegExp(`(?<![\\p{L}])${titleRunSource(lang)}\\s*,?\\s*(?:(?:${honorifics})\\.?\\s+)?$`, 'iu');
});

/** A run of titles and 'of' at the end of a text, before a company: 'the founder of ', 'le fondateur du groupe ', "d'". */
const titleOfPattern = perLanguage((lang) => {
  const of = [...new Set([...lexiconFor(lang).prepositions.of, ...lexiconFor('en').prepositions.of])].map(escapeRegex).join('|');
  return new RegExp(`(?<![\\p{L}])${titleRunSource(lang)}\\s+(?:${of})(?:\\s+(?:\\p{Ll}+\\s+){0,2}|(?<=['’]))$`, 'iu');
});

/** A relative clause closed by a comma, right after a name: ', som er største aktionær i Y, '. */
const relativeThenComma = perLanguage((lang) => {
  const pronouns = [...new Set([...lexiconFor(lang).coreference.relativePronouns, ...lexiconFor('en').coreference.relativePronouns])].map(escapeRegex).join('|');
  return new RegExp(`^\\s*,?\\s+(?:${pronouns})\\s[^,]{3,80},\\s*$`, 'iu');
});

function readTitles(run: string, lang: string): TitleHit[] {
  const { titles } = lexiconFor(lang);
  const { table, former: formerWords, compoundEnds } = titlesOf(lang);
  const parts = run.split(new RegExp(`\\s+(?:${titles.and.filter((a) => a !== ',').join('|')})\\s+|\\s*,\\s*`, 'iu'));
  const hits: TitleHit[] = [];
  for (const raw of parts) {
    let part = raw.trim();
    const former = formerWords.find((f) => part.toLowerCase().startsWith(f));
    if (former) part = part.slice(former.length).trim();
    const lower = part.toLowerCase().replace(/\s+/g, ' ');
    const end = table[lower] === undefined ? compoundEnds.find((e) => lower.endsWith(e) && lower.length > e.length) : undefined;
    const role = table[lower] ?? (end === undefined ? undefined : table[end]);
    if (role) hits.push({ title: raw.trim(), role, former: Boolean(former), compound: table[lower] === undefined });
  }
  // A president who is also chief executive holds one role, CEO.
  if (hits.some((h) => h.role === 'CEO')) return hits.filter((h) => h.role !== 'EXECUTIVE').map((h) => (h.role === 'CEO' ? { ...h, title: run.trim() } : h)).filter((h, i, all) => all.findIndex((o) => o.role === h.role) === i);
  return hits;
}

/**
 * Genitives of a company phrase that stand before a title ('the company's', 'bolagets'), also without their article
 * ('already the company's president' reads 'the' as a connector first).
 */
const companyGenitivesBefore = perLanguage((lang) => {
  const all = [...lexiconFor(lang).coreference.companyGenitives, ...lexiconFor('en').coreference.companyGenitives];
  const before = all.filter((g) => /s$/u.test(g) && !/^(?:des|der|de|du)\s/iu.test(g));
  return [...new Set([...before, ...before.map((g) => g.split(/\s+/).pop() as string)])].sort((a, b) => b.length - a.length);
});

/** A run of titles at the start of a text, after the words that may stand between a name and its title. */
const titleAfterPattern = perLanguage((lang) => {
  const { titles } = lexiconFor(lang);
  const run = `(?<![\\p{L}])${titleRunSource(lang)}`;
  const genitives = companyGenitivesBefore(lang).map((g) => escapeRegex(g).replace(/\s+/g, '\\s+')).join('|');
  const connectors = [...titles.titleAfter].sort((a, b) => b.length - a.length).map((c) => escapeRegex(c).replace(/\s+/g, '\\s+')).join('|');
  // Up to three verbs or nouns may come first when a connector follows ('lämnar posten som vd', 'has served as CEO').
  // After the connector a possessive and an adjective may come ('as its permanent chief executive', 'som ny vd').
  // A year may stand there too ('die sinds 2015 bestuursvoorzitter van Delta Lloyd was'), and a company's genitive
  // ('who took over as DuPont's chief executive').
  // Right after the comma one word may qualify the title ('X, independent chairman of', 'X, currently chief executive of');
  // a capital there is a name, which the caller turns down.
  return new RegExp(`^(\\s*,?\\s*(?:(?:[\\p{L}-]+\\s+){0,3}?(?:${connectors})\\s+(?:(?:\\p{Ll}+|\\d{4})\\s+){0,2}?(?:\\p{Lu}[\\p{L}\\p{N}&.-]*['’]s\\s+)?){0,2}(?:(?<=,\\s*)[\\p{L}-]+\\s+)??(?:(?:${genitives})\\s+)?)${run}(?![\\p{L}])`, 'iu');
});

/** A comma and a verb of running a company right after a name; group 2 is set for the past ('who has run'). */
const runsPattern = perLanguage((lang) => {
  const { runs, ran } = lexiconFor(lang).titles;
  const alternation = (phrases: string[]) => [...phrases].sort((a, b) => b.length - a.length).map((p) => escapeRegex(p).replace(/\s+/g, '\\s+')).join('|');
  return new RegExp(`^\\s*,\\s*((?:${alternation(runs)})|(${alternation(ran)}))\\s`, 'iu');
});

type FindPhrase = (text: string) => RegExpExecArray | null;
const foundingCache = new Map<string, { passive: FindPhrase; active: FindPhrase }>();
function foundingPatterns(lang: string): { passive: FindPhrase; active: FindPhrase } {
  let patterns = foundingCache.get(lang);
  if (!patterns) {
    const { titles } = lexiconFor(lang);
    patterns = { passive: compilePhraseMatcher(titles.foundedBy, 'iu'), active: compilePhraseMatcher(titles.founded, 'iu') };
    foundingCache.set(lang, patterns);
  }
  return patterns;
}

/** A company's genitive right before a title: 'the company's ', 'bolagets '. */
const companyGenitiveAtEnd = perLanguage((lang) => new RegExp(`(?<![\\p{L}])${wordAlternation(companyGenitivesBefore(lang))}\\s+$`, 'iu'));

/** 'of' and a phrase for a company right after a title: ' of the company', ' van het bedrijf', ' i selskabet'. */
const companyPhraseAfter = perLanguage((lang) => {
  const of = [...new Set([...lexiconFor(lang).prepositions.of, ...lexiconFor(lang).prepositions.at, ...lexiconFor('en').prepositions.of])];
  return new RegExp(`^\\s+${wordAlternation(of)}\\s+${wordAlternation(lexiconFor(lang).coreference.companyPhrases.filter((phrase) => phrase.length > 2))}(?![\\p{L}])`, 'iu');
});

/** 'Unilever, led by chief executive X': the words between a company and the title of its head. */
const ledBy = perLanguage((lang) => {
  const phrases = [...lexiconFor(lang).titles.ledBy, ...lexiconFor('en').titles.ledBy].map((p) => escapeRegex(p).replace(/\s+/g, '\\s+'));
  // "GSK's directors, led by chairman X": the company's board or staff may stand between.
  return new RegExp(`^(?:['’]s?\\s+\\p{Ll}+)?\\s*,?\\s*(?:${phrases.join('|')})\\s+(?:(?:its|the)\\s+)?$`, 'iu');
});

/** A verb of leading right before a name: 'led by ', 'dirigé par ', 'onder leiding van '. */
const headedByBefore = perLanguage((lang) => {
  const phrases = [...lexiconFor(lang).titles.headedBy].sort((a, b) => b.length - a.length).map((p) => escapeRegex(p).replace(/\s+/g, '\\s+'));
  return new RegExp(`(?<![\\p{L}])(${phrases.join('|')})\\s+$`, 'iu');
});

/** Whether a text ends with a phrase for a company: 'le groupe ', 'the company, ', 'det svenske selskab '. */
function companyPhraseAtEnd(text: string, lang: string): boolean {
  const { determiners } = lexiconFor(lang).coreference;
  const words = text.trim().replace(/,$/u, '').split(/\s+/u).slice(-3);
  const noun = words[words.length - 1] ?? '';
  return isCompanyClassWord(lang === 'de' ? noun : noun.toLowerCase(), lang) && words.slice(0, -1).some((word) => determiners.includes(word.toLowerCase()));
}

/** A paper or agency reporting ('skriver E24'), named too seldom to be what the page is about. */
function isNewsSource(entity: ResolvedEntity | undefined): boolean {
  return entity !== undefined && newsSources.has(entity.name.toLowerCase()) && entity.mentions.length < 3;
}

const topicCache = new WeakMap<ResolvedEntity[], number | null>();
/** The company the page is about: the first named that is named again (headlines lead with it), a unit never. */
function topicCompany(entities: ResolvedEntity[]): number | null {
  if (topicCache.has(entities)) return topicCache.get(entities) ?? null;
  let best: number | null = null;
  let bestAt = Infinity;
  entities.forEach((entity, index) => {
    // A paper or agency reporting ('skriver E24') is no company the page is about, unless the page is about it.
    if (entity.type !== 'COMPANY' || entity.parent !== null || isNewsSource(entity)) return;
    // Named once, a company ranks after every company named again.
    const first = Math.min(...entity.mentions.map((m) => m.sentence * 100_000 + m.start)) + (entity.mentions.length < 2 ? 1e12 : 0);
    if (first < bestAt) {
      best = index;
      bestAt = first;
    }
  });
  topicCache.set(entities, best);
  return best;
}

/** Roles stated in one sentence. `mentions` are its resolved mentions in order; `lastUnit` the unit 'the division' points to. */
/** A verb of saying right before a name: 'säger ', 'said ', 'sagte ', 'a déclaré '. */
const speakerBefore = perLanguage((lang) => new RegExp(`(?<![\\p{L}])${wordAlternation([...lexiconFor(lang).clauseWords.reports, ...(lang === 'en' ? [] : lexiconFor('en').clauseWords.reports)])}\\s+$`, 'iu'));
/** 'at', 'på', 'hos', 'bei', 'chez' alone between a speaker and a company. */
const speakerAt = perLanguage((lang) => new RegExp(`^\\s+${wordAlternation([...new Set([...lexiconFor(lang).prepositions.at, ...lexiconFor('en').prepositions.at])].filter((word) => !lexiconFor(lang).prepositions.with.includes(word)))}\\s+$`, 'iu'));

export function findRoles(text: string, sentenceIndex: number, lang: string, mentions: Mention[], entities: ResolvedEntity[], lastUnit: number | null): RoleMention[] {
  const roles: RoleMention[] = [];
  const { prepositions, coreference, titles } = lexiconFor(lang);
  const isCompany = (m: Mention | undefined) => m !== undefined && m.entity !== undefined && entities[m.entity]?.type === 'COMPANY';
  const persons = mentions.filter((m) => m.entity !== undefined && entities[m.entity]?.type === 'PERSON');
  const companies = mentions.filter(isCompany);
  const atWords = new Set([...prepositions.at, ...prepositions.of, ...lexiconFor('en').prepositions.at]);
  /**
   * A title with no company named: the page's company when the sentence names it, else the first company the sentence
   * names before the person (the subject: 'Storebrand kjøper X, sier konsernsjef Y'), else the page's.
   */
  const nearestCompany = (at: number): number | null => {
    const topic = topicCompany(entities);
    // Not inside a quotation: what a speaker talks of is not where they work.
    const quotes = quotedSpans(text);
    const quotedAt = (m: Mention) => quotes.some(([from, to]) => m.start >= from && m.end <= to);
    const named = companies.filter((m) => m.end <= at && entities[m.entity as number]?.accepted === true && !isNewsSource(entities[m.entity as number]) && !quotedAt(m));
    if (topic !== null && companies.some((m) => m.entity === topic)) return topic;
    return (named[0]?.entity as number | undefined) ?? topic;
  };
  const push = (person: Mention, org: number, hits: TitleHit[]) => {
    for (const hit of hits) {
      roles.push({ person: person.entity as number, org, role: hit.role, title: hit.title, current: hit.former ? false : hit.role === 'FOUNDER' ? null : true, sentence: sentenceIndex });
    }
  };
  /** 'of X', 'at X', 'för X' within a few words after a position. */
  const orgAfter = (from: number): number | null => {
    const next = companies.find((m) => m.start >= from);
    if (!next) return null;
    // 'DG d’InVivo': an elided preposition is written with either apostrophe.
    const words = text.slice(from, next.start).toLowerCase().replace(/’/gu, "'").match(/[\p{L}'-]+/gu) ?? [];
    return words.length <= 4 && words.some((w) => atWords.has(w)) ? (next.entity as number) : null;
  };
  for (const person of persons) {
    // 'The founder of Inditex, Amancio Ortega, …', 'le fondateur du groupe Iliad, Xavier Niel': the title of a company
    // in apposition before the name.
    // Also past a relative clause on the company: 'Bestyrelsesformand i X, som er største aktionær i Y, Z'.
    const apposedBefore = companies.filter((m) => m.end <= person.start && (/^\s*,\s*$/u.test(text.slice(m.end, person.start)) || relativeThenComma(lang).test(text.slice(m.end, person.start))));
    let titledApposed = false;
    for (const apposed of apposedBefore.reverse()) {
      const titled = titleOfPattern(lang).exec(text.slice(Math.max(0, apposed.start - 100), apposed.start));
      const titledHits = titled ? readTitles(titled[1] as string, lang) : [];
      // Not an employee's ('ingénieur des Mines, X' names a school): the tops of a company are told this way.
      if (titledHits.length > 0 && titledHits.every((hit) => hit.role !== 'EMPLOYEE')) {
        push(person, apposed.entity as number, titledHits);
        titledApposed = true;
        break;
      }
    }
    if (titledApposed) continue;
    const head = text.slice(Math.max(0, person.start - 80), person.start);
    const run = titleRunPattern(lang).exec(head);
    let hits = run ? readTitles(run[1] as string, lang) : [];
    // 'den kommende topchef, finansdirektør X': a title after a comma, nearest the name and of another rank, is the one held;
    // the chief executive before it is someone else ('chairman and chief executive X' holds both).
    if (run && (run[1] as string).includes(',') && hits.some((h) => h.role === 'CEO')) {
      const nearest = readTitles((run[1] as string).split(',').pop() as string, lang);
      if (nearest.length > 0 && nearest.every((h) => h.role !== 'CEO')) hits = nearest;
    }
    if (run && hits.length > 0) {
      const runStart = person.start - head.length + run.index;
      // Whose title: a company right before ('Volvos direktør', 'Siemens-Chef'), a unit genitive, or 'of X' after the person.
      const before = companies.filter((m) => m.end <= runStart).pop();
      const gapBefore = before ? text.slice(before.end, runStart) : '';
      let org: number | null = null;
      // An acronym in parentheses may stand between: 'Boeing Commercial Airplanes (BCA) President X' (read as a
      // mention of its own, it leaves only the parenthesis).
      if (before && (/^(?::s)?\)?(?:\s*\(\p{Lu}[\p{Lu}\d&.-]{1,7}\))?[\s-]*$/u.test(gapBefore) || ledBy(lang).test(gapBefore))) org = before.entity as number;
      const genitiveWord = /([\p{L}]+)\s+$/u.exec(text.slice(0, runStart))?.[1]?.toLowerCase();
      if (org === null && genitiveWord && coreference.unitGenitives.includes(genitiveWord) && lastUnit !== null) org = lastUnit;
      org ??= orgAfter(person.end);
      // 'its chief executive X': the company the clause is about, named earlier in the sentence.
      if (org === null && genitiveWord && coreference.reflexivePossessives.includes(genitiveWord)) org = (companies.find((m) => m.end <= runStart)?.entity as number | undefined) ?? null;
      // 'the company's CEO X', 'bolagets cfo X': the company the sentence named before, else the page's.
      if (org === null && companyGenitiveAtEnd(lang).test(text.slice(0, runStart))) org = (companies.filter((m) => m.end <= runStart).pop()?.entity as number | undefined) ?? topicCompany(entities);
      // A bare title ('Chief executive X said'): the company the page is about, or the one the sentence is about.
      // Not a compound title, whose first half may name another body ('konkurransedirektør').
      if (org === null && !hits.some((h) => h.role === 'HEAD' || h.role === 'EMPLOYEE' || h.compound === true)) org = nearestCompany(runStart);
      if (org !== null) push(person, org, hits);
      continue;
    }
    // A title after the name: 'X, LinkedIn's co-founder', 'X, directeur général de Danone', 'X … som vd för H&M'.
    const rest = text.slice(person.end, person.end + 100);
    const genitiveOrg = companies.find((m) => m.start >= person.end && m.genitive && /^\s*,\s*$/.test(text.slice(person.end, m.start)));
    const afterFrom = genitiveOrg ? genitiveOrg.end : person.end;
    const forward = titleAfterPattern(lang).exec(genitiveOrg ? text.slice(afterFrom, afterFrom + 100) : rest);
    if (!forward) continue;
    // The words before the title are verbs and nouns, never a name ('X met Y as CEO' is not X's title), except a company
    // joined as that title ('X, who joined AstraZeneca as chief executive').
    const between = forward[1] as string;
    // 'X, who took over as DuPont's chief executive': a company's genitive right before the title holds it.
    const genitiveBeforeTitle = companies.find((m) => m.genitive && m.start > afterFrom && /^\s*$/u.test(text.slice(m.end, afterFrom + between.length)) && /^[\s,]*(?:\p{Ll}+\s+){1,4}$/u.test(text.slice(afterFrom, m.start)));
    // 'X, the Selvane Group chief executive': a company named right before the title, after at most an article.
    const companyBeforeTitle = genitiveBeforeTitle ?? companies.find((m) => m.start > afterFrom && /^\s+$/u.test(text.slice(m.end, afterFrom + between.length)) && /^\s*,\s*(?:\p{Ll}+\s+)?$/u.test(text.slice(afterFrom, m.start)));
    const joined = companyBeforeTitle ? (companyBeforeTitle.entity as number) : /(?<![\p{L}])\p{Lu}/u.test(between) ? companyJoinedAs(text, afterFrom, between, companies, lang) : null;
    if (/(?<![\p{L}])\p{Lu}/u.test(between) && joined === null) continue;
    const forwardHits = readTitles(forward[2] as string, lang);
    if (forwardHits.length === 0) continue;
    let org = joined ?? (genitiveOrg ? (genitiveOrg.entity as number) : orgAfter(person.end + forward[0].length));
    // 'Chipotle named X, its chief operating officer, …': 'its' is the company named before the person in the sentence.
    const possessive = /(?<![\p{L}])(\p{Ll}+)\s+$/u.exec(between)?.[1];
    if (org === null && possessive !== undefined && coreference.reflexivePossessives.includes(possessive)) org = (companies.filter((m) => m.end <= person.start).pop()?.entity as number | undefined) ?? null;
    // 'X, already the company's president': the company the sentence named before the person, else the page's.
    if (org === null && companyGenitivesBefore(lang).some((g) => between.toLowerCase().replace(/\s+/gu, ' ').endsWith(`${g} `))) {
      org = (companies.filter((m) => m.end <= person.start).pop()?.entity as number | undefined) ?? topicCompany(entities);
    }
    // 'X, the current chief executive of the company': the company the sentence named before the person, else the page's.
    if (org === null && companyPhraseAfter(lang).test(text.slice(afterFrom + forward[0].length, afterFrom + forward[0].length + 40))) {
      org = (companies.filter((m) => m.end <= person.start).pop()?.entity as number | undefined) ?? topicCompany(entities);
    }
    // 'X has been CEO since 2020': a top title with no company named is held at the company the page or sentence is about.
    if (org === null && forwardHits.every((h) => h.role === 'CEO' || h.role === 'CHAIRMAN')) org = nearestCompany(person.start);
    if (org !== null) push(person, org, forwardHits);
  }
  // 'Brian Niccol, who has run Chipotle since 2018', 'X, der leder Y': the company a person runs, right after the verb.
  for (const person of persons) {
    if (roles.some((role) => role.person === person.entity)) continue;
    const ran = runsPattern(lang).exec(text.slice(person.end, person.end + 40));
    if (ran === null) continue;
    const org = companies.find((m) => m.start >= person.end + ran[0].length && /^\s*(?:\p{Ll}+\s+){0,2}$/u.test(text.slice(person.end + ran[0].length, m.start)));
    if (org) roles.push({ person: person.entity as number, org: org.entity as number, role: 'CEO', title: ran[1]?.trim() ?? '', current: ran[2] === undefined ? true : null, sentence: sentenceIndex });
  }
  // 'Sanofi, led by Chris Viehbacher', 'le groupe dirigé par X': a verb of leading alone, no title after it, before a
  // person names the chief executive of the company right before it, or of the page's company after a company phrase.
  for (const person of persons) {
    if (roles.some((role) => role.person === person.entity)) continue;
    const before = text.slice(Math.max(0, person.start - 60), person.start);
    const led = headedByBefore(lang).exec(before);
    if (led === null) continue;
    const ledAt = person.start - before.length + led.index;
    const company = companies.filter((m) => m.end <= ledAt).pop();
    let org = company && /^\s*,?\s*$/u.test(text.slice(company.end, ledAt)) ? (company.entity as number) : null;
    if (org === null && companyPhraseAtEnd(text.slice(Math.max(0, ledAt - 40), ledAt), lang)) org = topicCompany(entities);
    if (org !== null) roles.push({ person: person.entity as number, org, role: 'CEO', title: (led[1] as string).trim(), current: true, sentence: sentenceIndex });
  }
  // '…, säger Jon Berg på X', '…, said Jane Smith at X': a speaker named with the company they speak from works there.
  for (const person of persons) {
    if (roles.some((role) => role.person === person.entity)) continue;
    if (!speakerBefore(lang).test(text.slice(Math.max(0, person.start - 30), person.start))) continue;
    const next = companies.find((m) => m.start >= person.end);
    if (next && speakerAt(lang).test(text.slice(person.end, next.start))) roles.push({ person: person.entity as number, org: next.entity as number, role: 'EMPLOYEE', title: '', current: true, sentence: sentenceIndex });
  }
  roles.push(...findFounders(text, sentenceIndex, lang, mentions, persons, companies));
  // 'Y, who has a past at X': a former employment.
  for (const cue of [...titles.pastEmployment, ...(lang === 'en' ? [] : lexiconFor('en').titles.pastEmployment)]) {
    const at = text.toLowerCase().indexOf(cue);
    if (at < 0) continue;
    const org = mentions.find((m) => m.start >= at + cue.length && isCompany(m) && m.start - (at + cue.length) < 30);
    const person = persons.filter((m) => m.end <= at).pop();
    if (org && person) roles.push({ person: person.entity as number, org: org.entity as number, role: 'EMPLOYEE', title: cue, current: false, sentence: sentenceIndex });
  }
  return roles;
}

/**
 * 'X, who joined AstraZeneca as chief executive': the one company between a name and the 'as' before its title, when it
 * is the only name there, is where the title is held.
 */
function companyJoinedAs(text: string, from: number, between: string, companies: Mention[], lang: string): number | null {
  const inside = companies.filter((m) => m.start >= from && m.end <= from + between.length);
  if (inside.length !== 1) return null;
  const company = inside[0] as Mention;
  const rest = text.slice(from, from + between.length);
  const outside = rest.slice(0, company.start - from) + rest.slice(company.end - from);
  if (/(?<![\p{L}])\p{Lu}/u.test(outside)) return null;
  const asWords = [...lexiconFor(lang).clauseWords.officeAs, ...lexiconFor('en').clauseWords.officeAs];
  const after = text.slice(company.end, from + between.length).toLowerCase().match(/[\p{L}]+/gu) ?? [];
  return after.length >= 1 && after.length <= 3 && asWords.includes(after[0] as string) ? (company.entity as number) : null;
}

/** 'Y was founded in 2008 by A and B', 'A co-founded Y': founders. */
function findFounders(text: string, sentenceIndex: number, lang: string, mentions: Mention[], persons: Mention[], companies: Mention[]): RoleMention[] {
  if (persons.length === 0 || companies.length === 0) return [];
  const { passive, active } = foundingPatterns(lang);
  const { prepositions, titles } = lexiconFor(lang);
  const found: RoleMention[] = [];
  const role = (person: Mention, org: Mention, title: string): RoleMention => ({ person: person.entity as number, org: org.entity as number, role: 'FOUNDER', title, current: null, sentence: sentenceIndex });
  const byWords = new Set(prepositions.by);
  const andWords = new Set(titles.and.filter((a) => a !== ','));
  const passiveHit = passive(text);
  if (passiveHit) {
    // The founders: persons after 'by', joined by 'and' or commas; the company: the last one named before them.
    const firstFounder = persons.find((p) => {
      const words = text.slice(Math.max(0, p.start - 30), p.start).toLowerCase().match(/[\p{L}]+/gu) ?? [];
      return byWords.has(words[words.length - 1] ?? '') && Math.abs(p.start - passiveHit.index) < 60;
    });
    if (firstFounder) {
      const org = companies.filter((m) => m.end <= Math.min(firstFounder.start, passiveHit.index)).pop();
      if (org) {
        let previous = firstFounder;
        found.push(role(firstFounder, org, passiveHit[0]));
        for (const next of persons.filter((p) => p.start > firstFounder.end)) {
          const gap = text.slice(previous.end, next.start).trim().toLowerCase();
          if (gap !== ',' && !andWords.has(gap)) break;
          found.push(role(next, org, passiveHit[0]));
          previous = next;
        }
      }
    }
  }
  const activeHit = active(text);
  if (activeHit) {
    const founder = persons.filter((p) => p.end <= activeHit.index && activeHit.index - p.end < 40).pop();
    const org = companies.find((m) => m.start >= activeHit.index && m.start - (activeHit.index + activeHit[0].length) < 30);
    if (founder && org && !mentions.some((m) => m.start > founder.end && m.end <= activeHit.index && m.type === 'PERSON')) found.push(role(founder, org, activeHit[0]));
  }
  return found;
}
