/**
 * A People's Council's session reported in news passes resolutions (src/ingest/readers/council-session.ts): the council is
 * the issuer of a Nghị quyết passed on the session's day, not the chairman who speaks at it. Lines from vpubnd.quangnam.gov.vn
 * (Kỳ họp thứ 20, 2024), baolaocai.vn (Kỳ họp thứ Tám) and baomoi.com (Hà Nội TV, HĐND phường Xuân Phương, 2025); a
 * session that passes nothing the page tells of (vinhphuctv.vn, 2011) is no reading.
 */
import { extract } from '../../../../src/ingest/pipeline';

const doc = (text: string) => extract({ path: 'x.txt', sha256: 'h', format: 'TEXT', text }).document;

describe("a People's Council's session in news passes resolutions", () => {
  it('"Sáng ngày 23/01/2024, … HĐND tỉnh khóa X tổ chức Kỳ họp thứ 20 …" under "… thông qua 12 Nghị quyết quan trọng"', () => {
    const d = doc('Kỳ họp thứ 20, HĐND tỉnh khóa X: thông qua 12 Nghị quyết quan trọng.\n\nSáng ngày 23/01/2024, tại Hội trường UBND tỉnh, HĐND tỉnh khóa X tổ chức Kỳ họp thứ 20 (kỳ họp chuyên đề) thông qua một số nội dung theo thẩm quyền. Đồng chí Trần Xuân Vinh - Ủy viên BTV Tỉnh ủy, Phó Chủ tịch HĐND tỉnh và đồng chí Nguyễn Công Thanh - Tỉnh ủy viên, Phó Chủ tịch HĐND tỉnh đồng chủ trì kỳ họp.');
    expect([d.kind, d.issuer, d.level, d.issuedOn]).toEqual(['NGHI_QUYET', 'HĐND tỉnh', 'PROVINCIAL_STATE', '2024-01-23']);
    expect(d.inferred?.issuer).toMatch(/People's Council's session/);
  });
  it('"Chiều 9/2, …, HĐND tỉnh đã tổ chức Kỳ họp thứ Tám (kỳ họp chuyên đề), thông qua 8 nghị quyết …": no year to date it by', () => {
    const d = doc('HĐND tỉnh thông qua 8 nghị quyết tại Kỳ họp thứ Tám\nChiều 9/2, tại trụ sở Tỉnh ủy, dưới sự chủ trì, điều hành của đồng chí Trịnh Việt Hùng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh, HĐND tỉnh đã tổ chức Kỳ họp thứ Tám (kỳ họp chuyên đề), thông qua 8 nghị quyết quan trọng.');
    expect([d.kind, d.issuer, d.issuedOn]).toEqual(['NGHI_QUYET', 'HĐND tỉnh', null]);
  });
  it('"HĐND phường … khóa I, nhiệm kỳ 2021-2026, tổ chức kỳ họp thứ hai … vào sáng ngày 11/7. Kỳ họp đã thông qua Nghị quyết về nhiệm vụ … 6 tháng cuối năm 2025": the ward council, not the chairman speaking', () => {
    const d = doc([
      'Phường Xuân Phương phấn đấu thu ngân sách hơn 170 tỷ đồng', '',
      'HĐND phường Xuân Phương khóa I, nhiệm kỳ 2021-2026, tổ chức kỳ họp thứ hai để xem xét, quyết định các nội dung thuộc thẩm quyền vào sáng ngày 11/7.', '',
      'Kỳ họp đã thông qua Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh 6 tháng cuối năm 2025. Theo đó, trong 6 tháng cuối năm, phường Xuân Phương phấn đấu tổng thu ngân sách đạt 170,89 tỷ đồng.', '',
      'Phát biểu tại kỳ họp, Bí thư Đảng ủy, Chủ tịch HĐND phường Xuân Phương Lâm Quang Thao đề nghị UBND phường, các phòng, ban, ngành của phường chủ động, quyết liệt trong chỉ đạo, điều hành.',
    ].join('\n'));
    expect([d.kind, d.issuer, d.level, d.issuedOn]).toEqual(['NGHI_QUYET', 'HĐND phường Xuân Phương', 'PROVINCIAL_STATE', '2025-07-11']);
  });
  it('a session that passes no resolution the page tells of is no reading (nor, with nothing else, a directive)', () => {
    expect(() => doc('Sáng ngày 26/7, tại Trung tâm hội nghị tỉnh, HĐND tỉnh khóa XV, nhiệm kỳ 2011 - 2016 long trọng tổ chức kỳ họp thứ 2. Dự kỳ họp có các đồng chí: Phạm Văn Vọng - ủy viên Trung ương Đảng - Bí thư Tỉnh ủy - Chủ tịch HĐND tỉnh.')).toThrow(/not a directive/);
  });
});
