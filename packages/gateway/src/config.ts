import { z } from 'zod';
import { GatewayError } from './gateway-error.js';

const schema = z.object({
  NEO4J_URI: z.string().regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, 'a Bolt URI such as bolt://127.0.0.1:7687'),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().default('neo4j'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  DEALGRAPH_API_KEY: z.string().min(16, 'at least 16 characters').optional(),
  DEALGRAPH_JWT_SECRET: z.string().min(32, 'at least 32 characters (HS256)').optional(),
  DEALGRAPH_RESPONSE_CACHE: z.enum(['on', 'off']).default('on'),
  DEALGRAPH_CACHE_MAX_STALE_MS: z.coerce.number().int().min(0).max(3_600_000).default(0),
  DEALGRAPH_CORS_ORIGINS: z
    .string()
    .optional()
    .transform((value) => (!value || value.trim() === '*' ? ('*' as const) : value.split(',').map((origin) => origin.trim()).filter(Boolean))),
});

/** The gateway's settings, from the environment, checked once. */
export interface GatewayConfig {
  neo4j: { uri: string; user: string; password: string };
  port: number;
  apiKey: string | null;
  jwtSecret: string | null;
  corsOrigins: string[] | '*';
  /** Answers of read queries kept until the graph changes (DEALGRAPH_RESPONSE_CACHE=off: none); how stale the last look at the graph may be (DEALGRAPH_CACHE_MAX_STALE_MS). */
  responseCache: { maxStaleMs: number } | null;
}

/** Reads and checks the environment; a bad value fails with a GatewayError that names the variable. */
export function readGatewayConfig(env: Record<string, string | undefined> = process.env): GatewayConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new GatewayError('INVALID_CONFIG', `Invalid environment: ${problems}.`);
  }
  const value = parsed.data;
  return {
    neo4j: { uri: value.NEO4J_URI, user: value.NEO4J_USER, password: value.NEO4J_PASSWORD },
    port: value.PORT,
    apiKey: value.DEALGRAPH_API_KEY ?? null,
    jwtSecret: value.DEALGRAPH_JWT_SECRET ?? null,
    corsOrigins: value.DEALGRAPH_CORS_ORIGINS,
    responseCache: value.DEALGRAPH_RESPONSE_CACHE === 'on' ? { maxStaleMs: value.DEALGRAPH_CACHE_MAX_STALE_MS } : null,
  };
}
