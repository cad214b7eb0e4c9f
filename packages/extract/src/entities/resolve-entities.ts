// Groups a document's mentions into entities: genitives, truncations, misspelt surnames and unit short forms join their full name.
import type { Mention, ResolvedEntity, Strength } from './mention.js';

const genitiveLanguages = new Set(['da', 'sv', 'no', 'nb', 'de', 'nl']);

function fold(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[-\s]+/g, ' ').trim();
}

/** Levenshtein distance, stopping early once it exceeds the limit. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] as number;
}

interface Group {
  key: string;
  type: Mention['type'];
  mentions: Mention[];
  mergedInto: Group | null;
}

function root(group: Group): Group {
  let current = group;
  while (current.mergedInto) current = current.mergedInto;
  return current;
}

function midSentenceCount(group: Group): number {
  return group.mentions.filter((mention) => !mention.initial).length;
}

/** The form to show: the most frequent non-genitive surface, longer wins a tie. */
function canonicalName(mentions: Mention[]): string {
  const counts = new Map<string, number>();
  for (const mention of mentions) counts.set(mention.name, (counts.get(mention.name) ?? 0) + (mention.genitive ? 0.5 : 1));
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? '';
}

/**
 * Resolves mentions to entities. `languages` are the languages of the sentences, so that a Danish 'Vestas' stays whole while 'Carlsbergs' joins 'Carlsberg'
 * while an English 'Siemens' stays whole.
 */
export function resolveEntities(mentions: Mention[], lang: string): ResolvedEntity[] {
  const groups = new Map<string, Group>();
  const order: Group[] = [];
  for (const mention of mentions) {
    const key = `${mention.type}:${fold(mention.name)}`;
    let group = groups.get(key);
    if (!group) {
      group = { key, type: mention.type, mentions: [], mergedInto: null };
      groups.set(key, group);
      order.push(group);
    }
    group.mentions.push(mention);
  }
  const companies = order.filter((group) => group.type === 'COMPANY');
  const persons = order.filter((group) => group.type === 'PERSON');
  const nameOf = (group: Group) => group.key.slice(group.key.indexOf(':') + 1);

  // Genitive 's' and truncations: 'Vestas' stays whole while 'Carlsbergs' joins 'Carlsberg', 'Ericsso' joins 'Ericsson'; the more frequent form leads.
  for (const a of companies) {
    for (const b of companies) {
      if (a === b || root(a) === root(b)) continue;
      const na = nameOf(a);
      const nb = nameOf(b);
      if (nb === `${na}s` && na.length >= 3) {
        const genitiveOfA = genitiveLanguages.has(lang) && b.mentions.length <= a.mentions.length;
        if (genitiveOfA) {
          for (const mention of b.mentions) mention.genitive = true;
          root(b).mergedInto = root(a);
        } else if (a.mentions.length < b.mentions.length && na.length >= 5) root(a).mergedInto = root(b);
      }
    }
  }
  // A unit's short form: 'Cloud Services' joins 'Siemens Cloud Services' when 'Siemens' is a company of the page.
  for (const a of companies) {
    const na = nameOf(a);
    for (const b of companies) {
      const nb = nameOf(b);
      if (a === b || root(a) === root(b) || !nb.endsWith(` ${na}`)) continue;
      const owner = nb.slice(0, nb.length - na.length - 1);
      if (companies.some((c) => nameOf(c) === owner) || b.mentions.some((m) => m.parentName && fold(m.parentName) === owner)) {
        root(a).mergedInto = root(b);
      }
    }
  }
  // Persons: same first name and a surname a letter or two apart; a lone surname or first name joins the full name.
  const full = persons.filter((group) => nameOf(group).includes(' '));
  for (const a of full) {
    for (const b of full) {
      if (a === b || root(a) === root(b)) continue;
      const [firstA, ...restA] = nameOf(a).split(' ');
      const [firstB, ...restB] = nameOf(b).split(' ');
      const surnameA = restA.join(' ');
      const surnameB = restB.join(' ');
      if (firstA === firstB && surnameA.length >= 4 && editDistance(surnameA, surnameB, surnameA.length >= 6 ? 2 : 1) <= 2) {
        const keep = a.mentions.length >= b.mentions.length ? a : b;
        const drop = keep === a ? b : a;
        root(drop).mergedInto = root(keep);
      }
    }
  }
  for (const single of [...persons, ...companies].filter((group) => !nameOf(group).includes(' '))) {
    const word = nameOf(single);
    const matches = full.filter((group) => {
      const parts = nameOf(group).split(' ');
      return parts[0] === word || parts[parts.length - 1] === word;
    });
    const roots = new Set(matches.map(root));
    if (roots.size === 1 && single.type === 'PERSON') single.mergedInto = [...roots][0] as Group;
    if (roots.size === 1 && single.type === 'COMPANY' && single.mentions.every((m) => m.strength === 0)) {
      for (const mention of single.mentions) mention.type = 'PERSON';
      single.mergedInto = [...roots][0] as Group;
    }
  }

  // Collect the roots in order of first mention.
  const entities: ResolvedEntity[] = [];
  const indexOf = new Map<Group, number>();
  for (const group of order) {
    const top = root(group);
    let index = indexOf.get(top);
    if (index === undefined) {
      index = entities.length;
      indexOf.set(top, index);
      entities.push({ type: top.type, name: '', aliases: [], mentions: [], strength: 0, parent: null, accepted: false });
    }
    const entity = entities[index] as ResolvedEntity;
    entity.mentions.push(...group.mentions);
    for (const mention of group.mentions) mention.entity = index;
  }
  for (const entity of entities) {
    entity.mentions.sort((a, b) => a.sentence - b.sentence || a.start - b.start);
    entity.name = canonicalName(entity.mentions.filter((m) => m.type === entity.type).length > 0 ? entity.mentions.filter((m) => m.type === entity.type) : entity.mentions);
    entity.aliases = [...new Set(entity.mentions.map((m) => m.surface).filter((surface) => surface !== entity.name))];
    entity.strength = Math.max(...entity.mentions.map((m) => m.strength)) as Strength;
    const single = entity.mentions.length === 1 && !entity.name.includes(' ');
    entity.accepted =
      entity.type === 'PERSON'
        ? entity.strength === 2 && entity.name.includes(' ')
        : entity.strength >= 1 || (lang !== 'de' && midSentenceCount({ key: '', type: 'COMPANY', mentions: entity.mentions, mergedInto: null }) >= 2 && !single);
    const parentName = entity.mentions.find((m) => m.parentName)?.parentName;
    if (parentName) {
      const parent = entities.findIndex((other) => other !== entity && other.type === 'COMPANY' && fold(other.name) === fold(parentName));
      entity.parent = parent >= 0 ? parent : null;
    }
  }
  return entities;
}
