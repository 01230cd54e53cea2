/**
 * Document metadata as copies state it: a Government Office letter whose code names the office before its unit
 * ("3148/VPCP-CN": central, no province though signed in Hà Nội), "Chính phủ ra Nghị quyết số …" (the body "puts out"
 * a resolution), and a news headline run into the sentence naming the issuer ("… cấp trên và Trung ương Ban Bí thư
 * Trung ương Đảng vừa ban hành …", "… Nghị quyết Trung ương 7 Ban Cán sự Đảng Bộ VHTTDL đã ban hành …"), a long
 * steering committee's name, and its short name in brackets.
 */
import fs from 'node:fs';
import path from 'node:path';
import { extract } from '../../../src/ingest/pipeline';
import { findSymbols } from '../../../src/ingest/symbols';

const meta = (lines: string[]) => extract({ path: 'doc.txt', sha256: 'x', format: 'TEXT', text: lines.join('\n') }).document;

describe('a letter\'s code: the body, then its unit', () => {
  it('"3148/VPCP-CN" is the Government Office\'s: issuer and level from the code, no province', () => {
    expect(findSymbols('Số: 3148/VPCP-CN')[0].issuerCode).toBe('VPCP');
    const m = meta([
      'VĂN PHÒNG CHÍNH PHỦ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |',
      'Số: 3148/VPCP-CN | Hà Nội, ngày 05tháng 04 năm 2018 |',
      'Kính gửi: Bộ Giao thông vận tải.',
      'Về đề nghị của Ủy ban nhân dân tỉnh Đồng Tháp tại văn bản số 88/UBND-ĐTXD ngày 23 tháng 3 năm 2018, Phó Thủ tướng Trịnh Đình Dũng có ý kiến như sau:',
      'Giao Bộ Giao thông vận tải xem xét, giải quyết các đề xuất, kiến nghị của Ủy ban nhân dân tỉnh Đồng Tháp.',
    ]);
    expect({ issuer: m.issuer, level: m.level, province: m.province }).toEqual({ issuer: 'Văn phòng Chính phủ', level: 'CENTRAL_STATE', province: null });
  });
});

describe('the issuer in a news sentence', () => {
  it('"Chính phủ ra Nghị quyết số 12/NQ-CP ban hành Chương trình hành động …"', () => {
    const m = meta([
      'Chính phủ ra Nghị quyết số 12/NQ-CP ban hành Chương trình hành động thực hiện Kết luận số 115-KL/TW ngày 16/1/2025 của Bộ Chính trị.',
      'Chương trình đặt mục tiêu đến năm 2030, tốc độ tăng năng suất lao động xã hội bình quân đạt khoảng 8,5%/năm.',
    ]);
    expect({ kind: m.kind, symbol: m.symbol, issuer: m.issuer, level: m.level }).toEqual({ kind: 'NGHI_QUYET', symbol: '12/NQ-CP', issuer: 'Chính phủ', level: 'CENTRAL_STATE' });
  });
  it('a headline run on: "… không chúc Tết cấp trên và Trung ương Ban Bí thư Trung ương Đảng vừa ban hành Chỉ thị số 16-CT/TW …"', () => {
    const m = meta([
      'Các địa phương không chúc Tết cấp trên và Trung ương Ban Bí thư Trung ương Đảng vừa ban hành Chỉ thị số 16-CT/TW ngày 22-12-2017 về việc tổ chức Tết Mậu Tuất năm 2018.',
      'Chỉ thị yêu cầu các cấp ủy, tổ chức đảng, chính quyền chăm lo cho nhân dân đón Tết.',
    ]);
    expect(m.issuer).toBe('Ban Bí thư');
  });
  it('"… Nghị quyết Trung ương 7 Ban Cán sự Đảng Bộ VHTTDL đã ban hành công văn …": the ministry spelled out', () => {
    const m = meta([
      'Ban Cán sự đảng Bộ VHTTDL đẩy mạnh tuyên truyền Nghị quyết Trung ương 7 Ban Cán sự Đảng Bộ VHTTDL đã ban hành công văn số 51 về việc tuyên truyền Nghị quyết.',
      'Theo đó, các cơ quan, đơn vị thuộc Bộ xây dựng kế hoạch học tập, quán triệt Nghị quyết.',
    ]);
    expect(m.issuer).toBe('Ban Cán sự Đảng Bộ Văn hóa, Thể thao và Du lịch');
  });
  it('a steering committee named by its remit, and its short name in brackets before the verb', () => {
    const long = meta([
      'Hoàn thành bố trí trụ sở trước ngày 15/7 Ban Chỉ đạo Trung ương về tổng kết việc thực hiện Nghị quyết số 18 vừa ban hành công văn về việc sắp xếp tổ chức bộ máy.',
      'Các Tỉnh ủy, Thành ủy lãnh đạo, chỉ đạo xây dựng đề án chi tiết.',
    ]);
    expect(long.issuer).toBe('Ban Chỉ đạo Trung ương về tổng kết việc thực hiện Nghị quyết số 18');
    const bracketed = meta([
      'Ngày 06/12/2024, Ban Chỉ đạo của Chính phủ về tổng kết việc thực hiện Nghị quyết số 18-NQ/TW (Ban Chỉ đạo của Chính phủ) ban hành Kế hoạch số 141/KH-BCĐTKNQ18 về tổng kết.',
    ]);
    expect({ issuer: bracketed.issuer, level: bracketed.level }).toEqual({ issuer: 'Ban Chỉ đạo của Chính phủ về tổng kết việc thực hiện Nghị quyết số 18-NQ/TW', level: 'CENTRAL_STATE' });
  });
});

describe('a news page names its province and signer around its headline', () => {
  // (Pages of tests/fixtures/judge-2/web-copies: a synthetic two-line page is no directive.)
  const page = (name: string) => extract({ path: name, sha256: 'x', format: 'TEXT', text: fs.readFileSync(path.join(__dirname, '../../fixtures/judge-2/web-copies', name), 'utf8') }).document;
  it('a headline opening with the province as its subject: "Hà Nội yêu cầu …" completes "UBND TP"', () => {
    const m = page('cand-ha-noi-154-vi-pham-xay-dung-news.txt');
    expect({ issuer: m.issuer, province: m.province }).toEqual({ issuer: 'Ủy ban nhân dân thành phố Hà Nội', province: 'Hà Nội' });
  });
  it('"Tỉnh ủy Ninh Bình chỉ đạo …" and "Đà Nẵng chống Covid-19: …" name the province', () => {
    expect(page('tamlongvang-tinh-uy-ninh-binh-thong-tri-dai-hoi-cong-doan-news.txt').province).toBe('Ninh Bình');
    const m = page('thanhnien-da-nang-chong-covid-news.txt');
    expect(m.province).toBe('Đà Nẵng');
    expect(m.inferred?.province).toMatch(/headline/u);
  });
  it('the paper\'s follow button "Theo dõi Báo Gia Lai trênGoogle News" names the province of a provincial letter', () => {
    const m = meta([
      'Gia Lai chỉ đạo triển khai phòng-chống bệnh dịch tả heo châu Phi',
      'Theo dõi Báo Gia Lai trênGoogle News',
      '(GLO)-',
      'Phó Chủ tịch UBND tỉnh Dương Mah Tiệp vừa ký ban hành Công văn số 3214/UBND-NL về việc triển khai các giải pháp phòng-chống bệnh dịch tả heo châu Phi.',
    ]);
    expect({ issuer: m.issuer, province: m.province, signer: m.signer }).toEqual({ issuer: 'Ủy ban nhân dân tỉnh Gia Lai', province: 'Gia Lai', signer: 'Dương Mah Tiệp' });
  });
  it('a headline run into "Ông Lê Ngọc Khánh, Phó Chủ tịch UBND tỉnh vừa ký công văn hỏa tốc số 8303/UBND-VP …": symbol and signer', () => {
    const m = meta([
      'Tăng cường công tác kiểm tra, kiểm soát thị trường',
      'Ông Lê Ngọc Khánh, Phó Chủ tịch UBND tỉnh vừa ký công văn hỏa tốc số 8303/UBND-VP về việc ổn định giá cả hàng hoá thiết yếu.',
      '',
      'Theo đó, UBND tỉnh giao Cục Quản lý thị trường tỉnh có kế hoạch tăng cường công tác kiểm tra, kiểm soát thị trường.',
    ]);
    expect({ symbol: m.symbol, signer: m.signer }).toEqual({ symbol: '8303/UBND-VP', signer: 'Lê Ngọc Khánh' });
  });
  it('a department abbreviated as news writes it: "Sở Công Thương TP HCM vừa có văn bản …"', () => {
    const m = meta(['Sở Công Thương TP HCM vừa có văn bản đề nghị UBND TP Thủ Đức, quận, huyện tăng cường kiểm tra việc chấp hành quy định về giá hàng hóa.']);
    expect(m.issuer).toBe('Sở Công Thương Thành phố Hồ Chí Minh');
  });
});

describe('the city written short in the issuer\'s name', () => {
  it('"Thành ủy TP.HCM vừa ban hành Chỉ thị số 18-CT/TU …": the committee of Thành phố Hồ Chí Minh', () => {
    const m = meta([
      'Triển khai dự án Vành đai 3, TP. HCM yêu cầu “cả hệ thống chính trị” vào cuộc',
      'Thành ủy TP.HCM vừa ban hành Chỉ thị số 18-CT/TU về lãnh đạo, chỉ đạo triển khai thực hiện dự án Vành đai 3 trên địa bàn. Chỉ thị này được quán triệt, phổ biến đến các cấp ủy, tổ chức đảng, đảng viên thuộc Đảng bộ Thành phố.',
    ]);
    expect([m.issuer, m.province, m.level]).toEqual(['Thành ủy Thành phố Hồ Chí Minh', 'Hồ Chí Minh', 'PROVINCIAL_PARTY']);
  });
});

describe('a ministry\'s general department issues as a central State body', () => {
  it('"Cơ quan ban hành: Tổng cục Hải quan" in a portal\'s block: issuer and level CENTRAL_STATE', () => {
    const m = meta([
      'Chỉ thị 215/CT-TCHQ chống thất thu trong thu Ngân sách Nhà nước 2021',
      '',
      'Chỉ thị 215/CT-TCHQ của Tổng cục Hải quan về việc thực hiện đồng bộ, quyết liệt các giải pháp tạo thuận lợi thương mại',
      'Cơ quan ban hành: Tổng cục Hải quan',
      'Số hiệu:215/CT-TCHQ',
      'Loại văn bản:Chỉ thị',
      'Người ký:Nguyễn Văn Cẩn',
      'Ngày ban hành:15/01/2021',
      '',
      'Theo đó, Tổng cục trưởng Tổng cục Hải quan yêu cầu các đơn vị thực hiện các nhiệm vụ như sau: Tiếp nhận, giải quyết kịp thời các khó khăn, vướng mắc của doanh nghiệp.',
    ]);
    expect([m.issuer, m.level, m.province]).toEqual(['Tổng cục Hải quan', 'CENTRAL_STATE', null]);
  });
});
