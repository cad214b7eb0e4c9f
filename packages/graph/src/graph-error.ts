/** Why a graph operation failed. */
export type GraphErrorCode =
  | 'UNAVAILABLE'
  | 'AUTH_FAILED'
  | 'SCHEMA_FAILED'
  | 'INVALID_FACTS'
  | 'NOT_FOUND'
  | 'INVALID_CURATION'
  | 'QUERY_FAILED'
  | 'CANCELLED';

/** The one error class of @dealgraph/graph: a typed code, a message that says what to do, the original cause. */
export class GraphError extends Error {
  override readonly name = 'GraphError';

  constructor(
    readonly code: GraphErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Turns a driver error into a GraphError whose message says what to do next. */
export function toGraphError(error: unknown, uri: string, doing: string): GraphError {
  if (error instanceof GraphError) return error;
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || /ECONNREFUSED|connect/i.test(message) && code === '') {
    return new GraphError('UNAVAILABLE', `Neo4j is not reachable at ${uri} while ${doing}: start Neo4j or set NEO4J_URI.`, { cause: error });
  }
  if (code.includes('Security.Unauthorized') || code.includes('AuthenticationRateLimit')) {
    return new GraphError('AUTH_FAILED', `Neo4j at ${uri} refused the credentials while ${doing}: check NEO4J_USER and NEO4J_PASSWORD.`, { cause: error });
  }
  return new GraphError('QUERY_FAILED', `Neo4j failed while ${doing}: ${message}`, { cause: error });
}
