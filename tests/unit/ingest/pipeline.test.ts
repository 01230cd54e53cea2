import { extract } from '../../../src/ingest/pipeline';
import type { SourceText } from '../../../src/ingest/read-source';
import { InvalidExtractionError } from '../../../src/ingest/validate';

const source = (text: string, sha = 'a'.repeat(64)): SourceText => ({ path: 'test.txt', text, format: 'TEXT', sha256: sha });

const plan = (extra = '') =>
  [
    'ỦY BAN NHÂN DÂN TỈNH BẮC NINH',
    'KẾ HOẠCH',
    'Tổ chức hoạt động thông tin đối ngoại năm 2024',
    'I. MỤC ĐÍCH, YÊU CẦU',
    `1. Bảo đảm hiệu quả${extra}.`,
    'II. NHIỆM VỤ',
    '1. Sở Văn hóa, Thể thao và Du lịch chủ trì tổ chức tuần văn hóa vào tháng 3.',
    'TM. ỦY BAN NHÂN DÂN',
    'CHỦ TỊCH',
    'Nguyễn Văn An',
  ].join('\n');

describe('the composed pipeline', () => {
  it('dates "tháng 3" with the year the plan is for when the text gives no issue date ("… năm 2024")', () => {
    const x = extract(source(plan()));
    expect(x.document.issuedOn).toBeNull();
    const task = x.tasks.find((t) => t.lead.includes('Sở Văn hóa, Thể thao và Du lịch'));
    expect(task?.deadline).toMatchObject({ kind: 'PERIOD', start: '2024-03-01', end: '2024-03-31' });
  });

  it('a body bullet restated as an appendix row takes the row\'s lead and deadline, and they stay linked', () => {
    const text = [
      'KẾ HOẠCH',
      'Triển khai chuyển đổi số năm 2025',
      'II. NHIỆM VỤ',
      '- Xây dựng cơ sở dữ liệu về hội nhập quốc tế của tỉnh, cập nhật thường xuyên.',
      'TM. ỦY BAN NHÂN DÂN',
      'PHỤ LỤC',
      '| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |',
      '|---|---|---|---|---|',
      '| 1 | Xây dựng cơ sở dữ liệu về hội nhập quốc tế của tỉnh, cập nhật thường xuyên | Sở Ngoại vụ | Sở Tài chính | Quý IV/2025 |',
    ].join('\n');
    const x = extract({ ...source(text), format: 'MARKDOWN' });
    const bullet = x.tasks.find((t) => t.source === 'BODY');
    const row = x.tasks.find((t) => t.source === 'TABLE');
    expect(bullet?.sameAs).toBe(row?.id);
    expect(bullet).toMatchObject({ lead: ['Sở Ngoại vụ'], coordinators: ['Sở Tài chính'], deadline: { kind: 'PERIOD', end: '2025-12-31' } });
  });

  it('gives a document without a symbol an identity that survives edits to its body', () => {
    const first = extract(source(plan()));
    const edited = extract(source(plan(' và kịp thời'), 'b'.repeat(64)));
    expect(first.document.symbol).toBeNull();
    expect(first.documentId).toMatch(/^doc:[0-9a-f]{16}$/);
    expect(edited.documentId).toBe(first.documentId);
  });

  it('rejects text that is not a directive, with the reason', () => {
    expect(() => extract(source('Xin chào các bạn.\nHẹn gặp lại.'))).toThrow(InvalidExtractionError);
    expect(() => extract(source('Xin chào các bạn.\nHẹn gặp lại.'))).toThrow(/not a directive document/);
  });

  it('rejects a sidecar manifest with an unknown field instead of ignoring it', () => {
    expect(() => extract(source(plan()), { sybmol: '12/KH-UBND' })).toThrow(/meta\.json/);
  });

  it('fills missing fields from the sidecar manifest', () => {
    const x = extract(source(plan()), { symbol: '12/KH-UBND', issuedOn: '2024-01-15' });
    expect(x.document).toMatchObject({ symbol: '12/KH-UBND', issuedOn: '2024-01-15' });
    expect(x.documentId).toBe('12/KH-UBND');
    expect(x.document.missing).not.toContain('symbol');
  });
});
