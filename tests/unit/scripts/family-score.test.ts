/**
 * The held-out scorer's matching rules (scripts/family-score.ts), which decide what counts as found in
 * scripts/measure-families.ts. These test the scorer, not the extractor: no figure of any set is asserted here.
 */
import type { Citation, Indicator } from '../../../src/ingest/model';
import { citationMentions, opens, opensAtStart, sameField, sameSet, sameTarget, sameTargetNumbers } from '../../../scripts/family-score';

const span = { line: 1, startColumn: 0, endLine: 1, endColumn: 0 } as unknown as Citation['span'];
const cite = (raw: string, symbol: string | null, relation: Citation['relation'] = 'BASED_ON'): Citation => ({
  symbol,
  kind: null,
  issuedOn: null,
  issuer: null,
  relation,
  raw,
  section: null,
  span,
});
const indicator = (target: string, facts: Partial<Indicator> = {}): Pick<Indicator, 'target' | 'period' | 'value' | 'valueMin' | 'valueMax'> => ({
  target,
  period: null,
  value: null,
  valueMin: null,
  valueMax: null,
  ...facts,
});

describe('a key task found in the extracted task text', () => {
  it('at its start, without diacritics or case, after "Điều 3."', () => {
    expect(opensAtStart('Điều 3. Giao Sở Y tế chủ trì…', 'giao so y te chu tri')).toBe(true);
    expect(opens('Bộ Tài chính chủ trì theo dõi sát tình hình giá cả', 'Bộ Tài chính chủ trì')).toBe(true);
  });

  it('after a lead-in longer than 30 characters in the same sentence ("Ngoài ra, Thủ tướng cũng yêu cầu …")', () => {
    const text = 'Ngoài ra, Thủ tướng cũng yêu cầu Ngân hàng Nhà nước chủ động điều hành linh hoạt chính sách để ổn định thị trường tiền tệ.';
    expect(opensAtStart(text, 'Ngân hàng Nhà nước chủ động điều hành')).toBe(false);
    expect(opens(text, 'Ngân hàng Nhà nước chủ động điều hành')).toBe(true);
  });

  it('not when the key text is in a later sentence of a merged task', () => {
    const text = 'Bộ Công an chủ trì xử lý. Bộ Y tế tăng cường kiểm tra.';
    expect(opens(text, 'Bộ Y tế tăng cường kiểm tra')).toBe(false);
  });

  it('an abbreviation such as "TP." or a leading "1." ends no sentence', () => {
    expect(opens('UBND TP. Hồ Chí Minh giao Sở Xây dựng thành lập đội thanh tra.', 'Sở Xây dựng thành lập')).toBe(true);
    expect(opens('1. Giao Bộ Y tế: tiếp tục phối hợp…', 'tiếp tục phối hợp')).toBe(true);
  });

  it('an empty key text finds nothing', () => {
    expect(opens('Bộ Y tế chủ trì.', '')).toBe(false);
  });
});

describe('leads and metadata', () => {
  it('a lead set compares names without diacritics, case or order', () => {
    expect(sameSet(['Bộ Tài chính', 'bộ công thương'], ['Bộ Công Thương', 'BỘ TÀI CHÍNH'])).toBe(true);
    expect(sameSet(['Bộ Tài chính'], ['Bộ Tài chính', 'Bộ Công Thương'])).toBe(false);
  });

  it('an issuer written "UBND tỉnh …" is the same as "Ủy ban nhân dân tỉnh …"; other fields compare exactly', () => {
    expect(sameField('issuer', 'UBND tỉnh Lâm Đồng', 'Ủy ban nhân dân tỉnh Lâm Đồng')).toBe(true);
    expect(sameField('province', 'Lâm Đồng', 'Lam Dong')).toBe(false);
  });

  it('an issuer compares without the spacing around a hyphen; the Central Committee may be named with the Party', () => {
    expect(sameField('issuer', 'Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu', 'Ủy ban nhân dân tỉnh Bà Rịa-Vũng Tàu')).toBe(true);
    expect(sameField('issuer', 'Ban Chấp hành Trung ương Ðảng', 'Ban Chấp hành Trung ương')).toBe(true);
    expect(sameField('issuer', 'Ban Chấp hành Trung ương', 'Bộ Chính trị')).toBe(false);
    expect(sameField('issuer', 'Ban Chấp hành Đảng bộ tỉnh', 'Ban Chấp hành Trung ương')).toBe(false);
    expect(sameField('province', null, null)).toBe(true);
  });
});

describe('a key citation', () => {
  it('by symbol, whatever the spacing of the mention', () => {
    const found = citationMentions([cite('Nghị quyết số 26-NQ/TW ngày 05/8/2008', '26-NQ/TW'), cite('Luật Đất đai', null)], { symbol: '26-NQ/TW', relation: 'BASED_ON' });
    expect(found.map((c) => c.raw)).toEqual(['Nghị quyết số 26-NQ/TW ngày 05/8/2008']);
  });

  it('keyed by its raw text matches a mention the extractor gave a symbol (the raw-keyed miss of the first judge sets)', () => {
    const mentions = [cite('Quyết định số: 3864/QĐ.UBND-NN ngày 31/8/2011', '3864/QĐ.UBND-NN')];
    expect(citationMentions(mentions, { raw: '3864/QĐ.UBND-NN', relation: 'BASED_ON' })).toHaveLength(1);
  });

  it('keyed by title prefers the mentions without a symbol', () => {
    const mentions = [cite('Luật Tổ chức chính quyền địa phương ngày 19/6/2015', null), cite('Luật số 47/2019/QH14 sửa đổi Luật Tổ chức chính quyền địa phương', '47/2019/QH14', 'AMENDS')];
    expect(citationMentions(mentions, { title: 'Luật Tổ chức chính quyền địa phương', relation: 'BASED_ON' }).map((c) => c.relation)).toEqual(['BASED_ON']);
  });

  it('not found when no mention holds it', () => {
    expect(citationMentions([cite('Luật Đất đai', null)], { raw: 'Luật Khoáng sản', relation: 'BASED_ON' })).toEqual([]);
  });
});

describe('a key target', () => {
  it('as written, with the value, bounds and period the key gives', () => {
    expect(sameTarget(indicator('khoảng 47 – 48%', { period: '2030', valueMin: 47, valueMax: 48 }), { target: 'khoảng 47 – 48%', period: '2030', valueMin: 47, valueMax: 48 })).toBe(true);
    expect(sameTarget(indicator('khoảng 47 – 48%', { period: '2025', valueMin: 47, valueMax: 48 }), { target: 'khoảng 47 – 48%', period: '2030' })).toBe(false);
  });

  it('by its numbers only when the text is shorter ("100%" for "100% các xã") but not when the number differs', () => {
    const k = { target: '100% các xã', period: '2025', value: 100 };
    expect(sameTarget(indicator('100%', { period: '2025', value: 100 }), k)).toBe(false);
    expect(sameTargetNumbers(indicator('100%', { period: '2025', value: 100 }), k)).toBe(true);
    expect(sameTargetNumbers(indicator('90%', { period: '2025', value: 100 }), k)).toBe(false);
  });
});
