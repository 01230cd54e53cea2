/** Small hand-made extractions shaped like the corpus, for graph tests that must not depend on the parser. */
import type { Extraction, Span } from '../../src/ingest/model';

export const span = (line: number, lines = 1): Span => ({ startLine: line, endLine: line + lines - 1, startOffset: line * 100, endOffset: (line + lines) * 100 });

const sha = (seed: string) => seed.padEnd(64, '0').replace(/[^0-9a-f]/g, 'a').slice(0, 64);

/** A provincial plan implementing 153/NQ-CP (itself carrying out 59-NQ/TW), with two tasks. */
export function provincialPlan(over: { symbol?: string | null; province?: string; shaSeed?: string; taskText?: string } = {}): Extraction {
  const province = over.province ?? 'Cần Thơ';
  const symbol = over.symbol === undefined ? '35/KH-UBND' : over.symbol;
  const agency = (name: string, type: 'DEPARTMENT' | 'GROUP' = 'DEPARTMENT') => ({
    key: `${province === 'Cần Thơ' ? 'can-tho' : 'ha-noi'}:${name.toLowerCase()}`,
    name,
    aliases: [name],
    type,
    province,
    isGroup: type === 'GROUP',
  });
  return {
    source: { path: `fixtures/${symbol ?? 'plan'}.txt`, sha256: sha(over.shaSeed ?? 'abc'), format: 'TEXT' },
    documentId: symbol ?? 'doc:0123456789abcdef',
    document: {
      kind: 'KE_HOACH',
      kindVi: 'Kế hoạch',
      symbol,
      number: symbol ? symbol.split('/')[0] : null,
      issuer: `Ủy ban nhân dân thành phố ${province}`,
      level: 'PROVINCIAL_STATE',
      province,
      issuedOn: '2025-08-20',
      title: 'Triển khai Chương trình hành động của Chính phủ thực hiện Nghị quyết số 59-NQ/TW',
      signer: 'Trần Văn Lâu',
      missing: [],
      spans: { title: span(5) },
    },
    citations: [
      { symbol: '153/NQ-CP', kind: 'NGHI_QUYET', issuedOn: '2025-05-31', issuer: 'Chính phủ', relation: 'IMPLEMENTS', raw: 'Nghị quyết số 153/NQ-CP ngày 31 tháng 5 năm 2025', section: null, span: span(7) },
      { symbol: '59-NQ/TW', kind: 'NGHI_QUYET', issuedOn: '2025-01-24', issuer: 'Bộ Chính trị', relation: 'IMPLEMENTS', raw: 'Nghị quyết số 59-NQ/TW', section: null, span: span(5) },
      { symbol: '59-NQ/TW', kind: 'NGHI_QUYET', issuedOn: null, issuer: null, relation: 'CITES', raw: 'Nghị quyết số 59-NQ/TW', section: 'I.2', span: span(20) },
      { symbol: '57-KL/TW', kind: 'KET_LUAN', issuedOn: null, issuer: null, relation: 'CITES', raw: 'Kết luận số 57-KL/TW', section: 'II.1', span: span(30) },
    ],
    citedLinks: [{ from: '153/NQ-CP', to: '59-NQ/TW', relation: 'IMPLEMENTS', raw: 'Nghị quyết số 153/NQ-CP … thực hiện Nghị quyết số 59-NQ/TW', span: span(7) }],
    sections: [
      { path: 'II', number: 'II', heading: 'NỘI DUNG THỰC HIỆN', depth: 1, span: span(25) },
      { path: 'PL', number: 'PL', heading: 'PHỤ LỤC', depth: 1, span: span(100) },
    ],
    tasks: [
      {
        id: 't1', section: 'PL', ordinal: '1', text: over.taskText ?? 'Tổ chức hội nghị quán triệt Nghị quyết số 57-NQ/TW', lead: ['Sở Khoa học và Công nghệ'], coordinators: ['Các Sở, ngành liên quan'],
        output: 'Hội nghị', deadline: { raw: 'Quý IV/2025', kind: 'PERIOD', start: '2025-10-01', end: '2025-12-31', recurrence: null, condition: null }, cites: ['57-NQ/TW'], source: 'TABLE', sameAs: null, span: span(101, 3),
      },
      {
        id: 't2', section: 'II', ordinal: 'a', text: 'Tổ chức hội nghị quán triệt', lead: ['Sở Khoa học và Công nghệ'], coordinators: [],
        output: null, deadline: { raw: 'Hàng năm', kind: 'RECURRING', start: null, end: null, recurrence: 'YEARLY', condition: null }, cites: [], source: 'BODY', sameAs: 't1', span: span(26),
      },
    ],
    agencies: [agency('Sở Khoa học và Công nghệ'), agency('Các Sở, ngành liên quan', 'GROUP')],
    indicators: [
      { id: 'i1', ordinal: '1', name: 'Tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo', unit: '%', target: '≥ 50', value: 50, valueMin: 50, valueMax: null, comparator: '≥', period: '2030', agency: 'Sở Khoa học và Công nghệ', group: null, span: span(90) },
    ],
    warnings: [],
  };
}
