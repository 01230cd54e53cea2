/**
 * Files as they arrive: DOCX through mammoth (table rows become tab-separated lines), PDF through its text
 * layer, and the clear refusals. The binary fixtures are built by tests/fixtures/binary/make-fixtures.py.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extract } from '../../../src/ingest/pipeline';
import { htmlToLines, readSource, UnreadableSourceError } from '../../../src/ingest/read-source';

const fixture = (name: string) => path.join(__dirname, '../../fixtures/binary', name);

describe('DOCX', () => {
  test('paragraphs become lines and a table row becomes one tab-separated line', async () => {
    const src = await readSource(fixture('plan.docx'));
    expect(src.format).toBe('DOCX');
    const lines = src.text.split('\n');
    expect(lines).toContain('KẾ HOẠCH');
    expect(lines).toContain('TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành');
    expect(lines).toContain('1\tXây dựng cơ sở dữ liệu dùng chung của tỉnh\tSở Khoa học và Công nghệ\tQuý II/2026');
    expect(src.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  test('extract() reads the document and its task rows', async () => {
    const x = extract(await readSource(fixture('plan.docx')));
    expect(x.document).toMatchObject({ kind: 'KE_HOACH', symbol: '18/KH-UBND', province: 'Ninh Bình', issuedOn: '2025-10-03' });
    expect(x.tasks.map((t) => [t.ordinal, t.lead, t.deadline?.kind])).toEqual([
      ['1', ['Sở Khoa học và Công nghệ'], 'PERIOD'],
      ['2', ['Sở Nội vụ'], 'RECURRING'],
    ]);
  });

  test('a cell of several paragraphs stays in its row: "<p>Sở Tài chính</p><p>Sở Tư pháp</p>" → "Sở Tài chính; Sở Tư pháp"', () => {
    const html = '<table><tr><td><p>1</p></td><td><p>Rà soát quy định</p></td><td><p>Sở Tài chính</p><p>Sở Tư pháp</p></td></tr></table>';
    expect(htmlToLines(html)).toBe('1\tRà soát quy định\tSở Tài chính; Sở Tư pháp\n');
  });
});

/**
 * unpdf loads pdf.js as an ES module with a dynamic import, which Jest's CommonJS sandbox cannot run
 * (it would need --experimental-vm-modules). The CLI runs under tsx, so the PDF path is checked there:
 * one child process reads each file and reports the text or the error.
 */
function readInNode(file: string): { format?: string; text?: string; error?: string; message?: string } {
  const script = `require(${JSON.stringify(path.join(__dirname, '../../../src/ingest/read-source'))}).readSource(${JSON.stringify(file)})
    .then((s) => console.log(JSON.stringify({ format: s.format, text: s.text })))
    .catch((e) => console.log(JSON.stringify({ error: e.constructor.name, message: e.message })));`;
  const out = execFileSync(process.execPath, ['--import', 'tsx', '-e', script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return JSON.parse(out.trim().split('\n').pop()!);
}

describe('PDF (read by the CLI runtime)', () => {
  test('the text layer comes out line by line', () => {
    const src = readInNode(fixture('plan.pdf'));
    expect(src.format).toBe('PDF');
    expect(src.text!.split('\n').map((l) => l.trim())).toEqual(['KE HOACH', 'So: 18/KH-UBND', 'I. NHIEM VU CU THE', '1. Xay dung co so du lieu dung chung']);
  });

  test('a PDF with neither a text layer nor anything OCR can read (an empty page) is refused', () => {
    expect(readInNode(fixture('scanned.pdf'))).toMatchObject({ error: 'UnreadableSourceError', message: expect.stringMatching(/the PDF has no text layer and OCR found no text on any page/) });
  });
});

describe('refusals', () => {
  test('an unsupported extension names the types it reads', async () => {
    const file = path.join(os.tmpdir(), `ingest-${process.pid}.odt`);
    fs.writeFileSync(file, 'x');
    try {
      await expect(readSource(file)).rejects.toThrow(UnreadableSourceError);
      await expect(readSource(file)).rejects.toThrow(/unsupported file type "\.odt" \(use \.txt, \.md, \.docx, \.pdf, or a page image \.png, \.jpg, \.tif\)/);
    } finally {
      fs.unlinkSync(file);
    }
  });

  test('a .txt that is not UTF-8 (Latin-1 bytes) is refused, not read as mojibake', async () => {
    await expect(readSource(fixture('latin1.txt'))).rejects.toThrow(UnreadableSourceError);
    await expect(readSource(fixture('latin1.txt'))).rejects.toThrow(/not valid UTF-8/);
  });
});

describe('Markdown and web copies', () => {
  test('".md" is Markdown; a .txt with pipe tables is too', async () => {
    const file = path.join(os.tmpdir(), `ingest-${process.pid}.txt`);
    fs.writeFileSync(file, '| STT | Nhiệm vụ |\n|---|---|\n| 1 | Rà soát |\n');
    try {
      expect((await readSource(file)).format).toBe('MARKDOWN');
    } finally {
      fs.unlinkSync(file);
    }
  });
});
