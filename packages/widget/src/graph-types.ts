// The gateway's GraphQL contract as the widget sees it (schema/*.graphql is the source of truth).

export type GraphNodeType = 'COMPANY' | 'PERSON' | 'DEAL';
export type GraphEdgeType = 'ACQUIRER' | 'TARGET' | 'SELLER' | 'BIDDER' | 'ROLE' | 'UNIT_OF';
export type DealKind = 'ACQUISITION' | 'MERGER' | 'STAKE' | 'WRITE_DOWN';
export type DealStatus = 'RUMORED' | 'PLANNED' | 'COMPLETED' | 'CANCELLED';

export interface GraphNode {
  id: string;
  type: GraphNodeType;
  label: string;
  kind?: DealKind | null;
  status?: DealStatus | null;
  year?: number | null;
  eur?: number | null;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: GraphEdgeType;
  label?: string | null;
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

export interface SearchHit {
  id: string;
  name: string;
  type: GraphNodeType;
  score: number;
}

export interface PartyRef {
  id: string;
  name: string;
}

export interface DealSource {
  article: { id: string; title: string | null; url: string | null; publishedAt: string | null } | null;
  evidence: string | null;
  lang: string | null;
  confidence: number | null;
}

export interface DealDetail {
  id: string;
  kind: DealKind | null;
  status: DealStatus | null;
  date: { year: number | null; month: number | null; day: number | null } | null;
  amount: {
    value: number | null;
    currency: string | null;
    eur: number | null;
    approximate: boolean | null;
    upTo: boolean | null;
  } | null;
  acquirer: PartyRef[] | PartyRef | null;
  target: PartyRef[] | PartyRef | null;
  seller: PartyRef[] | PartyRef | null;
  bidders: PartyRef[] | null;
  sources: DealSource[];
}

export const DEAL_KINDS: readonly DealKind[] = ['ACQUISITION', 'MERGER', 'STAKE', 'WRITE_DOWN'];
