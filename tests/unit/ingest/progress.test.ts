import { PassThrough } from 'node:stream';
import { ingestProgress } from '../../../src/ingest/progress';

function terminal(isTTY: boolean): NodeJS.WriteStream & { text: () => string } {
  const stream = new PassThrough() as unknown as NodeJS.WriteStream & { text: () => string };
  let out = '';
  (stream as unknown as PassThrough).on('data', (c: Buffer) => (out += c.toString('utf8')));
  Object.assign(stream, { isTTY, columns: 120, cursorTo: () => true, clearLine: () => true, moveCursor: () => true, text: () => out });
  return stream;
}

describe('ingest progress', () => {
  it('draws a bar with documents, tasks, rate and ETA when stderr is a terminal, and notes failures above it', async () => {
    const tty = terminal(true);
    const p = ingestProgress(3, tty);
    expect(p.logsEachDocument).toBe(false);
    p.advance(120);
    p.note('rejected, nothing written: a.txt: not a directive document');
    p.advance(80);
    p.advance(0);
    p.stop();
    await new Promise((r) => setImmediate(r));
    const out = tty.text();
    expect(out).toMatch(/3\/3 documents \| 200 tasks \| [\d.]+ docs\/s, \d+ tasks\/s \| ETA/);
    expect(out).toContain('rejected, nothing written: a.txt');
  });

  it('leaves progress to the JSON log lines when stderr is not a terminal', () => {
    const pipe = terminal(false);
    const p = ingestProgress(3, pipe);
    expect(p.logsEachDocument).toBe(true);
    p.advance(10);
    p.stop();
    expect(pipe.text()).toBe('');
  });
});
