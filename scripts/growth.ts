/**
 * Growth of the extractor's stages (issue 8: linear-time stages). For each pathological shape (a wide row, a
 * long line, many numbered items, a tall table, …) it extracts an input of size n and of size 4n and prints
 * both times and their ratio: a linear stage gives about 4, an n log n one a little more, a quadratic one
 * about 16. Each size is timed several times and the median kept (the machine is shared).
 *
 *   npx tsx scripts/growth.ts [--n 2000] [--rounds 3] [--only wide-tab-row,long-line]
 *
 * Times are not asserted anywhere (tests assert counts of work or a 4n input under the extract limit); this
 * script is how the growth is shown.
 */
import { performance } from 'node:perf_hooks';
import { extract } from '../src/ingest/pipeline';

const HEADER = [
  'ỦY BAN NHÂN DÂN',
  'TỈNH HÀ TĨNH',
  'Số: 12/KH-UBND',
  'Hà Tĩnh, ngày 14 tháng 3 năm 2025',
  'KẾ HOẠCH',
  'Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị',
  'I. MỤC ĐÍCH, YÊU CẦU',
  'II. NHIỆM VỤ',
];

const CELLS = ['Sở Tài chính', 'Quý IV/2026', 'Báo cáo kết quả', 'UBND các huyện', 'Xây dựng đề án chuyển đổi số', '2025', 'Sở Công Thương chủ trì, phối hợp các sở, ngành'];
const cell = (i: number) => CELLS[i % CELLS.length];

/** Each shape: n → the document's lines (the header above is prepended). `unit` says what n counts. */
export const SHAPES: Record<string, { unit: string; n: number; make: (n: number) => string[] }> = {
  'wide-tab-row': { unit: 'cells on one line', n: 2000, make: (n) => [Array.from({ length: n }, (_, i) => cell(i)).join('\t')] },
  'wide-pipe-row': { unit: 'cells in a pipe row', n: 1000, make: (n) => {
    const row = (f: (i: number) => string) => `| ${Array.from({ length: n }, (_, i) => f(i)).join(' | ')} |`;
    return [row((i) => (i === 0 ? 'STT' : i === 1 ? 'Nhiệm vụ' : i === 2 ? 'Cơ quan chủ trì' : `Cột ${i}`)), row(() => '---'), row((i) => (i === 0 ? '1' : cell(i)))];
  } },
  'wide-tab-row-mixed': { unit: 'cells on one line, some empty (the fuzz\'s wide row)', n: 2000, make: (n) => [Array.from({ length: n }, (_, i) => ['Sở Tài chính', '2025', 'x', '', 'Quý IV/2026', 'UBND tỉnh'][(i * 7) % 6]).join('\t')] },
  'repeated-clause': { unit: 'characters of one line of agency clauses', n: 20_000, make: (n) => ['Sở Công Thương chủ trì, phối hợp các sở, ngành; '.repeat(Math.ceil(n / 48)).slice(0, n)] },
  'long-line': { unit: 'characters of one prose line', n: 50_000, make: (n) => ['1. ' + 'Sở Công Thương chủ trì, phối hợp các sở, ngành; '.repeat(Math.ceil(n / 48)).slice(0, n)] },
  'long-line-no-spaces': { unit: 'characters without a space', n: 50_000, make: (n) => ['x'.repeat(n)] },
  'glued-token': { unit: 'characters of one Vietnamese token without spaces', n: 5_000, make: (n) => ['Sởcôngthươngchủtrì'.repeat(Math.ceil(n / 18)).slice(0, n)] },
  'citations-on-a-line': { unit: 'symbols cited on one line', n: 500, make: (n) => ['Căn cứ ' + Array.from({ length: n }, (_, i) => `Nghị quyết số ${i + 1}-NQ/TW ngày 01/01/2020`).join(', ') + ';'] },
  'numbered-items': { unit: 'body items "k. …"', n: 1000, make: (n) => Array.from({ length: n }, (_, i) => `${i + 1}. Sở Tài chính chủ trì xây dựng đề án số ${i}, hoàn thành trong Quý IV/2026.`) },
  'bullets': { unit: 'body bullets "- …"', n: 1000, make: (n) => Array.from({ length: n }, (_, i) => `- Sở Nội vụ chủ trì, phối hợp với Sở Tài chính rà soát văn bản ${i}; thời gian hoàn thành: năm 2025.`) },
  'nested-numbering': { unit: 'items "1.k.j."', n: 1000, make: (n) => Array.from({ length: n }, (_, i) => `${1 + Math.floor(i / 50)}.${(i % 50) + 1}. Nhiệm vụ ${i}: Sở Y tế thực hiện.`) },
  'roman-sections': { unit: 'Roman-numbered parts', n: 400, make: (n) => Array.from({ length: n }, (_, i) => [`${roman(i + 1)}. NHIỆM VỤ ${i}`, `1. Sở Xây dựng chủ trì việc ${i}.`]).flat() },
  'tab-table-rows': { unit: 'rows of a tab-separated task table', n: 1000, make: (n) => ['STT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\tSản phẩm', ...Array.from({ length: n }, (_, i) => `${i + 1}\tXây dựng kế hoạch ${i}\tSở Tài chính\tSở Nội vụ\tQuý IV/2026\tBáo cáo`)] },
  'pipe-table-rows': { unit: 'rows of a pipe task table', n: 1000, make: (n) => ['| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |', '|---|---|---|---|', ...Array.from({ length: n }, (_, i) => `| ${i + 1} | Xây dựng kế hoạch ${i} | Sở Tài chính | Quý IV/2026 |`)] },
  'flattened-table': { unit: 'rows of a PDF table, one cell a line', n: 1000, make: (n) => ['PHỤ LỤC', 'STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành', ...Array.from({ length: n }, (_, i) => [`${i + 1}`, `Xây dựng kế hoạch ${i}`, 'Sở Tài chính', 'Sở Nội vụ', 'Quý IV/2026']).flat()] },
  'long-cell-in-flat-table': { unit: 'characters of one line in a PDF table row', n: 20_000, make: (n) => ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian hoàn thành', '1', 'Xây dựng kế hoạch chuyển đổi số', 'Sở Công Thương chủ trì, phối hợp các sở, ngành; '.repeat(Math.ceil(n / 48)).slice(0, n), 'Quý IV/2026'] },
  'wide-row-in-flat-table': { unit: 'cells of one line in a PDF table row', n: 2000, make: (n) => ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian hoàn thành', '1', 'Xây dựng kế hoạch chuyển đổi số', Array.from({ length: n }, (_, i) => ['Sở Tài chính', '2025', 'x', '', 'Quý IV/2026', 'UBND tỉnh'][(i * 7) % 6]).join('\t')] },
  'indicators': { unit: 'indicator lines', n: 1000, make: (n) => ['III. CHỈ TIÊU', ...Array.from({ length: n }, (_, i) => `- Phấn đấu tỷ lệ hồ sơ trực tuyến ${i} đạt 80% vào năm 2026.`)] },
  'agency-blocks': { unit: 'agency headings, each with a bullet', n: 500, make: (n) => Array.from({ length: n }, (_, i) => [`${i + 1}. Sở Ban ngành số ${i}`, `- Chủ trì triển khai nhiệm vụ ${i}; hoàn thành Quý IV/2026.`]).flat() },
  'repeated-lines': { unit: 'copies of one short line', n: 5000, make: (n) => Array.from({ length: n }, () => 'Các sở, ban, ngành') },
  'many-tables': { unit: 'small task tables', n: 300, make: (n) => Array.from({ length: n }, (_, i) => ['STT\tNhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành', `1\tXây dựng kế hoạch ${i}\tSở Tài chính\tQuý IV/2026`, `- Sở Nội vụ chủ trì việc ${i}.`]).flat() },
  'footnote-marks': { unit: 'lines with a footnote mark', n: 3000, make: (n) => Array.from({ length: n }, (_, i) => `- Sở Y tế thực hiện việc số${(i % 9) + 1} theo kế hoạch.`) },
  'copyright-lines': { unit: 'copyright lines', n: 2000, make: (n) => Array.from({ length: n }, (_, i) => (i % 2 ? '© Bản quyền thuộc Cổng thông tin điện tử' : `- Sở Y tế thực hiện việc ${i}.`)) },
  'blank-lines': { unit: 'blank lines between items', n: 20_000, make: (n) => Array.from({ length: n }, (_, i) => (i % 100 === 0 ? `${i / 100 + 1}. Sở Y tế thực hiện việc ${i}.` : '')) },
};

function roman(k: number): string {
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) while (k >= v) { out += s; k -= v; }
  return out;
}

export function documentOf(lines: string[]): string {
  return [...HEADER, ...lines, 'Nơi nhận:', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'].join('\n') + '\n';
}

function timeOnce(text: string): number {
  const t0 = performance.now();
  extract({ path: 'growth.txt', text, format: 'TEXT', sha256: '0'.repeat(64) });
  return performance.now() - t0;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function main() {
  const args = process.argv.slice(2);
  const opt = (name: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : undefined; };
  const rounds = Number(opt('rounds') ?? 3);
  const only = opt('only')?.split(',');
  const scale = Number(opt('scale') ?? 1);
  timeOnce(documentOf(['1. Sở Tài chính chủ trì.'])); // warm the regexes and caches
  console.log(`shape | n | 4n | ms at n | ms at 4n | ratio (≈4 linear, ≈16 quadratic)`);
  for (const [name, shape] of Object.entries(SHAPES)) {
    if (only && !only.includes(name)) continue;
    const n = Math.round(shape.n * scale);
    const small = documentOf(shape.make(n));
    const large = documentOf(shape.make(4 * n));
    const a: number[] = [];
    const b: number[] = [];
    for (let r = 0; r < rounds; r++) { a.push(timeOnce(small)); b.push(timeOnce(large)); }
    const [ma, mb] = [median(a), median(b)];
    console.log(`${name} (${shape.unit}) | ${n} | ${4 * n} | ${ma.toFixed(1)} | ${mb.toFixed(1)} | ${(mb / ma).toFixed(1)}`);
  }
}

if (require.main === module) main();
