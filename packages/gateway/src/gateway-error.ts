import { GraphQLError } from 'graphql';

/** What went wrong, as clients see it in `extensions.code`. */
export type GatewayErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'NEO4J_UNAVAILABLE'
  | 'NOT_CONFIGURED'
  | 'TIMEOUT'
  | 'INVALID_CONFIG';

const HTTP_STATUS: Partial<Record<GatewayErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  NEO4J_UNAVAILABLE: 503,
  TIMEOUT: 504,
};

/**
 * The one error class of @dealgraph/gateway: a GraphQL error with a typed code (in
 * `extensions.code`), a message that says what to do, and the original cause.
 */
export class GatewayError extends GraphQLError {
  override readonly name = 'GatewayError';

  constructor(
    readonly code: GatewayErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    const status = HTTP_STATUS[code];
    super(message, { extensions: { code, ...(status ? { http: { status } } : {}) }, originalError: options?.cause instanceof Error ? options.cause : undefined });
  }
}

/** A GraphQL error for a bad argument, naming it. */
export function badInput(argument: string, problem: string): GatewayError {
  return new GatewayError('BAD_USER_INPUT', `Argument ${argument}: ${problem}`);
}
