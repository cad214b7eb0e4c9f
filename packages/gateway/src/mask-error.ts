import { GraphError, isGraphUnavailable } from '@dealgraph/graph';
import { GraphQLError } from 'graphql';
import { GatewayError } from './gateway-error.js';

function originalOf(error: unknown): unknown {
  let current = error;
  for (let depth = 0; depth < 5 && current instanceof GraphQLError && current.originalError; depth += 1) current = current.originalError;
  return current;
}

/**
 * What a client sees of an error: GraphQL and gateway errors as they are, Neo4j being
 * unreachable as NEO4J_UNAVAILABLE, a curation the graph refuses with its reason, anything else as "Unexpected error." with nothing inside.
 */
export function maskError(error: unknown, message: string): Error {
  const original = originalOf(error);
  if (original instanceof GatewayError) return error instanceof GraphQLError && error.path ? new GatewayErrorAt(original, error) : original;
  if (isGraphUnavailable(original)) {
    const unavailable = new GatewayError('NEO4J_UNAVAILABLE', 'The graph database is unavailable right now; try again in a moment.', { cause: original });
    return error instanceof GraphQLError ? new GatewayErrorAt(unavailable, error) : unavailable;
  }
  if (original instanceof GraphError && (original.code === 'NOT_FOUND' || original.code === 'INVALID_CURATION')) {
    const refused = new GatewayError(original.code === 'NOT_FOUND' ? 'NOT_FOUND' : 'BAD_USER_INPUT', original.message, { cause: original });
    return error instanceof GraphQLError ? new GatewayErrorAt(refused, error) : refused;
  }
  if (error instanceof GraphQLError && !error.originalError) return error;
  const path = error instanceof GraphQLError ? error.path : undefined;
  return new GraphQLError(message, { path, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
}

/** A gateway error placed at the field it came from. */
class GatewayErrorAt extends GraphQLError {
  constructor(error: GatewayError, at: GraphQLError) {
    super(error.message, { nodes: at.nodes, path: at.path, extensions: error.extensions });
  }
}
