/**
 * The paper's grain whitened on a scanned page before Tesseract reads it. A scanner leaves the paper
 * light grey and speckled; Tesseract's LSTM reads each line from its grey values, not a black-and-white
 * copy, and on a short isolated line (a row number "17", a lead cell "Các Sở,") that grain is enough to
 * turn the line into another word ("lợi", "Củc Sơ;"). Pixels as light as the paper itself become white;
 * ink and the grey edges of strokes stay as they are.
 * Complexity: linear in the pixels (one histogram, one pass).
 */
import type { GrayImage } from './ruling-lines';

/** How far below the paper's own level a pixel still counts as paper (grain, not ink). */
const GRAIN = 30;

/**
 * The paper's level: the most common light value (most of a page is paper). A level darker than
 * 160 is no paper one can whiten safely (a dark photograph): null.
 */
export function paperLevel(img: GrayImage): number | null {
  const histogram = new Uint32Array(256);
  for (let i = 0; i < img.pixels.length; i++) histogram[img.pixels[i]]++;
  let mode = 255;
  for (let v = 255; v >= 128; v--) if (histogram[v] > histogram[mode]) mode = v;
  return mode >= 160 ? mode : null;
}

/** Whiten, in place, every pixel within GRAIN of the paper's level (at most 230: anti-aliased ink stays). */
export function whitenPaper(img: GrayImage): void {
  const level = paperLevel(img);
  if (level === null) return;
  const floor = Math.min(230, level - GRAIN);
  const { pixels } = img;
  for (let i = 0; i < pixels.length; i++) if (pixels[i] >= floor) pixels[i] = 255;
}
