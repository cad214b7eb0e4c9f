import { blockKeys, nameKeys, midLookups } from './fold-name.js';
import { GraphError } from './graph-error.js';
import { articleId } from './hash-id.js';
import type { ArticleFacts, FactEntity } from './types.js';

export interface PreparedEntity {
  entity: FactEntity;
  /** The name's key first, then the aliases'. */
  keys: string[];
}

/** An article checked and keyed, ready to be resolved against the graph. */
export interface PreparedArticle {
  id: string;
  facts: ArticleFacts;
  entities: Map<string, PreparedEntity>;
}

/** Checks that every reference points at an entity of the same article, so a bad input fails before any write. */
export function prepareArticle(facts: ArticleFacts): PreparedArticle {
  const where = facts.article.url ?? facts.article.title ?? 'an article';
  if (typeof facts.article.text !== 'string' || facts.article.text.length === 0) {
    throw new GraphError('INVALID_FACTS', `${where} has no text: pass the article text the facts were extracted from.`);
  }
  const entities = new Map<string, PreparedEntity>();
  for (const entity of facts.entities) {
    const keys = nameKeys(entity.name, entity.aliases);
    if (keys.length === 0) throw new GraphError('INVALID_FACTS', `${where}: entity ${entity.id} has an empty name; drop it or name it.`);
    entities.set(entity.id, { entity, keys });
  }
  const check = (ref: string | null | undefined, what: string): void => {
    if (ref !== null && ref !== undefined && !entities.has(ref)) {
      throw new GraphError('INVALID_FACTS', `${where}: ${what} refers to entity "${ref}", which the article does not list; list it in entities.`);
    }
  };
  for (const entity of facts.entities) check(entity.parent, `entity ${entity.id}'s parent`);
  for (const deal of facts.deals) {
    for (const ref of [deal.acquirer, deal.target, deal.seller, ...deal.bidders]) check(ref, `deal ${deal.id}`);
  }
  for (const role of facts.roles) {
    check(role.person, 'a role');
    check(role.org, 'a role');
    if (entities.get(role.person)?.entity.type !== 'PERSON') {
      throw new GraphError('INVALID_FACTS', `${where}: a role's person "${role.person}" is not a PERSON entity; fix the role or the entity type.`);
    }
  }
  return { id: articleId(facts.article.text), facts, entities };
}

/** The index lookups that find every candidate party of a batch: exact keys and blocking keys. */
export function lookupKeys(articles: readonly PreparedArticle[]): { keys: string[]; heads: string[]; mids: string[]; tails: string[] } {
  const keys = new Set<string>();
  const heads = new Set<string>();
  const mids = new Set<string>();
  const tails = new Set<string>();
  for (const article of articles) {
    for (const { entity, keys: entityKeys } of article.entities.values()) {
      for (const key of entityKeys) {
        keys.add(key);
        const block = blockKeys(key, entity.type);
        heads.add(block.head);
        for (const mid of midLookups(key)) mids.add(mid);
        if (block.tail !== null) tails.add(block.tail);
      }
    }
  }
  return { keys: [...keys].sort(), heads: [...heads].sort(), mids: [...mids].sort(), tails: [...tails].sort() };
}
