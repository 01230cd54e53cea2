/**
 * A news page on the conference that disseminates a document: "Sáng 17/4/2025, Ban Bí thư TW Đảng tổ chức Hội nghị trực tuyến
 * quán triệt Kết luận số 132-KL/TW ngày 18/3/2025 của Bộ Chính trị về việc tiếp tục thực hiện Chỉ thị 36-CT/TW năm 2019 …"
 * (hoabinh.gov.vn). The page tells that conclusion (kind, symbol, date, issuer, level, what it is about), and what its title says
 * it carries out it IMPLEMENTS. ("Ban Bí thư sẽ tổ chức Hội nghị … quán triệt, triển khai thực hiện Nghị quyết 79 …", plo.vn,
 * names no symbol: no reading.)
 */
import { normalise } from '../../../src/ingest/normalise';
import { extract } from '../../../src/ingest/pipeline';
import { readDocumentMeta } from '../../../src/ingest/document';
import { readDisseminated } from '../../../src/ingest/readers/disseminated';

const PAGE = [
  'Phấn đấu đến hết năm 2030, có ít nhất 50% đơn vị hành chính cấp xã trên toàn quốc "không ma túy"',
  '(17/04/2025)',
  'Sáng 17/4/2025, Ban Bí thư TW Đảng tổ chức Hội nghị trực tuyến quán triệt Kết luận số 132-KL/TW ngày 18/3/2025 của Bộ Chính trị về việc tiếp tục thực hiện Chỉ thị 36-CT/TW năm 2019 của Bộ Chính trị về tăng cường, nâng cao hiệu quả công tác phòng, chống và kiểm soát ma túy. Hội nghị được truyền trực tuyến tới các điểm cầu UBND cấp tỉnh, huyện, xã trên toàn quốc.',
];

describe('the document a conference disseminates is the page\'s', () => {
  test('"… tổ chức Hội nghị trực tuyến quán triệt Kết luận số 132-KL/TW ngày 18/3/2025 của Bộ Chính trị về việc tiếp tục thực hiện Chỉ thị 36-CT/TW …"', () => {
    const x = extract({ path: 'doc.txt', sha256: 'x', format: 'TEXT', text: PAGE.join('\n') });
    expect([x.document.kind, x.document.symbol, x.document.issuer, x.document.level, x.document.province, x.document.issuedOn]).toEqual(['KET_LUAN', '132-KL/TW', 'Bộ Chính trị', 'CENTRAL_PARTY', null, '2025-03-18']);
    expect(x.citations.filter((c) => c.symbol === '36-CT/TW').map((c) => c.relation)).toEqual(['IMPLEMENTS']);
    expect(x.citations.some((c) => c.symbol === '132-KL/TW')).toBe(false);
  });
  test('a conference on a document named with no symbol gives no reading', () => {
    const { lines } = normalise('Sáng nay (25-2), Ban Bí thư sẽ tổ chức Hội nghị trực tuyến toàn quốc quán triệt, triển khai thực hiện Nghị quyết 79 về phát triển kinh tế Nhà nước của Bộ Chính trị.');
    expect(readDisseminated(lines, readDocumentMeta(lines))).toEqual({});
  });
});
