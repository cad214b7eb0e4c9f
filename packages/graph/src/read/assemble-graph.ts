// Turns the rows of the neighborhood and path queries into the widget's nodes and edges.
import type { Row } from './cypher-query.js';
import type { DealRoleType, GraphEdgeRecord, GraphNodeRecord, GraphRecord, PartyType } from './read-types.js';

interface GraphParty {
  id: string;
  name: string;
  type: PartyType;
}

interface GraphDeal {
  id: string;
  kind: string | null;
  status: string | null;
  year: number | null;
  amountEur: number | null;
  parties: { role: DealRoleType; party: GraphParty }[];
}

/** One row of buildNeighborhoodLevelQuery: a frontier party and what touches it. */
export interface NeighborhoodLevelRow {
  id: string;
  self: GraphParty;
  deals: GraphDeal[];
  roles: { id: string; title: string | null; person: GraphParty; company: GraphParty }[];
  units: { unit: GraphParty; parent: GraphParty }[];
}

function partyNode(party: GraphParty): GraphNodeRecord {
  return { id: party.id, type: party.type, label: party.name, kind: null, status: null, year: null, eur: null };
}

function dealLabel(deal: GraphDeal): string {
  const name = (role: DealRoleType) => deal.parties.find((party) => party.role === role)?.party.name;
  const acquirer = name('ACQUIRER');
  const target = name('TARGET');
  const kind = (deal.kind ?? 'deal').toLowerCase().replace('_', '-');
  if (acquirer && target) return `${acquirer} → ${target}${deal.year ? ` (${deal.year})` : ''}`;
  return `${target ?? acquirer ?? 'unknown'} ${kind}${deal.year ? ` (${deal.year})` : ''}`;
}

function dealNode(deal: GraphDeal): GraphNodeRecord {
  return { id: deal.id, type: 'DEAL', label: dealLabel(deal), kind: deal.kind, status: deal.status, year: deal.year, eur: deal.amountEur };
}

/** Collects nodes up to a limit (in the order met, so nearer nodes win) and the edges between kept nodes. */
class GraphBuilder {
  private readonly nodes = new Map<string, GraphNodeRecord>();
  private readonly edges = new Map<string, GraphEdgeRecord>();
  truncated = false;

  constructor(private readonly limit: number) {}

  addNode(node: GraphNodeRecord): boolean {
    if (this.nodes.has(node.id)) return true;
    if (this.nodes.size >= this.limit) {
      this.truncated = true;
      return false;
    }
    this.nodes.set(node.id, node);
    return true;
  }

  addEdge(edge: GraphEdgeRecord): void {
    if (this.nodes.has(edge.source) && this.nodes.has(edge.target)) this.edges.set(edge.id, edge);
  }

  addDeal(deal: GraphDeal): void {
    if (!this.addNode(dealNode(deal))) return;
    for (const { role, party } of deal.parties) {
      if (this.addNode(partyNode(party))) {
        this.addEdge({ id: `${deal.id}:${role}:${party.id}`, source: deal.id, target: party.id, type: role, label: role.toLowerCase() });
      }
    }
  }

  build(): GraphRecord {
    return { nodes: [...this.nodes.values()], edges: [...this.edges.values()], truncated: this.truncated };
  }
}

/** The parties a level reaches: the next frontier. */
export function partiesReached(rows: readonly NeighborhoodLevelRow[]): string[] {
  const ids = new Set<string>();
  for (const row of rows) {
    for (const deal of row.deals) for (const { party } of deal.parties) ids.add(party.id);
    for (const role of row.roles) ids.add(role.person.id).add(role.company.id);
    for (const unit of row.units) ids.add(unit.unit.id).add(unit.parent.id);
  }
  return [...ids];
}

/** The neighborhood graph from a start deal (or none) and the levels read, nearest first. */
export function assembleNeighborhood(start: GraphDeal | null, levels: readonly NeighborhoodLevelRow[][], limit: number): GraphRecord {
  const builder = new GraphBuilder(limit);
  if (start) builder.addDeal(start);
  for (const rows of levels) {
    for (const row of rows) builder.addNode(partyNode(row.self));
    for (const row of rows) {
      for (const deal of row.deals) builder.addDeal(deal);
      for (const role of row.roles) {
        builder.addNode(partyNode(role.person));
        builder.addNode(partyNode(role.company));
        builder.addEdge({ id: role.id, source: role.person.id, target: role.company.id, type: 'ROLE', label: role.title });
      }
      for (const { unit, parent } of row.units) {
        builder.addNode(partyNode(unit));
        builder.addNode(partyNode(parent));
        builder.addEdge({ id: `${unit.id}:UNIT_OF:${parent.id}`, source: unit.id, target: parent.id, type: 'UNIT_OF', label: 'unit of' });
      }
    }
  }
  return builder.build();
}

interface PathNode {
  id: string;
  type: PartyType | 'DEAL' | 'ROLE';
  name: string | null;
  kind: string | null;
  status: string | null;
  year: number | null;
  amountEur: number | null;
  role: string | null;
  title: string | null;
}

/** A row of buildPathQuery as a graph; a person's Role node becomes one ROLE edge from person to company. */
export function assemblePath(row: Row): GraphRecord {
  const pathNodes = row.nodes as PathNode[];
  const rels = row.rels as { type: string; from: string; to: string }[];
  const byId = new Map(pathNodes.map((node) => [node.id, node]));
  const nodes: GraphNodeRecord[] = [];
  const edges: GraphEdgeRecord[] = [];
  for (const node of pathNodes) {
    if (node.type === 'ROLE') continue;
    const deal = node.type === 'DEAL';
    nodes.push({
      id: node.id,
      type: node.type,
      label: deal ? `${(node.kind ?? 'deal').toLowerCase()}${node.year ? ` (${node.year})` : ''}` : (node.name ?? node.id),
      kind: deal ? node.kind : null,
      status: deal ? node.status : null,
      year: deal ? node.year : null,
      eur: deal ? node.amountEur : null,
    });
  }
  for (const rel of rels) {
    if (rel.type === 'HAS_ROLE') {
      const at = rels.find((other) => other.type === 'AT' && other.from === rel.to);
      const role = byId.get(rel.to);
      if (at) edges.push({ id: rel.to, source: rel.from, target: at.to, type: 'ROLE', label: role?.title ?? role?.role ?? null });
    } else if (rel.type !== 'AT') {
      edges.push({
        id: `${rel.from}:${rel.type}:${rel.to}`,
        source: rel.from,
        target: rel.to,
        type: rel.type as GraphEdgeRecord['type'],
        label: rel.type === 'UNIT_OF' ? 'unit of' : rel.type.toLowerCase(),
      });
    }
  }
  return { nodes, edges, truncated: false };
}
