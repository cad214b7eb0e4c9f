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

/**
 * The scalar fields of a deal that a read can leave out, named as the GraphQL Deal fields
 * that need them: `date` is year, month and day; `amount` the six amount fields.
 */
export type DealScalarField = 'kind' | 'status' | 'date' | 'amount' | 'confidence' | 'sourceCount';

/** What a read returns of each deal beside its id; what it leaves out is absent from the record (SelectedDealRecord). */
export interface DealSelection {
  /** The parties to read. */
  parties: readonly DealPartyField[];
  /** The scalar fields to read. */
  scalars: readonly DealScalarField[];
  /** Whether the parties come with their aliases. */
  aliases: boolean;
}

/** A party of a deal read without aliases (DealSelection.aliases false) lacks them. */
export type DealPartyRecord = Omit<PartyRecord, 'aliases'> & Partial<Pick<PartyRecord, 'aliases'>>;

/** A deal read with a DealSelection: the fields left out are absent, not null (see dealProjection). */
export type SelectedDealRecord = Pick<DealRecord, 'id'> &
  Partial<Omit<DealRecord, 'id' | DealPartyField>> & {
    acquirer?: DealPartyRecord | null;
    target?: DealPartyRecord | null;
    seller?: DealPartyRecord | null;
    bidders?: DealPartyRecord[];
  };

export interface ArticleRecord {
  id: string;
  title: string | null;
  lang: string | null;
  publishedAt: string | null;
  url: string | null;
}

/** A sentence stating a fact: one claim, by its `id`. */
export interface SourceRecord {
  id: string;
  article: ArticleRecord;
  evidence: string;
  start: number | null;
  end: number | null;
  lang: string | null;
  confidence: number | null;
}

export interface ClaimRecord extends SourceRecord {
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
  /** What to read of each deal. Default: all of it. */
  selection?: DealSelection;
}

/** A party with the deal pages (in the order asked) and, when asked, the units read with it. */
export interface PartyWithDealsRecord {
  party: PartyRecord;
  pages: SelectedDealRecord[][];
  units: { units: PartyRecord[]; parent: PartyRecord | null } | null;
}
