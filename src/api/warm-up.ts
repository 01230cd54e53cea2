/**
 * The start-up warm-up: the published questions (the explorer's examples) run once each, one after another,
 * before the server listens. A Neo4j that has just started plans each query for the first time and reads its
 * pages from disk; measured with `npm run soak` (SOAK_WARM_UP=false), those first executions took past
 * QUERY_TIMEOUT_MS when the first users' requests arrived together (20 of 28 requests 504 in the first
 * minute, against 5 of 295 on the same Neo4j warm). Run alone, in order, they fill the plan and page caches
 * first.
 *
 * Bounded: `budgetMs` in all (the example running then is left to end under its own request limits, off the
 * start-up path), and `signal` (shutdown) stops it at once, so a SIGTERM during the warm-up ends the process
 * cleanly instead of racing it.
 */
import { examples, type Example } from './explorer/examples';

export interface WarmUp {
  ms: number;
  /** Examples run to the end. */
  ran: number;
  /** Examples that answered with errors (name and first error code), which the log reports. */
  failed: string[];
  /** Examples not run: the budget was spent, or the server is shutting down. */
  skipped: number;
}

/** `execute`: runs one example, resolving to null when it answered without errors, else what went wrong. */
export async function warmUp(execute: (e: Example) => Promise<string | null>, { budgetMs, signal }: { budgetMs: number; signal?: AbortSignal }): Promise<WarmUp> {
  const started = Date.now();
  const list = examples();
  const failed: string[] = [];
  let ran = 0;
  for (const e of list) {
    const left = started + budgetMs - Date.now();
    if (signal?.aborted || left <= 0) break;
    const stop = stopped(left, signal);
    const outcome = await Promise.race([execute(e).catch((err: Error) => err.message), stop.promise]);
    stop.cancel();
    if (outcome === STOPPED) break;
    ran++;
    if (outcome !== null) failed.push(`${e.name} ${outcome}`);
  }
  return { ms: Date.now() - started, ran, failed, skipped: list.length - ran };
}

const STOPPED = Symbol('stopped');

/** A promise of STOPPED after `ms` or as soon as `signal` aborts (never rejecting), and its clean-up. */
function stopped(ms: number, signal?: AbortSignal): { promise: Promise<typeof STOPPED>; cancel: () => void } {
  let cancel = () => undefined as void;
  const promise = new Promise<typeof STOPPED>((resolve) => {
    const done = () => {
      cancel();
      resolve(STOPPED);
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
    cancel = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
    };
  });
  return { promise, cancel };
}
