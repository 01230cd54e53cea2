/**
 * Inputs as careless tools and long documents produce them (issue 8, items 6–9): three-digit item numbers and
 * Roman parts past XX, impossible manifest dates, CRLF and CR line ends, manifests with a BOM or broken JSON,
 * and text saved as UTF-16.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { normalise } from '../../../src/ingest/normalise';
import { extract, extractFile } from '../../../src/ingest/pipeline';
import { readSections } from '../../../src/ingest/sections';
import { rawLines } from '../../../src/ingest/tables';
import { extractTasks } from '../../../src/ingest/tasks';
import { validateExtraction } from '../../../src/ingest/validate';

const CORPUS_FILE = path.resolve(__dirname, '../../../data/corpus/002_6c287b3e803201b8.txt');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'robust-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const write = (name: string, data: string | Buffer) => {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, data);
  return file;
};

describe('numbering past two digits', () => {
  it('body items "99.", "100.", "101." are three tasks, not one', () => {
    const items = [99, 100, 101].map((n) => `${n}. Sở Công Thương chủ trì triển khai nhiệm vụ số ${n} về chuyển đổi số.`);
    const body = ['KẾ HOẠCH', 'II. NHIỆM VỤ, GIẢI PHÁP', ...items, 'III. KINH PHÍ', 'Ngân sách tỉnh.'].join('\n');
    const tasks = extractTasks(rawLines(body), { province: null });
    expect(tasks.map((t) => t.ordinal)).toEqual(['99', '100', '101']);
  });

  it('sections numbered "100." and Roman parts past XX (XXI … XXXIV) are read', () => {
    const romans = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX', 'XXI', 'XXII', 'XXIII', 'XXIV', 'XXV', 'XXVI', 'XXVII', 'XXVIII', 'XXIX', 'XXX', 'XXXI', 'XXXII', 'XXXIII', 'XXXIV'];
    const text = ['KẾ HOẠCH', ...romans.map((r) => `${r}. PHẦN ${r}`), '100. Mục một trăm', '101. Mục một trăm lẻ một'].join('\n');
    const paths = readSections(normalise(text).lines).map((s) => s.path);
    expect(paths).toEqual(expect.arrayContaining(['XXI', 'XXIX', 'XXX', 'XXXIV', 'XXXIV.100', 'XXXIV.101']));
  });
});

describe('manifests', () => {
  const source = { path: 'plan.txt', text: fs.readFileSync(CORPUS_FILE, 'utf8'), format: 'TEXT' as const, sha256: 'a'.repeat(64) };

  it('refuse a date that is not in the calendar (2025-02-30), naming the field', () => {
    expect(() => extract(source, { issuedOn: '2025-02-30' })).toThrow(/issuedOn: a real calendar date/);
    expect(() => extract(source, { issuedOn: '2024-02-29' })).not.toThrow();
  });

  it('the last gate refuses impossible dates from any stage', () => {
    const x = extract(source, { issuedOn: '2024-02-29', override: true });
    expect(() => validateExtraction({ ...x, document: { ...x.document, issuedOn: '2025-13-01' } })).toThrow(/document.issuedOn/);
  });

  it('with a UTF-8 byte-order mark (Notepad) are read', async () => {
    const file = write('bom.txt', fs.readFileSync(CORPUS_FILE));
    write('bom.txt.meta.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"signer":"Nguyễn Văn A","override":true}')]));
    expect((await extractFile(file)).document.signer).toBe('Nguyễn Văn A');
  });

  it('that are not JSON are rejected naming the manifest file', async () => {
    const file = write('broken.txt', fs.readFileSync(CORPUS_FILE));
    write('broken.txt.meta.json', '{"signer": ');
    await expect(extractFile(file)).rejects.toThrow(/broken\.txt\.meta\.json: rejected, nothing written:\n\s+not valid JSON/);
  });
});

describe('line ends and encodings', () => {
  const lf = fs.readFileSync(CORPUS_FILE, 'utf8');

  it.each([
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('spans of a %s file point into the file as written', async (_name, eol) => {
    const text = lf.replace(/\n/g, eol);
    const x = await extractFile(write(`eol-${_name}.txt`, text));
    const y = await extractFile(write('eol-LF.txt', lf));
    expect(x.tasks.length).toBeGreaterThan(0);
    expect(x.tasks.map((t) => t.text)).toEqual(y.tasks.map((t) => t.text));
    for (const t of x.tasks) {
      const written = text.slice(t.span.startOffset, t.span.endOffset);
      const first = t.text.split(/\s+/).slice(0, 3).join(' ');
      expect(written.replace(/\s+/g, ' ')).toContain(first);
      // Line numbers agree with the file's own line ends.
      expect(text.slice(0, t.span.startOffset).split(eol).length).toBe(t.span.startLine);
    }
  });

  it.each([
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(lf, 'utf16le')])],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(lf, 'utf16le').swap16()])],
    ['UTF-16 LE without BOM', Buffer.from(lf, 'utf16le')],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lf)])],
  ])('text saved as %s reads as the UTF-8 file does', async (name, bytes) => {
    const x = await extractFile(write(`${name.replace(/\W+/g, '-')}.txt`, bytes));
    const y = await extractFile(write('utf8.txt', lf));
    expect(x.document).toEqual(y.document);
    expect(x.tasks.map((t) => [t.text, t.span])).toEqual(y.tasks.map((t) => [t.text, t.span]));
  });
});
