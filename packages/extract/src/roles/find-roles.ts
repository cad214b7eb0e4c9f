// Finds who holds which role where: 'X's founder Y', 'founder Y of X', "the division's head Y", 'Y, who used to work at X'.
import { lexiconFor } from '../lexicon/languages.js';
import type { Mention, ResolvedEntity } from '../entities/mention.js';
import type { RoleKind } from '../types.js';

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
}

const cache = new Map<string, RegExp>();

/** A run of titles joined by 'and' at the end of a text: 'medeoprichter en voormalige voorzitter '. */
function titleRunPattern(lang: string): RegExp {
  let regex = cache.get(lang);
  if (!regex) {
    const { titles } = lexiconFor(lang);
    const all = [...Object.keys(titles.titles), ...Object.keys(lexiconFor('en').titles.titles)].sort((a, b) => b.length - a.length);
    const title = `(?:${all.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')).join('|')})`;
    const former = `(?:(?:${[...titles.former, ...lexiconFor('en').titles.former].map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\s*)?`;
    const and = `(?:\\s*(?:${titles.and.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\s*)`;
    regex = new RegExp(`(?<![\\p{L}])(${former}${title}(?:${and}${former}${title}){0,3})\\s*,?\\s*$`, 'iu');
    cache.set(lang, regex);
  }
  return regex;
}

function readTitles(run: string, lang: string): TitleHit[] {
  const { titles } = lexiconFor(lang);
  const table: Record<string, RoleKind> = { ...lexiconFor('en').titles.titles, ...titles.titles };
  const formerWords = [...titles.former, ...lexiconFor('en').titles.former];
  const parts = run.split(new RegExp(`\\s+(?:${titles.and.filter((a) => a !== ',').join('|')})\\s+|\\s*,\\s*`, 'iu'));
  const hits: TitleHit[] = [];
  for (const raw of parts) {
    let part = raw.trim();
    const former = formerWords.find((f) => part.toLowerCase().startsWith(f));
    if (former) part = part.slice(former.length).trim();
    const role = table[part.toLowerCase().replace(/\s+/g, ' ')];
    if (role) hits.push({ title: raw.trim(), role, former: Boolean(former) });
  }
  // A president who is also chief executive holds one role, CEO.
  if (hits.some((h) => h.role === 'CEO')) return hits.filter((h) => h.role !== 'EXECUTIVE').map((h) => (h.role === 'CEO' ? { ...h, title: run.trim() } : h)).filter((h, i, all) => all.findIndex((o) => o.role === h.role) === i);
  return hits;
}

/** Roles stated in one sentence. `mentions` are its resolved mentions in order; `lastUnit` the unit 'the division' points to. */
export function findRoles(text: string, sentenceIndex: number, lang: string, mentions: Mention[], entities: ResolvedEntity[], lastUnit: number | null): RoleMention[] {
  const roles: RoleMention[] = [];
  const { prepositions, coreference, titles } = lexiconFor(lang);
  const isCompany = (m: Mention | undefined) => m !== undefined && m.entity !== undefined && entities[m.entity]?.type === 'COMPANY';
  const persons = mentions.filter((m) => m.entity !== undefined && entities[m.entity]?.type === 'PERSON');
  for (const person of persons) {
    const head = text.slice(Math.max(0, person.start - 80), person.start);
    const run = titleRunPattern(lang).exec(head);
    if (!run) continue;
    const hits = readTitles(run[1] as string, lang);
    if (hits.length === 0) continue;
    const runStart = person.start - head.length + run.index;
    // Whose title: a company right before ('Volvos direktør', 'Vestas stifter'), a unit genitive, or 'of X' after the person.
    const before = mentions.filter((m) => m.end <= runStart && isCompany(m)).pop();
    const gapBefore = before ? text.slice(before.end, runStart) : '';
    let org: number | null = null;
    if (before && /^\s*$/.test(gapBefore)) org = before.entity as number;
    const genitiveWord = /([\p{L}]+)\s+$/u.exec(text.slice(0, runStart))?.[1]?.toLowerCase();
    if (org === null && genitiveWord && coreference.unitGenitives.includes(genitiveWord) && lastUnit !== null) org = lastUnit;
    if (org === null) {
      const next = mentions.find((m) => m.start >= person.end && isCompany(m));
      const between = next ? text.slice(person.end, next.start).toLowerCase() : '';
      const words = between.match(/[\p{L}'’-]+/gu) ?? [];
      if (next && words.length <= 4 && words.some((w) => [...prepositions.at, ...prepositions.of].includes(w))) org = next.entity as number;
    }
    if (org === null) continue;
    for (const hit of hits) {
      roles.push({ person: person.entity as number, org, role: hit.role, title: hit.title, current: hit.former ? false : hit.role === 'FOUNDER' ? null : true, sentence: sentenceIndex });
    }
  }
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
