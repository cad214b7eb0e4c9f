import { compareNames } from './compare-names.js';
import type { PartyType } from './types.js';

/** Who a party is seen with: the evidence that a look-alike name is the same real party. */
export interface PartyContext {
  /** Parties named in the same articles. */
  coMentioned: Set<string>;
  /** Organisations (for a person) or people (for an organisation) linked by a role. */
  roleLinks: Set<string>;
  /** Parties on the other side of the same deals. */
  dealPartners: Set<string>;
}

/** A party already in the graph (or created earlier in the same batch), as resolution sees it. */
export interface KnownParty {
  id: string;
  type: PartyType;
  name: string;
  nameKey: string;
  /** Keys of the name and every alias. */
  keys: Set<string>;
  context: PartyContext;
}

/** An entity of the article being read, with the parties it is seen with in that article. */
export interface PartyQuery {
  type: PartyType;
  /** The name's key first, then its aliases' keys. */
  keys: string[];
  context: PartyContext;
}

export interface PartyMatch {
  party: KnownParty;
  /** Why the entity was taken to be this party, kept in the party's resolution trail. */
  reason: string;
}

export function emptyContext(): PartyContext {
  return { coMentioned: new Set(), roleLinks: new Set(), dealPartners: new Set() };
}

function shared(a: Set<string>, b: Set<string>): number {
  let count = 0;
  for (const id of a) if (b.has(id)) count += 1;
  return count;
}

/**
 * Finds the party an entity is, among index-looked-up candidates, or none.
 * The same name key is the same party; a look-alike name (one typo, an initial,
 * an alias that equals another party's name) is the same party only when the
 * context agrees: a shared role, a shared deal partner or a co-mentioned party.
 * Names that merely look alike with nothing in common stay apart.
 */
export function resolveParty(query: PartyQuery, candidates: Iterable<KnownParty>): PartyMatch | undefined {
  const [nameKey] = query.keys;
  if (nameKey === undefined) return undefined;
  const sameType = [...candidates].filter((c) => c.type === query.type).sort((a, b) => (a.id < b.id ? -1 : 1));
  const exact = sameType.find((c) => c.nameKey === nameKey) ?? sameType.find((c) => c.keys.has(nameKey));
  if (exact) return { party: exact, reason: 'same name' };

  let best: { match: PartyMatch; score: number } | undefined;
  for (const candidate of sameType) {
    const likeness = bestLikeness(query.keys, candidate.keys);
    if (likeness === undefined) continue;
    const roles = shared(query.context.roleLinks, candidate.context.roleLinks);
    const deals = shared(query.context.dealPartners, candidate.context.dealPartners);
    const co = shared(query.context.coMentioned, candidate.context.coMentioned);
    const strong = roles + deals;
    if (likeness.kind === 'initial' ? strong === 0 : strong + co === 0) continue;
    const score = strong * 10 + co;
    if (best && best.score >= score) continue;
    const why = [roles > 0 && `${roles} shared role link(s)`, deals > 0 && `${deals} shared deal partner(s)`, co > 0 && `${co} co-mentioned part(ies)`]
      .filter(Boolean)
      .join(', ');
    best = { match: { party: candidate, reason: `${likeness.kind} name "${likeness.a}" ~ "${likeness.b}"; ${why}` }, score };
  }
  return best?.match;
}

function bestLikeness(
  queryKeys: readonly string[],
  candidateKeys: Set<string>,
): { kind: 'similar' | 'initial' | 'alias'; a: string; b: string } | undefined {
  let found: { kind: 'similar' | 'initial' | 'alias'; a: string; b: string } | undefined;
  for (const a of queryKeys) {
    for (const b of candidateKeys) {
      const likeness = compareNames(a, b);
      // An alias equal to a candidate's name or alias (the entity's own name differs): needs context like a typo.
      if (likeness === 'same') return { kind: 'alias', a, b };
      if (likeness === 'similar') found = { kind: 'similar', a, b };
      else if (likeness === 'initial' && !found) found = { kind: 'initial', a, b };
    }
  }
  return found;
}
