/**
 * Constructs of news pages reporting a meeting's conclusions and a committee's plan, found on the seen judge-2 web
 * copies and on fresh pages of the same provincial papers (thainguyentv.vn, baodanang.vn): an official addressed as
 * "đồng chí" directing the bodies, bodies asked to draw up plans ("… xây dựng kế hoạch …"), which is no document they
 * enact, and a committee's plan issued without a number.
 */
import { extract } from '../../../src/ingest/pipeline';

const doc = (text: string) => extract({ path: 'x.txt', text, sha256: '7'.repeat(64), format: 'TEXT' });

describe('an official addressed as "đồng chí" directing at a meeting', () => {
  it('"Kết luận hội nghị, đồng chí Trưởng Ban Tuyên giáo Tỉnh ủy yêu cầu các đơn vị …" (thainguyentv.vn): the Party body speaks, the units act', () => {
    const x = doc('Triển khai nhiệm vụ chuẩn bị hội nghị\n\nKết luận hội nghị, đồng chí Trưởng Ban Tuyên giáo Tỉnh ủy yêu cầu các đơn vị bám sát vào nhiệm vụ phân công, chủ động xây dựng kế hoạch thực hiện đảm bảo tiến độ, chất lượng.');
    expect([x.document.issuer, x.document.level]).toEqual(['Ban Tuyên giáo Tỉnh ủy', 'PROVINCIAL_PARTY']);
    expect(x.tasks.map((t) => t.lead)).toEqual([['Các đơn vị']]);
  });
  it('"Kết luận cuộc họp, đồng chí Phó Bí thư Thường trực Tỉnh ủy yêu cầu: …" (thainguyentv.vn): the office speaks for the Tỉnh ủy', () => {
    const x = doc('Họp Tiểu ban Tổ chức phục vụ Đại hội\n\nKết luận cuộc họp, đồng chí Phó Bí thư Thường trực Tỉnh ủy yêu cầu: Ban Tuyên giáo Tỉnh ủy chủ động xây dựng kế hoạch tuyên truyền Đại hội Đảng các cấp.');
    expect([x.document.issuer, x.document.level]).toEqual(['Tỉnh ủy', 'PROVINCIAL_PARTY']);
    expect(x.document.inferred?.issuer).toMatch(/a body directing in a news sentence \("Phó Bí thư Thường trực Tỉnh ủy yêu cầu:"\)/u);
  });
});

describe('a body asked to draw up a plan ("… xây dựng kế hoạch …") enacts no document', () => {
  it('"… yêu cầu: Ban Tuyên giáo Tỉnh ủy chủ động xây dựng kế hoạch tuyên truyền …; Ban cán sự Đảng UBND tỉnh xây dựng kế hoạch …" (thainguyentv.vn): tasks of each body', () => {
    const x = doc(
      'Họp Tiểu ban Tổ chức phục vụ Đại hội Đại biểu Đảng bộ tỉnh\n\nKết luận cuộc họp, đồng chí Phó Bí thư Thường trực Tỉnh ủy yêu cầu: Ban Tuyên giáo Tỉnh ủy chủ động xây dựng kế hoạch tuyên truyền Đại hội Đảng các cấp; Ban cán sự Đảng UBND tỉnh xây dựng kế hoạch chỉ đạo công tác bảo đảm an ninh trật tự.\n\nVăn phòng Tỉnh ủy xây dựng kế hoạch đảm bảo dự toán kinh phí, cơ sở vật chất phục vụ Đại hội.',
    );
    expect([x.document.kind, x.document.level]).toEqual([null, 'PROVINCIAL_PARTY']);
    expect(x.document.issuer).not.toMatch(/chủ động/u);
    expect(x.tasks.map((t) => t.text.slice(0, 22))).toEqual(['Ban Tuyên giáo Tỉnh ủy', 'Ban cán sự Đảng UBND t', 'Văn phòng Tỉnh ủy xây ']);
  });
  it('the enacting sentence still names its plan: "Ủy ban nhân dân tỉnh xây dựng Kế hoạch triển khai …", "… vừa xây dựng kế hoạch …", "… xây dựng kế hoạch triển khai thực hiện như sau:"', () => {
    expect(doc('Thực hiện Công văn số 591-CV/BCSĐ ngày 14/12/2022, Ủy ban nhân dân tỉnh xây dựng Kế hoạch triển khai thực hiện trên địa bàn tỉnh Cà Mau.\n\n1. Mục đích').document.kind).toBe('KE_HOACH');
    expect(doc('Căn cứ hướng dẫn của cấp ủy cấp trên, Ban Thường vụ Tỉnh ủy vừa xây dựng kế hoạch kiểm tra thi hành Điều lệ Đảng trong Đảng bộ.').document.kind).toBe('KE_HOACH');
    expect(doc('Ủy ban nhân dân tỉnh Cao Bằng xây dựng kế hoạch triển khai thực hiện như sau:\n\nI. MỤC ĐÍCH, YÊU CẦU').document.kind).toBe('KE_HOACH');
  });
});

describe('a committee’s plan issued with no number of its own', () => {
  it('"Thành ủy vừa ban hành kế hoạch nghiên cứu, quán triệt Chỉ thị số 20-CT/TW …" (baodanang.vn): a Kế hoạch', () => {
    const x = doc('Triển khai kế hoạch nghiên cứu, quán triệt Chỉ thị số 20-CT/TW\n\nThành ủy vừa ban hành kế hoạch nghiên cứu, quán triệt Chỉ thị số 20-CT/TW ngày 12-12-2022 của Ban Bí thư Trung ương Đảng, theo đó yêu cầu các cấp ủy Đảng tiến hành nghiên cứu, quán triệt, tuyên truyền Chỉ thị số 20-CT/TW nghiêm túc, chất lượng.\n\nCác quận ủy, huyện ủy, đảng ủy trực thuộc Thành ủy chủ động xây dựng kế hoạch thực hiện Chỉ thị số 20-CT/TW phù hợp với tình hình thực tế.');
    expect([x.document.kind, x.document.level]).toEqual(['KE_HOACH', 'PROVINCIAL_PARTY']);
    expect(x.document.issuer).not.toMatch(/chủ động/u);
  });
});
