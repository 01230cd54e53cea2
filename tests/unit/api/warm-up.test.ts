/**
 * The start-up warm-up runs the published questions one at a time and is bounded: by its budget, and by
 * shutdown (a SIGTERM while a question is still running must not wait for it).
 */
import { examples } from '../../../src/api/explorer/examples';
import { warmUp } from '../../../src/api/warm-up';

const never = () => new Promise<string | null>(() => undefined);

describe('warm-up', () => {
  it('runs every published question once, in order, one at a time, and names the ones that failed', async () => {
    const seen: string[] = [];
    let running = 0;
    let most = 0;
    const result = await warmUp(
      async (e) => {
        running++;
        most = Math.max(most, running);
        seen.push(e.name);
        await new Promise((r) => setTimeout(r, 5));
        running--;
        return e.name === examples()[1].name ? 'QUERY_TIMEOUT' : null;
      },
      { budgetMs: 10_000 },
    );
    expect(seen).toEqual(examples().map((e) => e.name));
    expect(most).toBe(1);
    expect(result).toMatchObject({ ran: examples().length, skipped: 0, failed: [`${examples()[1].name} QUERY_TIMEOUT`] });
  });

  it('stops at once when shutdown aborts it, even with a question still running', async () => {
    const stopping = new AbortController();
    setTimeout(() => stopping.abort(), 50);
    const started = Date.now();
    const result = await warmUp(never, { budgetMs: 60_000, signal: stopping.signal });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(result).toMatchObject({ ran: 0, skipped: examples().length });
  });

  it('stops when its budget is spent', async () => {
    const started = Date.now();
    const result = await warmUp(never, { budgetMs: 100 });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(result.skipped).toBe(examples().length);
  });

  it('leaves no timer behind once done (the process can exit)', async () => {
    const before = process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
    await warmUp(async () => null, { budgetMs: 60_000 });
    expect(process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length).toBe(before);
  });
});
