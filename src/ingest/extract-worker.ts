/**
 * The extraction worker (see ./isolated.ts): reads and extracts one file per message, in its own thread with
 * its own heap, so a bomb, a pathological input or a library crash costs this thread only. It reports when
 * reading is done (the parent then switches from the read budget to the extract budget), then the extraction
 * or the reason, always naming the file.
 */
import { parentPort } from 'node:worker_threads';
import { type ChildEvent, killRunning, onChildProcess } from './children';
import { extractSource } from './pipeline';
import { readSource } from './read-source';

export interface ExtractJob {
  id: number;
  file: string;
  maxDocumentBytes: number;
}

/** The pool gives up on this thread: kill the tools it runs (the thread is terminated right after). */
export interface CancelJob {
  cancel: true;
}

export type WorkerMessage =
  | { id: number; phase: 'read' }
  | { id: number; ok: true; extraction: unknown }
  | { id: number; ok: false; reason: string }
  | { child: ChildEvent }
  | { cancelled: true };

let current: ExtractJob | null = null;

/** A library's error ("XRefEntryException: …", "RangeError: Maximum call stack size exceeded") with the file name. */
export function describeFailure(file: string, err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  if (message.includes(file)) return message;
  const name = err instanceof Error && err.name && err.name !== 'Error' ? `${err.name}: ` : '';
  return `${file}: could not be read (${name}${message.split('\n')[0]})`;
}

const post = (m: WorkerMessage) => parentPort!.postMessage(m);

// The pool kills the tools still running when it gives up on this thread (./children.ts).
onChildProcess((child) => post({ child }));

// pdf.js and others may reject a promise nobody awaits: that fails the file at hand, not the batch.
process.on('unhandledRejection', (err) => {
  if (current) post({ id: current.id, ok: false, reason: describeFailure(current.file, err) });
  current = null;
});

parentPort!.on('message', async (job: ExtractJob | CancelJob) => {
  if ('cancel' in job) {
    current = null;
    await killRunning();
    post({ cancelled: true });
    return;
  }
  current = job;
  try {
    const source = await readSource(job.file);
    if (current !== job) return;
    if (source.text.length > job.maxDocumentBytes) {
      throw new Error(`${job.file}: its text is ${source.text.length} characters, more than MAX_DOCUMENT_BYTES (${job.maxDocumentBytes})`);
    }
    post({ id: job.id, phase: 'read' });
    const extraction = extractSource(source, job.file);
    if (current === job) post({ id: job.id, ok: true, extraction });
  } catch (err) {
    if (current === job) post({ id: job.id, ok: false, reason: describeFailure(job.file, err) });
  } finally {
    if (current === job) current = null;
  }
});
