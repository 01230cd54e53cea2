/**
 * Configuration from the environment, validated once. A bad value stops start-up with a message that
 * names the variable, instead of surfacing later as an odd runtime failure.
 */
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const port = z.coerce.number().int().min(1).max(65535);
const positiveInt = z.coerce.number().int().positive();

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** `auto`: human-readable lines when stderr is a terminal, JSON lines otherwise (read by src/logger.ts). */
  LOG_FORMAT: z.enum(['auto', 'json', 'pretty']).default('auto'),

  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port.default(4000),

  /** An existing server (Aura, a cluster, another box). When set, nothing is provisioned locally. */
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s]+$/, 'must look like bolt://host:port or neo4j+s://host')
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(8, 'must be at least 8 characters (Neo4j refuses shorter ones)').default('directives-local'),
  NEO4J_DATABASE: z.string().min(1).optional(),
  /** A read-only user for the API's sessions (Enterprise, Aura); the ingest keeps NEO4J_USER. */
  NEO4J_READ_USER: z.string().min(1).optional(),
  NEO4J_READ_PASSWORD: z.string().min(1).optional(),

  /** The locally provisioned server (ignored when NEO4J_URI is set). */
  NEO4J_INSTANCE: z.string().regex(/^[a-z0-9-]+$/, 'lowercase letters, digits and dashes only').default('dev'),
  NEO4J_BOLT_PORT: port.default(7687),
  NEO4J_HEAP: z.string().regex(/^\d+[mg]$/, 'a JVM size such as 512m or 1g').default('512m'),
  NEO4J_PAGECACHE: z.string().regex(/^\d+[mg]$/, 'a size such as 256m or 1g').default('256m'),
  NEO4J_STARTUP_TIMEOUT_S: positiveInt.default(180),
  /** How long the driver retries a transaction whose connection failed (a restarting server) before giving up. */
  NEO4J_RETRY_MS: z.coerce.number().int().min(0).default(30000),
  /** Stop the provisioned Neo4j when the service shuts down (default: leave it running for the next start). */
  NEO4J_STOP_ON_EXIT: bool.default(false),

  /** Loaded when the graph is empty at start-up. */
  CORPUS_DIR: z.string().min(1).default('data/corpus'),
  INGEST_ON_START: z.enum(['if-empty', 'always', 'never']).default('if-empty'),

  /** API limits. */
  MAX_PAGE_SIZE: positiveInt.default(100),
  MAX_QUERY_DEPTH: positiveInt.default(12),
  MAX_QUERY_COST: positiveInt.default(3000000),
  QUERY_TIMEOUT_MS: positiveInt.default(10000),
  /** Whole-request budget: resolvers and serialisation, not only Cypher (503 past it). */
  REQUEST_TIMEOUT_MS: positiveInt.default(15000),
  /** The most bytes of values a GraphQL response may hold (413 past it). */
  MAX_RESPONSE_BYTES: positiveInt.default(10 * 1024 * 1024),
  /** Automatic persisted-query registration by clients (default: off in production, on otherwise). */
  APQ_REGISTRATION: z.enum(['on', 'off']).optional(),
  /** Bytes of client-registered persisted queries kept (LRU); published ones are kept apart, always. */
  APQ_CACHE_BYTES: positiveInt.default(8 * 1024 * 1024),
  /** How long SIGTERM waits for in-flight requests before closing their connections. */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10000),
  /** npm start: the most time the warm-up (the published questions once, before listening) may take; 0 = none. */
  WARM_UP_MS: z.coerce.number().int().min(0).default(60000),
  /** Schema introspection (default: off in production, on otherwise). */
  INTROSPECTION: bool.optional(),
  CSRF_PREVENTION: bool.default(true),
  CACHE_MAX_AGE_S: z.coerce.number().int().min(0).default(60),
  /**
   * Browser origins allowed to call /graphql and /export (CORS), comma-separated, e.g.
   * `https://dash.example.gov.vn,http://localhost:5173`; `*` allows any origin. Empty: same origin only.
   */
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((s) => s.split(',').map((o) => o.trim().replace(/\/+$/, '')).filter(Boolean))
    .pipe(z.array(z.string().regex(/^(\*|https?:\/\/[^\s/]+)$/, 'each origin must be * or scheme://host[:port], e.g. https://dash.example.org'))),
  /** Server-side limit of one export (CSV/XLSX) transaction, which streams up to every task. */
  EXPORT_TIMEOUT_S: positiveInt.default(300),
  /** Add `extensions.roundTrips`, `queries` and `durationMs` to GraphQL responses (default: on unless NODE_ENV=production). */
  API_DEBUG_EXTENSIONS: bool.optional(),
});

export type Config = z.infer<typeof EnvSchema>;

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message} (got ${JSON.stringify(env[String(i.path[0])])})`);
    throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  }
  return parsed.data;
}
