/**
 * The header's "Số:" line of a document typed from its template: the number keeps the blank's spaces before the code
 * ("Số: 187    /KH-UBND", Thọ Xuân district's plan on its portal), and is still the document's symbol. A State body's code
 * written Party-style ("Kế hoạch số 17-KH/UBND", Quảng Ninh's portal) is still the People's Committee's, a State level.
 */
import { extract } from '../../../src/ingest/pipeline';

const doc = (text: string) => extract({ path: 'p.txt', text, sha256: '0'.repeat(64), format: 'TEXT' }).document;

describe('the number typed into the header template', () => {
  it('"Số: 187    /KH-UBND" is 187/KH-UBND', () => {
    const d = doc('ỦY BAN NHÂN DÂN HUYỆN THỌ XUÂN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 187    /KH-UBND\n\nThọ Xuân, ngày 24 tháng 8  năm 2024\n\nKẾ HOẠCH\nTiêm phòng đợt 2 năm 2024\n\nGiao Trạm Chăn nuôi và Thú y huyện chủ trì tổ chức tiêm phòng.');
    expect([d.symbol, d.kind, d.issuedOn]).toEqual(['187/KH-UBND', 'KE_HOACH', '2024-08-24']);
  });

  it('a UBND code written Party-style keeps the State level: "Ủy ban nhân dân tỉnh ban hành Kế hoạch số 17-KH/UBND"', () => {
    const d = doc('Kế hoạch lập Hồ sơ khoa học để xếp hạng di tích các cấp giai đoạn 2022-2025\n\n20/01/2022 15:05\n\nNgày 18-01, Ủy ban nhân dân tỉnh ban hành Kế hoạch số 17-KH/UBND về việc lập Hồ sơ khoa học để xếp hạng di tích các cấp giai đoạn 2022-2025.');
    expect([d.symbol, d.level]).toEqual(['17-KH/UBND', 'PROVINCIAL_STATE']);
  });
});
