// @dealgraph/gateway: the GraphQL API over the dealgraph graph.

// Building and running
export { createGateway, type CreateGatewayOptions, type Gateway, type GatewayLimits, type GatewayLogger } from './create-gateway.js';
export type { ResponseCacheOptions, ResponseCacheStats } from './create-response-cache.js';
export { listenGateway, type ListenGatewayOptions, type RunningGateway } from './listen-gateway.js';
export { readGatewayConfig, type GatewayConfig } from './config.js';

// What the host supplies for writes
export type { CurationFunctions, IngestArticle, IngestArticleInput, IngestArticleResult } from './write-functions.js';

// Limits and errors
export { MAX_PAGE_SIZE } from './paginate.js';
export { GatewayError, type GatewayErrorCode } from './gateway-error.js';
