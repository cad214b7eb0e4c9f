import { GraphError } from '../graph-error.js';

/** True for the read layer's "Neo4j cannot be reached" error: the caller may retry later. */
export function isGraphUnavailable(error: unknown): boolean {
  return error instanceof GraphError && error.code === 'UNAVAILABLE';
}
