/**
 * A news sentence in which the page's issuer carries out a document (src/ingest/issuer-carries-out.ts): "(QNO) - Ngày 13.3,
 * UBND tỉnh triển khai thực hiện Nghị quyết số 98/NQ-CP của Chính phủ về …" under the headline the page runs into it: the page
 * IMPLEMENTS 98/NQ-CP. Another body carrying a document out, or a reference inside the issuer's own name ("Ban Chỉ đạo của
 * Chính phủ về tổng kết việc thực hiện Nghị quyết số 18-NQ/TW … ban hành Kế hoạch số 141/KH-BCĐTKNQ18"), is no such sentence.
 * Lines from baoquangnam.vn (2019) and tcnn.vn (2024).
 */
import { issuerCarriesOut } from '../../../src/ingest/issuer-carries-out';
import { extract } from '../../../src/ingest/pipeline';

const relations = (text: string) => extract({ path: 'x.txt', sha256: 'h', format: 'TEXT', text }).citations.map((c) => [c.symbol, c.relation]);

describe("the page's issuer carries out a document", () => {
  it('"(QNO) - Ngày 13.3, UBND tỉnh triển khai thực hiện Nghị quyết số 98/NQ-CP …" below its headline: IMPLEMENTS', () => {
    expect(relations([
      'Tập trung đấu tranh phòng, chống và kiểm soát ma túy', '', '|', '',
      '(QNO) - Ngày 13.3, UBND tỉnh triển khai thực hiện Nghị quyết số 98/NQ-CP của Chính phủ về tăng cường chỉ đạo công tác phòng, chống, kiểm soát và cai nghiện ma túy.', '',
      'UBND tỉnh yêu cầu các đơn vị tăng cường sự lãnh đạo của các cấp ủy Đảng, hiệu lực quản lý Nhà nước của các sở, ban, ngành.',
    ].join('\n'))).toEqual([['98/NQ-CP', 'IMPLEMENTS']]);
  });
  it('the issuer named short, as news does; another body, or the issuer\'s own remit, is no such sentence', () => {
    expect(issuerCarriesOut('Ngày 13.3, UBND tỉnh triển khai thực hiện ', 'Ủy ban nhân dân tỉnh Quảng Nam')).toBe(true);
    expect(issuerCarriesOut('Thời gian qua, các cấp ủy đã triển khai thực hiện ', 'Ủy ban nhân dân tỉnh')).toBe(false);
    expect(issuerCarriesOut('Ngày 06/12/2024, Ban Chỉ đạo của Chính phủ về tổng kết việc thực hiện ', 'Ban Chỉ đạo của Chính phủ về tổng kết việc thực hiện Nghị quyết số 18-NQ/TW')).toBe(false);
  });
});
