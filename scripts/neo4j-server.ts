/**
 * Provisions and runs a real Neo4j Community server without Docker or neo4j.com: the jars come from
 * Maven Central (scripts/neo4j/pom.xml, via the machine's Maven) into .neo4j/lib, and each named
 * instance (dev for `npm start`, test for jest) gets its own conf/data/logs under .neo4j/instances/<name>
 * and its own Bolt port, so tests never touch the data that `npm start` serves.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import type { Config } from '../src/config';
import { logger } from '../src/logger';

export const ROOT = path.resolve(__dirname, '..');
const HOME = path.join(ROOT, '.neo4j');
const LIB = path.join(HOME, 'lib');
const POM = path.join(ROOT, 'scripts', 'neo4j', 'pom.xml');

export interface InstanceOptions {
  name: string;
  boltPort: number;
  password: string;
  heap: string;
  pageCache: string;
  startupTimeoutS: number;
}

export class ProvisionError extends Error {}

function pinnedVersion(): string {
  const match = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(fs.readFileSync(POM, 'utf8'));
  if (!match) throw new ProvisionError(`No <neo4j.version> in ${POM}`);
  return match[1];
}

function requireCommand(cmd: string, args: string[], hint: string): string {
  const result = spawnSync(cmd, args, { encoding: 'utf8', env: process.env });
  if (result.error || result.status !== 0) throw new ProvisionError(`${cmd} is required but not usable (${result.error?.message ?? result.stderr.trim()}). ${hint}`);
  return `${result.stdout}${result.stderr}`.trim().split('\n')[0];
}

function requireJava(): void {
  const java = requireCommand('java', ['-version'], 'Install a Java 17+ JDK and put java on PATH.');
  const major = Number(/version "(\d+)/.exec(java)?.[1] ?? 0);
  if (major < 17) throw new ProvisionError(`Neo4j 5.26 needs Java 17 or newer; found: ${java}`);
}

/** Resolve the pinned Neo4j jars into .neo4j/lib once; later calls are a stamp check. */
export async function install(): Promise<void> {
  const version = pinnedVersion();
  const stamp = path.join(LIB, `.installed-${version}`);
  if (fs.existsSync(stamp)) return;
  requireJava();
  requireCommand('mvn', ['-v'], 'Install Apache Maven (mvn) so Neo4j can be fetched from Maven Central.');

  logger.info({ version, into: LIB }, 'neo4j: resolving Community server jars from Maven Central');
  fs.rmSync(LIB, { recursive: true, force: true });
  fs.mkdirSync(LIB, { recursive: true });
  await new Promise<void>((resolve, reject) => {
    const mvn = spawn('mvn', ['-B', '-f', POM, 'dependency:copy-dependencies', `-DoutputDirectory=${LIB}`, '-DincludeScope=runtime'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let downloaded = 0;
    const tail: string[] = [];
    const onLine = (line: string) => {
      tail.push(line);
      if (tail.length > 30) tail.shift();
      if (/^Downloaded from/.test(line) || /^\[INFO\] Downloaded from/.test(line)) {
        downloaded += 1;
        if (downloaded % 25 === 0) logger.info({ downloaded }, 'neo4j: downloading artifacts');
      }
    };
    let buffer = '';
    const feed = (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      lines.forEach(onLine);
    };
    mvn.stdout.on('data', feed);
    mvn.stderr.on('data', feed);
    mvn.on('error', reject);
    mvn.on('close', (code) => {
      if (code === 0) return resolve();
      reject(new ProvisionError(`mvn failed with exit code ${code}. Last output:\n${tail.join('\n')}`));
    });
  });
  const jars = fs.readdirSync(LIB).filter((f) => f.endsWith('.jar')).length;
  if (!fs.readdirSync(LIB).some((f) => f.startsWith(`neo4j-server-${version}`))) throw new ProvisionError(`Maven finished but neo4j-server-${version}.jar is missing from ${LIB}`);
  fs.writeFileSync(stamp, new Date().toISOString());
  logger.info({ version, jars }, 'neo4j: installed');
}

function dirs(name: string) {
  const base = path.join(HOME, 'instances', name);
  return { base, conf: path.join(base, 'conf'), data: path.join(base, 'data'), logs: path.join(base, 'logs'), run: path.join(base, 'run'), pid: path.join(base, 'run', 'neo4j.pid') };
}

function writeConfig(opts: InstanceOptions): void {
  const d = dirs(opts.name);
  for (const dir of [d.conf, d.data, d.logs, d.run]) fs.mkdirSync(dir, { recursive: true });
  // Loopback only, HTTP off: the service talks Bolt; nobody else on the machine should reach the DB.
  const conf = [
    'server.default_listen_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${opts.boltPort}`,
    'server.bolt.tls_level=DISABLED',
    'server.http.enabled=false',
    'server.https.enabled=false',
    `server.memory.pagecache.size=${opts.pageCache}`,
    'db.transaction.timeout=60s',
    'dbms.usage_report.enabled=false',
    'dbms.security.auth_enabled=true',
    `server.directories.data=${d.data}`,
    `server.directories.logs=${d.logs}`,
    `server.directories.run=${d.run}`,
    '',
  ].join('\n');
  fs.writeFileSync(path.join(d.conf, 'neo4j.conf'), conf);
}

function readPid(name: string): number | null {
  const file = dirs(name).pid;
  if (!fs.existsSync(file)) return null;
  const pid = Number(fs.readFileSync(file, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function runningPid(name: string): number | null {
  const pid = readPid(name);
  return pid !== null && alive(pid) ? pid : null;
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function logTail(name: string, lines = 25): string {
  const d = dirs(name);
  return ['console.log', 'neo4j.log']
    .map((f) => path.join(d.logs, f))
    .filter((f) => fs.existsSync(f))
    .map((f) => `--- ${f}\n${fs.readFileSync(f, 'utf8').trimEnd().split('\n').slice(-lines).join('\n')}`)
    .join('\n');
}

/** Answers when the server accepts an authenticated Bolt query. */
export async function answers(uri: string, user: string, password: string): Promise<boolean> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { connectionTimeout: 2000, maxConnectionPoolSize: 1 });
  try {
    await driver.executeQuery('RETURN 1');
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

export function boltUri(opts: Pick<InstanceOptions, 'boltPort'>): string {
  return `bolt://127.0.0.1:${opts.boltPort}`;
}

/** Start the instance (installing first if needed) and wait until Bolt answers. Idempotent. */
export async function start(opts: InstanceOptions): Promise<void> {
  await install();
  requireJava();
  const d = dirs(opts.name);
  const uri = boltUri(opts);
  const existing = runningPid(opts.name);
  if (existing !== null) {
    if (await answers(uri, 'neo4j', opts.password)) {
      logger.info({ instance: opts.name, pid: existing, uri }, 'neo4j: already running');
      return;
    }
  } else if (await portInUse(opts.boltPort)) {
    throw new ProvisionError(`Port ${opts.boltPort} on 127.0.0.1 is already taken by another process. Stop it, or choose another port with NEO4J_BOLT_PORT.`);
  }

  writeConfig(opts);
  const firstStart = !fs.existsSync(path.join(d.data, 'dbms'));
  if (firstStart) {
    // The password must be set before the very first start; afterwards it lives in the system database.
    execFileSync('java', ['-cp', path.join(LIB, '*'), 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', opts.password], {
      env: { ...process.env, NEO4J_HOME: d.base, NEO4J_CONF: d.conf },
      stdio: 'ignore',
    });
  }

  if (existing === null) {
    const out = fs.openSync(path.join(d.logs, 'console.log'), 'a');
    const child = spawn(
      'java',
      [
        `-Xms${opts.heap}`,
        `-Xmx${opts.heap}`,
        '-XX:+UseG1GC',
        '-XX:-OmitStackTraceInFastThrow',
        // Java 17 refuses Neo4j's reflective access without these (the distribution's default conf adds them).
        '--add-opens=java.base/java.nio=ALL-UNNAMED',
        '--add-opens=java.base/java.io=ALL-UNNAMED',
        '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
        '--add-opens=java.base/java.lang=ALL-UNNAMED',
        '-Dio.netty.tryReflectionSetAccessible=true',
        '-Dlog4j2.disable.jmx=true',
        '-cp',
        path.join(LIB, '*'),
        'org.neo4j.server.CommunityEntryPoint',
        `--home-dir=${d.base}`,
        `--config-dir=${d.conf}`,
      ],
      { detached: true, stdio: ['ignore', out, out] },
    );
    child.unref();
    fs.writeFileSync(d.pid, String(child.pid));
    logger.info({ instance: opts.name, pid: child.pid, uri, heap: opts.heap, pageCache: opts.pageCache }, 'neo4j: starting');
  }

  const began = Date.now();
  const deadline = began + opts.startupTimeoutS * 1000;
  let lastReport = began;
  while (Date.now() < deadline) {
    const pid = readPid(opts.name);
    if (pid === null || !alive(pid)) throw new ProvisionError(`Neo4j exited during start-up. Server log tail:\n${logTail(opts.name)}`);
    if (await answers(uri, 'neo4j', opts.password)) {
      logger.info({ instance: opts.name, uri, waitedS: Math.round((Date.now() - began) / 1000) }, 'neo4j: ready');
      return;
    }
    await new Promise((r) => setTimeout(r, 1000));
    if (Date.now() - lastReport >= 5000) {
      lastReport = Date.now();
      logger.info({ instance: opts.name, waitedS: Math.round((lastReport - began) / 1000) }, 'neo4j: waiting for Bolt');
    }
  }
  throw new ProvisionError(`Neo4j did not answer on ${uri} within ${opts.startupTimeoutS}s. Server log tail:\n${logTail(opts.name)}`);
}

export async function stop(name: string): Promise<void> {
  const pid = runningPid(name);
  if (pid === null) {
    logger.info({ instance: name }, 'neo4j: not running');
    return;
  }
  process.kill(pid, 'SIGTERM');
  for (let i = 0; i < 60 && alive(pid); i++) await new Promise((r) => setTimeout(r, 500));
  if (alive(pid)) process.kill(pid, 'SIGKILL');
  fs.rmSync(dirs(name).pid, { force: true });
  logger.info({ instance: name, pid }, 'neo4j: stopped');
}

/** Stop and delete the instance's data (the jars stay). */
export async function reset(name: string): Promise<void> {
  await stop(name);
  fs.rmSync(dirs(name).base, { recursive: true, force: true });
  logger.info({ instance: name }, 'neo4j: data reset');
}

export function instanceOptions(config: Config): InstanceOptions {
  return {
    name: config.NEO4J_INSTANCE,
    boltPort: config.NEO4J_BOLT_PORT,
    password: config.NEO4J_PASSWORD,
    heap: config.NEO4J_HEAP,
    pageCache: config.NEO4J_PAGECACHE,
    startupTimeoutS: config.NEO4J_STARTUP_TIMEOUT_S,
  };
}

export interface Neo4jTarget {
  uri: string;
  user: string;
  password: string;
  database?: string;
  /** Whether this process provisioned it (and may stop it). */
  provisioned: boolean;
}

/** NEO4J_URI when set (nothing provisioned); otherwise the local instance, started if needed. */
export async function ensureNeo4j(config: Config): Promise<Neo4jTarget> {
  if (config.NEO4J_URI) return { uri: config.NEO4J_URI, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD, database: config.NEO4J_DATABASE, provisioned: false };
  const opts = instanceOptions(config);
  await start(opts);
  return { uri: boltUri(opts), user: 'neo4j', password: opts.password, database: config.NEO4J_DATABASE, provisioned: true };
}
