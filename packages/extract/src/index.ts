// @dealgraph/extract: a news page in, acquisition facts out. No I/O.

// The output contract (shared/eval/FORMAT.md)
export type {
  Amount,
  Deal,
  DealDate,
  DealKind,
  DealStatus,
  DocumentInfo,
  Entity,
  EntityType,
  Evidence,
  Extraction,
  Role,
  RoleKind,
} from './types.js';

// Extraction
export { extractDocument, type ExtractOptions } from './extract-document.js';

// Errors
export { ExtractError, type ExtractErrorCode } from './extract-error.js';

// Scoring against gold annotations
export * from './evaluate/index.js';
