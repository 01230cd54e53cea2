/**
 * Laws, charters and congress resolutions are cited by name (src/graph/named-references.ts): one stub per name
 * and year, whatever the spelling of the organs or the date.
 */
import { namedReference } from '../../../src/graph/named-references';

const ref = (raw: string, issuedOn: string | null = null) => namedReference({ symbol: null, issuer: null, issuedOn, raw });

describe('a reference by name is one node per name and year', () => {
  it('"Luật Tổ chức HĐND và UBND ngày 26/11/2003" and "Luật tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003" are one law', () => {
    const a = ref('Luật Tổ chức HĐND và UBND ngày 26/11/2003', '2003-11-26');
    const b = ref('Luật tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003', '2003-11-26');
    expect(a).toEqual({ id: 'name:luat to chuc hoi dong nhan dan va uy ban nhan dan@2003', name: 'Luật Tổ chức HĐND và UBND', year: 2003 });
    expect(b!.id).toBe(a!.id);
  });
  it('"Luật Tổ chức chính quyền địa phương năm 2015" takes its year from the text; "Luật Đất đai" of 2013 and of 2024 are two laws', () => {
    expect(ref('Luật Tổ chức chính quyền địa phương năm 2015')).toMatchObject({ id: 'name:luat to chuc chinh quyen dia phuong@2015', name: 'Luật Tổ chức chính quyền địa phương' });
    expect(ref('Luật Đất đai ngày 29 tháng 11 năm 2013', '2013-11-29')!.id).not.toBe(ref('Luật Đất đai ngày 18 tháng 01 năm 2024', '2024-01-18')!.id);
  });
  it('a charter and a congress resolution have no year: "Điều lệ Đảng", "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"', () => {
    expect(ref('Điều lệ Đảng')).toEqual({ id: 'name:dieu le dang', name: 'Điều lệ Đảng', year: null });
    expect(ref('Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng')!.id).toBe('name:nghi quyet dai hoi dai bieu toan quoc lan thu xiii cua dang');
  });
  it('a numbered reference, or one named only by kind, date and issuer ("Kế hoạch ngày 12/3/2025 của UBND Thành phố"), is not one', () => {
    expect(namedReference({ symbol: '57-NQ/TW', issuer: null, issuedOn: null, raw: 'Nghị quyết số 57-NQ/TW' })).toBeNull();
    expect(namedReference({ symbol: null, issuer: 'UBND Thành phố', issuedOn: '2025-03-12', raw: 'Kế hoạch ngày 12/3/2025 của UBND Thành phố' })).toBeNull();
  });
});
