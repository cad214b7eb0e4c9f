// Reads who takes whose post: 'Y will succeed X', 'X will be replaced by Y', 'Y efterträder X'. The successor holds the
// top posts the page gave the one who leaves, at the same companies.
import { compilePhraseMatcher } from '../lexicon/compile-phrases.js';
import { lexiconFor } from '../lexicon/languages.js';
import { perLanguage } from '../lexicon/per-language.js';
import type { Mention, ResolvedEntity, TextSentence } from '../entities/mention.js';
import type { RoleMention } from './find-roles.js';

type FindPhrase = (text: string) => RegExpExecArray | null;

/** Posts that pass from one person to the next; other roles (a founder, a board member) are held by several at once. */
const passedOn = new Set(['CEO', 'CHAIRMAN', 'HEAD']);

const cuesFor = perLanguage((lang): { succeeds: FindPhrase; succeededBy: FindPhrase } => {
  const { titles } = lexiconFor(lang);
  return { succeeds: compilePhraseMatcher(titles.succeeds ?? [], 'iu'), succeededBy: compilePhraseMatcher(titles.succeededBy ?? [], 'iu') };
});

/** Whether a sentence opens with 'he', 'han', 'er': the person named last before it. */
function opensWithPersonPronoun(text: string, lang: string): boolean {
  const first = /^\s*(\p{L}+)/u.exec(text)?.[1]?.toLowerCase();
  return first !== undefined && lexiconFor(lang).coreference.personPronouns.includes(first);
}

/**
 * The roles successors take over, one per post the leaving person holds on the page. `roles` are those already read;
 * a successor already holding a post at that company gets no second one.
 */
export function findSuccessions(sentences: TextSentence[], bySentence: Mention[][], entities: ResolvedEntity[], roles: RoleMention[]): RoleMention[] {
  const found: RoleMention[] = [];
  const holds = (person: number, org: number, role: string) => [...roles, ...found].some((r) => r.person === person && r.org === org && r.role === role);
  /** The person named last before the sentence read: whom 'he'/'han'/'er' opening it stands for. */
  let lastPerson: Mention | undefined;
  sentences.forEach((sentence, index) => {
    const persons = (bySentence[index] ?? []).filter((m) => m.entity !== undefined && entities[m.entity]?.type === 'PERSON');
    const previous = lastPerson;
    lastPerson = persons[persons.length - 1] ?? lastPerson;
    if (persons.length === 0) return;
    // The page's language, then English, which pages of every language borrow from; the passive first ('replaced by'
    // before 'replaced').
    let passive: RegExpExecArray | null = null;
    let cue: RegExpExecArray | null = null;
    for (const lang of new Set([sentence.lang, 'en'])) {
      const { succeeds, succeededBy } = cuesFor(lang);
      passive = succeededBy(sentence.text);
      cue = passive ?? succeeds(sentence.text);
      if (cue !== null) break;
    }
    if (cue === null) return;
    const at = cue.index;
    const before = persons.filter((m) => m.end <= at).pop() ?? (opensWithPersonPronoun(sentence.text, sentence.lang) ? previous : undefined);
    const after = persons.find((m) => m.start >= at && m.entity !== before?.entity);
    if (before === undefined || after === undefined) return;
    const [successor, leaving] = passive ? [after, before] : [before, after];
    for (const role of roles) {
      if (role.person !== leaving.entity || !passedOn.has(role.role) || holds(successor.entity as number, role.org, role.role)) continue;
      found.push({ person: successor.entity as number, org: role.org, role: role.role, title: role.title, current: true, sentence: index });
    }
  });
  return found;
}
