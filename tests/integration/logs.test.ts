/**
 * Logs people can read: `npm run ingest` on a terminal prints pino-pretty lines; the same command with its
 * stderr in a pipe (CI, a log collector) prints one JSON object per line. The terminal is a real pseudo-tty
 * (util-linux `script`), not an environment flag.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const TSX = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const env = { ...process.env, LOG_LEVEL: 'info', LOG_FORMAT: 'auto', NEO4J_URI: process.env.TEST_NEO4J_URI!, NEO4J_USER: process.env.TEST_NEO4J_USER!, NEO4J_PASSWORD: process.env.TEST_NEO4J_PASSWORD! };
// The bad fixtures are all rejected, so this writes nothing to the shared test graph.
const args = [TSX, 'src/cli/ingest.ts', 'tests/fixtures/bad'];
const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
// eslint-disable-next-line no-control-regex
const stripAnsi = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '');

it('npm run ingest on a terminal prints readable lines, not JSON', () => {
  const command = [process.execPath, ...args].map(quote).join(' ');
  const r = spawnSync('script', ['-qefc', command, '/dev/null'], { cwd: ROOT, encoding: 'utf8', env, timeout: 120_000 });
  const out = stripAnsi(r.stdout);
  expect(out).toMatch(/\[\d\d:\d\d:\d\d\.\d{3}\] (INFO|WARN|ERROR): ingest: summary/);
  expect(out).toMatch(/latin1\.txt.*not valid UTF-8 text/);
  expect(out.split(/\r?\n/).filter((l) => l.startsWith('{"level"'))).toEqual([]);
});

it('npm run ingest with stderr in a pipe prints JSON lines', () => {
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env, timeout: 120_000 });
  const lines = r.stderr.split('\n').filter(Boolean);
  expect(lines.length).toBeGreaterThan(0);
  expect(lines.map((l) => JSON.parse(l))).toEqual(expect.arrayContaining([expect.objectContaining({ msg: 'ingest: summary', failed: 2 })]));
});
