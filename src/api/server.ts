/**
 * The HTTP service: `/graphql` (Apollo Server 5 on Express 5; POST and GET; automatic persisted queries, with
 * the explorer's example queries pre-registered), `/health` (Neo4j connectivity; 503 when down) and
 * `/explorer` (offline GraphiQL). `close()` stops HTTP, drains Apollo and closes the driver.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config';
import { logger as rootLogger, type Logger } from '../logger';
import { createContext, type ApiContext } from './context';
import { corsMiddleware } from './cors';
import { csrfPrevention } from './csrf';
import { exportRouter } from './export';
import { explorerRouter } from './explorer';
import { examples, sha256 } from './explorer/examples';
import { formatError } from './plugins/errors';
import { composePlugins, MAX_TOKENS, type RequestStats } from './plugins';
import { APPLICATION_JSON, GRAPHQL_RESPONSE_JSON, type ResponseMediaType } from './plugins/http-status';
import { resolvers } from './resolvers';
import { query } from './cypher';
import { readRows } from './graph';
import { PersistedQueryStore } from './persisted-queries';
import { boundLists } from './plugins/cost';
import { limitFields } from './plugins/response-limits';
import { warmUp, type WarmUp } from './warm-up';
import { documentStore } from './document-store';
import { graphqlPost } from './graphql-post';

/** The largest request body /graphql reads. */
const MAX_BODY_BYTES = 256 * 1024;

/** How long an idle keep-alive connection is kept open (see createApp). */
export const KEEP_ALIVE_MS = 65_000;

export const SCHEMA_DIR = path.resolve(__dirname, '..', '..', 'schema');

export function loadTypeDefs(): string {
  return fs
    .readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => fs.readFileSync(path.join(SCHEMA_DIR, f), 'utf8'))
    .join('\n');
}

export type ApiConfig = Pick<
  Config,
  | 'NODE_ENV'
  | 'HOST'
  | 'PORT'
  | 'NEO4J_DATABASE'
  | 'MAX_PAGE_SIZE'
  | 'MAX_QUERY_DEPTH'
  | 'MAX_QUERY_COST'
  | 'QUERY_TIMEOUT_MS'
  | 'CSRF_PREVENTION'
  | 'CACHE_MAX_AGE_S'
  | 'CORS_ORIGINS'
  | 'EXPORT_TIMEOUT_S'
> &
  Partial<
    Pick<Config, 'API_DEBUG_EXTENSIONS' | 'REQUEST_TIMEOUT_MS' | 'MAX_RESPONSE_BYTES' | 'APQ_REGISTRATION' | 'APQ_CACHE_BYTES' | 'INTROSPECTION' | 'SHUTDOWN_GRACE_MS'>
  >;

export interface AppOptions {
  logger?: Logger;
  /** Neo4j database to read (default: config.NEO4J_DATABASE, else the server's default). */
  database?: string;
  /** Called after every GraphQL request with its Neo4j round trips (tests, bench). */
  onRequestStats?: (stats: RequestStats) => void;
  /** Keep query parameters in the stats passed to onRequestStats (bench replay; off by default). */
  recordParams?: boolean;
  /** Close the driver in `close()` (default true: the service owns it). */
  closeDriver?: boolean;
}

export interface ApiServer {
  app: express.Express;
  httpServer: http.Server;
  /** Starts listening; resolves to the base URL. Port 0 picks a free port. Refused once `close()` has begun. */
  listen(port?: number, host?: string): Promise<string>;
  /** Runs the published questions once each, in process, before listening (./warm-up.ts). */
  warmUp(options: { budgetMs: number; signal?: AbortSignal }): Promise<WarmUp>;
  close(): Promise<void>;
}

/** Neo4j's answer to a trivial read; the driver's error text goes to the log, never to the client. */
async function health(driver: Driver, config: ApiConfig, log: Logger): Promise<{ ok: boolean; ms: number }> {
  const started = Date.now();
  try {
    await readRows(driver, query('health'), {}, { timeoutMs: 2000, database: config.NEO4J_DATABASE });
    return { ok: true, ms: Date.now() - started };
  } catch (err) {
    log.warn({ err: err instanceof Error ? err.message.split('\n')[0] : String(err) }, 'health: Neo4j did not answer');
    return { ok: false, ms: Date.now() - started };
  }
}

export async function createApp(apiConfig: ApiConfig, driver: Driver, options: AppOptions = {}): Promise<ApiServer> {
  const config: ApiConfig = { ...apiConfig, NEO4J_DATABASE: options.database ?? apiConfig.NEO4J_DATABASE };
  const log = options.logger ?? rootLogger;
  const production = config.NODE_ENV === 'production';
  const app = express();
  app.disable('x-powered-by');
  // A plain JSON POST to /graphql is answered without Express (./graphql-post.ts); everything else by `app`.
  let post: ((req: http.IncomingMessage, res: http.ServerResponse) => boolean) | null = null;
  const httpServer = http.createServer((req, res) => {
    if (!post?.(req, res)) app(req, res);
  });
  // Idle keep-alive connections are closed by the client, not under it: Node's 5 s default raced clients
  // reusing a connection at that moment (the server closes it as the request arrives: ECONNRESET; `npm run
  // soak` saw 5 in 3 minutes while the event loop lagged). Clients take the hint (`Keep-Alive: timeout=65`)
  // and close first; 65 s also outlasts the usual load balancer's 60 s idle timeout.
  httpServer.keepAliveTimeout = KEEP_ALIVE_MS;
  httpServer.headersTimeout = KEEP_ALIVE_MS + 1000;

  const { plugins, validationRules } = composePlugins({
    maxDepth: config.MAX_QUERY_DEPTH,
    maxCost: config.MAX_QUERY_COST,
    maxPageSize: config.MAX_PAGE_SIZE,
    maxResponseBytes: config.MAX_RESPONSE_BYTES ?? 10 * 1024 * 1024,
    requestTimeoutMs: config.REQUEST_TIMEOUT_MS ?? 15000,
    cacheMaxAgeS: config.CACHE_MAX_AGE_S,
    production,
    debugExtensions: config.API_DEBUG_EXTENSIONS ?? !production,
    onRequestStats: options.onRequestStats,
  });

  // Persisted queries: the examples are published (always served by hash); clients may register others (APQ)
  // only where APQ_REGISTRATION is on, the default outside production.
  const apqCache = new PersistedQueryStore({
    registration: (config.APQ_REGISTRATION ?? (production ? 'off' : 'on')) === 'on',
    maxBytes: config.APQ_CACHE_BYTES ?? 8 * 1024 * 1024,
  });
  for (const e of examples()) apqCache.publish(`apq:${sha256(e.query)}`, e.query);

  const typeDefs = loadTypeDefs();
  const apollo = new ApolloServer<ApiContext>({
    typeDefs,
    // Outermost, the response limits see each field's value as the client will (a list already cut).
    resolvers: limitFields(typeDefs, boundLists(typeDefs, resolvers as never)) as never,
    plugins: [...plugins, ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.SHUTDOWN_GRACE_MS ?? 10000 })],
    validationRules,
    parseOptions: { maxTokens: MAX_TOKENS },
    csrfPrevention: false, // handled by ./csrf for POST (GET must stay usable by caching services)
    introspection: config.INTROSPECTION ?? !production,
    includeStacktraceInErrorResponses: !production,
    formatError: formatError(production, log),
    persistedQueries: { cache: apqCache, ttl: null },
    documentStore: documentStore(),
    // The process's signals are serve.ts's: Apollo's own handler (installed outside NODE_ENV=test) stopped the
    // server and then re-raised the signal, killing the process (exit 143) before the driver was closed.
    stopOnTerminationSignals: false,
    logger: {
      debug: (m) => log.debug(m),
      info: (m) => log.info(m),
      warn: (m) => log.warn(m),
      error: (m) => log.error(m),
    },
  });
  await apollo.start();

  app.get('/health', async (_req, res) => {
    const h = await health(driver, config, log);
    res
      .status(h.ok ? 200 : 503)
      .set('Cache-Control', 'no-store')
      .json({ status: h.ok ? 'ok' : 'unavailable', neo4j: { connected: h.ok, latencyMs: h.ms } });
  });

  // Browser-facing routes: CORS for other origins' dashboards on the API and the exports.
  const cors = corsMiddleware(config.CORS_ORIGINS);
  app.use(['/graphql', '/export'], ...cors);
  app.use('/export', exportRouter(driver, config, log));
  app.use('/explorer', explorerRouter());
  app.get('/', (_req, res) => res.redirect('/explorer'));

  // A browser opening /graphql gets the explorer.
  app.get('/graphql', (req, res, next) => {
    const wantsHtml = (req.headers.accept ?? '').includes('text/html');
    if (wantsHtml && Object.keys(req.query).length === 0) return res.redirect('/explorer');
    next();
  });

  const contextFor = (responseMediaType: ResponseMediaType | undefined) => Promise.resolve(createContext({ driver, config, recordParams: options.recordParams, responseMediaType }));
  post = graphqlPost({ apollo, context: contextFor, cors: cors as never, maxBodyBytes: MAX_BODY_BYTES });
  app.use(
    '/graphql',
    ...(config.CSRF_PREVENTION ? [csrfPrevention] : []),
    express.json({ limit: MAX_BODY_BYTES }),
    expressMiddleware(apollo, {
      // Express's negotiator, as Apollo's: application/json when Accept is absent or */*.
      context: ({ req }) => contextFor((req.accepts([APPLICATION_JSON, GRAPHQL_RESPONSE_JSON]) || undefined) as ResponseMediaType | undefined),
    }),
  );

  // A body Express could not read (malformed JSON, unsupported charset, too large) is a malformed
  // GraphQL-over-HTTP request: answer it as GraphQL errors in JSON with the parser's 4xx, not Express's HTML page.
  app.use('/graphql', (err: unknown, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    const status = (err as { status?: unknown } | null)?.status;
    if (typeof status !== 'number' || status < 400 || status >= 500) return next(err);
    const message = status === 413 ? 'The request body is too large.' : status === 415 ? 'Unsupported request body encoding.' : 'The request body is not valid JSON.';
    res.status(status).set('Cache-Control', 'no-store').json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
  });

  // Anything else is a JSON 404 (API clients parse JSON; Express's default is an HTML page).
  app.use((req, res) => {
    res.status(404).set('Cache-Control', 'no-store').json({ error: 'not found', path: req.path, endpoints: ['/graphql', '/explorer', '/explorer/lineage', '/export/tasks.csv', '/export/tasks.xlsx', '/health'] });
  });

  let listening = false;
  let closed = false;
  return {
    app,
    httpServer,
    listen(port = config.PORT, host = config.HOST) {
      return new Promise((resolve, reject) => {
        if (closed) return reject(new Error('the server is shutting down'));
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          // close() began while the port was being bound: it found nothing listening, so stop here.
          if (closed) return httpServer.close(() => reject(new Error('the server is shutting down')));
          listening = true;
          const a = httpServer.address() as AddressInfo;
          resolve(`http://${a.address.includes(':') ? `[${a.address}]` : a.address}:${a.port}`);
        });
      });
    },
    warmUp: (o) =>
      warmUp(async (e) => {
        const res = await apollo.executeOperation({ query: e.query, variables: e.variables }, { contextValue: createContext({ driver, config }) });
        const errors = res.body.kind === 'single' ? res.body.singleResult.errors : undefined;
        return errors?.length ? String(errors[0].extensions?.code ?? errors[0].message) : null;
      }, o),
    async close() {
      closed = true;
      // apollo.stop() drains the HTTP server (drain plugin) when it is listening.
      if (listening) httpServer.closeIdleConnections();
      await apollo.stop();
      if (listening && httpServer.listening) await new Promise<void>((r) => httpServer.close(() => r()));
      if (options.closeDriver !== false) await driver.close();
    },
  };
}
