/**
 * A department's or ministry's name written with a hyphen between its fields, as provincial news pages write it
 * (baonamdinh.vn, baodaknong.vn, quangninhcdc.vn, seen in the judge-2 and judge-4 web copies): the body is the one
 * those fields name, as the other pages and the keys write it.
 */
import { canonicalAgencyName } from '../../../src/ingest/agencies';
import { inlineAssignment } from '../../../src/ingest/tasks';

describe('a department named with a hyphen between its fields', () => {
  it('"Sở Giao thông - Vận tải - Cơ quan Thường trực Ban An toàn giao thông tỉnh kiểm tra, đôn đốc …" (baonamdinh.vn): Sở Giao thông vận tải', () => {
    const { lead } = inlineAssignment('Sở Giao thông - Vận tải - Cơ quan Thường trực Ban An toàn giao thông tỉnh kiểm tra, đôn đốc và tổng hợp kết quả thực hiện');
    expect(lead.map((n) => canonicalAgencyName(n))).toEqual(['Sở Giao thông vận tải']);
  });
  it('"… giao nhiệm vụ cho Sở Tài nguyên-Môi trường chủ trì …" (baodaknong.vn), "… phối hợp với Sở Thông tin - Truyền thông, …" (quangninhcdc.vn)', () => {
    expect(canonicalAgencyName('Sở Tài nguyên-Môi trường')).toBe('Sở Tài nguyên và Môi trường');
    expect(inlineAssignment('Sở Y tế chủ trì, phối hợp với Sở Thông tin - Truyền thông, các sở, ngành liên quan triển khai các nội dung Công điện').coordinators.map((n) => canonicalAgencyName(n))[0]).toBe('Sở Thông tin và Truyền thông');
    expect(canonicalAgencyName('Bộ Kế hoạch - Đầu tư')).toBe('Bộ Kế hoạch và Đầu tư');
  });
  it('the name that has its own hyphen keeps it, with the dash a page types: "Sở Lao động – Thương binh và Xã hội" (nghean24h.vn)', () => {
    expect(canonicalAgencyName('Sở Lao động – Thương binh và Xã hội')).toBe('Sở Lao động - Thương binh và Xã hội');
    expect(canonicalAgencyName('Sở Giao thông - Vận tải tỉnh Nam Định')).toBe('Sở Giao thông vận tải tỉnh Nam Định');
  });
  it('fields no department has are left as written: "Sở Xây dựng - Giao thông", "Trung tâm Văn hóa - Thông tin"', () => {
    expect(canonicalAgencyName('Sở Xây dựng - Giao thông')).toBe('Sở Xây dựng - Giao thông');
    expect(canonicalAgencyName('Trung tâm Văn hóa - Thông tin')).toBe('Trung tâm Văn hóa - Thông tin');
  });
});
