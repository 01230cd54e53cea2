/**
 * References named without a number (src/ingest/named-references.ts): a law after the article it cites ("… theo quy định tại
 * Khoản 7 Điều 45 Luật Thanh tra. Tổ chức, …", thanhtra.tuyenquang.gov.vn, 2024) and a submission by its submitter ("Sau khi
 * nghe Tờ trình của Hội đồng Bộ trưởng và ý kiến của các đại biểu Quốc hội;", vbpl.vn, the National Assembly's 1992
 * resolution): cited, the submission a proposal (CITES), never a basis.
 */
import { namedReferences } from '../../../src/ingest/named-references';
import { extract } from '../../../src/ingest/pipeline';

const cites = (text: string) => extract({ path: 'x.txt', sha256: 'h', format: 'TEXT', text }).citations.map((c) => [c.raw, c.relation]);

describe('references named without a number', () => {
  it('a law after the article it cites', () => {
    expect(namedReferences('… theo quy định tại Khoản 7 Điều 45 Luật Thanh tra. Tổ chức, thực hiện thanh tra bảo đảm đúng trình tự').map((r) => [r.raw, r.kind])).toEqual([['Luật Thanh tra', 'LUAT']]);
    expect(namedReferences('thực hiện theo quy định tại Điều 28 của Luật Đầu tư công năm 2019').map((r) => r.raw)).toEqual(['Luật Đầu tư công']);
    expect(cites('Chủ tịch UBND tỉnh yêu cầu Chánh Thanh tra tỉnh tổ chức thông báo ngay kế hoạch thanh tra đến đối tượng thanh tra theo quy định tại Khoản 7 Điều 45 Luật Thanh tra. Tổ chức, thực hiện thanh tra bảo đảm đúng trình tự, thủ tục.')).toEqual([['Luật Thanh tra', 'CITES']]);
  });
  it('a submission by its submitter: a proposal, no basis', () => {
    expect(cites(['QUỐC HỘI', 'Số: Không số', 'NGHỊ QUYẾT', 'Về địa giới hành chính tỉnh, thành phố trực thuộc trung ương', 'QUỐC HỘI',
      'Căn cứ vào Điều 84 của Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam;', '', 'Sau khi nghe Tờ trình của Hội đồng Bộ trưởng và ý kiến của các đại biểu Quốc hội;', '', 'QUYẾT NGHỊ', '',
      'Điều 1. Giữ nguyên địa giới hành chính của các tỉnh, thành phố trực thuộc Trung ương như hiện nay.'].join('\n'))).toEqual([
      ['Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam', 'BASED_ON'],
      ['Tờ trình của Hội đồng Bộ trưởng', 'CITES'],
    ]);
  });
});
