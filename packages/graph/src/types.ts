// The loader's input: one article and the facts stated in it. Shaped like the
// extractor's output so the CLI can hand one to the other, but owned here.

export type PartyType = 'COMPANY' | 'PERSON';
export type DealKind = 'ACQUISITION' | 'MERGER' | 'STAKE' | 'WRITE_DOWN';
export type DealStatus = 'RUMORED' | 'PLANNED' | 'COMPLETED' | 'CANCELLED';
export type RoleKind = 'FOUNDER' | 'CEO' | 'CHAIRMAN' | 'HEAD' | 'EXECUTIVE' | 'BOARD' | 'EMPLOYEE';
export type DealPartyRole = 'ACQUIRER' | 'TARGET' | 'SELLER' | 'BIDDER';
export type Curation = 'CONFIRMED' | 'REJECTED';

/** A span of the article text: character offsets, end exclusive. */
export interface FactEvidence {
  text: string;
  start: number;
  end: number;
}

export interface FactEntity {
  /** Local to the article: deals and roles refer to entities by it. */
  id: string;
  type: PartyType;
  name: string;
  aliases: string[];
  mentions?: FactEvidence[];
  /** For a unit or division: the local id of the company it belongs to. */
  parent?: string | null;
}

export interface FactAmount {
  value: number;
  currency: string;
  eur: number | null;
  approximate: boolean;
  upTo: boolean;
  text: string;
}

export interface FactDeal {
  id: string;
  kind: DealKind;
  acquirer: string | null;
  target: string | null;
  seller: string | null;
  bidders: string[];
  date: { year: number | null; month: number | null; day: number | null } | null;
  amount: FactAmount | null;
  status: DealStatus;
  confidence: number;
  evidence: FactEvidence[];
}

export interface FactRole {
  person: string;
  org: string;
  role: RoleKind;
  title: string;
  current: boolean | null;
  evidence: FactEvidence[];
}

export interface ArticleInfo {
  /** The text as read; its hash is the article's id, so the same text is never ingested twice. */
  text: string;
  title: string | null;
  /** ISO 639-1, or 'und'. */
  lang: string;
  /** YYYY-MM-DD or null. */
  publishedAt: string | null;
  url?: string | null;
  /** How the text is to be read again on reindex. Default 'text'. */
  contentType?: 'text' | 'html';
  /** Which extractor produced the facts; kept on every claim. */
  extractorVersion: string;
}

/** One article and every fact stated in it: what `ingestArticle` takes. */
export interface ArticleFacts {
  article: ArticleInfo;
  entities: FactEntity[];
  deals: FactDeal[];
  roles: FactRole[];
}

/** Something `console` satisfies; quiet when not given. */
export interface Logger {
  debug?(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}
