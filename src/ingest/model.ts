/**
 * The extraction contract: what `npm run parse` prints and what the graph writer consumes.
 * Every value here survives JSON.parse(JSON.stringify(x)) unchanged (no Dates, no Maps, no undefined
 * where a field is part of the contract: absent facts are `null`).
 *
 * Provenance: every extracted fact carries a `Span` into the ORIGINAL text (1-based lines, 0-based
 * character offsets into the original string), so a user can check it against the source.
 * A generated node (a stub document that is only cited) has no span.
 */

/** Where a fact sits in the original text. Lines are 1-based and inclusive; offsets are 0-based, end-exclusive. */
export interface Span {
  startLine: number;
  endLine: number;
  startOffset: number;
  endOffset: number;
  /** Paged sources (PDF, page images): the 1-based page the span starts on. */
  page?: number;
  /** OCR'd pages: the box of the span's lines on that page, in pixels of the page image (see SourcePage.dpi). */
  box?: PageBox;
}

/** A rectangle on a page image, in pixels from its top-left corner. */
export interface PageBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How one page of a paged source (PDF, page image) was read. */
export interface SourcePage {
  /** 1-based. */
  page: number;
  /** Its own text layer, or OCR of the rendered page image. */
  method: 'TEXT_LAYER' | 'OCR';
  /** Lines of the source text the page produced (1-based, inclusive; endLine < startLine for a page with no text). */
  startLine: number;
  endLine: number;
  /** OCR only: the engine's mean word confidence (0–100); null when nothing was read. */
  confidence: number | null;
  /** OCR only: why the page was OCR'd ("no text layer", "unreadable text layer", "page image"). */
  reason: string | null;
  /** OCR only: engine and model, e.g. "tesseract 5.3.0 (vie)". */
  engine: string | null;
  /** OCR only: resolution of the image the boxes are measured on. */
  dpi: number | null;
}

/** One line after per-line clean-up, mapped back to the original. */
export interface NormalisedLine {
  /** NFC text with diacritic artefacts repaired; tabs kept (they separate table cells). */
  text: string;
  /** 1-based line number in the original text. */
  line: number;
  /** 0-based offset of the original line's first character in the original text. */
  offset: number;
  /** Length of the original line (without its newline). */
  length: number;
}

export interface NormalisedText {
  /** Cleaned lines; debris lines (page numbers, running headers, footnote URLs) are dropped. */
  lines: NormalisedLine[];
  /** What was dropped and why; an article's timestamp keeps its text (its year dates the news it carries). */
  dropped: { line: number; reason: string; text?: string }[];
}

export type DocumentKind =
  | 'NGHI_QUYET' // Nghị quyết (resolution)
  | 'KE_HOACH' // Kế hoạch (plan)
  | 'CHUONG_TRINH' // Chương trình (hành động) (programme)
  | 'QUYET_DINH' // Quyết định (decision)
  | 'CHI_THI' // Chỉ thị (directive)
  | 'KET_LUAN' // Kết luận (conclusion)
  | 'NGHI_DINH' // Nghị định (decree)
  | 'THONG_TU' // Thông tư (circular)
  | 'CONG_VAN' // Công văn (official letter)
  | 'LUAT' // Luật (law)
  | 'QUY_DINH' // Quy định (regulation)
  | 'DE_AN' // Đề án (scheme)
  | 'HUONG_DAN' // Hướng dẫn (guidance)
  | 'THONG_BAO' // Thông báo (notice)
  | 'OTHER';

export type DocumentLevel = 'CENTRAL_PARTY' | 'CENTRAL_STATE' | 'PROVINCIAL_PARTY' | 'PROVINCIAL_STATE';

export interface DocumentMeta {
  kind: DocumentKind | null;
  /** Vietnamese name of the kind as written, e.g. "Kế hoạch". */
  kindVi: string | null;
  /** Normalised symbol (ký hiệu): Party style "57-NQ/TW", State style "153/NQ-CP", "72/2015/NĐ-CP". */
  symbol: string | null;
  /** The number part of the symbol, e.g. "35". */
  number: string | null;
  issuer: string | null;
  level: DocumentLevel | null;
  /** Province or centrally-run city, canonical Vietnamese name ("Hà Nội", "Cần Thơ", "Hà Tĩnh"). */
  province: string | null;
  /** ISO YYYY-MM-DD. */
  issuedOn: string | null;
  /**
   * The issue year a copy states without the date ("Nghị quyết 68/NQ-CP 2024 …"), only when `issuedOn` is null: with
   * the symbol it tells apart the documents one symbol names in different years (src/graph/identity.ts).
   */
  issuedYear?: number;
  title: string | null;
  signer: string | null;
  /** Which of the fields above the text did not state (and no manifest supplied). */
  missing: string[];
  /** Where each field was read, keyed by field name. */
  spans: Record<string, Span>;
  /**
   * Fields not stated where an official document states them, but read from a copy's prose or a portal's
   * metadata block, keyed by field name: how each was read ("news intro: '… đã ký ban hành Nghị quyết số …'").
   * Their spans are in `spans`.
   */
  inferred?: Record<string, string>;
}

/** IMPLEMENTS (thực hiện), BASED_ON (căn cứ), CITES (trích dẫn), REPLACES (thay thế), AMENDS (sửa đổi, bổ sung). */
export type CitationRelation = 'IMPLEMENTS' | 'BASED_ON' | 'CITES' | 'REPLACES' | 'AMENDS';

export interface Citation {
  /** Normalised symbol, or null when the reference names no symbol (then `title` identifies it). */
  symbol: string | null;
  kind: DocumentKind | null;
  /** ISO date when given. */
  issuedOn: string | null;
  issuer: string | null;
  relation: CitationRelation;
  /** The reference as written. */
  raw: string;
  /** Section path where it occurs, e.g. "II.3", or null for the preamble/title. */
  section: string | null;
  span: Span;
}

/**
 * A link between two other documents that this document states in passing ("Chương trình số 44-CTr/TU …
 * thực hiện Nghị quyết số 59-NQ/TW"), so chains through documents the corpus only cites stay walkable.
 */
export interface CitedLink {
  from: string;
  to: string;
  relation: 'IMPLEMENTS';
  raw: string;
  span: Span;
}

export interface Section {
  /** Stable path within the document: "II", "II.3", "II.3.b", "PL2" for appendices. */
  path: string;
  /** The marker as written: "II", "3", "b", "4.2". */
  number: string;
  heading: string;
  depth: number;
  span: Span;
}

export type DeadlineKind = 'DATE' | 'PERIOD' | 'RECURRING' | 'ONGOING' | 'CONDITIONAL' | 'UNSPECIFIED';

export interface Deadline {
  raw: string;
  kind: DeadlineKind;
  /** ISO date: start of the period (or the date itself). */
  start: string | null;
  /** ISO date: end of the period (inclusive). */
  end: string | null;
  /** For RECURRING: "YEARLY", "QUARTERLY", "MONTHLY", ... */
  recurrence: string | null;
  /** For CONDITIONAL: the condition as written. */
  condition: string | null;
}

export type AgencyType =
  | 'DEPARTMENT' // Sở, Ban (state department)
  | 'PEOPLES_COMMITTEE' // UBND
  | 'PEOPLES_COUNCIL' // HĐND
  | 'POLICE' // Công an
  | 'MILITARY' // Bộ Chỉ huy Quân sự, Bộ Tư lệnh
  | 'PARTY_BODY' // Thành ủy, Tỉnh ủy, Ban Tuyên giáo, Đảng ủy ...
  | 'MINISTRY' // Bộ (central)
  | 'GOVERNMENT' // Chính phủ, Thủ tướng
  | 'MASS_ORGANISATION' // Mặt trận Tổ quốc, Đoàn Thanh niên, Hội ...
  | 'OFFICE' // Văn phòng
  | 'PUBLIC_SERVICE_UNIT' // đơn vị sự nghiệp: trường, viện, đài, báo, BHXH ...
  | 'ENTERPRISE'
  | 'GROUP' // collective assignee: "Các Sở, ngành, đơn vị liên quan", "UBND xã, phường"
  | 'OTHER';

export interface Agency {
  /** Stable key: province slug (or "central") + diacritic-free canonical name. */
  key: string;
  /** Canonical full Vietnamese name ("Sở Khoa học và Công nghệ"). */
  name: string;
  /** Spellings seen in this document ("Sở KH&CN", ...). */
  aliases: string[];
  type: AgencyType;
  /** Province the agency belongs to; null for central bodies. */
  province: string | null;
  isGroup: boolean;
}

export interface Task {
  /** Stable within the document: "t1", "t2", ... in reading order. */
  id: string;
  /** Section path the task sits in. */
  section: string | null;
  /** Ordinal as written ("3", "b", "-" for a bullet numbered by position: "II.1.-3"). */
  ordinal: string | null;
  text: string;
  /** Canonical agency names (see `agencies` for keys/types). */
  lead: string[];
  coordinators: string[];
  output: string | null;
  deadline: Deadline | null;
  /** Normalised symbols of documents the task cites. */
  cites: string[];
  /** Where the task was read: an appendix table row or body text. */
  source: 'TABLE' | 'BODY';
  /** Id of the same task read from the other source (body bullet <-> appendix row). */
  sameAs: string | null;
  span: Span;
  /** Where the lead was read when the task's own text does not name it; absent when it does (or names none). */
  leadFrom?: LeadSource;
}

/**
 * The text outside a task that names its lead (nguồn của cơ quan chủ trì): the heading of the unit's block
 * ("2. Bộ Tài chính"), the letter's addressees ("Kính gửi: Các Sở, ban, ngành"), the lead-in before a list
 * ("giao Sở Y tế thực hiện các nhiệm vụ sau:") — so a reader can check a lead the task's span does not show.
 */
export interface LeadSource {
  /** How the lead was read, in a few words ("the heading of the unit's block"). */
  how: string;
  /** The text that names the lead, as written (for an appendix row, the lead its column gives). */
  text: string;
  span: Span;
}

export interface Indicator {
  /** Stable within the document: "i1", "i2", ... */
  id: string;
  ordinal: string | null;
  name: string;
  unit: string | null;
  /** Target as written ("≥ 30%", "11,0", "Đứng đầu cả nước"). */
  target: string | null;
  /** Parsed numeric value (Vietnamese decimal comma handled), null for text/rank targets and ranges. */
  value: number | null;
  /** Bounds of the target: a range "10 - 12%" is 10…12, "≥ 30" is 30…null, a plain "30" is 30…30. */
  valueMin: number | null;
  valueMax: number | null;
  comparator: '≥' | '≤' | '<' | '>' | '=' | null;
  /** Period or target year as written/derived ("2030", "2026-2030"). */
  period: string | null;
  /** Reporting / monitoring agency, canonical name. */
  agency: string | null;
  /** Parent grouping heading, when the table groups rows. */
  group: string | null;
  span: Span;
}

export interface Warning {
  code: string;
  message: string;
  span: Span | null;
}

export interface Extraction {
  /** Where the text came from (path as given) and the sha256 of the original bytes. */
  source: {
    path: string;
    sha256: string;
    format: 'TEXT' | 'MARKDOWN' | 'HTML_TEXT' | 'DOCX' | 'PDF' | 'IMAGE';
    /** Paged sources only (PDF, page images): how each page was read. */
    pages?: SourcePage[];
  };
  /** Stable document identity: normalised symbol when known, else a hash of kind/issuer/province/title. */
  documentId: string;
  document: DocumentMeta;
  citations: Citation[];
  /** Lineage between cited documents, as this document states it. */
  citedLinks: CitedLink[];
  sections: Section[];
  tasks: Task[];
  agencies: Agency[];
  indicators: Indicator[];
  warnings: Warning[];
}
