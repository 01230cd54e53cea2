/**
 * Progress of a long ingest. On a terminal (stderr is a TTY): one bar with documents done, tasks written,
 * rate and ETA, redrawn in place (cli-progress), with failures printed above it; the per-document log lines
 * are left out, the summary still follows. Anywhere else: the per-document JSON log lines are the progress.
 */
import { MultiBar, Presets } from 'cli-progress';

export interface IngestProgress {
  /** True when the per-document log lines should be written (no bar is drawn). */
  readonly logsEachDocument: boolean;
  advance(tasks: number): void;
  /** A message that must stay visible (a rejected document), printed above the bar. */
  note(line: string): void;
  stop(): void;
}

export function ingestProgress(total: number, stream: NodeJS.WriteStream = process.stderr): IngestProgress {
  if (!stream.isTTY || total < 2) return { logsEachDocument: true, advance: () => undefined, note: () => undefined, stop: () => undefined };
  const bars = new MultiBar(
    {
      stream,
      format: 'ingest [{bar}] {value}/{total} documents | {tasks} tasks | {rate} docs/s, {taskRate} tasks/s | ETA {eta_formatted}',
      hideCursor: true,
      clearOnComplete: false,
      etaBuffer: 20,
    },
    Presets.shades_classic,
  );
  const bar = bars.create(total, 0, { tasks: 0, rate: '0.00', taskRate: '0' });
  const started = Date.now();
  let tasks = 0;
  let done = 0;
  return {
    logsEachDocument: false,
    advance(n) {
      tasks += n;
      done += 1;
      // Documents a second with two decimals (a large plan with its lineage takes seconds), tasks a second beside them.
      const seconds = Math.max(0.001, (Date.now() - started) / 1000);
      bar.increment(1, { tasks, rate: (done / seconds).toFixed(2), taskRate: (tasks / seconds).toFixed(0) });
    },
    note(line) {
      bars.log(`${line}\n`);
      bars.update(); // draw now: the log is shown on the next redraw
    },
    stop() {
      bars.stop();
    },
  };
}
