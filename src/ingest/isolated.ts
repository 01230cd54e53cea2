/**
 * Isolated, bounded extraction: each file is read and extracted in a worker thread (./extract-worker.ts)
 * under limits, so a zip bomb, a corrupt PDF, a pathological table or a library crash fails that file with a
 * clear reason naming it, and the batch goes on.
 *
 * - `MAX_DOCUMENT_BYTES`: a larger file is refused before reading, and so is a larger text once read (a DOCX
 *   that inflates).
 * - `MAX_EXTRACT_MEMORY_MB`: the worker's heap (resourceLimits); past it the worker dies, not the process.
 * - `MAX_EXTRACT_MS`: the time the pipeline's stages may take once the file is read.
 * - `MAX_READ_MS`: the time reading may take (decoding, DOCX, PDF text layer, and OCR of scanned pages, which
 *   is why it is separate and long: a long scan legitimately takes minutes; each OCR page also has its own
 *   OCR_PAGE_TIMEOUT_MS).
 *
 * One worker serves files one after another (starting a thread costs ~1 s with the TypeScript loader); it is
 * replaced after a timeout, a crash or running out of memory. The OCR tools the worker runs are the process's
 * children, not the thread's: the worker reports their pids (./children.ts) and the pool kills those still
 * running whenever it drops the worker, and when the process exits.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { z } from 'zod';
import { killAll } from './children';
import type { CancelJob, ExtractJob, WorkerMessage } from './extract-worker';
import type { Extraction } from './model';

const LimitsSchema = z.object({
  MAX_DOCUMENT_BYTES: z.coerce.number().int().positive().default(64 * 1024 * 1024),
  MAX_EXTRACT_MS: z.coerce.number().int().positive().default(60_000),
  MAX_READ_MS: z.coerce.number().int().positive().default(30 * 60_000),
  MAX_EXTRACT_MEMORY_MB: z.coerce.number().int().min(64).default(1536),
  /**
   * Files `npm run ingest` extracts at once, each in its own worker (ingest-files.ts). One by default: a
   * second only pays on a core nobody else uses (on the shared 2-core bench machine it made parsing slower).
   */
  INGEST_WORKERS: z.coerce.number().int().min(1).max(16).default(1),
});
export type ExtractLimits = z.infer<typeof LimitsSchema>;

export function extractLimits(env: NodeJS.ProcessEnv = process.env): ExtractLimits {
  const parsed = LimitsSchema.safeParse(env);
  if (!parsed.success) throw new Error(`Invalid configuration:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  return parsed.data;
}

export class ExtractionFailedError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
    this.name = 'ExtractionFailedError';
  }
}

const WORKER_FILE = path.join(__dirname, 'extract-worker.cjs');
/** How long a dropped worker has to kill its OCR tools itself before they are killed by pid. */
const STOP_GRACE_MS = 500;

interface Pending {
  job: ExtractJob;
  worker: Worker;
  resolve: (x: Extraction) => void;
  reject: (e: Error) => void;
  timer?: NodeJS.Timeout;
}

export class ExtractionPool {
  private worker: Worker | null = null;
  private pending: Pending | null = null;
  private nextId = 1;
  /** Pids of the tools (Tesseract, pdftoppm) each worker has running. */
  private readonly children = new Map<Worker, Set<number>>();

  constructor(private readonly limits: ExtractLimits = extractLimits()) {}

  /**
   * Ends a worker and the tools it runs: the worker kills (and reaps) its own when its event loop is free, as it
   * is while it waits on OCR; whatever still runs after a short grace is killed by pid.
   */
  private async stop(worker: Worker): Promise<void> {
    // Always asked: a tool may have started after the last pid the pool heard of.
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, STOP_GRACE_MS);
      function done() {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('exit', done);
        resolve();
      }
      const onMessage = (m: WorkerMessage) => {
        if ('cancelled' in m) done();
      };
      worker.on('message', onMessage);
      worker.once('exit', done);
      worker.postMessage({ cancel: true } satisfies CancelJob);
    });
    this.killChildren(worker);
    await worker.terminate();
  }

  /** Kills the tools a dropped worker left running. */
  private killChildren(worker: Worker): void {
    const pids = this.children.get(worker);
    this.children.delete(worker);
    if (pids) killAll(pids);
    if (this.children.size === 0) process.off('exit', this.killAllChildren);
  }

  private readonly killAllChildren = () => {
    for (const pids of this.children.values()) killAll(pids);
  };

  private spawn(): Worker {
    const worker = new Worker(WORKER_FILE, {
      resourceLimits: { maxOldGenerationSizeMb: this.limits.MAX_EXTRACT_MEMORY_MB },
      stdout: false,
      stderr: false,
    });
    worker.unref();
    if (this.children.size === 0) process.on('exit', this.killAllChildren);
    this.children.set(worker, new Set());
    worker.on('message', (m: WorkerMessage) => this.onMessage(m, worker));
    worker.on('error', (err: Error & { code?: string }) => {
      const oom = err.code === 'ERR_WORKER_OUT_OF_MEMORY';
      this.fail(oom ? `ran out of memory (more than MAX_EXTRACT_MEMORY_MB = ${this.limits.MAX_EXTRACT_MEMORY_MB} MB)` : `the extractor crashed (${err.name}: ${err.message.split('\n')[0]})`, worker);
    });
    worker.on('exit', (code) => {
      this.fail(`the extractor exited (code ${code})`, worker);
      this.killChildren(worker);
    });
    return worker;
  }

  private onMessage(m: WorkerMessage, worker: Worker): void {
    if ('cancelled' in m) return; // see stop()
    if ('child' in m) {
      const pids = this.children.get(worker);
      if (m.child.event === 'exit') pids?.delete(m.child.pid);
      else if (pids) pids.add(m.child.pid);
      else killAll([m.child.pid]); // started as the worker was dropped
      return;
    }
    const p = this.pending;
    if (!p || m.id !== p.job.id) return;
    if ('phase' in m) {
      // Read: the extract budget starts now.
      this.arm(this.limits.MAX_EXTRACT_MS, `extraction took longer than MAX_EXTRACT_MS (${this.limits.MAX_EXTRACT_MS} ms)`);
      return;
    }
    this.settle();
    if (m.ok) p.resolve(m.extraction as Extraction);
    else p.reject(new ExtractionFailedError(p.job.file, m.reason));
  }

  private arm(ms: number, reason: string): void {
    const p = this.pending;
    if (!p) return;
    clearTimeout(p.timer);
    p.timer = setTimeout(() => this.fail(reason, p.worker, true), ms);
  }

  private settle(): void {
    clearTimeout(this.pending?.timer);
    this.pending = null;
  }

  /** Fails the file at hand; the worker is dropped (a fresh one serves the next file). */
  private fail(reason: string, worker: Worker, terminate = false): void {
    if (worker === this.worker) this.worker = null;
    if (terminate) void this.stop(worker);
    const p = this.pending;
    if (!p || p.worker !== worker) return;
    this.settle();
    p.reject(new ExtractionFailedError(p.job.file, `${p.job.file}: ${reason}; nothing written`));
  }

  /** Reads and extracts one file; rejects with ExtractionFailedError naming the file. One file at a time. */
  extract(file: string): Promise<Extraction> {
    if (this.pending) return Promise.reject(new Error('ExtractionPool extracts one file at a time'));
    let size: number;
    try {
      size = fs.statSync(file).size;
    } catch (err) {
      return Promise.reject(new ExtractionFailedError(file, `${file}: ${(err as Error).message}`));
    }
    if (size > this.limits.MAX_DOCUMENT_BYTES) {
      return Promise.reject(new ExtractionFailedError(file, `${file}: ${size} bytes, more than MAX_DOCUMENT_BYTES (${this.limits.MAX_DOCUMENT_BYTES}); nothing written`));
    }
    const worker = (this.worker ??= this.spawn());
    const job: ExtractJob = { id: this.nextId++, file, maxDocumentBytes: this.limits.MAX_DOCUMENT_BYTES };
    return new Promise<Extraction>((resolve, reject) => {
      this.pending = { job, worker, resolve, reject };
      this.arm(this.limits.MAX_READ_MS, `reading took longer than MAX_READ_MS (${this.limits.MAX_READ_MS} ms)`);
      worker.ref();
      worker.postMessage(job);
    }).finally(() => worker.unref());
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await this.stop(w);
  }
}
