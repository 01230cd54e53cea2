/**
 * A plan made to carry out a programme (Đề án, Chương trình, Chiến lược) implements the decision that approved it, which
 * its bases name with "phê duyệt": real openings of Bình Định's 715/QĐ-UBND of 2011 (luatminhkhue) and Bến Tre's
 * 7822/KH-UBND of 2021 (hethongphapluat).
 */
import { extract } from '../../../src/ingest/pipeline';

const relations = (text: string) => {
  const x = extract({ path: 'p.txt', text, sha256: '0'.repeat(64), format: 'TEXT' });
  return x.citations.filter((c) => c.symbol).map((c) => [c.symbol, c.relation]);
};

const BINH_DINH = `ỦY BAN NHÂN DÂN
TỈNH BÌNH ĐỊNH
Số: 715/QĐ-UBND
Bình Định, ngày 29 tháng 12 năm 2011
QUYẾT ĐỊNH
VỀ VIỆC BAN HÀNH KẾ HOẠCH THỰC HIỆN ĐỀ ÁN “BẢO TỒN, PHÁT TRIỂN VĂN HÓA CÁC DÂN TỘC THIỂU SỐ VIỆT NAM ĐẾN NĂM 2020” TRÊN ĐỊA BÀN TỈNH BÌNH ĐỊNH
ỦY BAN NHÂN DÂN TỈNH
Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;
Căn cứ Quyết định số 1270/QĐ-TTg ngày 27/7/2011 của Thủ tướng Chính phủ về việc phê duyệt Đề án “Bảo tồn, phát triển văn hóa các dân tộc thiểu số Việt Nam đến năm 2020”;
Căn cứ Quyết định số 2120/QĐ-CTUBND ngày 21/9/2011 của Chủ tịch UBND tỉnh về việc thành lập Ban Điều hành Đề án “Bảo tồn, phát triển văn hóa các dân tộc thiểu số Việt Nam đến năm 2020” trên địa bàn tỉnh Bình Định;
Xét đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch,
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Đề án “Bảo tồn, phát triển văn hóa các dân tộc thiểu số Việt Nam đến năm 2020” trên địa bàn tỉnh Bình Định.`;

const BEN_TRE = `ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 7822/KH-UBND | Bến Tre, ngày 26 tháng 11 năm 2021 |
Căn cứ Quyết định số 1662/QĐ-TTg ngày 04 tháng 10 năm 2021 của Thủ tướng Chính phủ phê duyệt “Đề án bảo vệ và phát triển rừng vùng ven biển ứng phó với biến đổi khí hậu và thúc đẩy tăng trưởng xanh giai đoạn 2021-2030”;
Căn cứ Kế hoạch số 7308/KH-BNN-TCLN ngày 04 tháng 11 năm 2021 của Bộ Nông nghiệp và Phát triển nông thôn về triển khai thực hiện Quyết định số 1662/QĐ-TTg ngày 04/10/2021 của Thủ tướng Chính phủ phê duyệt Đề án “Bảo vệ và phát triển rừng vùng ven biển nhằm ứng phó với biến đổi khí hậu và thúc đẩy tăng trưởng xanh giai đoạn 2021-2030”;
Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Đề án bảo vệ và phát triển rừng vùng ven biển ứng phó với biến đổi khí hậu và thúc đẩy tăng trưởng xanh giai đoạn 2021-2030 trên địa bàn tỉnh Bến Tre (gọi tắt là Đề án), gồm các nội dung sau:`;

describe('a plan carrying out an approved programme', () => {
  it('the title carries out the Đề án that a basis approved: that decision is IMPLEMENTS; a basis setting up its steering board stays BASED_ON', () => {
    expect(relations(BINH_DINH)).toEqual([['1270/QĐ-TTg', 'IMPLEMENTS'], ['2120/QĐ-CTUBND', 'BASED_ON']]);
  });

  it('the sentence issuing the plan names the Đề án (no title); a ministry plan carrying out the same decision stays BASED_ON', () => {
    expect(relations(BEN_TRE)).toEqual([['1662/QĐ-TTg', 'IMPLEMENTS'], ['7308/KH-BNN-TCLN', 'BASED_ON'], ['1662/QĐ-TTg', 'IMPLEMENTS']]);
  });

  it('another programme than the one approved: the basis stays BASED_ON', () => {
    const other = BINH_DINH.replace(/ĐỀ ÁN “BẢO TỒN, PHÁT TRIỂN VĂN HÓA/u, 'ĐỀ ÁN “PHÁT TRIỂN DU LỊCH').replace('Kế hoạch thực hiện Đề án “Bảo tồn', 'Kế hoạch thực hiện Đề án “Phát triển du lịch');
    expect(relations(other)).toEqual([['1270/QĐ-TTg', 'BASED_ON'], ['2120/QĐ-CTUBND', 'BASED_ON']]);
  });
});
