// Shapes of the normalising stage: amounts, dates and the lexicons they are read with.

/** An amount of money in a sentence; offsets are within the sentence (end exclusive). */
export interface MoneyMention {
  /** In units of `currency` (1.3 billion is 1300000000). */
  value: number;
  /** ISO 4217. */
  currency: string;
  /** Hedged: 'about', 'knap', 'rund', 'more than'… */
  approximate: boolean;
  /** An upper bound: 'up to', 'op mod', 'bis zu'… */
  upTo: boolean;
  text: string;
  start: number;
  end: number;
}

/** A date or year in a sentence; offsets are within the sentence (end exclusive). */
export interface DateMention {
  year: number | null;
  month: number | null;
  day: number | null;
  /** Said relative to the publication ('last year'); resolved only when the publication date is known. */
  relative: boolean;
  /** 'three years later' with no year before it in the sentence: the years to count from a year told earlier. */
  shift?: number;
  text: string;
  start: number;
  end: number;
}

/**
 * One language's words for amounts of money, lowercase. Currency values are ISO 4217 codes, or 'KRONE' for
 * a crown whose country comes from the language (Danish kroner are DKK, Norwegian NOK, Swedish SEK).
 */
export interface MoneyWords {
  /** Scale words written after a number, without a final period: 'millioner', 'mia', 'mrd'. */
  scales: Record<string, number>;
  /** Currency names written after a number (or its scale word): 'kroner', "d'euros", 'norske kroner'. */
  currencies: Record<string, string>;
  /** Written after a number, a scale and a currency in one: Swedish 'mdkr' (billion kronor). */
  scaledCurrencies?: Record<string, [number, string]>;
  /** Number words that can stand before a scale word: 'en' (a billion), 'en halv' (half a billion). */
  numberWords: Record<string, number>;
  /** Cues before an amount that make it approximate (or a lower bound). */
  approximate: string[];
  /** Cues before an amount that make it an upper bound. */
  upTo: string[];
  /** The crown of this language, when it has one. */
  krone?: string;
}

/** Relative-date phrases of one language, lowercase. */
export interface RelativeDates {
  /** Phrases that name a period relative to publication, with the unit and its offset. */
  phrases: { phrase: string; unit: 'year' | 'month' | 'day'; offset: number }[];
  /** 'N years ago': the words before and after the number ('for', 'år siden'). */
  yearsAgo: { before: string; after: string[] }[];
  /** Hedges inside 'N years ago' that leave the year open ('less than', 'about'). */
  hedges: string[];
  /** Number words usable in 'N years ago' ('ti' = 10). */
  numberWords: Record<string, number>;
  /** 'N years later', 'N år tidligere': counted from the year the sentence named before, not from publication. */
  yearsLater?: string[];
  yearsEarlier?: string[];
  /** 'the same year', 'året efter': a year counted from the year told before, with the years to add. */
  sameOrNextYear?: { phrase: string; shift: number }[];
}
