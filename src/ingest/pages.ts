/**
 * Pages of paged sources (PDF, page images): which pages need OCR, how an OCR'd page becomes lines of
 * text, and how every span of an extraction learns its page and, for OCR'd lines, its box on the page.
 * Complexity: linear in the pages and spans: a span finds its page by binary search.
 */
import type { OcrPage } from './ocr';
import type { Extraction, PageBox, SourcePage, Span, Warning } from './model';

/** Letters of Vietnamese (and English) text; anything else that is a letter suggests a broken font encoding. */
const VIETNAMESE_LETTER = /[a-zA-ZàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ]/;
const EXPECTED_OTHER = /[\d\s!-/:-@[-`{-~–—“”‘’…•·≥≤°±×÷№§«»€]/;

/** A page with less text than this is OCR'd too: a scan often carries only a signature stamp as text. */
export const THIN_TEXT_LAYER = 100;

/**
 * Why a page's text layer cannot be used as it is: none (or almost none) of it, or characters that are not
 * Vietnamese text (a legacy TCVN3/VNI font without a Unicode map, glyph ids, private-use code points).
 */
export function textLayerProblem(text: string): 'no text layer' | 'thin text layer' | 'unreadable text layer' | null {
  const chars = [...text.normalize('NFC').replace(/\s+/g, '')];
  if (chars.length === 0) return 'no text layer';
  const odd = (c: string) => !VIETNAMESE_LETTER.test(c) && !EXPECTED_OTHER.test(c);
  const oddChars = chars.filter(odd).length;
  const words = text
    .normalize('NFC')
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w));
  const oddWords = words.filter((w) => [...w].some(odd)).length;
  if (chars.length >= 20 && (oddChars / chars.length > 0.1 || (words.length >= 5 && oddWords / words.length > 0.25))) return 'unreadable text layer';
  if (chars.length < THIN_TEXT_LAYER) return 'thin text layer';
  return null;
}

/** An OCR'd page as lines of text, a blank line before each new paragraph, with each line's box. */
export function ocrPageLines(page: OcrPage): { lines: string[]; boxes: (PageBox | null)[] } {
  const lines: string[] = [];
  const boxes: (PageBox | null)[] = [];
  for (const l of page.lines) {
    if (l.opensParagraph && lines.length) {
      lines.push('');
      boxes.push(null);
    }
    lines.push(l.text);
    boxes.push(l.box);
  }
  return { lines, boxes };
}

/** Where each page's lines sit in a source's text, and the box of each OCR'd line (index = line − 1). */
export interface PageLayout {
  pages: SourcePage[];
  lineBoxes: (PageBox | null)[];
}

function union(boxes: readonly PageBox[]): PageBox | undefined {
  if (!boxes.length) return undefined;
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  const x1 = Math.max(...boxes.map((b) => b.x + b.width));
  const y1 = Math.max(...boxes.map((b) => b.y + b.height));
  return { x, y, width: x1 - x, height: y1 - y };
}

function isSpan(v: unknown): v is Span {
  if (!v || typeof v !== 'object') return false;
  const s = v as Record<string, unknown>;
  return typeof s.startLine === 'number' && typeof s.endLine === 'number' && typeof s.startOffset === 'number' && typeof s.endOffset === 'number';
}

/**
 * Give every span of the extraction its page, and the box of its lines on that page when the page was
 * OCR'd. Walks the whole extraction, so a span added by any stage is covered without that stage knowing.
 */
export function locateSpans(extraction: Extraction, layout: PageLayout): void {
  // Pages in line order, found by binary search (a span per fact on a long scan: not a scan of every page each).
  const pages = [...layout.pages].sort((a, b) => a.startLine - b.startLine);
  const pageOf = (line: number) => {
    let lo = 0;
    let hi = pages.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (pages[mid].endLine < line) lo = mid + 1;
      else if (pages[mid].startLine > line) hi = mid - 1;
      else return pages[mid];
    }
    return undefined;
  };
  const seen = new Set<object>();
  const visit = (v: unknown): void => {
    if (!v || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    if (isSpan(v)) {
      const page = pageOf(v.startLine);
      if (!page) return;
      v.page = page.page;
      if (page.method === 'OCR') {
        const last = Math.min(v.endLine, page.endLine);
        const boxes: PageBox[] = [];
        for (let line = v.startLine; line <= last; line++) {
          const b = layout.lineBoxes[line - 1];
          if (b) boxes.push(b);
        }
        const box = union(boxes);
        if (box) v.box = box;
      }
      return;
    }
    for (const child of Array.isArray(v) ? v : Object.values(v)) visit(child);
  };
  for (const part of [extraction.document, extraction.citations, extraction.citedLinks, extraction.sections, extraction.tasks, extraction.indicators, extraction.warnings]) visit(part);
}

/** Warnings for OCR'd pages a reader should check: low engine confidence, or no text at all. */
export function pageWarnings(layout: PageLayout, text: string, minConfidence: number): Warning[] {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const lineEnd = (line: number) => (line < lineStarts.length ? lineStarts[line] - 1 : text.length);
  const spanOf = (p: SourcePage): Span | null =>
    p.endLine >= p.startLine ? { startLine: p.startLine, endLine: p.endLine, startOffset: lineStarts[p.startLine - 1], endOffset: lineEnd(p.endLine), page: p.page } : null;
  const warnings: Warning[] = [];
  for (const p of layout.pages) {
    if (p.method !== 'OCR') continue;
    if (p.confidence === null) warnings.push({ code: 'OCR_EMPTY_PAGE', message: `page ${p.page}: OCR found no text on it (blank page?)`, span: null });
    else if (p.confidence < minConfidence)
      warnings.push({
        code: 'OCR_LOW_CONFIDENCE',
        message: `page ${p.page}: OCR confidence ${p.confidence} is below OCR_MIN_CONFIDENCE=${minConfidence}; its text may be wrong, check it against the scan`,
        span: spanOf(p),
      });
  }
  return warnings;
}
