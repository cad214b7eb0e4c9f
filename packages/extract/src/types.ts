// The extractor's output, one object per document: the contract of shared/eval/FORMAT.md.

export type EntityType = 'COMPANY' | 'PERSON';
export type DealKind = 'ACQUISITION' | 'MERGER' | 'STAKE' | 'WRITE_DOWN';
export type DealStatus = 'RUMORED' | 'PLANNED' | 'COMPLETED' | 'CANCELLED';
export type RoleKind = 'FOUNDER' | 'CEO' | 'CHAIRMAN' | 'HEAD' | 'EXECUTIVE' | 'BOARD' | 'EMPLOYEE';

/** A span of the text as read (after decoding, before cleaning): character offsets, end exclusive. */
export interface Evidence {
  text: string;
  start: number;
  end: number;
}

export interface DocumentInfo {
  id: string;
  /** ISO 639-1 code of the document's main language, or 'und' when unknown. */
  lang: string;
  title: string | null;
  /** YYYY-MM-DD, from the caller or the page itself; null when unknown. */
  publishedAt: string | null;
  url?: string | null;
}

export interface Entity {
  /** Local to the document: e1, e2, … */
  id: string;
  type: EntityType;
  /** Canonical form: no genitive, no leading adjective, no typo the document corrects. */
  name: string;
  /** Other surface forms seen in the document. */
  aliases: string[];
  /** Where the entity is mentioned, in offsets of the text as read. */
  mentions?: Evidence[];
  /** For a unit or division: the local id of the company it belongs to. */
  parent?: string | null;
}

export interface DealDate {
  year: number | null;
  month: number | null;
  day: number | null;
}

export interface Amount {
  value: number;
  /** ISO 4217. */
  currency: string;
  /** Converted at the deal year's reference rate; null when no rate is known. */
  eur: number | null;
  approximate: boolean;
  upTo: boolean;
  /** The amount as written. */
  text: string;
}

export interface Deal {
  id: string;
  kind: DealKind;
  /** Entity ids. For WRITE_DOWN: the owner booking it. */
  acquirer: string | null;
  target: string | null;
  seller: string | null;
  bidders: string[];
  date: DealDate | null;
  amount: Amount | null;
  status: DealStatus;
  /** 0..1 */
  confidence: number;
  evidence: Evidence[];
}

export interface Role {
  person: string;
  org: string;
  role: RoleKind;
  /** The title as written, e.g. "administrerende direktør". */
  title: string;
  /** true: holds it now; false: held it before; null: the text does not say. */
  current: boolean | null;
  evidence: Evidence[];
}

export interface Extraction {
  document: DocumentInfo;
  entities: Entity[];
  deals: Deal[];
  roles: Role[];
}
