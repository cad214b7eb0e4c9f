// Turns the rows of the neighborhood and path queries into the widget's nodes and edges.
import type { Row } from './cypher-query.js';
import type { DealRoleType, GraphEdgeRecord, GraphNodeRecord, GraphRecord, PartyType } from './read-types.js';

/** A party as the neighborhood queries return it: [id, name, isPerson]. */
type CompactParty = [id: string, name: string, isPerson: boolean];

/** A deal and its parties, in order: [id, kind, status, year, amountEur, [role, partyId, partyName, isPerson][]]. */
export type CompactDeal = [
  id: string,
  kind: string | null,
  status: string | null,
  year: number | null,
  amountEur: number | null,
  parties: [role: DealRoleType, ...party: CompactParty][],
];

/** A role: [roleId, title, ...person, ...company]. */
type CompactRole = [id: string, title: string | null, ...person: CompactParty, ...company: CompactParty];

/** A UNIT_OF link: [...unit, ...parent]. */
type CompactUnit = [...unit: CompactParty, ...parent: CompactParty];

/** One row of buildNeighborhoodLevelQuery: a frontier party (id, name, isPerson) and what touches it. */
export type NeighborhoodLevelRow = [id: string, name: string, isPerson: boolean, deals: CompactDeal[], roles: CompactRole[], units: CompactUnit[]];

function partyNode(id: string, name: string, isPerson: boolean): GraphNodeRecord {
  return { id, type: isPerson ? 'PERSON' : 'COMPANY', label: name, kind: null, status: null, year: null, eur: null };
}

function dealLabel(deal: CompactDeal): string {
  const [, kind, , year, , parties] = deal;
  let acquirer: string | undefined;
  let target: string | undefined;
  // The first party in each role names it, as a find() over the list would.
  for (const party of parties) {
    if (acquirer === undefined && party[0] === 'ACQUIRER') acquirer = party[2];
    else if (target === undefined && party[0] === 'TARGET') target = party[2];
  }
  const kindText = (kind ?? 'deal').toLowerCase().replace('_', '-');
  if (acquirer && target) return `${acquirer} → ${target}${year ? ` (${year})` : ''}`;
  return `${target ?? acquirer ?? 'unknown'} ${kindText}${year ? ` (${year})` : ''}`;
}

/**
 * Collects a neighborhood's nodes up to a limit (in the order met, so nearer nodes win) and
 * the edges between kept nodes, one level at a time: the node count left is the next level's budget.
 */
export class NeighborhoodBuilder {
  private readonly nodes = new Map<string, GraphNodeRecord>();
  private readonly edges = new Map<string, GraphEdgeRecord>();
  truncated = false;

  constructor(private readonly limit: number) {}

  /** Nodes kept so far. */
  get size(): number {
    return this.nodes.size;
  }

  private addParty(id: string, name: string, isPerson: boolean): boolean {
    if (this.nodes.has(id)) return true;
    if (this.nodes.size >= this.limit) {
      this.truncated = true;
      return false;
    }
    this.nodes.set(id, partyNode(id, name, isPerson));
    return true;
  }

  private addEdge(edge: GraphEdgeRecord): void {
    if (this.nodes.has(edge.source) && this.nodes.has(edge.target)) this.edges.set(edge.id, edge);
  }

  /** A deal and its parties (the start of a neighborhood, or a deal a level reads). */
  addDeal(deal: CompactDeal): void {
    const dealId = deal[0];
    if (!this.nodes.has(dealId)) {
      if (this.nodes.size >= this.limit) {
        this.truncated = true;
        return;
      }
      this.nodes.set(dealId, { id: dealId, type: 'DEAL', label: dealLabel(deal), kind: deal[1], status: deal[2], year: deal[3], eur: deal[4] });
    }
    for (const [role, id, name, isPerson] of deal[5]) {
      if (this.addParty(id, name, isPerson)) {
        this.addEdge({ id: `${dealId}:${role}:${id}`, source: dealId, target: id, type: role, label: role.toLowerCase() });
      }
    }
  }

  /** One level's rows: the frontier parties first, then what touches each. */
  addLevel(rows: readonly NeighborhoodLevelRow[]): void {
    for (const row of rows) this.addParty(row[0], row[1], row[2]);
    for (const [, , , deals, roles, units] of rows) {
      for (const deal of deals) this.addDeal(deal);
      for (const [id, title, personId, personName, personIsPerson, companyId, companyName, companyIsPerson] of roles) {
        this.addParty(personId, personName, personIsPerson);
        this.addParty(companyId, companyName, companyIsPerson);
        this.addEdge({ id, source: personId, target: companyId, type: 'ROLE', label: title });
      }
      for (const [unitId, unitName, unitIsPerson, parentId, parentName, parentIsPerson] of units) {
        this.addParty(unitId, unitName, unitIsPerson);
        this.addParty(parentId, parentName, parentIsPerson);
        this.addEdge({ id: `${unitId}:UNIT_OF:${parentId}`, source: unitId, target: parentId, type: 'UNIT_OF', label: 'unit of' });
      }
    }
  }

  build(): GraphRecord {
    return { nodes: [...this.nodes.values()], edges: [...this.edges.values()], truncated: this.truncated };
  }
}

/**
 * Fills in, in place, a frontier party's own entries in its deals, which buildNeighborhoodQuery
 * sends as [role] alone (the row names the party): the rows then have NeighborhoodLevelRow's shape.
 */
export function expandSelfParties(rows: readonly NeighborhoodLevelRow[]): void {
  for (const row of rows) {
    for (const deal of row[3]) {
      for (const party of deal[5] as unknown[][]) if (party.length === 1) party.push(row[0], row[1], row[2]);
    }
  }
}

/** The parties a level reaches that are not in `seen`, in the order met; adds them to `seen`. */
export function partiesReached(rows: readonly NeighborhoodLevelRow[], seen: Set<string>): string[] {
  const next: string[] = [];
  const reach = (id: string) => {
    if (!seen.has(id)) {
      seen.add(id);
      next.push(id);
    }
  };
  for (const [, , , deals, roles, units] of rows) {
    for (const deal of deals) for (const party of deal[5]) reach(party[1]);
    for (const role of roles) {
      reach(role[2]);
      reach(role[5]);
    }
    for (const unit of units) {
      reach(unit[0]);
      reach(unit[3]);
    }
  }
  return next;
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
