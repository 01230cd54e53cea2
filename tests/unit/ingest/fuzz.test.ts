/**
 * Seeded fuzzing of the extractor (issue 8): documents generated from windows of the corpus, mangled the ways
 * real files are (line ends, BOMs, long lines, wide rows, deep numbering, three-digit and Roman ordinals,
 * stray control characters, truncation, shuffled lines), and random manifests. Every case must end as an
 * extraction that passes validation with every span inside the text, or as a clean rejection that names the
 * file: no other exception, no case past its time bound. Raw bytes (random, truncated DOCX/PDF) go through the
 * worker pool and must be refused naming the file.
 *
 * FUZZ_SEED picks the run (printed on failure); FUZZ_CASES the number of text cases (default 1,000).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ExtractionPool, extractLimits } from '../../../src/ingest/isolated';
import { extract } from '../../../src/ingest/pipeline';
import { UnreadableSourceError } from '../../../src/ingest/read-source';
import { InvalidExtractionError, validateExtraction } from '../../../src/ingest/validate';
import type { Span } from '../../../src/ingest/model';
import { prng } from '../../support/prng';

const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);
const CASES = Number(process.env.FUZZ_CASES ?? 1000);
// Far under MAX_EXTRACT_MS (60 s), which bounds any file in production (the worker pool); generous for a
// loaded CI machine. Wide rows took seconds before the table stages were made linear (scripts/growth.ts);
// the run prints its slowest case.
const PER_CASE_MS = 15_000;

const CORPUS = path.resolve(__dirname, '../../../data/corpus');
const corpusLines = fs
  .readdirSync(CORPUS)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => fs.readFileSync(path.join(CORPUS, f), 'utf8').split('\n'));

const ROMANS = ['I', 'IV', 'IX', 'XIV', 'XIX', 'XX', 'XXI', 'XXIX', 'XXX', 'XL', 'L', 'LXXX', 'IIII', 'VX', 'C'];
const JUNK = ['\u0000', '\u0007', '\f', '\u200b', '\ufeff', '\u00ad', '\ud83d\ude00', '\u0301', '\t', '\u00a0', '|', '||', '*', '**', '#', '"', '“', '”', '(', ')', '\\', '𝐀', 'ǅ', '\u202e'];

type Rng = ReturnType<typeof prng>;

/** One mangled document: a window of a corpus file, then a few mutations. */
function generate(r: Rng): string {
  const file = r.pick(corpusLines);
  const start = r.int(Math.max(1, file.length - 40));
  let lines = file.slice(start, start + 5 + r.int(60));
  if (r.next() < 0.3) lines = [...file.slice(0, 8 + r.int(20)), ...lines]; // keep a header sometimes
  const mutations = 1 + r.int(5);
  for (let m = 0; m < mutations; m++) {
    const at = r.int(lines.length + 1);
    switch (r.int(12)) {
      case 0:
        lines.splice(at, 0, ...Array.from({ length: 1 + r.int(150) }, (_, i) => `${i + 95 + r.int(10)}. ${r.pick(lines) ?? 'Nhiệm vụ'}`));
        break;
      case 1:
        lines.splice(at, 0, `${r.pick(ROMANS)}. ${r.pick(['NHIỆM VỤ', 'TỔ CHỨC THỰC HIỆN', 'GIẢI PHÁP', ''])}`);
        break;
      case 2:
        lines.splice(at, 0, Array.from({ length: 2 + r.int(300) }, () => r.pick(['Sở Tài chính', '2025', 'x', '', 'Quý IV/2026', 'UBND tỉnh'])).join('\t'));
        break;
      case 3:
        lines.splice(at, 0, 'Sở Công Thương chủ trì, phối hợp các sở, ngành; '.repeat(1 + r.int(400)));
        break;
      case 4:
        lines = lines.map((l) => (r.next() < 0.1 ? l.slice(0, r.int(l.length + 1)) : l));
        break;
      case 5:
        for (let k = 0; k < 1 + r.int(20); k++) {
          const i = r.int(lines.length);
          const l = lines[i] ?? '';
          const c = r.int(l.length + 1);
          lines[i] = l.slice(0, c) + r.pick(JUNK) + l.slice(c);
        }
        break;
      case 6:
        lines.sort(() => r.next() - 0.5);
        break;
      case 7:
        lines.splice(at, 0, ...Array.from({ length: 1 + r.int(60) }, (_, i) => `${'  '.repeat(i % 6)}${['-', '+', 'a)', '(1)', `${i}.${i}.`, '•'][i % 6]} ${r.pick(lines) ?? ''}`));
        break;
      case 8:
        lines.splice(at, 0, `| ${Array.from({ length: 2 + r.int(40) }, () => r.pick(['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', '---', ':--', ''])).join(' | ')} |`);
        break;
      case 9:
        lines.splice(at, 0, r.pick(['Nơi nhận:', 'TM. ỦY BAN NHÂN DÂN', 'PHỤ LỤC XXI', 'Phụ lục 103', '(Kèm theo Kế hoạch số 12/KH-UBND)', 'Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị;']));
        break;
      case 10:
        lines.splice(at, lines.length); // truncated file
        break;
      default:
        lines.splice(at, 0, ...Array.from({ length: r.int(30) }, () => ''));
    }
  }
  const eol = r.pick(['\n', '\n', '\r\n', '\r']);
  return (r.next() < 0.1 ? '\ufeff' : '') + lines.join(eol) + (r.next() < 0.5 ? eol : '');
}

function manifest(r: Rng): unknown {
  if (r.next() < 0.8) return undefined;
  return r.pick<unknown>([
    { issuedOn: `20${r.int(40)}-${String(r.int(14)).padStart(2, '0')}-${String(r.int(33)).padStart(2, '0')}` },
    { symbol: r.pick(['12/KH-UBND', '', 'x'.repeat(300)]), override: r.next() < 0.5 },
    { unknown: 1 },
    [],
    null,
    'text',
    { kind: r.pick(['KE_HOACH', 'NOPE']), province: r.pick(['Hà Nội', 'ha noi', 'Atlantis']) },
  ]);
}

function inside(span: Span, text: string, lineCount: number): boolean {
  return span.startOffset >= 0 && span.endOffset <= text.length && span.startOffset <= span.endOffset && span.startLine >= 1 && span.endLine <= lineCount && span.startLine <= span.endLine;
}

describe(`extractor fuzz (FUZZ_SEED=${SEED})`, () => {
  it(`${CASES} generated documents: a valid extraction with spans inside the file, or a clean rejection`, () => {
    const r = prng(SEED);
    const failures: string[] = [];
    let extracted = 0;
    let rejected = 0;
    let slowest = { ms: 0, n: -1, chars: 0 };
    for (let n = 0; n < CASES && failures.length < 5; n++) {
      const text = generate(r);
      const m = manifest(r);
      const file = `fuzz-${SEED}-${n}.txt`;
      const started = Date.now();
      try {
        const x = validateExtraction(extract({ path: file, text, format: 'TEXT', sha256: 'f'.repeat(64) }, m), file);
        const lineCount = text.split(/\r\n|\r|\n/).length;
        const spans = [...x.tasks.map((t) => t.span), ...x.indicators.map((i) => i.span), ...x.sections.map((s) => s.span), ...x.citations.map((c) => c.span), ...Object.values(x.document.spans)];
        const bad = spans.find((s) => !inside(s, text, lineCount));
        if (bad) failures.push(`case ${n}: span ${JSON.stringify(bad)} outside the text (${text.length} chars, ${lineCount} lines)`);
        extracted++;
      } catch (err) {
        const clean = (err instanceof InvalidExtractionError || err instanceof UnreadableSourceError) && (err as Error).message.includes(file);
        if (!clean) failures.push(`case ${n}: ${(err as Error).name}: ${(err as Error).message.slice(0, 300)}`);
        rejected++;
      }
      const ms = Date.now() - started;
      if (ms > slowest.ms) slowest = { ms, n, chars: text.length };
      if (ms > PER_CASE_MS) failures.push(`case ${n}: took ${ms} ms (> ${PER_CASE_MS}) on ${text.length} chars`);
    }
    process.stdout.write(`fuzz (FUZZ_SEED=${SEED}): ${extracted} extracted, ${rejected} rejected; slowest case ${slowest.n}: ${slowest.ms} ms on ${slowest.chars} characters\n`);
    if (failures.length) throw new Error(`FUZZ_SEED=${SEED}:\n${failures.join('\n')}`);
    expect(extracted + rejected).toBe(CASES);
    expect(extracted).toBeGreaterThan(CASES / 4); // the generator keeps most cases directives
  }, 180_000);

  it('random and truncated bytes as .txt, .docx and .pdf are refused naming the file, by the worker pool', async () => {
    const r = prng(SEED + 1);
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fuzz-bytes-'));
    const docx = fs.readFileSync(path.resolve(__dirname, '../../fixtures/binary/plan.docx'));
    const pdf = fs.readFileSync(path.resolve(__dirname, '../../fixtures/binary/plan.pdf'));
    const pool = new ExtractionPool(extractLimits({ MAX_EXTRACT_MEMORY_MB: '256', MAX_EXTRACT_MS: '20000', MAX_READ_MS: '20000' }));
    try {
      for (let n = 0; n < 24; n++) {
        const kind = n % 3;
        const base = kind === 1 ? docx : kind === 2 ? pdf : Buffer.from(Array.from({ length: 64 + r.int(2000) }, () => r.int(256)));
        const bytes = Buffer.from(base);
        if (kind > 0) {
          if (r.next() < 0.5) for (let k = 0; k < 1 + r.int(8); k++) bytes[r.int(bytes.length)] = r.int(256);
          else bytes.fill(0, r.int(bytes.length));
        }
        const file = path.join(tmp, `bytes-${n}.${['txt', 'docx', 'pdf'][kind]}`);
        fs.writeFileSync(file, bytes);
        try {
          const x = await pool.extract(file);
          validateExtraction(x, file); // a lucky mutation may still be a readable document
        } catch (err) {
          expect((err as Error).message).toContain(file);
        }
      }
    } finally {
      await pool.close();
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  }, 120_000);
});
