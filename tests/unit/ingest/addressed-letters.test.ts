/**
 * A letter's addressees do the work it gives without naming anyone (hethongphapluat.vn, Công văn 4555/BGDĐT-GDPT of
 * 2025: "Kính gửi: Các Sở Giáo dục và Đào tạo." then "1. Tiếp tục tổ chức thực hiện hiệu quả CTGDPT; …").
 */
import { collectiveAddressees } from '../../../src/ingest/addressed-letters';
import { normalise } from '../../../src/ingest/normalise';
import { extract } from '../../../src/ingest/pipeline';

const parse = (text: string) => extract({ path: 'letter.txt', text, sha256: '0'.repeat(64), format: 'TEXT' });
const LETTER = 'BỘ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 4555/BGDĐT-GDPT\nV/v hướng dẫn thực hiện nhiệm vụ giáo dục phổ thông năm học 2025-2026\nHà Nội, ngày 05 tháng 8 năm 2025\nKính gửi: Các Sở Giáo dục và Đào tạo.\nNăm học 2025-2026, ngành giáo dục thực hiện nhiệm vụ giáo dục phổ thông trong bối cảnh sắp xếp đơn vị hành chính.\nA. NHIỆM VỤ CHUNG\n1. Tiếp tục tổ chức thực hiện hiệu quả chương trình giáo dục phổ thông; triển khai dạy học 2 buổi/ngày đối với giáo dục tiểu học.\n2. Tăng cường các điều kiện bảo đảm chất lượng giáo dục, phát triển mạng lưới trường lớp, xây dựng trường đạt chuẩn quốc gia.\n';

describe('collectiveAddressees', () => {
  it('"Kính gửi: Các Sở Giáo dục và Đào tạo." names a collective', () => {
    expect(collectiveAddressees(normalise(LETTER).lines)?.bodies).toEqual(['Các Sở Giáo dục và Đào tạo']);
  });
  it('"Kính gửi:" then bullets of collectives', () => {
    expect(collectiveAddressees(normalise('UBND TỈNH LẠNG SƠN\nSố: 12/UBND-KT\nKính gửi:\n- Các sở, ban, ngành tỉnh;\n- UBND các huyện, thành phố.\nThực hiện …').lines)?.bodies).toEqual(['Các sở, ban, ngành tỉnh', 'UBND các huyện, thành phố']);
  });
  it('a letter to one body above the sender ("Kính gửi: Thủ tướng Chính phủ") gives no one work', () => {
    expect(collectiveAddressees(normalise('BỘ TÀI CHÍNH\nSố: 12/BTC-NSNN\nKính gửi: Thủ tướng Chính phủ\nBộ Tài chính báo cáo …').lines)).toBeNull();
  });
});

it('the items of a letter to a collective that name no one are led by the addressees', () => {
  const x = parse(LETTER);
  expect(x.tasks.length).toBe(2);
  expect(x.tasks.every((t) => t.lead.length === 1 && /Sở Giáo dục và Đào tạo$/u.test(t.lead[0]))).toBe(true);
});

it('a lead given by the addressees says so: the "Kính gửi" line, its span into the letter', () => {
  const x = parse(LETTER);
  for (const t of x.tasks) {
    expect(t.leadFrom?.how).toBe("the letter's addressees (Kính gửi)");
    expect(t.leadFrom?.text).toBe('Kính gửi: Các Sở Giáo dục và Đào tạo.');
    const span = t.leadFrom!.span;
    expect(LETTER.slice(span.startOffset, span.endOffset)).toBe('Kính gửi: Các Sở Giáo dục và Đào tạo.');
  }
});
