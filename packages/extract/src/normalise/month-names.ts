// Month names of every language read, looked up by lowercase name (without a final period).
import { months as da } from '../lexicon/da/months.js';
import { months as de } from '../lexicon/de/months.js';
import { months as en } from '../lexicon/en/months.js';
import { months as es } from '../lexicon/es/months.js';
import { months as fi } from '../lexicon/fi/months.js';
import { months as fr } from '../lexicon/fr/months.js';
import { months as it } from '../lexicon/it/months.js';
import { months as nl } from '../lexicon/nl/months.js';
import { months as no } from '../lexicon/no/months.js';
import { months as pl } from '../lexicon/pl/months.js';
import { months as sv } from '../lexicon/sv/months.js';

export const monthsByLang: Readonly<Record<string, readonly (readonly string[])[]>> = { da, de, en, es, fi, fr, it, nl, no, pl, sv };

const toMap = (tables: readonly (readonly (readonly string[])[])[]) => {
  const map = new Map<string, number>();
  for (const table of tables) table.forEach((names, i) => names.forEach((name) => map.has(name) || map.set(name, i + 1)));
  return map;
};

/** Every language's month names and abbreviations, to the month number (1-12). */
export const monthNames: ReadonlyMap<string, number> = toMap(Object.values(monthsByLang));

const perLang = new Map<string, ReadonlyMap<string, number>>();
/** Month names of one language plus English (news in any language quotes English dates); all languages for 'und'. */
export function monthNamesFor(lang: string): ReadonlyMap<string, number> {
  let map = perLang.get(lang);
  if (map === undefined) {
    const own = monthsByLang[lang];
    map = own === undefined ? monthNames : toMap([own, en]);
    perLang.set(lang, map);
  }
  return map;
}
