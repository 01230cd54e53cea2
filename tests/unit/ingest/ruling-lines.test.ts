/**
 * Ruling lines of a scanned page, on small synthetic rasters: a table's borders drawn at a known skew,
 * with text-like marks that must not count as rules.
 */
import { deskew, findRules, measureSkew, parsePgm, writePgm, type GrayImage } from '../../../src/ingest/ruling-lines';

const DPI = 300;

/** A white page with dark strokes: lines given in the page's unskewed frame, then turned by `deg`. */
function page(width: number, height: number, deg: number, strokes: { x0: number; y0: number; x1: number; y1: number }[]): GrayImage {
  const pixels = new Uint8Array(width * height).fill(245);
  const t = Math.tan((deg * Math.PI) / 180);
  for (const s of strokes) {
    const n = Math.max(Math.abs(s.x1 - s.x0), Math.abs(s.y1 - s.y0));
    for (let i = 0; i <= n; i++)
      for (let d = -1; d <= 1; d++) {
        const x = s.x0 + ((s.x1 - s.x0) * i) / n + (s.x0 === s.x1 ? d : 0);
        const y = s.y0 + ((s.y1 - s.y0) * i) / n + (s.y0 === s.y1 ? d : 0);
        // turned: a horizontal line runs along y = c + x·t
        const px = Math.round(x - y * t);
        const py = Math.round(y + x * t);
        if (px >= 0 && px < width && py >= 0 && py < height) pixels[py * width + px] = 20;
      }
  }
  return { width, height, pixels };
}

/** A 3-column, 3-row grid from (200, 300) to (1700, 900), and short marks standing for letters. */
const GRID = [
  ...[300, 500, 700, 900].map((y) => ({ x0: 200, y0: y, x1: 1700, y1: y })),
  ...[200, 400, 1200, 1700].map((x) => ({ x0: x, y0: 300, x1: x, y1: 900 })),
];
const LETTERS = Array.from({ length: 40 }, (_, i) => ({ x0: 250 + i * 35, y0: 1000, x1: 250 + i * 35, y1: 1035 }));

describe('ruling lines of a scan', () => {
  test('the skew of a page turned by 0.6° is measured to within 0.05°', () => {
    const img = page(1900, 1200, 0.6, [...GRID, ...LETTERS]);
    expect((Math.atan(measureSkew(img)) * 180) / Math.PI).toBeCloseTo(0.6, 1);
    expect(measureSkew(page(1900, 1200, 0, [...GRID, ...LETTERS]))).toBeCloseTo(0, 3);
  });

  test('a skewed table’s borders come out axis-aligned in the deskewed frame; letters are no rules', () => {
    const rules = findRules(page(1900, 1200, -0.4, [...GRID, ...LETTERS]), DPI);
    // The page was turned about its top-left corner, so deskewed positions are the drawn ones.
    expect(rules.horizontal.map((r) => r.at)).toEqual([300, 500, 700, 900].map((y) => expect.toBeWithin(y)));
    expect(rules.vertical.map((r) => r.at)).toEqual([200, 400, 1200, 1700].map((x) => expect.toBeWithin(x)));
    for (const r of rules.horizontal) expect([r.a, r.b]).toEqual([expect.toBeWithin(200, 6), expect.toBeWithin(1700, 6)]);
  });

  test('deskew maps a point of a turned line back onto the line', () => {
    const t = Math.tan((0.5 * Math.PI) / 180);
    const a = deskew(100, 300 + 100 * t, t);
    const b = deskew(1500, 300 + 1500 * t, t);
    expect(a.y).toBeCloseTo(b.y, 0);
  });

  test('PGM bytes, as pdftoppm -gray writes them, read and written back', () => {
    const img: GrayImage = { width: 3, height: 2, pixels: Uint8Array.from([0, 128, 255, 10, 20, 30]) };
    const bytes = writePgm(img);
    expect(bytes.subarray(0, 11).toString('latin1')).toBe('P5\n3 2\n255\n');
    const back = parsePgm(Buffer.concat([Buffer.from('P5\n# made by hand\n3 2\n255\n', 'latin1'), bytes.subarray(11)]))!;
    expect([back.width, back.height, [...back.pixels]]).toEqual([3, 2, [0, 128, 255, 10, 20, 30]]);
    expect(parsePgm(Buffer.from('P6\n3 2\n255\n'))).toBeNull();
    expect(parsePgm(Buffer.from('P5\n3 2\n255\n\x00'))).toBeNull(); // truncated
  });
});

expect.extend({
  toBeWithin(received: number, expected: number, tolerance = 3) {
    const pass = Math.abs(received - expected) <= tolerance;
    return { pass, message: () => `expected ${received} to be within ${tolerance} of ${expected}` };
  },
});

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    interface Expect {
      toBeWithin(expected: number, tolerance?: number): unknown;
    }
  }
}
