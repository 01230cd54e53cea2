/**
 * What the document readers for copies (a portal's metadata block, a news intro) return, and how their
 * readings fill the metadata the official layout did not state. A reading never overrides a field the
 * official header gave; each field it fills is marked inferred with how it was read.
 * Complexity: constant per field (a few readings, a fixed set of fields).
 */
import { completeIssuer, levelOfIssuer, plenumIssuer } from '../document';
import type { DocumentKind, DocumentLevel, DocumentMeta, NormalisedLine, Span } from '../model';
import { findProvinces } from '../provinces';

export interface Reading<T> {
  value: T;
  span: Span;
  /** How it was read, for `document.inferred`. */
  how: string;
}

export interface MetaReading {
  kind?: Reading<DocumentKind>;
  kindVi?: Reading<string>;
  symbol?: Reading<string>;
  number?: Reading<string>;
  issuer?: Reading<string>;
  level?: Reading<DocumentLevel>;
  province?: Reading<string>;
  issuedOn?: Reading<string>;
  issuedYear?: Reading<number>;
  title?: Reading<string>;
  signer?: Reading<string>;
}

/** A reader of one family of copies: the metadata it finds in the lines (an empty object when none). */
/** What a reader may need beyond the lines: the article's timestamp line, dropped as debris. */
export interface ReaderContext {
  stamp?: string | null;
}

export type MetaReader = (lines: readonly NormalisedLine[], meta: DocumentMeta, context?: ReaderContext) => MetaReading;

const CENTRAL: ReadonlySet<string> = new Set(['CENTRAL_PARTY', 'CENTRAL_STATE']);

/** A news sentence names the office short ("Thủ tướng Nguyễn Tấn Dũng đã có công điện …"): the office is the Prime Minister's. */
export const fullOffice = (issuer: string) => (/^Thủ tướng$/u.test(issuer.trim()) ? 'Thủ tướng Chính phủ' : issuer);

/** Fill the fields `meta` lacks from the readings, in order; the first reading of a field wins. */
export function fillFromReadings(meta: DocumentMeta, readings: readonly MetaReading[]): DocumentMeta {
  const out: DocumentMeta = { ...meta, spans: { ...meta.spans }, inferred: { ...(meta.inferred ?? {}) } };
  // A symbol read from a copy brings its own kind and date; they must not mix with another reading's.
  for (const r of readings) {
    // Without its own header, a copy's kind and issuer were guessed from the first "… ban hành …" sentence;
    // the sentence that names the document's symbol says them better.
    const fromSymbolSentence = Boolean(r.symbol) && meta.symbol === null && !out.inferred!.symbol;
    for (const key of Object.keys(r) as (keyof MetaReading)[]) {
      const f = r[key];
      const replaces = fromSymbolSentence && ['kind', 'kindVi', 'issuer', 'level', 'province'].includes(key) && out.inferred![key] === undefined;
      // (A field the header never reads, such as issuedYear, is absent rather than null.)
      if (!f || (out[key] != null && !replaces)) continue;
      // (An issuer read from prose may keep the comma that closed it: "Ban Chấp hành Trung ương Đảng, khóa XIII".)
      (out as unknown as Record<string, unknown>)[key] = key === 'issuer' ? fullOffice(plenumIssuer((f.value as string).replace(/[\s,;:]+$/u, ''))) : f.value;
      out.spans[key] = f.span;
      out.inferred![key] = f.how;
    }
  }
  // The office named short by whichever reader ("Thủ tướng Phạm Minh Chính vừa ký ban hành Chỉ thị số 06 …").
  if (out.issuer) out.issuer = fullOffice(out.issuer);
  // "Ban Chấp hành Đảng bộ tỉnh khóa XIII": the term is the committee's, not part of the issuer's name.
  // ("HĐND tỉnh Quảng Ngãi khóa XIII, nhiệm kỳ 2021 – 2026": nor is the council's term of office.)
  if (out.inferred!.issuer && out.issuer) out.issuer = plenumIssuer(out.issuer.replace(/\s*,?\s+nhiệm kỳ\s+\d{4}\s*[-–]\s*\d{4}$/u, '').replace(/\s+(?:khóa|khoá|Khóa|Khoá)\s+[IVXLC]+$/u, '').replace(/[\s,;:]+$/u, ''));
  if (!out.level && out.issuer) {
    const level = levelOfIssuer(out.issuer);
    if (level) {
      out.level = level;
      out.spans.level = out.spans.issuer;
      out.inferred!.level = `from the issuer "${out.issuer}"`;
    }
  }
  if (!out.province && out.issuer && out.level && !CENTRAL.has(out.level)) {
    const p = findProvinces(out.issuer)[0];
    if (p) {
      out.province = p.province.name;
      out.spans.province = out.spans.issuer;
      out.inferred!.province = `from the issuer "${out.issuer}"`;
    }
  }
  // "UBND tỉnh" read from a news sentence names its province once the province is known.
  if ((out.inferred!.issuer || out.inferred!.province) && out.issuer && out.province) out.issuer = completeIssuer(out.issuer, out.province);
  // Central bodies sign in Hà Nội: a central document has no province, whatever a copy's page says.
  if (out.level && CENTRAL.has(out.level) && out.province && (out.inferred!.province || out.inferred!.level)) {
    out.province = null;
    delete out.spans.province;
    delete out.inferred!.province;
  }
  // A year without its date only stands in for a date the text does not give.
  if (out.issuedOn && out.issuedYear !== undefined) {
    delete out.issuedYear;
    delete out.spans.issuedYear;
    delete out.inferred!.issuedYear;
  }
  out.missing = meta.missing.filter((f) => (out as unknown as Record<string, unknown>)[f] === null && !(f === 'province' && out.level && CENTRAL.has(out.level)));
  return out;
}
