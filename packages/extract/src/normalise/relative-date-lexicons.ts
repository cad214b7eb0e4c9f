// Every language's relative-date phrases, keyed by ISO 639-1 code.
import { relativeDates as da } from '../lexicon/da/relative-dates.js';
import { relativeDates as de } from '../lexicon/de/relative-dates.js';
import { relativeDates as en } from '../lexicon/en/relative-dates.js';
import { relativeDates as es } from '../lexicon/es/relative-dates.js';
import { relativeDates as fr } from '../lexicon/fr/relative-dates.js';
import { relativeDates as it } from '../lexicon/it/relative-dates.js';
import { relativeDates as nl } from '../lexicon/nl/relative-dates.js';
import { relativeDates as no } from '../lexicon/no/relative-dates.js';
import { relativeDates as sv } from '../lexicon/sv/relative-dates.js';
import type { RelativeDates } from './types.js';

export const relativeDatesByLang: Readonly<Record<string, RelativeDates>> = { da, de, en, es, fr, it, nl, no, sv };
