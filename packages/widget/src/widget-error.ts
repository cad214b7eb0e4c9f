/** Why a widget request failed; `code` lets the element choose what to tell the reader. */
export type WidgetErrorCode = 'UNREACHABLE' | 'HTTP' | 'GRAPHQL' | 'NOT_FOUND' | 'BAD_RESPONSE';

/** The one error type of the widget: a typed code, a message that says what to do, and the cause. */
export class WidgetError extends Error {
  override readonly name = 'WidgetError';
  readonly code: WidgetErrorCode;

  constructor(code: WidgetErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}
