import { compareNames } from './compare-names.js';
import { blockKeys, midLookups } from './fold-name.js';
import { hashId } from './hash-id.js';
import type { PreparedArticle } from './prepare-articles.js';
import { emptyContext, resolveParty, type KnownParty, type PartyContext } from './resolve-party.js';
import type { PartyType, RoleKind } from './types.js';

/** A party as read from the graph, before its context is known. */
export interface PartyCandidate {
  id: string;
  type: PartyType;
  name: string;
  nameKey: string;
  /** The surface forms it already has: only new ones need writing. */
  aliases: string[];
  aliasKeys: string[];
}

export interface PartyRow {
  id: string;
  type: PartyType;
  name: string;
  nameKey: string;
  headBlock: string;
  midBlock: string | null;
  tailBlock: string | null;
  aliases: string[];
  aliasKeys: string[];
  /** New entries of the party's resolution trail (JSON text): which name was taken to be this party, and why. */
  resolution: string[];
}

export interface MentionRow {
  articleId: string;
  partyId: string;
  names: string[];
  start: number | null;
  end: number | null;
}

export interface RoleRow {
  id: string;
  personId: string;
  orgId: string;
  role: RoleKind;
  title: string;
  current: boolean | null;
}

export interface PartyPlan {
  /** Per article id: entity local id → party id. */
  resolved: Map<string, Map<string, string>>;
  parties: PartyRow[];
  mentions: MentionRow[];
  units: Array<{ childId: string; parentId: string }>;
  roles: RoleRow[];
  /** Parties that existed before this batch. */
  existing: Set<string>;
  entitiesCreated: number;
  entitiesMerged: number;
}

function toKnown(candidate: PartyCandidate, context: PartyContext | undefined): KnownParty {
  return {
    id: candidate.id,
    type: candidate.type,
    name: candidate.name,
    nameKey: candidate.nameKey,
    keys: new Set([candidate.nameKey, ...candidate.aliasKeys]),
    context: context ?? emptyContext(),
  };
}

/** Candidates whose name only looks like an entity's: their context must be read before resolution can decide. */
export function partiesNeedingContext(articles: readonly PreparedArticle[], candidates: readonly PartyCandidate[]): string[] {
  // Entities by blocking key, so each candidate is compared with the few entities of its block only;
  // a name told by many articles of the batch is compared once.
  const byBlock = new Map<string, Map<string, { type: PartyType; keys: string[] }>>();
  for (const article of articles) {
    for (const { entity, keys } of article.entities.values()) {
      const name = `${entity.type}|${keys.join('|')}`;
      for (const key of keys) {
        for (const block of lookedUpIn(key, entity.type)) {
          const named = byBlock.get(block) ?? new Map<string, { type: PartyType; keys: string[] }>();
          if (!named.has(name)) named.set(name, { type: entity.type, keys });
          byBlock.set(block, named);
        }
      }
    }
  }
  const ids = new Set<string>();
  for (const candidate of candidates) {
    const keys = new Set([candidate.nameKey, ...candidate.aliasKeys]);
    const entities = new Set<{ type: PartyType; keys: string[] }>();
    for (const key of keys) for (const block of filedUnder(key, candidate.type)) for (const e of byBlock.get(block)?.values() ?? []) entities.add(e);
    for (const e of entities) {
      if (e.type === candidate.type && !keys.has(e.keys[0] ?? '') && looksAlike(e.keys, keys)) {
        ids.add(candidate.id);
        break;
      }
    }
  }
  return [...ids].sort();
}

/** Role kinds that tie a person to an organisation closely enough to stand for it in a deal. */
export const LEADING_ROLES: readonly RoleKind[] = ['FOUNDER', 'CEO', 'CHAIRMAN'];

class PartyIndex {
  private readonly byKey = new Map<string, Set<KnownParty>>();
  private readonly byBlock = new Map<string, Set<KnownParty>>();
  readonly byId = new Map<string, KnownParty>();

  add(party: KnownParty): void {
    this.byId.set(party.id, party);
    for (const key of party.keys) this.index(key, party);
  }

  index(key: string, party: KnownParty): void {
    const put = (map: Map<string, Set<KnownParty>>, k: string): void => {
      const set = map.get(k) ?? new Set();
      set.add(party);
      map.set(k, set);
    };
    put(this.byKey, key);
    for (const block of filedUnder(key, party.type)) put(this.byBlock, block);
  }

  /** The parties that have this key among their names. */
  named(key: string): ReadonlySet<KnownParty> {
    return this.byKey.get(key) ?? new Set();
  }

  candidates(keys: readonly string[], type: PartyType): Set<KnownParty> {
    const found = new Set<KnownParty>();
    for (const key of keys) {
      for (const p of this.byKey.get(key) ?? []) found.add(p);
      for (const block of lookedUpIn(key, type)) for (const p of this.byBlock.get(block) ?? []) found.add(p);
    }
    return found;
  }
}

/**
 * Resolves every entity of a batch of articles to a party, article after article,
 * so an article sees the parties the ones before it created. Exact keys first,
 * then look-alikes judged on the context the exact ones give.
 */
export function planParties(
  articles: readonly PreparedArticle[],
  candidates: readonly PartyCandidate[],
  contexts: ReadonlyMap<string, PartyContext>,
): PartyPlan {
  const index = new PartyIndex();
  for (const candidate of candidates) index.add(toKnown(candidate, contexts.get(candidate.id)));
  const existing = new Set(candidates.map((c) => c.id));
  const rows = new Map<string, PartyRow>();
  const plan: PartyPlan = { resolved: new Map(), parties: [], mentions: [], units: [], roles: [], existing, entitiesCreated: 0, entitiesMerged: 0 };

  for (const article of articles) {
    const resolved = new Map<string, string>();
    const reasons = new Map<string, string>();
    const { facts } = article;
    let createdHere = 0;
    // Exact names first: they give the context on which look-alikes are judged.
    for (const [localId, { entity, keys }] of article.entities) {
      // Without context resolution takes only the same name, so only parties with that key are asked.
      const match = resolveParty({ type: entity.type, keys: [keys[0] ?? ''], context: emptyContext() }, index.named(keys[0] ?? ''));
      if (match) resolved.set(localId, match.party.id);
    }
    // Look-alikes support each other: a typo'd buyer and a typo'd target of the same deal.
    const tentative = new Map<string, Set<string>>();
    for (const [localId, { entity, keys }] of article.entities) {
      if (resolved.has(localId)) continue;
      const ids = [...index.candidates(keys, entity.type)].filter((p) => p.type === entity.type && looksAlike(keys, p.keys)).map((p) => p.id);
      if (ids.length > 0) tentative.set(localId, new Set(ids));
    }
    for (const [localId, { entity, keys }] of article.entities) {
      if (resolved.has(localId)) continue;
      const context = articleContext(article, localId, resolved, tentative);
      const match = resolveParty({ type: entity.type, keys, context }, index.candidates(keys, entity.type));
      if (match) {
        resolved.set(localId, match.party.id);
        reasons.set(localId, match.reason);
        continue;
      }
      const id = hashId(entity.type === 'PERSON' ? 'per' : 'com', entity.type, keys[0]);
      const known = index.byId.get(id);
      if (known) {
        resolved.set(localId, known.id);
        continue;
      }
      index.add({ id, type: entity.type, name: entity.name, nameKey: keys[0] ?? '', keys: new Set(keys), context: emptyContext() });
      resolved.set(localId, id);
      plan.entitiesCreated += 1;
      createdHere += 1;
    }
    plan.entitiesMerged += article.entities.size - createdHere;

    for (const [localId, { entity, keys }] of article.entities) {
      const partyId = resolved.get(localId) ?? '';
      const party = index.byId.get(partyId);
      if (!party) continue;
      for (const key of keys) {
        if (!party.keys.has(key)) {
          party.keys.add(key);
          index.index(key, party);
        }
      }
      const row = rows.get(partyId) ?? {
        id: partyId,
        type: party.type,
        name: party.name,
        nameKey: party.nameKey,
        ...blockRow(party.nameKey, party.type),
        aliases: [],
        aliasKeys: [],
        resolution: [],
      };
      rows.set(partyId, row);
      for (const surface of [entity.name, ...entity.aliases]) if (!row.aliases.includes(surface)) row.aliases.push(surface);
      for (const key of keys) if (!row.aliasKeys.includes(key)) row.aliasKeys.push(key);
      const reason = reasons.get(localId);
      if (reason !== undefined) row.resolution.push(JSON.stringify({ name: entity.name, article: article.id, reason }));
      const first = entity.mentions?.[0];
      plan.mentions.push({ articleId: article.id, partyId, names: [entity.name, ...entity.aliases], start: first?.start ?? null, end: first?.end ?? null });
      if (entity.parent) {
        const parentId = resolved.get(entity.parent);
        if (parentId !== undefined && parentId !== partyId) plan.units.push({ childId: partyId, parentId });
      }
    }
    for (const role of facts.roles) {
      const personId = resolved.get(role.person);
      const orgId = resolved.get(role.org);
      if (personId === undefined || orgId === undefined || personId === orgId) continue;
      plan.roles.push({ id: hashId('role', personId, orgId, role.role), personId, orgId, role: role.role, title: role.title, current: role.current });
    }
    learnContext(article, resolved, index);
    plan.resolved.set(article.id, resolved);
  }
  plan.parties = [...rows.values()];
  return plan;
}

function blockRow(nameKey: string, type: PartyType): { headBlock: string; midBlock: string | null; tailBlock: string | null } {
  const block = blockKeys(nameKey, type);
  return { headBlock: block.head, midBlock: block.mid, tailBlock: block.tail };
}

/** The blocks a key is filed under (see `blockKeys`), each prefixed with its kind. */
function filedUnder(key: string, type: PartyType): string[] {
  const block = blockKeys(key, type);
  return [`h:${block.head}`, ...(block.mid === null ? [] : [`m:${block.mid}`]), ...(block.tail === null ? [] : [`t:${block.tail}`])];
}

/** The blocks a key's look-alikes are filed under. */
function lookedUpIn(key: string, type: PartyType): string[] {
  const block = blockKeys(key, type);
  return [`h:${block.head}`, ...midLookups(key).map((mid) => `m:${mid}`), ...(block.tail === null ? [] : [`t:${block.tail}`])];
}

function looksAlike(keys: readonly string[], partyKeys: ReadonlySet<string>): boolean {
  for (const a of keys) for (const b of partyKeys) if (compareNames(a, b) !== 'different') return true;
  return false;
}

/**
 * The parties an entity is seen with in its article: those resolved so far and,
 * for entities not resolved yet, the look-alikes they may turn out to be.
 */
function articleContext(
  article: PreparedArticle,
  localId: string,
  resolved: ReadonlyMap<string, string>,
  tentative: ReadonlyMap<string, ReadonlySet<string>> = new Map(),
): PartyContext {
  const context = emptyContext();
  const idsOf = (other: string | null | undefined): string[] => {
    if (other === null || other === undefined || other === localId) return [];
    const id = resolved.get(other);
    return id !== undefined ? [id] : [...(tentative.get(other) ?? [])];
  };
  for (const other of article.entities.keys()) for (const id of idsOf(other)) context.coMentioned.add(id);
  for (const role of article.facts.roles) {
    const other = role.person === localId ? role.org : role.org === localId ? role.person : undefined;
    for (const id of idsOf(other)) context.roleLinks.add(id);
  }
  for (const deal of article.facts.deals) {
    const sides = [deal.acquirer, deal.target, deal.seller, ...deal.bidders];
    if (!sides.includes(localId)) continue;
    for (const other of sides) for (const id of idsOf(other)) context.dealPartners.add(id);
  }
  return context;
}

/** What this article tells about who is seen with whom, for the articles after it in the batch. */
function learnContext(article: PreparedArticle, resolved: ReadonlyMap<string, string>, index: PartyIndex): void {
  for (const localId of resolved.keys()) {
    const party = index.byId.get(resolved.get(localId) ?? '');
    if (!party) continue;
    const context = articleContext(article, localId, resolved);
    for (const id of context.coMentioned) party.context.coMentioned.add(id);
    for (const id of context.roleLinks) party.context.roleLinks.add(id);
    for (const id of context.dealPartners) party.context.dealPartners.add(id);
  }
}
