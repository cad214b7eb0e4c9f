// Groups a document's mentions into entities: genitives, truncations, misspelt surnames and unit short forms join their full name.
import { genitiveSuffixLanguages, lexiconFor, supportedLanguages } from '../lexicon/languages.js';
import type { Mention, ResolvedEntity, Strength } from './mention.js';
import { corporateSuffixes, weakSuffixes } from '../lexicon/corporate-suffixes.js';
import { genericCorporateWords, nationalitySet, placeSet, webAddressEndings } from './name-lexicons.js';
import { isUnitNoun } from './find-unit-mentions.js';

/** A name that is a web address, and the name before its ending. */
const webAddress = new RegExp(`^(.+)\\.${webAddressEndings}$`, 'u');

/** Legal forms closing a name ('Co.', 'Inc', 'AG'), folded. */
const legalSuffixWords = new Set(
  [...corporateSuffixes.filter((suffix) => !weakSuffixes.includes(suffix)), 'Co.', 'Co', 'Corporation', 'Limited', 'Incorporated', 'LP', 'SE', 'AS', 'SA', 'SL'].map((suffix) => fold(suffix)),
);

/** Every corporate suffix, strong or weak, folded. */
const allSuffixWords = [...corporateSuffixes, ...weakSuffixes].map((suffix) => fold(suffix));
/** Words that say only what kind of company a name is, corporate suffixes among them ('Group LP', 'Holdings Inc'). */
const kindOnlyWords = new Set([...genericCorporateWords, ...allSuffixWords]);
/** A group's words and legal forms: 'HW Group', 'HW Holding AG' are HW itself. */
const groupOrLegalWords = new Set(['group', 'groupe', 'groep', 'gruppe', 'gruppen', 'koncern', 'konsern', 'holding', 'holdings', ...allSuffixWords]);

/** Words of founding in every language read ('founder', 'grundare', 'gegründet'): a company may carry its founder's name. */
const founderWords: string[] = [
  ...new Set(
    supportedLanguages.flatMap((lang) => {
      const { titles } = lexiconFor(lang).titles;
      return [...Object.keys(titles).filter((title) => titles[title] === 'FOUNDER'), ...lexiconFor(lang).titles.founded];
    }),
  ),
];

/** Whether a founding word stands within a few words of the mention in its sentence. */
function toldAsFounder(mention: Mention, sentenceTexts: readonly string[] | undefined): boolean {
  const text = sentenceTexts?.[mention.sentence];
  if (text === undefined) return true;
  const near = text.slice(Math.max(0, mention.start - 40), mention.end + 40).toLowerCase();
  return founderWords.some((word) => near.includes(word));
}

/** Full person names sharing a first name beyond which misspelt surnames are not looked for (a pairwise comparison). */
const maxSameFirstName = 200;

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

/** Whether two groups are named in one sentence. */
function namedTogether(a: Group, b: Group): boolean {
  const sentences = new Set(a.mentions.map((m) => m.sentence));
  return b.mentions.some((m) => sentences.has(m.sentence));
}

function firstSentence(group: Group): number {
  return group.mentions.reduce((first, mention) => Math.min(first, mention.sentence), Infinity);
}

function midSentenceCount(group: Group): number {
  return group.mentions.filter((mention) => !mention.initial).length;
}

/** Words of owning, selling or buying between two names: the later may be the owner, seller or buyer of the first. */
const ownerOrSourceWord = /(?<![\p{L}])(?:from|fra|från|von|van|de|du|des|af|av|of|by|par|door|à|au|aan|til|till|to|an|für|for|för|voor|pour)(?![\p{L}])/iu;

/** The form to show: the most frequent non-genitive surface, longer wins a tie. */
function canonicalName(mentions: Mention[]): string {
  const counts = new Map<string, number>();
  for (const mention of mentions) counts.set(mention.name, (counts.get(mention.name) ?? 0) + (mention.genitive ? 0.5 : 1));
  // 'Hamburg Süd er …' loses its place at a sentence's start: those mentions count for the full name.
  const fullBySuffix = new Map<string, string>();
  for (const name of counts.keys()) {
    const space = name.indexOf(' ');
    if (space > 0 && placeSet.has(name.slice(0, space).toLowerCase())) fullBySuffix.set(name.slice(space + 1), name);
  }
  for (const [name, count] of fullBySuffix.size === 0 ? [] : counts) {
    const full = fullBySuffix.get(name);
    if (full === undefined) continue;
    counts.set(full, (counts.get(full) ?? 0) + count);
    counts.delete(name);
  }
  // 'Astras aktieägare … Astra och Zeneca': a genitive in -s that resolution joined to its stem counts for the stem.
  for (const [name, count] of counts) {
    const stem = name.replace(/['’]?s$/u, '');
    if (stem !== name && counts.has(stem)) {
      counts.set(stem, (counts.get(stem) ?? 0) + count);
      counts.delete(name);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? '';
}


/**
 * Resolves mentions to entities. `languages` are the languages of the sentences, so that a Danish 'Vestas' stays whole while 'Carlsbergs' joins 'Carlsberg'
 * while an English 'Siemens' stays whole.
 */
export function resolveEntities(mentions: Mention[], lang: string, sentenceTexts?: readonly string[]): ResolvedEntity[] {
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

  // Lookups by name instead of a loop over all pairs: a page of a thousand names would take seconds. Names of one
  // type are unique (they are the group keys), and every loop below visits the pairs that can merge in the order the
  // pair loop did, so the result is the same.
  const companyByName = new Map(companies.map((group) => [nameOf(group), group]));
  /** Companies by each ending of their name after a space: 'cloud services' and 'services' for 'siemens cloud services'. */
  const companiesByEnding = new Map<string, Group[]>();
  for (const group of companies) {
    const name = nameOf(group);
    for (let space = name.indexOf(' '); space >= 0; space = name.indexOf(' ', space + 1)) {
      const ending = name.slice(space + 1);
      const list = companiesByEnding.get(ending);
      if (list) list.push(group);
      else companiesByEnding.set(ending, [group]);
    }
  }

  // Genitive 's' and truncations: 'Vestas' stays whole while 'Carlsbergs' joins 'Carlsberg', 'Ericsso' joins 'Ericsson'; the more frequent form leads.
  for (const a of companies) {
    const b = companyByName.get(`${nameOf(a)}s`);
    if (b !== undefined) {
      if (a === b || root(a) === root(b)) continue;
      const na = nameOf(a);
      if (na.length >= 3) {
        const genitiveOfA = genitiveSuffixLanguages.has(lang) && b.mentions.length <= a.mentions.length;
        if (genitiveOfA) {
          for (const mention of b.mentions) mention.genitive = true;
          root(b).mergedInto = root(a);
        } else if (a.mentions.length < b.mentions.length && na.length >= 5) root(a).mergedInto = root(b);
      }
    }
  }
  // 'Thyssen Krupp' and 'ThyssenKrupp', 'Price Waterhouse' and 'PriceWaterhouse': one name written with and without a
  // space; the form told more often leads.
  const bySquashed = new Map<string, Group>();
  for (const a of companies) {
    const squashed = nameOf(a).replace(/ /gu, '');
    if (squashed.length < 6) continue;
    const b = bySquashed.get(squashed);
    if (b === undefined) bySquashed.set(squashed, a);
    else if (root(a) !== root(b)) {
      const [minor, major] = a.mentions.length > b.mentions.length ? [b, a] : [a, b];
      root(minor).mergedInto = root(major);
    }
  }
  // German declines an adjective opening a name: 'der Deutschen Bank' is 'Deutsche Bank', 'des Schweizerischen …' too.
  if (lang === 'de') {
    for (const a of companies) {
      const declined = /^(\S+e)(?:n|r|s|m) (.+)$/u.exec(nameOf(a));
      const b = declined ? companyByName.get(`${declined[1]} ${declined[2]}`) : undefined;
      if (b === undefined || root(a) === root(b)) continue;
      for (const mention of a.mentions) mention.name = `${(declined as RegExpExecArray)[1]} ${(declined as RegExpExecArray)[2]}`;
      root(a).mergedInto = root(b);
    }
  }
  // A unit's short form: 'Cloud Services' joins 'Siemens Cloud Services' when 'Siemens' is a company of the page.
  /** First words of multi-word company names: a short form that starts another company's name is a name of its own. */
  // As written: 'DSM-Firmenich', the name of a merger, does not make 'DSM' a first word.
  const firstWords = new Set(companies.filter((group) => group.mentions.some((m) => m.name.includes(' '))).map(nameOf).filter((name) => name.includes(' ')).map((name) => name.slice(0, name.indexOf(' '))));
  for (const a of companies) {
    const na = nameOf(a);
    // 'Carnegie' beside 'Carnegie Holding' and 'DNB Carnegie' is Carnegie Holding's short form, not a unit of DNB.
    if (firstWords.has(na)) continue;
    // 'Drilling' beside 'Maersk Drilling' and 'Pacific Drilling' shortens neither: joining both would join the two.
    // (Counting names told firmly or more than once: a weak run told once, 'Geraldine Matchett DSM', is a misread.)
    const endingIn = (companiesByEnding.get(na) ?? []).filter((b) => b !== a);
    if (new Set(endingIn.filter((b) => b.mentions.length > 1 || b.mentions.some((m) => m.strength > 0)).map(root)).size > 1) continue;
    for (const b of endingIn) {
      const nb = nameOf(b);
      if (a === b || root(a) === root(b)) continue;
      const owner = nb.slice(0, nb.length - na.length - 1);
      const ownerGroup = companyByName.get(owner);
      // 'Ahold en Delhaize … Ahold Delhaize': two companies named side by side are the parts of a merged name, no unit.
      if (ownerGroup && namedTogether(a, ownerGroup)) continue;
      // 'sein Süsswarengeschäft … das US-Süsswarengeschäft': a unit described by a bare noun joins the fuller name.
      // 'Couche-Tard … Alimentation Couche-Tard', 'Hydro … Norsk Hydro': a name's distinctive last words, never beside
      // the full name in one sentence and after at most two words that name no company of the page, are its short form.
      const shortForm =
        !ownerGroup &&
        // Three capitals will do ('Koninklijke DSM … DSM'), and three letters after a place ('Hamburg Süd … Süd').
        (na.length >= 4 || (na.length === 3 && (a.mentions.some((m) => /^\p{Lu}{3}$/u.test(m.name)) || placeSet.has(owner.toLowerCase())))) &&
        owner.split(' ').length <= 2 &&
        !namedTogether(a, b) &&
        // After a space as written: 'Sanofi-Aventis' is no longer name of 'Aventis'; after a hyphen only where the word
        // before it names no company of the page ('A.P. Møller-Mærsk … Mærsk').
        b.mentions.some((m) => a.mentions.some((short) => {
          const full = m.name.toLowerCase();
          const tail = short.name.toLowerCase();
          if (full.endsWith(` ${tail}`)) return true;
          if (!full.endsWith(`-${tail}`)) return false;
          const before = /([\p{L}.]+)-[^-]+$/u.exec(m.name)?.[1] ?? '';
          return before !== '' && !companyByName.has(fold(before));
        }));
      if (ownerGroup || b.mentions.some((m) => m.parentName && fold(m.parentName) === owner) || a.mentions.every((m) => m.descriptive) || shortForm) {
        root(a).mergedInto = root(b);
      }
    }
  }
  // A first word alone: 'Cerberus' joins 'Cerberus Capital Management' when the rest are generic corporate words and
  // no other company of the page starts with that word ('Novo' stays apart beside 'Novo Holdings' and 'Novo Nordisk').
  // By every leading run of words, since folding makes 'Take-Two Interactive' three words ('take two interactive').
  const byFirstWord = new Map<string, Group[]>();
  for (const group of companies) {
    const name = nameOf(group);
    for (let space = name.indexOf(' '); space >= 0; space = name.indexOf(' ', space + 1)) {
      const first = name.slice(0, space);
      const list = byFirstWord.get(first);
      if (list) list.push(group);
      else byFirstWord.set(first, [group]);
    }
  }
  // "American Industrial's purchase … American Industrial Partners": a name whose adjective of origin was read as no part
  // of it, at a sentence's start, is the company of the page whose name opens with both words.
  if (sentenceTexts !== undefined) {
    for (const a of companies) {
      const na = nameOf(a);
      if (na.includes(' ')) continue;
      for (const m of a.mentions) {
        const origin = /(\p{Lu}[\p{L}-]*)\s+$/u.exec((sentenceTexts[m.sentence] ?? '').slice(Math.max(0, m.start - 30), m.start))?.[1];
        if (origin === undefined || !(nationalitySet.has(origin.toLowerCase()) || placeSet.has(origin.toLowerCase()))) continue;
        const opening = fold(`${origin} ${na}`);
        const fits = companies.filter((b) => b !== a && (nameOf(b) === opening || nameOf(b).startsWith(`${opening} `)));
        if (fits.length === 1 && root(fits[0] as Group) !== root(a)) root(a).mergedInto = root(fits[0] as Group);
        break;
      }
    }
  }
  // 'United Tech … United Technologies Corp': a name of two or more words, each the start of the full name's word (four
  // letters at least where shortened), is that name when only one company of the page fits.
  for (const a of companies) {
    const short = nameOf(a).split(' ');
    if (short.length < 2) continue;
    const fits = (byFirstWord.get(short[0] as string) ?? []).filter((b) => {
      const full = nameOf(b).split(' ');
      if (b === a || full.length < short.length) return false;
      const prefixes = short.every((word, i) => word === full[i] || (word.length >= 4 && (full[i] as string).startsWith(word)));
      return prefixes && short.some((word, i) => word !== full[i]) && full.slice(short.length).every((word) => kindOnlyWords.has(word));
    });
    if (fits.length === 1 && root(fits[0] as Group) !== root(a)) root(a).mergedInto = root(fits[0] as Group);
  }
  for (const a of companies) {
    const na = nameOf(a);
    // Three letters will do ('VTB … VTB Group', 'Dow … Dow Chemical'), or two capitals before words of a group or a
    // legal form only ('HW … HW Group'; 'GE Capital' is a unit).
    // A name joining two companies of the page ('Dow Corning' beside 'Corning') is no full name of the first.
    const twoCapitals = na.length === 2 && a.mentions.every((m) => /^\p{Lu}{2}$/u.test(m.name));
    let candidates = na.length >= 3 || twoCapitals ? byFirstWord.get(na)?.filter((b) => !companyByName.has(nameOf(b).slice(na.length + 1)) && (!twoCapitals || nameOf(b).slice(na.length + 1).split(' ').every((word) => groupOrLegalWords.has(word)))) : undefined;
    // 'Revolution Bars Group … Revolution Bars': forms of one full name, each the start of the longest, are one candidate.
    // 'Sara Lee … Sara Lee Corp. … Sara Lee Corp. European division': the one going on with a legal form only is the name.
    const kindOnlyRest = candidates?.filter((b) => nameOf(b).slice(na.length + 1).split(' ').every((word) => kindOnlyWords.has(word)));
    if (kindOnlyRest !== undefined && kindOnlyRest.length === 1) candidates = kindOnlyRest;
    // Forms already joined ('United Tech', 'United Technologies Corp') are one candidate.
    if (candidates && candidates.length > 1 && candidates.every((b) => root(b) === root(candidates?.[0] as Group))) candidates = [root(candidates[0] as Group)];
    if (candidates && candidates.length > 1) {
      const longest = candidates.reduce((best, b) => (nameOf(b).length > nameOf(best).length ? b : best));
      if (candidates.every((b) => root(b) === root(longest) || nameOf(longest).startsWith(`${nameOf(b)} `))) candidates = [longest];
    }
    // 'Telia' beside 'Telia Company' and its unit 'Telia Norge': the one name going on with corporate words only.
    if (candidates && candidates.length > 1) candidates = candidates.filter((b) => nameOf(b).slice(na.length + 1).split(' ').every((word) => genericCorporateWords.has(word)));
    if (!candidates || candidates.length !== 1) continue;
    const b = candidates[0] as Group;
    if (root(a) === root(b)) continue;
    // 'WhiteWave … WhiteWave Foods': a page shortens a full name. A short form known on its own ('eBay' beside 'eBay
    // Classifieds Group', 'Siemens' beside 'Siemens Energy') or the owner of a unit named through it is a company of its own.
    // Both named in one sentence ('köper Kathrein Mobile Communication från Kathrein') are two companies.
    // A genitive after the full name in its sentence is the same company ('rival Revolution Bars Group after Revolution's
    // shareholders rejected …').
    const firstOfBIn = new Map<number, Mention>();
    for (const m of b.mentions) if (!firstOfBIn.has(m.sentence) || m.start < (firstOfBIn.get(m.sentence) as Mention).start) firstOfBIn.set(m.sentence, m);
    // So is a later short form with no word of owning or selling between ('Lundin Energy har …, og … at Lundin vil få en
    // bot'), unlike 'köper Kathrein Mobile Communication från Kathrein', 'X Transport, la branche du groupe X'.
    const apart = (m: Mention) => {
      const full = firstOfBIn.get(m.sentence);
      if (full === undefined) return true;
      if (m.start <= full.start) return false;
      return m.genitive || (sentenceTexts !== undefined && !ownerOrSourceWord.test((sentenceTexts[m.sentence] ?? '').slice(full.end, m.start)));
    };
    // 'Saipem … den landbaserte boreenheten Saipem Onshore Drilling': a full name the page calls a unit, told after the
    // short form, names a part of the short form's company ('datterselskab Sunrise Communications AG … Sunrise' shortens).
    const firstOf = (group: Group) => group.mentions.reduce((best, m) => (m.sentence < best.sentence || (m.sentence === best.sentence && m.start < best.start) ? m : best));
    const shortFirst = a.mentions.length > 0 && b.mentions.length > 0 && firstOf(a).sentence < firstOf(b).sentence;
    const namedAsUnit = shortFirst && sentenceTexts !== undefined && b.mentions.some((m) => isUnitNoun(/([\p{L}-]+)\s+$/u.exec((sentenceTexts[m.sentence] ?? '').slice(Math.max(0, m.start - 30), m.start))?.[1] ?? '', lang));
    const shortened = a.mentions.every((m) => m.strength < 2 && apart(m)) && !b.mentions.some((m) => m.parentName !== undefined) && !namedAsUnit;
    if (nameOf(b).slice(na.length + 1).split(' ').every((word) => kindOnlyWords.has(word)) || shortened) root(a).mergedInto = root(b);
  }
  // 'Kohlberg Kravis Roberts (KKR) … KKR': an acronym the page once gave in parentheses after a name is that name ('AvH' too).
  const byAcronym = new Map<string, Group>();
  for (const group of companies) for (const m of group.mentions) if (m.name !== m.surface && /^[\p{Lu}\d&]{2,6}$|^(?=(?:\P{Lu}*\p{Lu}){2})\p{Lu}\p{L}{1,5}$/u.test(m.surface)) byAcronym.set(m.surface, group);
  for (const a of companies) {
    const b = a.mentions[0] ? byAcronym.get(a.mentions[0].surface) : undefined;
    if (b && root(a) !== root(b) && a.mentions.every((m) => m.surface === a.mentions[0]?.surface)) root(a).mergedInto = root(b);
  }
  // 'Just Eat Takeaway.com … Just Eat Takeaway': a web address's ending is no part of the name.
  for (const a of companies) {
    const web = webAddress.exec(a.mentions[0]?.name ?? '');
    const b = web ? companyByName.get(fold(web[1] as string)) : undefined;
    if (b !== undefined && root(b) !== root(a)) root(b).mergedInto = root(a);
  }
  // 'Hewlett-Packard … HP', 'General Electric … GE': a capital acronym of a name's initials, when only one name of the page
  // has those initials, is that name.
  const byInitials = new Map<string, Group[]>();
  for (const group of companies) {
    // Without a legal suffix: 'General Electric Co.' is 'GE' (but 'Boston Consulting Group' is 'BCG').
    const words = (group.mentions[0]?.name ?? '').split(/[\s-]+/u).filter((word) => /^\p{Lu}/u.test(word) && !legalSuffixWords.has(fold(word)));
    if (words.length < 2) continue;
    const initials = words.map((word) => word[0]).join('');
    const list = byInitials.get(initials);
    if (list) list.push(group);
    else byInitials.set(initials, [group]);
  }
  for (const a of companies) {
    const surface = a.mentions[0]?.surface ?? '';
    if (!/^\p{Lu}{2,5}$/u.test(surface) || !a.mentions.every((m) => m.surface === surface)) continue;
    const candidates = byInitials.get(surface);
    if (candidates?.length === 1 && root(candidates[0] as Group) !== root(a)) root(a).mergedInto = root(candidates[0] as Group);
  }
  // 'Philip Morris … Philip Morris International': a person's name that a company's name continues with corporate words
  // only is that company's short form.
  for (const a of persons) {
    const na = nameOf(a);
    const candidates = byFirstWord.get(na);
    if (!candidates || candidates.length !== 1) continue;
    const b = candidates[0] as Group;
    if (root(a) !== root(b) && nameOf(b).slice(na.length + 1).split(' ').every((word) => genericCorporateWords.has(word))) {
      for (const mention of a.mentions) mention.type = 'COMPANY';
      root(a).mergedInto = root(b);
    }
  }
  // 'Euroapotechas … Euroapotheca': a long one-word company name misspelt by a letter or two (same first two letters and
  // last letter, never named beside it in one sentence) is that name; the form written more often leads.
  const longSingles = companies.filter((group) => !nameOf(group).includes(' ') && nameOf(group).length >= 9);
  if (longSingles.length <= maxSameFirstName) {
    for (const a of longSingles) {
      for (const b of longSingles) {
        // A genitive in -s compares by its stem ('Euroapotechas förvärv').
        const [na, nb] = [nameOf(a), nameOf(b)].map((name) => (genitiveSuffixLanguages.has(lang) ? name.replace(/s$/u, '') : name)) as [string, string];
        if (a === b || root(a) === root(b) || na.slice(0, 2) !== nb.slice(0, 2) || na.at(-1) !== nb.at(-1) || namedTogether(a, b)) continue;
        if (editDistance(na, nb, 2) > 2) continue;
        const keep = a.mentions.length >= b.mentions.length ? a : b;
        root(keep === a ? b : a).mergedInto = root(keep);
      }
    }
  }
  // Persons: same first name and a surname a letter or two apart; a lone surname or first name joins the full name.
  const full = persons.filter((group) => nameOf(group).includes(' '));
  const fullByFirstName = new Map<string, Group[]>();
  for (const group of full) {
    const first = nameOf(group).split(' ')[0] as string;
    const list = fullByFirstName.get(first);
    if (list) list.push(group);
    else fullByFirstName.set(first, [group]);
  }
  for (const a of full) {
    const [firstA, ...restA] = nameOf(a).split(' ');
    const sameFirst = fullByFirstName.get(firstA as string) ?? [];
    // Bounded work: a page with more than this many people of one first name is a list, and its surnames stay apart.
    if (sameFirst.length > maxSameFirstName) continue;
    for (const b of sameFirst) {
      if (a === b || root(a) === root(b)) continue;
      const restB = nameOf(b).split(' ').slice(1);
      const surnameA = restA.join(' ');
      const surnameB = restB.join(' ');
      if (surnameA.length >= 4 && editDistance(surnameA, surnameB, surnameA.length >= 6 ? 2 : 1) <= 2) {
        const keep = a.mentions.length >= b.mentions.length ? a : b;
        const drop = keep === a ? b : a;
        root(drop).mergedInto = root(keep);
      }
    }
  }
  /** Full names by their first and by their last word. */
  const fullByEndWord = new Map<string, Group[]>();
  for (const group of full) {
    const parts = nameOf(group).split(' ');
    for (const word of new Set([parts[0] as string, parts[parts.length - 1] as string])) {
      const list = fullByEndWord.get(word);
      if (list) list.push(group);
      else fullByEndWord.set(word, [group]);
    }
  }
  for (const single of [...persons, ...companies].filter((group) => !nameOf(group).includes(' '))) {
    const matches = fullByEndWord.get(nameOf(single)) ?? [];
    const roots = new Set(matches.map(root));
    if (roots.size === 1 && single.type === 'PERSON') single.mergedInto = [...roots][0] as Group;
    // 'Mars … Frank C. Mars': a company named after its founder is told of far more often than the founder.
    // A surname told alone in a story about that person ('Ekholm tar över …') is no company: the founder is told as one,
    // or the name opens the name of a unit ('Hess … Hess Norge … John Hess').
    const founderNamed =
      roots.size === 1 &&
      single.mentions.length > 2 * ([...roots][0] as Group).mentions.length &&
      (([...roots][0] as Group).mentions.some((m) => toldAsFounder(m, sentenceTexts)) ||
        firstWords.has(nameOf(single)) ||
        // 'het Zwitserse Firmenich … Patrick Firmenich, de voorzitter': a name told as a company long before the person.
        firstSentence(single) < firstSentence([...roots][0] as Group));
    if (roots.size === 1 && single.type === 'COMPANY' && single.mentions.every((m) => m.strength === 0) && !founderNamed) {
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
    // A loop, not push(...): a spread of a hundred thousand mentions overflows the stack.
    for (const mention of group.mentions) entity.mentions.push(mention);
    for (const mention of group.mentions) mention.entity = index;
  }
  /** First words of multi-word company names told inside a sentence. */
  const firstWordsInside = new Set(
    mentions.filter((m) => m.type === 'COMPANY' && !m.initial && m.name.includes(' ')).map((m) => fold(m.name.slice(0, m.name.indexOf(' ')))),
  );
  /** The first company named so far by each folded name: the parent of a unit is one named before it. */
  const firstCompanyByName = new Map<string, number>();
  entities.forEach((entity, index) => {
    entity.mentions.sort((a, b) => a.sentence - b.sentence || a.start - b.start);
    const ofType = entity.mentions.filter((m) => m.type === entity.type);
    // A person is shown by a full name even where the page mostly says the surname ('Ekholm … Börje Ekholm').
    const fullNames = entity.type === 'PERSON' ? ofType.filter((m) => m.name.includes(' ')) : [];
    entity.name = canonicalName(fullNames.length > 0 ? fullNames : ofType.length > 0 ? ofType : entity.mentions);
    entity.aliases = [...new Set(entity.mentions.map((m) => m.surface).filter((surface) => surface !== entity.name))];
    entity.strength = entity.mentions.reduce((best, m) => Math.max(best, m.strength), -Infinity) as Strength;
    const single = entity.mentions.length === 1 && !entity.name.includes(' ');
    entity.accepted =
      entity.type === 'PERSON'
        ? entity.strength === 2 && entity.name.includes(' ')
        : entity.strength >= 1 ||
          (lang !== 'de' && midSentenceCount({ key: '', type: 'COMPANY', mentions: entity.mentions, mergedInto: null }) >= 2 && !single) ||
          // 'Lagardère a annoncé … Lagardère Sports … Lagardère, qui …': told only at sentence starts, but opening the name of
          // another company of the page told inside a sentence.
          (entity.mentions.length >= 2 && !entity.name.includes(' ') && firstWordsInside.has(fold(entity.name)));
    if (entity.mentions.every((m) => m.descriptive)) entity.descriptive = true;
    const parentName = entity.mentions.find((m) => m.parentName)?.parentName;
    if (parentName) {
      // Entities after this one have no name yet (''), so only an empty folded name could match one of them.
      const key = fold(parentName);
      const parent = key === '' ? entities.findIndex((other) => other !== entity && other.type === 'COMPANY' && fold(other.name) === key) : firstCompanyByName.get(key) ?? -1;
      entity.parent = parent >= 0 ? parent : null;
    }
    if (entity.type === 'COMPANY' && !firstCompanyByName.has(fold(entity.name))) firstCompanyByName.set(fold(entity.name), index);
  });
  // 'Lagardère Sports' beside 'Lagardère': a name opening with a company of the page and going on capitalised is a company.
  const acceptedNames = new Set(entities.filter((e) => e.type === 'COMPANY' && e.accepted).map((e) => fold(e.name)));
  for (const entity of entities) {
    const space = entity.name.indexOf(' ');
    if (entity.type === 'COMPANY' && !entity.accepted && space > 0 && acceptedNames.has(fold(entity.name.slice(0, space))) && entity.mentions.some((m) => !m.initial)) entity.accepted = true;
  }
  // 'Hess Norge', 'GKN Driveline', 'Bouygues Telecom' beside 'Hess', 'GKN', 'Bouygues': a company named by another
  // company of the page and a few more words is its unit, unless those words name a company of the page too
  // ('Ahold Delhaize' beside 'Ahold' and 'Delhaize' is a merged name).
  const companyIndexByName = new Map<string, number>();
  entities.forEach((entity, index) => {
    if (entity.type === 'COMPANY' && entity.accepted) companyIndexByName.set(entity.name, index);
  });
  // By a short form too: 'Bonnier Broadcasting' is a unit of 'Bonnier AB', which the page also calls 'Bonnier'.
  entities.forEach((entity, index) => {
    if (entity.type !== 'COMPANY' || !entity.accepted) return;
    for (const alias of entity.aliases) if (entity.name.startsWith(`${alias} `) && !companyIndexByName.has(alias)) companyIndexByName.set(alias, index);
  });
  entities.forEach((entity, index) => {
    if (entity.type !== 'COMPANY' || entity.parent !== null) return;
    const words = entity.name.split(' ');
    for (let cut = words.length - 1; cut >= Math.max(1, words.length - 3); cut -= 1) {
      const owner = companyIndexByName.get(words.slice(0, cut).join(' '));
      const rest = words.slice(cut).join(' ');
      // 'VTB Group' is VTB itself, no unit of it.
      const generic = rest.split(' ').every((word) => kindOnlyWords.has(fold(word)));
      if (owner === undefined || owner === index || generic || (entities[owner] as ResolvedEntity).name.length < 3 || companyIndexByName.has(rest) || !/^\p{Lu}/u.test(rest)) continue;
      entity.parent = owner;
      break;
    }
  });
  return entities;
}
