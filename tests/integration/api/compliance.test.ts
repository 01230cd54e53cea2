/**
 * GraphQL-over-HTTP compliance, audited by an independent suite (graphql-http's `serverAudits`) against the
 * real service (createApp on an ephemeral port, real Neo4j, CSRF prevention on as in production). Every MUST
 * audit has to pass; SHOULD audits are pinned too, so a regression in status codes or media types shows up
 * here. The results table is printed for the record.
 */
import { serverAudits, type AuditResult } from 'graphql-http';
import { startHarness, type Harness } from './harness';

describe('GraphQL over HTTP compliance (graphql-http server audits)', () => {
  let h: Harness;
  let results: AuditResult[] = [];

  beforeAll(async () => {
    // The audits query `__type`, so introspection is switched on (production turns it off by default).
    h = await startHarness({ CSRF_PREVENTION: 'true', NODE_ENV: 'production', API_DEBUG_EXTENSIONS: 'false', INTROSPECTION: 'true' });
    const audits = serverAudits({ url: `${h.url}/graphql`, fetchFn: fetch });
    results = [];
    for (const audit of audits) results.push(await audit.fn());
    const level = (r: AuditResult) => r.name.split(' ')[0];
    const summary: Record<string, { ok: number; failed: number }> = {};
    for (const r of results) {
      const s = (summary[level(r)] ??= { ok: 0, failed: 0 });
      if (r.status === 'ok') s.ok++;
      else s.failed++;
    }
    const failed = results.filter((r) => r.status !== 'ok').map((r) => `  ${r.id} ${r.name}: ${'reason' in r ? r.reason : ''}`);
    console.log(`graphql-http audits: ${JSON.stringify(summary)}${failed.length ? `\n${failed.join('\n')}` : ''}`);
  });

  afterAll(async () => {
    await h.close();
  });

  const failures = (requirement: 'MUST' | 'SHOULD' | 'MAY') =>
    results.filter((r) => r.name.startsWith(`${requirement} `) && r.status !== 'ok').map((r) => ({ id: r.id, name: r.name, reason: 'reason' in r ? r.reason : '' }));

  it('runs the audits', () => {
    expect(results.length).toBeGreaterThan(50);
  });

  it('passes every MUST audit', () => {
    expect(failures('MUST')).toEqual([]);
  });

  it('passes every SHOULD audit', () => {
    expect(failures('SHOULD')).toEqual([]);
  });

  it('passes every MAY audit', () => {
    expect(failures('MAY')).toEqual([]);
  });
});
