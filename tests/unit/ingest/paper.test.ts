/**
 * The paper's grain whitened before the engine reads a scanned page (src/ingest/paper.ts); the OCR tests
 * (ocr.test.ts) run it on real scans.
 */
import { paperLevel, whitenPaper } from '../../../src/ingest/paper';
import { prng } from '../../support/prng';

/** A 200×100 page of grey speckled paper (level 245 ± 10) with a black stroke and its grey anti-aliased edge. */
function speckledPage(level = 245): { width: number; height: number; pixels: Uint8Array } {
  const rnd = prng(7).next;
  const width = 200;
  const height = 100;
  const pixels = new Uint8Array(width * height);
  for (let i = 0; i < pixels.length; i++) pixels[i] = Math.max(0, Math.min(255, Math.round(level + (rnd() - 0.5) * 20)));
  for (let y = 40; y < 60; y++) {
    pixels[y * width + 99] = 150; // the stroke's edge
    pixels[y * width + 100] = 10;
    pixels[y * width + 101] = 10;
    pixels[y * width + 102] = 150;
  }
  return { width, height, pixels };
}

describe("a scanned page's paper", () => {
  test('grain as light as the paper becomes white; ink and the grey edges of strokes stay', () => {
    const img = speckledPage();
    whitenPaper(img);
    const at = (x: number, y: number) => img.pixels[y * img.width + x];
    expect([...img.pixels].filter((v, i) => i % img.width < 90 && v !== 255)).toEqual([]);
    expect([at(99, 50), at(100, 50), at(102, 50)]).toEqual([150, 10, 150]);
  });

  test('the level is the most common light value; a dark photograph has none and is left as it is', () => {
    expect(Math.abs(paperLevel(speckledPage())! - 245)).toBeLessThanOrEqual(10);
    const dark = speckledPage(90);
    const before = [...dark.pixels];
    expect(paperLevel(dark)).toBeNull();
    whitenPaper(dark);
    expect([...dark.pixels]).toEqual(before);
  });
});
