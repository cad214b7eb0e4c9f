// Every language's money words, for matchers built once: amounts are written in foreign forms too ('$2.5bn' in Danish).
import { moneyWords as da } from '../lexicon/da/money-words.js';
import { moneyWords as de } from '../lexicon/de/money-words.js';
import { moneyWords as en } from '../lexicon/en/money-words.js';
import { moneyWords as es } from '../lexicon/es/money-words.js';
import { moneyWords as fr } from '../lexicon/fr/money-words.js';
import { moneyWords as it } from '../lexicon/it/money-words.js';
import { moneyWords as nl } from '../lexicon/nl/money-words.js';
import { moneyWords as no } from '../lexicon/no/money-words.js';
import { moneyWords as sv } from '../lexicon/sv/money-words.js';
import type { MoneyWords } from './types.js';

export const moneyWordsByLang: Readonly<Record<string, MoneyWords>> = { da, de, en, es, fr, it, nl, no, sv };
