/** Why the extractor refused an input. */
export type ExtractErrorCode =
  | 'EMPTY_INPUT'
  | 'BINARY_INPUT'
  | 'INPUT_TOO_LARGE'
  | 'UNDECODABLE_INPUT'
  | 'MALFORMED_HTML'
  | 'INVALID_OPTION';

/** The one error class of @dealgraph/extract: a typed code, a message that says what to do, the original cause. */
export class ExtractError extends Error {
  override readonly name = 'ExtractError';

  constructor(
    readonly code: ExtractErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
