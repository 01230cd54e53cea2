/**
 * A small hand-made corpus with the lineage shapes of the real one:
 *
 *   59-NQ/TW (stub, Bộ Chính trị) ← IMPLEMENTS ← 153/NQ-CP (Chính phủ)
 *     ← IMPLEMENTS ← 12/KH-UBND (Hà Nội), 35/KH-UBND (Cần Thơ), 20/KH-UBND (Hà Tĩnh)
 *   57-NQ/TW (stub) ← IMPLEMENTS ← 42-CTr/TU (Hà Tĩnh Party programme) ← IMPLEMENTS ← 20/KH-UBND
 *
 * Hà Nội's task t1 cites 57-NQ/TW directly; Cần Thơ's t2 cites the trap 57-KL/TW (a Kết luận, not NQ 57).
 */
import crypto from 'node:crypto';
import type { Agency, Citation, DocumentKind, DocumentLevel, Extraction, Task } from '../../../src/ingest/model';
import { slugify, foldDiacritics } from '../../../src/ingest/text';

let line = 1;
const span = () => {
  const s = { startLine: line, endLine: line + 1, startOffset: line * 100, endOffset: line * 100 + 80 };
  line += 2;
  return s;
};

export function agency(name: string, province: string | null, type: Agency['type'] = 'DEPARTMENT'): Agency {
  return { key: `${province ? slugify(province) : 'central'}:${foldDiacritics(name)}`, name, aliases: [name], type, province, isGroup: false };
}

interface TaskSpec {
  id: string;
  text: string;
  lead: string[];
  coordinators?: string[];
  cites?: string[];
  deadline?: Task['deadline'];
  section?: string;
}

export interface DocSpec {
  symbol: string;
  kind: DocumentKind;
  kindVi: string;
  level: DocumentLevel;
  issuer: string;
  province: string | null;
  issuedOn: string;
  title: string;
  citations: { symbol: string; kind: DocumentKind; relation: Citation['relation'] }[];
  tasks: TaskSpec[];
  agencies: Agency[];
}

export function extraction(d: DocSpec): Extraction {
  return {
    source: { path: `fixtures/${slugify(d.symbol)}.txt`, sha256: crypto.createHash('sha256').update(d.symbol + d.title).digest('hex'), format: 'TEXT' },
    documentId: d.symbol,
    document: {
      kind: d.kind,
      kindVi: d.kindVi,
      symbol: d.symbol,
      number: d.symbol.split(/[-/]/)[0],
      issuer: d.issuer,
      level: d.level,
      province: d.province,
      issuedOn: d.issuedOn,
      title: d.title,
      signer: null,
      missing: ['signer'],
      spans: {},
    },
    citations: d.citations.map((c) => ({ ...c, issuedOn: null, issuer: null, raw: `${c.kind === 'NGHI_QUYET' ? 'Nghị quyết' : 'văn bản'} số ${c.symbol}`, section: null, span: span() })),
    citedLinks: [],
    sections: [
      { path: 'II', number: 'II', heading: 'NHIỆM VỤ, GIẢI PHÁP', depth: 1, span: span() },
      { path: 'PL2', number: 'PL2', heading: 'Phụ lục II', depth: 1, span: span() },
    ],
    tasks: d.tasks.map((t, i) => ({
      id: t.id,
      section: t.section ?? 'II',
      ordinal: String(i + 1),
      text: t.text,
      lead: t.lead,
      coordinators: t.coordinators ?? [],
      output: null,
      deadline: t.deadline ?? null,
      cites: t.cites ?? [],
      source: 'BODY',
      sameAs: null,
      span: span(),
    })),
    agencies: d.agencies,
    indicators: [],
    warnings: [],
  };
}

const date = (iso: string): Task['deadline'] => ({ raw: `trước ${iso}`, kind: 'DATE', start: iso, end: iso, recurrence: null, condition: null });
const period = (raw: string, start: string, end: string): Task['deadline'] => ({ raw, kind: 'PERIOD', start, end, recurrence: null, condition: null });
const ongoing: Task['deadline'] = { raw: 'Thường xuyên', kind: 'ONGOING', start: null, end: null, recurrence: null, condition: null };

const hnKhcn = agency('Sở Khoa học và Công nghệ', 'Hà Nội');
const hnTc = agency('Sở Tài chính', 'Hà Nội');
const hnNv = agency('Sở Ngoại vụ', 'Hà Nội');
const ctKhcn = agency('Sở Khoa học và Công nghệ', 'Cần Thơ');
const ctCt = agency('Sở Công Thương', 'Cần Thơ');
const htKhcn = agency('Sở Khoa học và Công nghệ', 'Hà Tĩnh');
const htTu = agency('Ban Tuyên giáo Tỉnh ủy', 'Hà Tĩnh', 'PARTY_BODY');
const bng = agency('Bộ Ngoại giao', null, 'MINISTRY');

export const NQ153 = extraction({
  symbol: '153/NQ-CP', kind: 'NGHI_QUYET', kindVi: 'Nghị quyết', level: 'CENTRAL_STATE', issuer: 'Chính phủ', province: null,
  issuedOn: '2025-05-31', title: 'Chương trình hành động của Chính phủ thực hiện Nghị quyết số 59-NQ/TW về hội nhập quốc tế',
  citations: [{ symbol: '59-NQ/TW', kind: 'NGHI_QUYET', relation: 'IMPLEMENTS' }],
  tasks: [{ id: 't1', text: 'Rà soát các cam kết hội nhập quốc tế', lead: ['Bộ Ngoại giao'], deadline: date('2025-12-31') }],
  agencies: [bng],
});

export const HN12 = extraction({
  symbol: '12/KH-UBND', kind: 'KE_HOACH', kindVi: 'Kế hoạch', level: 'PROVINCIAL_STATE', issuer: 'UBND Thành phố Hà Nội', province: 'Hà Nội',
  issuedOn: '2025-07-10', title: 'Kế hoạch triển khai Chương trình hành động của Chính phủ thực hiện Nghị quyết 59-NQ/TW',
  citations: [
    { symbol: '153/NQ-CP', kind: 'NGHI_QUYET', relation: 'IMPLEMENTS' },
    { symbol: '59-NQ/TW', kind: 'NGHI_QUYET', relation: 'BASED_ON' },
    { symbol: '57-NQ/TW', kind: 'NGHI_QUYET', relation: 'CITES' },
  ],
  tasks: [
    { id: 't1', text: 'Đẩy mạnh chuyển đổi số và đổi mới sáng tạo theo Nghị quyết số 57-NQ/TW', lead: [hnKhcn.name], coordinators: [hnTc.name], cites: ['57-NQ/TW'], deadline: date('2025-09-30') },
    { id: 't2', text: 'Tổ chức hội nghị xúc tiến đầu tư quốc tế của Thủ đô', lead: [hnNv.name], coordinators: [hnKhcn.name], deadline: period('Quý IV/2026', '2026-10-01', '2026-12-31') },
    { id: 't3', text: 'Tuyên truyền về hội nhập quốc tế', lead: [hnNv.name], deadline: ongoing },
  ],
  agencies: [hnKhcn, hnTc, hnNv],
});

export const CT35 = extraction({
  symbol: '35/KH-UBND', kind: 'KE_HOACH', kindVi: 'Kế hoạch', level: 'PROVINCIAL_STATE', issuer: 'UBND thành phố Cần Thơ', province: 'Cần Thơ',
  issuedOn: '2025-08-20', title: 'Kế hoạch thực hiện Nghị quyết số 153/NQ-CP của Chính phủ',
  citations: [{ symbol: '153/NQ-CP', kind: 'NGHI_QUYET', relation: 'IMPLEMENTS' }],
  tasks: [
    { id: 't1', text: 'Xây dựng hạ tầng dữ liệu phục vụ chuyển đổi số', lead: [ctKhcn.name], coordinators: [ctCt.name], deadline: date('2026-06-30') },
    { id: 't2', text: 'Thực hiện Kết luận số 57-KL/TW về thông tin đối ngoại', lead: [ctCt.name], cites: ['57-KL/TW'], deadline: date('2025-10-15') },
  ],
  agencies: [ctKhcn, ctCt],
});

export const HT42 = extraction({
  symbol: '42-CTr/TU', kind: 'CHUONG_TRINH', kindVi: 'Chương trình', level: 'PROVINCIAL_PARTY', issuer: 'Tỉnh ủy Hà Tĩnh', province: 'Hà Tĩnh',
  issuedOn: '2025-03-01', title: 'Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị',
  citations: [{ symbol: '57-NQ/TW', kind: 'NGHI_QUYET', relation: 'IMPLEMENTS' }],
  tasks: [{ id: 't1', text: 'Quán triệt Nghị quyết trong toàn Đảng bộ tỉnh', lead: [htTu.name] }],
  agencies: [htTu],
});

export const HT20 = extraction({
  symbol: '20/KH-UBND', kind: 'KE_HOACH', kindVi: 'Kế hoạch', level: 'PROVINCIAL_STATE', issuer: 'UBND tỉnh Hà Tĩnh', province: 'Hà Tĩnh',
  issuedOn: '2025-09-05', title: 'Kế hoạch thực hiện Chương trình số 42-CTr/TU và Nghị quyết 153/NQ-CP',
  citations: [
    { symbol: '153/NQ-CP', kind: 'NGHI_QUYET', relation: 'IMPLEMENTS' },
    { symbol: '42-CTr/TU', kind: 'CHUONG_TRINH', relation: 'IMPLEMENTS' },
  ],
  tasks: [
    { id: 't1', text: 'Phát triển khoa học, công nghệ và đổi mới sáng tạo của tỉnh', lead: [htKhcn.name], deadline: period('Năm 2026', '2026-01-01', '2026-12-31') },
    { id: 't2', text: 'Đào tạo nhân lực số', lead: [htKhcn.name], deadline: date('2025-11-30') },
  ],
  agencies: [htKhcn],
});

// Hà Tĩnh's plan arrived as a scanned PDF: its tasks were read by OCR on page 2, so their spans carry the
// page and the box of their lines.
HT20.source = {
  path: 'fixtures/20-kh-ubnd.pdf',
  format: 'PDF',
  sha256: crypto.createHash('sha256').update(`${HT20.source.sha256}:scan`).digest('hex'),
  pages: [1, 2].map((page) => ({ page, method: 'OCR' as const, startLine: page * 40 - 39, endLine: page * 40, confidence: 93.5, reason: 'no text layer', engine: 'tesseract 5.3.0 (vie)', dpi: 300 })),
};
HT20.tasks.forEach((t, i) => Object.assign(t.span, { page: 2, box: { x: 240, y: 300 + 200 * i, width: 2000, height: 180 } }));

/** A big plan (Đà Nẵng, 120 tasks, five agencies) for the round-trip tests; it derives from nothing. */
const dnAgencies = ['Sở Xây dựng', 'Sở Y tế', 'Sở Giáo dục và Đào tạo', 'Sở Nội vụ', 'Sở Tư pháp'].map((n) => agency(n, 'Đà Nẵng'));
export const DN99 = extraction({
  symbol: '99/KH-UBND', kind: 'KE_HOACH', kindVi: 'Kế hoạch', level: 'PROVINCIAL_STATE', issuer: 'UBND thành phố Đà Nẵng', province: 'Đà Nẵng',
  issuedOn: '2025-04-01', title: 'Kế hoạch cải cách hành chính năm 2025',
  citations: [],
  tasks: Array.from({ length: 120 }, (_, i) => ({
    id: `t${i + 1}`,
    text: `Nhiệm vụ cải cách hành chính số ${i + 1}`,
    lead: [dnAgencies[i % 5].name],
    coordinators: [dnAgencies[(i + 1) % 5].name, dnAgencies[(i + 2) % 5].name],
  })),
  agencies: dnAgencies,
});

export const CORPUS: Extraction[] = [NQ153, HT42, HN12, CT35, HT20, DN99];
