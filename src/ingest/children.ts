/**
 * The external tools an extraction runs (Tesseract, pdftoppm: ./ocr.ts), announced as they start and end, so
 * that whoever owns the extraction can kill them with it. An extraction runs in a worker thread
 * (./isolated.ts); terminating the thread does not end the processes it started (they are the process's
 * children, not the thread's), so the pool first asks the worker to kill its own (it reaps them), and kills by
 * pid, from the pids the worker reported, whatever is still running when it drops the worker (a thread stuck
 * or dead cannot), or when the process exits.
 */
import type { ChildProcess } from 'node:child_process';

export type ChildEvent = { event: 'spawn' | 'exit'; pid: number };
type Listener = (e: ChildEvent) => void;

const listeners = new Set<Listener>();
const running = new Set<ChildProcess>();

/** Announce a child process the extraction started; its exit is announced too. */
export function trackChild(child: ChildProcess): void {
  const pid = child.pid;
  if (pid === undefined) return; // it did not start (the error reaches the caller)
  running.add(child);
  for (const l of listeners) l({ event: 'spawn', pid });
  child.once('exit', () => {
    running.delete(child);
    for (const l of listeners) l({ event: 'exit', pid });
  });
  if (stopping) child.kill('SIGKILL'); // the next page's tool, started after the thread was told to stop
}

let stopping = false;

/**
 * Kill the children this thread started and still runs. Done by the thread itself when it can (its event loop
 * then reaps them; a process killed from elsewhere after the thread is gone stays a zombie entry until the
 * process exits), before the pool terminates it. Tools started afterwards (the OCR of the next page) are
 * killed as they start.
 */
export async function killRunning(): Promise<void> {
  stopping = true;
  const exits = [...running].map((child) => new Promise((resolve) => child.once('exit', resolve)));
  for (const child of running) child.kill('SIGKILL');
  await Promise.all(exits);
}

/** Listen to the children started in this thread (the extraction worker forwards them to the pool). */
export function onChildProcess(listener: Listener): void {
  listeners.add(listener);
}

/** Kill processes by pid (SIGKILL: a tool cut short has nothing to save); one already gone is skipped. */
export function killAll(pids: Iterable<number>): void {
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already exited
    }
  }
}
