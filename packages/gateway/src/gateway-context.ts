import type { GraphReader } from '@dealgraph/graph';
import type { Loaders } from './create-loaders.js';
import type { Writer } from './authenticate.js';

/** What every resolver gets. */
export type GatewayContext = {
  /** Reads of this request only: aborting `cancelReads` stops those still running in Neo4j. */
  reader: GraphReader;
  /** Aborted when the request times out, so its Cypher stops instead of running on for nobody. */
  cancelReads: AbortController;
  loaders: Loaders;
  /** Who may write, or null for a reader; checked only by mutations. */
  writer: () => Promise<Writer | null>;
};
