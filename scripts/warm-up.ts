/**
 * Warm-up before a measurement (`npm run soak`): the explorer's examples (the published questions) run once,
 * one after another, against the server just started. A Neo4j that has just started plans each query for the
 * first time and reads its pages from disk; measured with `npm run soak`, those first executions took past
 * QUERY_TIMEOUT_MS when several arrived at once (the first minute's 504s). Run once, in order, they warm the
 * plan cache and the page cache before the soak's traffic piles onto them.
 */
import { examples } from '../src/api/explorer/examples';

export interface WarmUp {
  ms: number;
  /** Examples that did not answer 200 (name and status), which the log reports. */
  failed: string[];
}

/** `signal`: the server is shutting down; the examples not yet run are skipped. */
export async function warmUp(baseUrl: string, signal?: AbortSignal): Promise<WarmUp> {
  const started = Date.now();
  const failed: string[] = [];
  for (const e of examples()) {
    if (signal?.aborted) break;
    try {
      const res = await fetch(`${baseUrl}/graphql`, {
        signal,
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query: e.query, variables: e.variables }),
      });
      await res.arrayBuffer();
      if (res.status !== 200) failed.push(`${e.name} ${res.status}`);
    } catch (err) {
      failed.push(`${e.name} ${(err as Error).message}`);
    }
  }
  return { ms: Date.now() - started, failed };
}
