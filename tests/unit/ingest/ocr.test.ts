/**
 * OCR against the real engine (Debian's tesseract-ocr + tesseract-ocr-vie + poppler-utils, installed by
 * .ci/run): scans are built at run time from real plan text with ImageMagick (scripts/scan-tools.ts), as
 * short strips of a page so the suite stays cheap on two cores.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { characterAccuracy, layOutPages, renderPage, renderScan, writePdf, type ScanTable } from '../../../scripts/scan-tools';
import type { Extraction, SourcePage } from '../../../src/ingest/model';
import { OCR_APT_LINE, ocrImage, ocrSettings, parseTesseractTsv, sidewaysTurn, turnQuarter, unglueAbbreviation } from '../../../src/ingest/ocr';
import { textLayerProblem } from '../../../src/ingest/pages';
import { extractFile } from '../../../src/ingest/pipeline';
import { readSource, tiffPageCount } from '../../../src/ingest/read-source';

/** Section III of Hà Tĩnh's plan for 153/NQ-CP (data/corpus/002): an agency heading and its first task. */
const PLAN_PAGE = [
  'III. TỔ CHỨC THỰC HIỆN',
  '1. Sở Ngoại vụ',
  '- Nghiên cứu, tham mưu kiện toàn Ban Chỉ đạo và Tổ Giúp việc Ban Chỉ đạo Hội',
  'nhập quốc tế tỉnh đảm bảo phù hợp với tình hình thực tiễn. Phối hợp tuyên',
  'truyền, phổ biến, quán triệt sâu sắc thường xuyên, sâu rộng về nội dung Nghị',
  'quyết số 59-NQ/TW, Nghị quyết số 153/NQ-CP, Chương trình hành động số',
  '44-CTr/TU và các chủ trương, chính sách của Đảng, Nhà nước về hội nhập quốc tế.',
];
/** A title block typed as a text layer (Helvetica, so ASCII). */
const TEXT_PAGE = ['UY BAN NHAN DAN TINH HA TINH', 'So: 206/KH-UBND', 'KE HOACH', 'Trien khai thuc hien Nghi quyet so 153/NQ-CP ngay 31/5/2025 cua Chinh phu'];

/**
 * An appendix task table of Hà Nội's 2024 foreign-information plan (data/corpus/004), printed as a ruled
 * table in its own column order (number, content, schedule, lead, coordinating), with a group row.
 */
const TABLE: ScanTable = {
  widths: [0.55, 3.2, 1.3, 1.8, 2],
  headerRows: 1,
  rows: [
    ['TT', 'Nội dung, quy mô công việc', 'Tiến độ thời gian', 'Cơ quan phụ trách', 'Cơ quan phối hợp'],
    ['I', 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG'],
    ['1', 'Xây dựng và tham mưu UBND Thành phố ban hành Kế hoạch về tổ chức các hoạt động thông tin đối ngoại năm 2024.', 'Tháng 1', 'Sở Thông tin và Truyền thông', 'Ban Tuyên giáo Thành ủy và các cơ quan, đơn vị liên quan'],
    ['2', 'Tập huấn, bồi dưỡng nghiệp vụ cho cán bộ phụ trách thông tin đối ngoại các sở, ban, ngành, quận, huyện, thị xã.', 'Quý III/2024', 'Sở Thông tin và Truyền thông', 'Các cơ quan, đơn vị liên quan'],
  ],
};

const strip = { dpi: 300, heightInches: 3.4 };
let dir: string;
const at = (name: string) => path.join(dir, name);

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocr-test-'));
  renderScan(PLAN_PAGE, at('page.png'), strip);
  renderScan(PLAN_PAGE, at('rotated.png'), { ...strip, rotate: 90 });
  renderScan([], at('blank.png'), strip);
  renderScan(PLAN_PAGE, at('page.jpg'), strip);
  renderScan([], at('blank.jpg'), strip);
  writePdf([{ jpeg: at('page.jpg'), dpi: 300 }], at('scan.pdf'));
  writePdf([{ textLines: TEXT_PAGE }, { jpeg: at('page.jpg'), dpi: 300 }, { jpeg: at('blank.jpg'), dpi: 300 }], at('mixed.pdf'));
  const [tablePage] = layOutPages([{ text: ['PHỤ LỤC', 'NHIỆM VỤ THỰC HIỆN KẾ HOẠCH'] }, { table: TABLE }], { dpi: 300, pointSize: 11 });
  renderPage(tablePage, at('table.jpg'), { dpi: 300, pointSize: 11, heightInches: 4.6, skew: 0.5, seed: 7 });
  writePdf([{ jpeg: at('table.jpg'), dpi: 300 }], at('table.pdf'));
  renderPage(tablePage, at('table.png'), { dpi: 300, pointSize: 11, heightInches: 4.6, skew: -0.4, seed: 8 });
  renderPage(tablePage, at('table-sideways.png'), { dpi: 300, pointSize: 11, heightInches: 4.6, skew: -0.4, seed: 8, rotate: 90 });
  fs.writeFileSync(at('not-a-pdf.pdf'), '<!DOCTYPE html><html><body>404 Not Found</body></html>\n');
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('a page image (PNG) goes through Tesseract', () => {
  test('its text comes back (≥ 97% of characters) and enters the pipeline with page, box and confidence', async () => {
    const source = await readSource(at('page.png'));
    expect(source.format).toBe('IMAGE');
    expect(characterAccuracy(PLAN_PAGE.join('\n'), source.text).accuracy).toBeGreaterThanOrEqual(0.97);
    expect(source.pages).toEqual([expect.objectContaining({ page: 1, method: 'OCR', reason: 'page image', engine: expect.stringMatching(/^tesseract \d.*\(vie\)$/) })]);
    expect(source.pages![0].confidence).toBeGreaterThan(80);

    const x = await extractFile(at('page.png'));
    const task = x.tasks.find((t) => t.text.startsWith('Nghiên cứu, tham mưu kiện toàn Ban Chỉ đạo'));
    expect(task).toMatchObject({ lead: ['Sở Ngoại vụ'], cites: ['59-NQ/TW', '153/NQ-CP', '44-CTr/TU'] });
    // Five OCR lines on the page: the span's box covers them, within the 300 dpi strip.
    expect(task!.span.page).toBe(1);
    expect(task!.span.box!.height).toBeGreaterThan(4 * 40);
    expect(task!.span.box!.y + task!.span.box!.height).toBeLessThan(3.4 * 300);
    expect(x.source.pages![0].method).toBe('OCR');
    expect(x.warnings.filter((w) => w.code.startsWith('OCR_'))).toEqual([]);
  });

  test('a page below OCR_MIN_CONFIDENCE is a warning with the page, not silent', async () => {
    process.env.OCR_MIN_CONFIDENCE = '99.9';
    try {
      const x = await extractFile(at('page.png'));
      const warning = x.warnings.find((w) => w.code === 'OCR_LOW_CONFIDENCE');
      expect(warning?.message).toMatch(/^page 1: OCR confidence [\d.]+ is below OCR_MIN_CONFIDENCE=99.9/);
      expect(warning?.span).toMatchObject({ startLine: 1, page: 1 });
    } finally {
      delete process.env.OCR_MIN_CONFIDENCE;
    }
  });

  test('a page fed sideways (rotated 90°) is read the right way up', async () => {
    const source = await readSource(at('rotated.png'));
    expect(characterAccuracy(PLAN_PAGE.join('\n'), source.text).accuracy).toBeGreaterThanOrEqual(0.95);
  });

  test('a multi-page TIFF is read page by page, each page reported as the engine finishes it', async () => {
    execFileSync('convert', [at('page.png'), at('blank.png'), '+repage', '-depth', '8', at('two.tif')]);
    expect(tiffPageCount(fs.readFileSync(at('two.tif')))).toBe(2);
    expect(tiffPageCount(fs.readFileSync(at('page.png')))).toBeNull();
    const started: number[] = [];
    const pages = await ocrImage(at('two.tif'), ocrSettings(), { onPageStart: (page) => started.push(page) });
    expect(started).toEqual([1, 2]);
    expect(pages.map((p) => p.lines.length > 0)).toEqual([true, false]);
  });

  test('a page image of a ruled table is read cell by cell too (ImageMagick splits the image into pages)', async () => {
    const x = await extractFile(at('table.png'));
    expect(x.source.pages).toEqual([expect.objectContaining({ page: 1, method: 'OCR', dpi: 300 })]);
    expect(x.tasks.map((t) => [t.lead, t.deadline?.raw])).toEqual([
      [['Sở Thông tin và Truyền thông'], 'Tháng 1'],
      [['Sở Thông tin và Truyền thông'], 'Quý III/2024'],
    ]);
  });

  test('a ruled table page fed sideways (rotated 90°) is turned upright and read cell by cell', async () => {
    const x = await extractFile(at('table-sideways.png'));
    expect(x.tasks.map((t) => [t.lead, t.deadline?.raw])).toEqual([
      [['Sở Thông tin và Truyền thông'], 'Tháng 1'],
      [['Sở Thông tin và Truyền thông'], 'Quý III/2024'],
    ]);
    // The boxes are the upright page's: a row is wider than it is tall.
    expect(x.tasks[0].span.box!.width).toBeGreaterThan(3 * x.tasks[0].span.box!.height);
  });

  test('without ImageMagick Tesseract reads the image file itself', async () => {
    process.env.IMAGEMAGICK_BIN = path.join(dir, 'no-such-dir', 'convert');
    try {
      const source = await readSource(at('page.png'));
      expect(characterAccuracy(PLAN_PAGE.join('\n'), source.text).accuracy).toBeGreaterThanOrEqual(0.97);
    } finally {
      delete process.env.IMAGEMAGICK_BIN;
    }
  });

  test('a blank page image is refused: there is nothing to read', async () => {
    await expect(readSource(at('blank.png'))).rejects.toThrow(/blank\.png: OCR found no text in the image/);
  });

  test('without Tesseract the image is refused with the exact apt-get line', async () => {
    process.env.TESSERACT_BIN = path.join(dir, 'no-such-dir', 'tesseract');
    try {
      await expect(readSource(at('page.png'))).rejects.toThrow(`a page image needs OCR, but Tesseract is not available (TESSERACT_BIN=${process.env.TESSERACT_BIN}); install OCR with: ${OCR_APT_LINE}`);
    } finally {
      delete process.env.TESSERACT_BIN;
    }
    expect(OCR_APT_LINE).toBe('apt-get install tesseract-ocr tesseract-ocr-vie poppler-utils');
  });
});

/**
 * unpdf (pdf.js) is an ES module Jest's CommonJS sandbox cannot load, so PDFs are read by the CLI runtime
 * (tsx) in one child process per batch, with the given environment.
 */
type Result = { error?: string; message?: string; format?: string; text?: string; pages?: SourcePage[]; extraction?: Extraction };
function readPdfs(files: string[], env: Record<string, string> = {}): Result[] {
  const modules = path.join(__dirname, '../../../src/ingest');
  const script = `const { readSource } = require(${JSON.stringify(`${modules}/read-source`)});
    const { extract } = require(${JSON.stringify(`${modules}/pipeline`)});
    (async () => { const out = [];
      for (const f of ${JSON.stringify(files)}) {
        try { const s = await readSource(f); let extraction; try { extraction = extract(s); } catch {}
          out.push({ format: s.format, text: s.text, pages: s.pages, extraction }); }
        catch (e) { out.push({ error: e.constructor.name, message: e.message }); } }
      console.log(JSON.stringify(out)); })();`;
  const out = execFileSync(process.execPath, ['--import', 'tsx', '-e', script], { encoding: 'utf8', env: { ...process.env, LOG_LEVEL: 'silent', ...env }, stdio: ['ignore', 'pipe', 'ignore'] });
  return JSON.parse(out.trim().split('\n').pop()!);
}

describe('PDFs: text-layer pages keep their text, scanned pages are OCR’d (read by the CLI runtime)', () => {
  let results: Result[];
  beforeAll(() => {
    results = readPdfs([at('scan.pdf'), at('mixed.pdf'), at('not-a-pdf.pdf'), at('table.pdf')]);
  });

  test('a scanned ruled task table: rows come back cell by cell, and the tasks keep their lead, partners and deadline', () => {
    const table = results[3];
    const rows = table.text!.split('\n').filter((l) => l.includes('\t'));
    expect(rows.map((r) => r.split('\t').length)).toEqual([5, 5, 5, 5]);
    expect(rows.map((r) => r.split('\t')[0])).toEqual(['TT', 'I', '1', '2']);
    expect(characterAccuracy(TABLE.rows.map((r) => r.join(' ')).join('\n'), rows.join('\n')).accuracy).toBeGreaterThanOrEqual(0.98);
    const tasks = table.extraction!.tasks.map((t) => ({ lead: t.lead, coordinators: t.coordinators, deadline: t.deadline?.raw, period: [t.deadline?.start, t.deadline?.end] }));
    expect(tasks).toEqual([
      // The fragment's only title is row 1's "… ban hành Kế hoạch về … năm 2024", whose year dates "Tháng 1", as
      // in the text version of the same rows.
      { lead: ['Sở Thông tin và Truyền thông'], coordinators: ['Ban Tuyên giáo Thành ủy', 'Các cơ quan, đơn vị liên quan'], deadline: 'Tháng 1', period: ['2024-01-01', '2024-01-31'] },
      { lead: ['Sở Thông tin và Truyền thông'], coordinators: ['Các cơ quan, đơn vị liên quan'], deadline: 'Quý III/2024', period: ['2024-07-01', '2024-09-30'] },
    ]);
    table.extraction!.tasks.forEach((t, i) => expect(characterAccuracy(TABLE.rows[i + 2][1], t.text).accuracy).toBeGreaterThanOrEqual(0.97));
    // Each task's span is its row: on page 1, its box the row's words on the 300 dpi page.
    const [first, second] = table.extraction!.tasks;
    expect(first.span).toMatchObject({ page: 1, box: expect.objectContaining({ x: expect.any(Number) }) });
    expect(second.span.box!.y).toBeGreaterThan(first.span.box!.y + first.span.box!.height);
    expect(first.span.box!.width).toBeGreaterThan(6 * 300 * 0.8);
  });

  test('a scanned page (an image, no text layer) is OCR’d at OCR_DPI', () => {
    const [scan] = results;
    expect(scan.format).toBe('PDF');
    expect(scan.pages).toEqual([expect.objectContaining({ page: 1, method: 'OCR', reason: 'no text layer', dpi: 300 })]);
    expect(characterAccuracy(PLAN_PAGE.join('\n'), scan.text!).accuracy).toBeGreaterThanOrEqual(0.97);
  });

  test('a mixed PDF: page 1 from its text layer, page 2 by OCR, blank page 3 a warning; spans know their page', () => {
    const mixed = results[1];
    expect(mixed.pages!.map((p) => [p.page, p.method, p.reason])).toEqual([
      [1, 'TEXT_LAYER', null],
      [2, 'OCR', 'no text layer'],
      [3, 'OCR', 'no text layer'],
    ]);
    const lines = mixed.text!.split('\n');
    expect(lines.slice(0, 4).map((l) => l.trim())).toEqual(TEXT_PAGE);
    const page2 = mixed.pages![1];
    expect(characterAccuracy(PLAN_PAGE.join('\n'), lines.slice(page2.startLine - 1, page2.endLine).join('\n')).accuracy).toBeGreaterThanOrEqual(0.97);
    expect(mixed.pages![2]).toMatchObject({ confidence: null });

    const x = mixed.extraction!;
    expect(x.document).toMatchObject({ kind: 'KE_HOACH', symbol: '206/KH-UBND' });
    expect(x.document.spans.symbol).toMatchObject({ page: 1 });
    expect(x.document.spans.symbol.box).toBeUndefined(); // a text-layer line has no OCR box
    const task = x.tasks.find((t) => t.lead.includes('Sở Ngoại vụ'));
    expect(task?.span).toMatchObject({ page: 2, box: expect.objectContaining({ x: expect.any(Number) }) });
    expect(x.warnings).toContainEqual(expect.objectContaining({ code: 'OCR_EMPTY_PAGE', message: 'page 3: OCR found no text on it (blank page?)' }));
  });

  test('a ".pdf" that is not a PDF is refused with the reason', () => {
    expect(results[2]).toMatchObject({ error: 'UnreadableSourceError', message: expect.stringMatching(/not-a-pdf\.pdf: not a readable PDF \(.+\)/) });
  });

  test('without Tesseract a scanned PDF is refused, naming its pages and the exact apt-get line', () => {
    const [scan] = readPdfs([at('scan.pdf')], { TESSERACT_BIN: '/nonexistent/tesseract' });
    expect(scan).toMatchObject({ error: 'UnreadableSourceError' });
    expect(scan.message).toBe(`${at('scan.pdf')}: page 1 (no text layer) needs OCR (scanned?), but Tesseract is not available (TESSERACT_BIN=/nonexistent/tesseract); install OCR with: ${OCR_APT_LINE}`);
  });
});

describe('pure parts', () => {
  test("Tesseract's TSV: words → lines with their box, confidence weighted by word length, paragraphs marked, specks dropped", () => {
    const row = (level: number, block: number, par: number, line: number, word: number, box: number[], conf: number, text = '') =>
      [level, 1, block, par, line, word, ...box, conf, text].join('\t');
    const tsv = [
      'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext',
      row(1, 0, 0, 0, 0, [0, 0, 2480, 1000], -1),
      row(5, 1, 1, 1, 1, [100, 50, 80, 30], 90, 'Sở'),
      row(5, 1, 1, 1, 2, [190, 48, 150, 34], 60, 'Ngoại'),
      row(5, 1, 1, 2, 1, [100, 100, 60, 30], 95, 'vụ'),
      row(5, 1, 2, 1, 1, [100, 200, 60, 30], 50, '- '),
      row(5, 1, 2, 1, 2, [170, 200, 60, 30], -1, ' '),
      row(5, 1, 3, 1, 1, [900, 700, 12, 9], 7, "'."), // specks of scanner noise: dropped
    ].join('\n');
    const [page] = parseTesseractTsv(tsv);
    expect(page.width).toBe(2480);
    expect(page.lines.map(({ words: _words, ...line }) => line)).toEqual([
      { text: 'Sở Ngoại', box: { x: 100, y: 48, width: 240, height: 34 }, confidence: 68.6, opensParagraph: true },
      { text: 'vụ', box: { x: 100, y: 100, width: 60, height: 30 }, confidence: 95, opensParagraph: false },
      { text: '-', box: { x: 100, y: 200, width: 60, height: 30 }, confidence: 50, opensParagraph: true },
    ]);
    // Each line keeps its words' boxes (scanned tables are rebuilt from them).
    expect(page.lines[0].words).toEqual([
      { text: 'Sở', box: { x: 100, y: 50, width: 80, height: 30 }, confidence: 90 },
      { text: 'Ngoại', box: { x: 190, y: 48, width: 150, height: 34 }, confidence: 60 },
    ]);
    expect(page.confidence).toBeCloseTo((68.6 * 8 + 95 * 2 + 50) / 11, 1);
  });

  test('a page read sideways is told by its words standing taller than wide, and which way by where its lines run', () => {
    const w = (text: string, x: number, y: number, width: number, height: number) => ({ text, box: { x, y, width, height }, confidence: 95 });
    const line = (words: ReturnType<typeof w>[]) => ({ text: words.map((x) => x.text).join(' '), box: words[0].box, confidence: 95, opensParagraph: true, words });
    const page = (lines: ReturnType<typeof line>[]) => ({ lines, confidence: 95, width: 1000, height: 1000 });
    const down = line([w('Tăng', 100, 100, 40, 120), w('cường', 100, 240, 40, 150), w('công', 100, 410, 40, 120)]);
    const across = line([w('Tăng', 100, 100, 120, 40), w('cường', 240, 100, 150, 40), w('công', 410, 100, 120, 40)]);
    const up = line([...down.words].reverse().map((x, i) => ({ ...x, box: { ...x.box, y: 600 - 200 * i } })));
    expect([sidewaysTurn(page([down, down])), sidewaysTurn(page([up, up])), sidewaysTurn(page([across, across]))]).toEqual([1, -1, 0]);
    // 2×3 → 3×2: a quarter turn back counter-clockwise (turn 1), or clockwise (turn -1).
    const img = { width: 2, height: 3, pixels: Uint8Array.from([1, 2, 3, 4, 5, 6]) };
    expect([...turnQuarter(img, 1).pixels]).toEqual([2, 4, 6, 1, 3, 5]);
    expect([...turnQuarter(img, -1).pixels]).toEqual([5, 3, 1, 6, 4, 2]);
  });

  test('an abbreviation glued to the next word gets its space back ("TPHà" → "TP Hà"); abbreviations and words stay', () => {
    expect(['TPHà', 'UBNDTỉnh', 'HĐNDThành'].map(unglueAbbreviation)).toEqual(['TP Hà', 'UBND Tỉnh', 'HĐND Thành']);
    expect(['TPHCM', 'UBND', 'KH&CN', 'Hà', 'TP.HCM', 'Sở'].map(unglueAbbreviation)).toEqual(['TPHCM', 'UBND', 'KH&CN', 'Hà', 'TP.HCM', 'Sở']);
  });

  test('which text layers need OCR: none, garbage from a legacy font, a stamp only', () => {
    expect(textLayerProblem(' \n ')).toBe('no text layer');
    // TCVN3 ("ABC") bytes shown through a Latin-1 font: "Ủy ban nhân dân tỉnh Hà Tĩnh".
    expect(textLayerProblem('Uû ban nh©n d©n tØnh Hµ TÜnh. Ch­¬ng tr×nh hµnh ®éng cña TØnh ñy vÒ héi nhËp quèc tÕ')).toBe('unreadable text layer');
    expect(textLayerProblem('Ký bởi: Ủy ban nhân dân tỉnh Hà Tĩnh')).toBe('thin text layer');
    expect(textLayerProblem(PLAN_PAGE.join('\n'))).toBeNull();
  });
});
