/**
 * The commands as a user runs them: `npm run parse` prints JSON without touching Neo4j; `npm run ingest`
 * loads what it can, reports what it rejects with the reason, and writes nothing of a rejected document.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { useEmptyGraph } from '../support/graph';

const ROOT = path.resolve(__dirname, '..', '..');
const TSX = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

function run(script: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [TSX, script, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, LOG_LEVEL: 'info', ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run parse', () => {
  it('prints the extraction of a corpus file as JSON with the contract fields', () => {
    const { code, stdout } = run('src/cli/parse.ts', ['data/corpus/001_51b8acb16028c0b2.txt']);
    expect(code).toBe(0);
    const x = JSON.parse(stdout);
    expect(x.document).toMatchObject({ kind: 'KE_HOACH', symbol: '35/KH-UBND', province: 'Cần Thơ', issuedOn: '2025-08-20', signer: 'Trần Văn Lâu' });
    expect(x.citations[0]).toEqual(expect.objectContaining({ symbol: expect.any(String), relation: expect.stringMatching(/^(IMPLEMENTS|BASED_ON|CITES)$/) }));
    expect(x.tasks[0]).toEqual(expect.objectContaining({ section: expect.anything(), ordinal: expect.anything(), text: expect.any(String), lead: expect.any(Array), coordinators: expect.any(Array), cites: expect.any(Array), span: expect.objectContaining({ startLine: expect.any(Number) }) }));
    expect(Array.isArray(x.indicators) && Array.isArray(x.warnings)).toBe(true);
  });

  it('fails with a message, not a stack trace, for a missing file', () => {
    const { code, stdout, stderr } = run('src/cli/parse.ts', ['no/such/file.txt']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/no such file/i);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe('npm run ingest', () => {
  const graph = useEmptyGraph();

  it('loads the good document, rejects the bad ones with their reasons, and exits non-zero', async () => {
    const env = { NEO4J_URI: process.env.TEST_NEO4J_URI!, NEO4J_USER: process.env.TEST_NEO4J_USER!, NEO4J_PASSWORD: process.env.TEST_NEO4J_PASSWORD! };
    const { code, stderr } = run('src/cli/ingest.ts', ['data/corpus/001_51b8acb16028c0b2.txt', 'tests/fixtures/bad'], env);
    expect(code).toBe(2);
    expect(stderr).toMatch(/latin1\.txt: not valid UTF-8 text/);
    expect(stderr).toMatch(/not-a-directive\.txt.*not a directive document/);
    const summary = stderr.split('\n').map((l) => (l.startsWith('{') ? JSON.parse(l) : {})).find((l) => l.msg === 'ingest: summary');
    expect(summary).toMatchObject({ documents: 1, created: 1, failed: 2 });
    const { records } = await graph().executeQuery('MATCH (d:Document) WHERE NOT d.stub RETURN collect(d.id) AS ids');
    expect(records[0].get('ids')).toEqual(['35/KH-UBND']);
  });
});
