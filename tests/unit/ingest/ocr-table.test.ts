/**
 * Tables on a scanned page rebuilt from ruling lines and word boxes (src/ingest/ocr-table.ts), on word
 * boxes and rules written by hand; tests/unit/ingest/ocr-scanned-table.test.ts runs the real engine.
 */
import type { OcrLine, OcrPage, OcrWord } from '../../../src/ingest/ocr';
import { findGrids, layoutScannedTables, type ScannedTables } from '../../../src/ingest/ocr-table';
import type { PageRules } from '../../../src/ingest/ruling-lines';
import { normalise } from '../../../src/ingest/normalise';
import { findTables } from '../../../src/ingest/tables';

const DPI = 300;

/** A word at (x, y), 30 px tall, 20 px a character wide. */
const word = (text: string, x: number, y: number, confidence = 95): OcrWord => ({ text, box: { x, y, width: 20 * [...text].length, height: 30 }, confidence });

/** One engine line of words (spaced 30 px) starting at (x, y). */
function line(text: string, x: number, y: number, opensParagraph = true): OcrLine {
  const words: OcrWord[] = [];
  let at = x;
  for (const t of text.split(' ')) {
    words.push(word(t, at, y));
    at += 20 * [...t].length + 30;
  }
  const last = words[words.length - 1].box;
  return { text, box: { x, y, width: last.x + last.width - x, height: 30 }, confidence: 95, opensParagraph, words };
}

const page = (lines: OcrLine[]): OcrPage => ({ lines, confidence: 95, width: 2480, height: 3508 });

/**
 * TT | Nội dung | Thời gian | Cơ quan chủ trì | Cơ quan phối hợp, over x 200–2200, rows at 400/500/600/800/1000:
 * a header, a group row spanning all columns after the number, two task rows whose lead cell is ONE cell
 * spanning both (no rule between them in that column).
 */
const COLUMNS = [200, 320, 1100, 1400, 1800, 2200];
const ROWS = [400, 500, 600, 800, 1000];
function tableRules(skew = 0): PageRules {
  const full = (y: number) => ({ at: y, a: 200, b: 2200 });
  return {
    skew,
    horizontal: [full(400), full(500), full(600), { at: 800, a: 200, b: 1400 }, { at: 800, a: 1800, b: 2200 }, full(1000)],
    vertical: [
      { at: 200, a: 400, b: 1000 },
      { at: 320, a: 400, b: 1000 },
      // the group row (500–600) spans columns 2–5: their rules stop above it and start again below
      ...[1100, 1400, 1800].flatMap((x) => [
        { at: x, a: 400, b: 500 },
        { at: x, a: 600, b: 1000 },
      ]),
      { at: 2200, a: 400, b: 1000 },
    ],
  };
}

/** The engine's lines: cell by cell in its own block order, as Tesseract reads a bordered table. */
const TABLE_LINES = [
  line('TT', 220, 420),
  line('Nội dung', 340, 420),
  line('Thời gian', 1120, 420),
  line('Cơ quan chủ trì', 1420, 420),
  line('Cơ quan phối hợp', 1820, 420),
  line('I', 220, 520),
  line('SỞ NGOẠI VỤ', 340, 520),
  line('1', 220, 620),
  line('Tổ chức hội nghị thông tin đối', 340, 620),
  line('ngoại năm 2024.', 340, 660, false),
  line('Quý II/2024', 1120, 620),
  line('Sở Ngoại vụ', 1420, 780),
  line('Các sở, ngành', 1820, 620),
  line('2', 220, 820),
  line('Cập nhật Cổng thông tin điện tử.', 340, 820),
  line('Cả năm', 1120, 820),
  line('Sở Thông tin và', 1820, 820),
  line('Truyền thông', 1820, 860, false),
];

describe('a ruled table on a scanned page', () => {
  test('crossing rules make a grid; open sides close on the horizontal rules’ ends; an underline alone is none', () => {
    const [grid] = findGrids(tableRules(), DPI);
    expect(grid.rows).toEqual(ROWS);
    expect(grid.columns).toEqual(COLUMNS);
    const noSides = tableRules();
    noSides.vertical = noSides.vertical.filter((r) => r.at !== 200 && r.at !== 2200);
    expect(findGrids(noSides, DPI)[0].columns).toEqual(COLUMNS);
    expect(findGrids({ skew: 0, horizontal: [{ at: 300, a: 900, b: 1500 }], vertical: [] }, DPI)).toEqual([]);
  });

  test('a table cut by the page\'s foot (no rule under its last row) closes where its vertical rules end', async () => {
    const cut = tableRules();
    cut.horizontal = cut.horizontal.filter((r) => r.at !== 1000);
    const [grid] = findGrids(cut, DPI);
    expect(grid.rows).toEqual(ROWS);
    const out = await layoutScannedTables(page(TABLE_LINES), { skew: 0, grids: [grid] }, DPI);
    expect(out.lines[out.lines.length - 1].text).toBe('2\tCập nhật Cổng thông tin điện tử.\tCả năm\tSở Ngoại vụ\tSở Thông tin và Truyền thông');
  });

  test('each row becomes one tab-separated line; a group heading spans; a lead written once serves both rows it spans', async () => {
    const tables: ScannedTables = { skew: 0, grids: findGrids(tableRules(), DPI) };
    const out = await layoutScannedTables(page([line('PHỤ LỤC', 900, 300), ...TABLE_LINES, line('Nơi nhận:', 200, 1100)]), tables, DPI);
    expect(out.lines.map((l) => l.text)).toEqual([
      'PHỤ LỤC',
      'TT\tNội dung\tThời gian\tCơ quan chủ trì\tCơ quan phối hợp',
      'I\tSỞ NGOẠI VỤ\t\t\t',
      '1\tTổ chức hội nghị thông tin đối ngoại năm 2024.\tQuý II/2024\tSở Ngoại vụ\tCác sở, ngành',
      '2\tCập nhật Cổng thông tin điện tử.\tCả năm\tSở Ngoại vụ\tSở Thông tin và Truyền thông',
      'Nơi nhận:',
    ]);
    // The row's line box is its words' box on the page; the lead spanning both rows is counted in the first.
    expect(out.lines[3].box).toEqual({ x: 220, y: 620, width: 2100 - 220, height: 810 - 620 });
  });

  test('the table stage reads the rebuilt rows as a TSV table: cells, leads, deadlines', async () => {
    const tables: ScannedTables = { skew: 0, grids: findGrids(tableRules(), DPI) };
    const out = await layoutScannedTables(page(TABLE_LINES), tables, DPI);
    const [table] = findTables(normalise(out.lines.map((l) => l.text).join('\n')).lines);
    expect(table).toMatchObject({ kind: 'TASK', layout: 'TSV', columns: ['ORDINAL', 'TASK', 'DEADLINE', 'LEAD', 'COORD'] });
    expect(table.rows.filter((r) => r.kind === 'ROW').map((r) => [r.ordinal, r.cells.LEAD, r.cells.DEADLINE, r.group])).toEqual([
      ['1', 'Sở Ngoại vụ', 'Quý II/2024', 'I'],
      ['2', 'Sở Ngoại vụ', 'Cả năm', 'I'],
    ]);
  });

  test('a Roman number misread as a bar with specks ("|...") is read as the Roman number', async () => {
    const lines = TABLE_LINES.map((l) => (l.text === 'I' ? line('|...', 220, 520) : l));
    const out = await layoutScannedTables(page(lines), { skew: 0, grids: findGrids(tableRules(), DPI) }, DPI);
    expect(out.lines[1].text).toBe('I.\tSỞ NGOẠI VỤ\t\t\t');
  });

  test('a Roman number with a speck read as a tone mark ("VỊ") is the Roman number', async () => {
    const lines = TABLE_LINES.map((l) => (l.text === 'I' ? line('VỊ', 220, 520) : l));
    const out = await layoutScannedTables(page(lines), { skew: 0, grids: findGrids(tableRules(), DPI) }, DPI);
    expect(out.lines[1].text).toBe('VI\tSỞ NGOẠI VỤ\t\t\t');
  });

  test('an erased border\'s "_" or "|" glued to a cell\'s word is trimmed ("_UBND", "UBND_", "19_"); a bar alone in the number column stays the Roman "I"', async () => {
    const lines = TABLE_LINES.map((l) =>
      l.text === 'Sở Thông tin và' ? line('_Sở Thông| tin và', 1820, 820) : l.text === '1' ? line('1_', 220, 620) : l.text === 'I' ? line('|', 220, 520) : l,
    );
    const out = await layoutScannedTables(page(lines), { skew: 0, grids: findGrids(tableRules(), DPI) }, DPI);
    expect(out.lines.slice(1).map((l) => [l.text.split('\t')[0], l.text.split('\t')[4]])).toEqual([
      ['I', ''],
      ['1', 'Các sở, ngành'],
      ['2', 'Sở Thông tin và Truyền thông'],
    ]);
  });

  test('a number the cell\'s width cut across two lines ("Quý II/202" / "4") is one word again', async () => {
    const lines = TABLE_LINES.flatMap((l) => (l.text === 'Quý II/2024' ? [line('Quý II/202', 1120, 620), line('4', 1120, 660, false)] : [l]));
    const out = await layoutScannedTables(page(lines), { skew: 0, grids: findGrids(tableRules(), DPI) }, DPI);
    expect(out.lines[2].text.split('\t')[2]).toBe('Quý II/2024');
  });

  test('a cell\'s words keep the engine\'s order where its boxes overlap ("Sở" boxed over the whole of "Sở Y tế")', async () => {
    const lead: OcrLine = {
      text: 'Sở Y tế',
      box: { x: 1420, y: 780, width: 160, height: 40 },
      confidence: 95,
      opensParagraph: true,
      words: [word('Sở', 1420, 780), word('Y', 1486, 776), word('tế', 1530, 780)].map((w, i) => (i === 0 ? { ...w, box: { ...w.box, width: 160 } } : w)),
    };
    const lines = TABLE_LINES.map((l) => (l.text === 'Sở Ngoại vụ' ? lead : l));
    const out = await layoutScannedTables(page(lines), { skew: 0, grids: findGrids(tableRules(), DPI) }, DPI);
    expect(out.lines[2].text.split('\t')[3]).toBe('Sở Y tế');
  });

  test('on a skewed page words are placed by their deskewed centres', async () => {
    const skew = Math.tan((0.6 * Math.PI) / 180);
    // Turn every word of the table by the skew (about the top-left corner), as the scanner did.
    const turned = TABLE_LINES.map((l) => ({
      ...l,
      words: l.words.map((w) => ({ ...w, box: { ...w.box, x: Math.round(w.box.x - w.box.y * skew), y: Math.round(w.box.y + w.box.x * skew) } })),
    }));
    const out = await layoutScannedTables(page(turned), { skew, grids: findGrids(tableRules(skew), DPI) }, DPI);
    expect(out.lines.map((l) => l.text.split('\t')[3])).toEqual(['Cơ quan chủ trì', '', 'Sở Ngoại vụ', 'Sở Ngoại vụ']);
  });

  test('a cell the engine left empty but with ink is read again from a strip of such cells, and a Roman "l" is "I"', async () => {
    const withoutNumbers = TABLE_LINES.filter((l) => !['I', '1', '2'].includes(l.text));
    // The raster: white, with ink where the numbers of the group row and row 1 are printed.
    const img = { width: 2480, height: 1200, pixels: new Uint8Array(2480 * 1200).fill(255) };
    for (const [x, y] of [
      [225, 525],
      [225, 625],
    ])
      for (let dy = 0; dy < 30; dy++) for (let dx = 0; dx < 6; dx++) img.pixels[(y + dy) * 2480 + x + dx] = 0;
    const strips: { width: number; height: number }[] = [];
    const reread = async (strip: { width: number; height: number; pixels: Uint8Array }) => {
      strips.push(strip);
      // Where the strip holds ink, the engine reads one word: "l" (the Roman I) and then "1".
      const inkAt: number[] = [];
      for (let x = 0; x < strip.width; x++) for (let y = 0; y < strip.height; y++) if (strip.pixels[y * strip.width + x] < 128 && !inkAt.some((a) => x - a < 50)) inkAt.push(x);
      const ws = inkAt.map((x, i) => word(i === 0 ? 'l' : '1', x, 30));
      return page([{ text: ws.map((w) => w.text).join(' '), box: ws[0].box, confidence: 90, opensParagraph: true, words: ws }]);
    };
    const out = await layoutScannedTables(page(withoutNumbers), { skew: 0, grids: findGrids(tableRules(), DPI) }, DPI, { img, reread });
    expect(strips).toHaveLength(1); // one extra read for the whole page
    expect(out.lines.map((l) => l.text.split('\t')[0])).toEqual(['TT', 'I', '1', '']);
  });

  test('a lone "I" the strip read as a block misses is read again as one line', async () => {
    const withoutGroupNumber = TABLE_LINES.filter((l) => l.text !== 'I');
    const img = { width: 2480, height: 1200, pixels: new Uint8Array(2480 * 1200).fill(255) };
    for (let dy = 0; dy < 30; dy++) for (let dx = 0; dx < 6; dx++) img.pixels[(525 + dy) * 2480 + 225 + dx] = 0;
    const modes: boolean[] = [];
    const reread = async (strip: { width: number }, oneLine: boolean) => {
      modes.push(oneLine);
      // As the engine does: a block holding only a bar is no text; one line holding it is a "|".
      const ws = oneLine ? [word('|', strip.width / 2 - 10, 30)] : [];
      return page(ws.length ? [{ text: '|', box: ws[0].box, confidence: 90, opensParagraph: true, words: ws }] : []);
    };
    const out = await layoutScannedTables(page(withoutGroupNumber), { skew: 0, grids: findGrids(tableRules(), DPI) }, DPI, { img, reread });
    expect(modes).toEqual([false, true]);
    expect(out.lines[1].text).toBe('I\tSỞ NGOẠI VỤ\t\t\t');
  });
});
