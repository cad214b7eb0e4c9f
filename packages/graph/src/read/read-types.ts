// What the read layer returns: plain objects shaped like the GraphQL types they feed.

export type PartyType = 'COMPANY' | 'PERSON';
export type DealRoleType = 'ACQUIRER' | 'TARGET' | 'SELLER' | 'BIDDER';

export interface PartyRecord {
  id: string;
  type: PartyType;
  name: string;
  aliases: string[];
}

export interface DealRecord {
  id: string;
  kind: string;
  status: string;
  year: number | null;
  month: number | null;
  day: number | null;
  amountValue: number | null;
  amountCurrency: string | null;
  amountEur: number | null;
  amountApproximate: boolean | null;
  amountUpTo: boolean | null;
  amountText: string | null;
  confidence: number | null;
  sourceCount: number | null;
  acquirer: PartyRecord | null;
  target: PartyRecord | null;
  seller: PartyRecord | null;
  bidders: PartyRecord[];
}

/** The fields of DealRecord that hold its parties: what a read can leave out when nobody asks for it. */
export type DealPartyField = 'acquirer' | 'target' | 'seller' | 'bidders';

/** A deal read with only some of its parties (the others are absent, not null): see dealProjection. */
export type SelectedDealRecord = Omit<DealRecord, DealPartyField> & Partial<Pick<DealRecord, DealPartyField>>;

export interface ArticleRecord {
  id: string;
  title: string | null;
  lang: string | null;
  publishedAt: string | null;
  url: string | null;
}

export interface SourceRecord {
  article: ArticleRecord;
  evidence: string;
  start: number | null;
  end: number | null;
  lang: string | null;
  confidence: number | null;
}

export interface ClaimRecord extends SourceRecord {
  id: string;
  field: string;
  value: string | null;
  curation: string | null;
}

export interface RoleRecord {
  id: string;
  role: string;
  title: string | null;
  current: boolean | null;
  person: PartyRecord;
  organization: PartyRecord;
}

export interface SearchHitRecord {
  id: string;
  name: string;
  type: PartyType;
  score: number;
}

export interface GraphNodeRecord {
  id: string;
  type: PartyType | 'DEAL';
  label: string;
  kind: string | null;
  status: string | null;
  year: number | null;
  eur: number | null;
}

export interface GraphEdgeRecord {
  id: string;
  source: string;
  target: string;
  type: DealRoleType | 'ROLE' | 'UNIT_OF';
  label: string | null;
}

export interface GraphRecord {
  nodes: GraphNodeRecord[];
  edges: GraphEdgeRecord[];
  truncated: boolean;
}

export interface TimelineEventRecord {
  role: DealRoleType;
  deal: DealRecord;
}

export interface StatsRecord {
  companies: number;
  people: number;
  deals: number;
  articles: number;
  claims: number;
  dealsByKind: { kind: string; count: number }[];
  dealsByStatus: { status: string; count: number }[];
}

/** Deal filter of a deals page; dates are YYYY, YYYY-MM or YYYY-MM-DD, already validated. */
export interface DealFilterInput {
  kind?: string | null;
  status?: string | null;
  party?: string | null;
  from?: string | null;
  to?: string | null;
  minEur?: number | null;
}

export type DealOrderInput = 'DATE_DESC' | 'DATE_ASC' | 'AMOUNT_DESC';

/** An offset page: skip rows, then take limit rows. */
export interface PageInput {
  skip: number;
  limit: number;
}

/** One page of a party's deals in some roles (DealRoleType names), latest first. */
export interface PartyDealsPageInput extends PageInput {
  roles: readonly string[];
  /** The parties to read of each deal. Default: all four. */
  parties?: readonly DealPartyField[];
}

/** A party with the deal pages (in the order asked) and, when asked, the units read with it. */
export interface PartyWithDealsRecord {
  party: PartyRecord;
  pages: SelectedDealRecord[][];
  units: { units: PartyRecord[]; parent: PartyRecord | null } | null;
}
