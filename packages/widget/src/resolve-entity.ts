import { fetchGraphQL } from './fetch-graphql.js';
import type { SearchHit } from './graph-types.js';
import { SEARCH_QUERY } from './queries.js';
import { WidgetError } from './widget-error.js';

/**
 * Turns the `entity` attribute into a node id. The attribute may already be an id, so an
 * exact id match among the hits wins; otherwise the best-scoring hit is taken.
 */
export async function resolveEntity(endpoint: string, entity: string, signal?: AbortSignal): Promise<SearchHit> {
  const { search } = await fetchGraphQL<{ search: SearchHit[] }>(endpoint, SEARCH_QUERY, { text: entity, first: 1 }, signal);
  const hit = search[0];
  if (!hit) throw new WidgetError('NOT_FOUND', `No company, person or deal called “${entity}” is in the graph. Check the spelling or try the search box.`);
  return hit;
}
