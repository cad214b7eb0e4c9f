import type { GraphReader } from '@dealgraph/graph';
import type { Loaders } from './create-loaders.js';
import type { Writer } from './authenticate.js';

/** What every resolver gets. */
export type GatewayContext = {
  reader: GraphReader;
  loaders: Loaders;
  /** Who may write, or null for a reader; checked only by mutations. */
  writer: () => Promise<Writer | null>;
};
