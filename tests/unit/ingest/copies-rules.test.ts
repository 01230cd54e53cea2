/**
 * Constructs of real web copies and news pages that the first run on the held-out copies
 * (tests/fixtures/copies/held-out, measured by scripts/measure-families.ts) read wrong, each fixed by a
 * general rule. The lines are from those pages (thuvienphapluat, hethongphapluat, kontum.gov.vn, yenbai.gov.vn,
 * vksbinhdinh.gov.vn, caselaw.vn).
 */
import { implementsApprovedProgramme } from '../../../src/ingest/approved-programme';
import { readCitations, summariseCitations } from '../../../src/ingest/citations';
import { canonicalAgencyName } from '../../../src/ingest/agencies';
import { readDocumentMeta } from '../../../src/ingest/document';
import { normalise } from '../../../src/ingest/normalise';
import { extract } from '../../../src/ingest/pipeline';
import { debrisReason } from '../../../src/ingest/readers/debris';
import { readRestatedTasks } from '../../../src/ingest/readers/restated-tasks';
import { findSymbols } from '../../../src/ingest/symbols';

const meta = (lines: string[]) => readDocumentMeta(normalise(lines.join('\n')).lines);
const cited = (lines: string[]) => {
  const { lines: l } = normalise(lines.join('\n'));
  const m = readDocumentMeta(l);
  // As the pipeline reads them: what an approved programme's plan carries out is settled after (approved-programme.ts).
  return summariseCitations(implementsApprovedProgramme(readCitations(l, { meta: m }), l, m.title)).map((c) => [c.symbol ?? c.raw, c.relation]);
};
const doc = (lines: string[]) => extract({ path: 'x.txt', text: lines.join('\n'), sha256: '2'.repeat(64), format: 'TEXT' });

const HEADER = ['ỦY BAN NHÂN DÂN', 'TỈNH AN GIANG', '-------', '|', 'CỘNG HÒA XÃ HỘI', 'CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '---------------', '|', 'Số: 85/QĐ-UBND', '|', 'An Giang, ngày 14', 'tháng 01 năm 2019', '|', 'QUYẾT ĐỊNH'];

describe('a web copy\'s header, broken into table cells', () => {
  it('the place-date line broken after "ngày" ("An Giang, ngày 14" / "tháng 01 năm 2019") dates the document', () => {
    expect(meta([...HEADER, 'PHÊ DUYỆT KẾ HOẠCH TRIỂN KHAI THỰC HIỆN ĐỀ ÁN', 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;'])).toMatchObject({ issuedOn: '2019-01-14', province: 'An Giang' });
  });
  it('"CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH AN GIANG" under the title: the chairman decides, not the committee', () => {
    const m = meta([...HEADER, 'PHÊ DUYỆT KẾ HOẠCH TRIỂN KHAI THỰC HIỆN ĐỀ ÁN LIÊN KẾT SẢN', 'XUẤT GIỐNG CÁ TRA GIAI ĐOẠN 2018 - 2025.', 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH AN GIANG', 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;']);
    expect(m).toMatchObject({ issuer: 'Chủ tịch Ủy ban nhân dân tỉnh An Giang', level: 'PROVINCIAL_STATE' });
  });
});

describe('symbols as departments write them', () => {
  it('"Tờ trình số 78/TTr-SNN&PTNT" ("&" for "và") and "Nghị quyết 36a/NQ-CP" (a letter after the number)', () => {
    expect(findSymbols('Tờ trình số 78/TTr-SNN&PTNT ngày 02/6/2022; Nghị quyết 36a/NQ-CP ngày 14 tháng 10 năm 2015').map((m) => m.symbol)).toEqual(['78/TTr-SNN&PTNT', '36a/NQ-CP']);
  });
});

describe('laws cited by name', () => {
  it('a lower-case name with its date ("Căn cứ Luật giao dịch điện tử ngày 29 tháng 11 năm 2015;") and a long amending law ("Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019") are bases', () => {
    expect(cited(['QUYẾT ĐỊNH', 'PHÊ DUYỆT KIẾN TRÚC CHÍNH QUYỀN ĐIỆN TỬ', 'Căn cứ Luật giao dịch điện tử ngày 29 tháng 11 năm 2015;', 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;'])).toEqual([
      ['Luật giao dịch điện tử ngày 29 tháng 11 năm 2015', 'BASED_ON'],
      ['Luật Tổ chức chính quyền địa phương ngày 19/6/2015', 'BASED_ON'],
      ['Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019', 'BASED_ON'],
    ]);
  });
});

describe('what the title carries out, approved by a basis', () => {
  it('"KẾ HOẠCH TRIỂN KHAI CHIẾN LƯỢC QUỐC GIA PHÁT TRIỂN NGÀNH DƯỢC" carries out "Quyết định số 1165/QĐ-TTg … phê duyệt Chiến lược quốc gia phát triển ngành Dược …"', () => {
    const rel = cited(['QUYẾT ĐỊNH', 'VỀ VIỆC PHÊ DUYỆT KẾ HOẠCH TRIỂN KHAI CHIẾN LƯỢC QUỐC GIA', 'PHÁT TRIỂN NGÀNH DƯỢC VIỆT NAM GIAI ĐOẠN ĐẾN NĂM 2030', 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THANH HÓA', 'Căn cứ Quyết định số 1165/QĐ-TTg ngày 09/10/2023 của Thủ tướng Chính phủ về việc phê duyệt Chiến lược quốc gia phát triển ngành Dược Việt Nam giai đoạn đến năm 2030;']);
    expect(rel).toEqual([['1165/QĐ-TTg', 'IMPLEMENTS']]);
  });
  it('a basis approving something the title does not carry out stays a basis: "PHÊ DUYỆT QUY HOẠCH TỔNG THỂ NÔNG NGHIỆP" / "124/QĐ-TTg … phê duyệt Quy hoạch tổng thể phát triển sản xuất ngành nông nghiệp"', () => {
    expect(cited(['QUYẾT ĐỊNH', 'PHÊ DUYỆT QUY HOẠCH TỔNG THỂ NÔNG NGHIỆP, NÔNG THÔN TỈNH KON TUM', 'Căn cứ Quyết định số 124/QĐ-TTg ngày 02/02/2012 về việc phê duyệt Quy hoạch tổng thể phát triển sản xuất ngành nông nghiệp đến năm 2020;'])).toEqual([['124/QĐ-TTg', 'BASED_ON']]);
  });
});

describe('news pages', () => {
  it('"Đó là nội dung Chỉ thị số 02-CT/TU của Ban Thường vụ Tỉnh ủy ban hành ngày 14.12.2020. Theo đó, … yêu cầu …. Tiếp tục thực hiện …": the issuing said after the reference; a sentence opening with what to do goes on with the same addressees', () => {
    const x = doc([
      'Đó là nội dung Chỉ thị số 02-CT/TU của Ban Thường vụ Tỉnh ủy ban hành ngày 14.12.2020. Theo đó, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy đảng, chính quyền, các ban, ngành, hội, đoàn thể tiếp tục chỉ đạo triển khai thực hiện nghiêm túc các chỉ thị về công tác bảo đảm ANTT trên địa bàn tỉnh. Tiếp tục thực hiện các phương án phòng, chống dịch bệnh Covid-19.',
    ]);
    expect(x.document).toMatchObject({ kind: 'CHI_THI', symbol: '02-CT/TU', issuer: 'Ban Thường vụ Tỉnh ủy', level: 'PROVINCIAL_PARTY', issuedOn: '2020-12-14' });
    expect(x.tasks.map((t) => t.lead)).toEqual([['Các cấp ủy đảng, chính quyền', 'Các ban, ngành, hội, đoàn thể'], ['Các cấp ủy đảng, chính quyền', 'Các ban, ngành, hội, đoàn thể']]);
  });
  it('the portal\'s day line, posting stamp and font-size widget above the article are dropped; the subject after them issues the letter', () => {
    expect(['Thứ 4, Ngày 20/01/2021 -', 'Ngày đăng: 26/11/2020  10:43', 'Mặc định Cỡ chữ'].map(debrisReason)).toEqual(['article timestamp', 'article timestamp', 'share or comment widget']);
    const x = doc(['Tiếp tục triển khai Chương trình quản lý dịch hại tổng hợp (IPM) trên các cây trồng chủ lực', 'Ngày 26/11/2020, UBND tỉnh ban hành Công văn số 4411/UBND-NNTN chỉ đạo triển khai Chỉ thị số 8141/CT-BNN-BVTV ngày 24/11/2020 của Bộ Nông nghiệp và Phát triển nông thôn.']);
    expect(x.document).toMatchObject({ kind: 'CONG_VAN', symbol: '4411/UBND-NNTN', issuer: 'UBND tỉnh', level: 'PROVINCIAL_STATE', issuedOn: '2020-11-26' });
  });
  it('"Ban Thường vụ Tỉnh ủy Yên Bái đã ban hành Chỉ thị số 17 về …": a number without its code makes no symbol; the adverb is no part of the issuer', () => {
    const x = doc(['CTTĐT - Ngày 6/8, Ban Thường vụ Tỉnh ủy Yên Bái đã ban hành Chỉ thị số 17 về việc tăng cường sự lãnh đạo của các cấp ủy, tổ chức đảng đối với công tác dư luận xã hội trong tình hình mới.']);
    expect(x.document).toMatchObject({ kind: 'CHI_THI', symbol: null, issuer: 'Ban Thường vụ Tỉnh ủy Yên Bái', level: 'PROVINCIAL_PARTY', province: 'Yên Bái' });
  });
  it('readRestatedTasks: "Sở Tài chính chủ trì, phối hợp Sở Nông nghiệp và Phát triển nông thôn hướng dẫn …"', () => {
    const [t] = readRestatedTasks(normalise('Sở Tài chính chủ trì, phối hợp Sở Nông nghiệp và Phát triển nông thôn hướng dẫn các đơn vị, địa phương triển khai thực hiện nội dung nêu trên.').lines);
    expect([t.leadRaw, t.coordinatorsRaw]).toEqual([['Sở Tài chính'], ['Sở Nông nghiệp và Phát triển nông thôn']]);
  });
});

describe('a decision\'s articles', () => {
  it('"Điều 2." / "Giao Giám đốc Sở … chủ trì, phối hợp với …" wrapped over lines is a task; "Điều 1. Ban hành kèm theo …" and the execution clause are not', () => {
    const x = doc([
      'ỦY BAN NHÂN DÂN', 'TỈNH VĨNH LONG', 'Số: 1121/QĐ-UBND', 'Vĩnh Long, ngày 09 tháng 6 năm 2022', 'QUYẾT ĐỊNH', 'VỀ VIỆC BAN HÀNH KẾ HOẠCH THỰC HIỆN CHIẾN LƯỢC PHÁT TRIỂN NÔNG NGHIỆP',
      'QUYẾT ĐỊNH:', 'Điều 1.', 'Ban hành kèm theo Quyết định này Kế hoạch thực hiện', 'Chiến lược phát triển nông nghiệp của tỉnh Vĩnh Long.',
      'Điều 2.', 'Giao Giám đốc Sở Nông nghiệp và Phát triển nông thôn', 'chủ trì, phối hợp với Thủ trưởng các sở, ngành tỉnh liên quan, Chủ tịch Ủy ban', 'nhân dân các huyện, thị xã triển khai thực hiện Kế hoạch này theo đúng quy định.',
      'Điều 3.', 'Chánh Văn phòng UBND tỉnh; Giám đốc Sở Nông nghiệp và', 'Phát triển nông thôn; Thủ trưởng các sở, ngành tỉnh chịu trách nhiệm thi hành', 'Quyết định này.',
    ]);
    expect(x.tasks.map((t) => [t.lead, t.coordinators])).toEqual([[['Sở Nông nghiệp và Phát triển nông thôn'], ['Các sở, ngành tỉnh liên quan', 'Ủy ban nhân dân các huyện, thị xã']]]);
  });
  // (7p) The judges' keys name the body for its head, a collective's too ("Thủ trưởng các cơ quan, đơn vị có liên quan" →
  // "các cơ quan, đơn vị có liên quan"): the collective of bodies keeps its wording, without the title.
  it('the head of a named body stands for it ("Giám đốc Sở Tài chính" is "Sở Tài chính"); the heads of a collective stand for the collective', () => {
    expect(['Giám đốc Sở Nông nghiệp và Phát triển nông thôn', 'Thủ trưởng các đơn vị thuộc Bộ', 'Chủ tịch UBND các huyện, thành phố', 'Người đứng đầu cơ quan, đơn vị, địa phương', 'Giám đốc các Sở, ban, ngành'].map((n) => canonicalAgencyName(n))).toEqual(['Sở Nông nghiệp và Phát triển nông thôn', 'Các đơn vị thuộc Bộ', 'Ủy ban nhân dân các huyện, thành phố', 'Cơ quan, đơn vị, địa phương', 'Các Sở, ban, ngành']);
  });
});

/** The second held-out batch (tests/fixtures/copies/held-out-2): constructs its first run read wrong. */
describe('web copies: a header broken into narrow cells, a portal\'s lines above it', () => {
  it('"THÀNH" / "ỦY" / "THÀNH PHỐ HỒ CHÍ MINH" and "Số:" / "88-KH/TU" on lines of their own (thuvienphapluat)', () => {
    const m = meta(['THÀNH', 'ỦY', 'THÀNH PHỐ HỒ CHÍ MINH', '-------', '|', 'ĐẢNG', 'CỘNG SẢN VIỆT NAM', '---------------', '|', 'Số:', '88-KH/TU', '|', 'TP.', 'Hồ Chí Minh, ngày 24 tháng 12 năm 2021', '|', 'KẾ HOẠCH', 'VỀ CỦNG CỐ, KIỆN TOÀN HỆ THỐNG CHÍNH TRỊ CƠ SỞ', 'Thực hiện Nghị quyết số 05-NQ/TU ngày 15 tháng 9 năm 2021 của Hội nghị lần thứ tám Ban Chấp hành Đảng bộ thành phố, Ban Thường vụ Thành ủy xây dựng Kế hoạch củng cố hệ thống chính trị cơ sở, cụ thể:']);
    expect(m).toMatchObject({ symbol: '88-KH/TU', issuer: 'Thành ủy thành phố Hồ Chí Minh', level: 'PROVINCIAL_PARTY', province: 'Hồ Chí Minh', issuedOn: '2021-12-24' });
  });
  it('no kind heading ("Số: 4168/QĐ-UBND | Thanh Hóa, ngày 22 tháng 10 năm 2021 |" then the preamble): the kind is the symbol\'s code', () => {
    expect(meta(['ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |', 'Số: 4168/QĐ-UBND | Thanh Hóa, ngày 22 tháng 10 năm 2021 |', 'ỦY BAN NHÂN DÂN TỈNH THANH HÓA', 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;'])).toMatchObject({ kind: 'QUYET_DINH', kindVi: 'Quyết định' });
  });
  it('a portal\'s numbered list of related documents ("- 1Luật …", "- 2Thông tư 167/2012/TT-BTC …") is dropped, never a citation', () => {
    expect(['- 1Luật Phòng, chống bệnh truyền nhiễm 2007', '- 2Thông tư 167/2012/TT-BTC quy định việc lập dự toán'].map(debrisReason)).toEqual(['related link', 'related link']);
  });
  it('the portal\'s summary above the header ("… do Ủy ban nhân dân tỉnh Bắc Giang ban hành" / "Quyết định 119/QĐ-UBND … đã được thay thế bởi Quyết định 366/QĐ-UBND …") is no preamble', () => {
    const rel = cited([
      'Quyết định 119/QĐ-UBND năm 2009 bổ sung thủ tục hành chính do Ủy ban nhân dân tỉnh Bắc Giang ban hành',
      'Quyết định 119/QĐ-UBND bổ sung thủ tục hành chính đã được thay thế bởi Quyết định 366/QĐ-UBND bãi bỏ Quyết định công bố thủ tục hành chính Bắc Giang 2015.',
      'ỦY BAN NHÂN DÂN', 'TỈNH BẮC GIANG', 'Số: 119/QĐ-UBND', 'Bắc Giang, ngày 23 tháng 11 năm 2009', 'QUYẾT ĐỊNH', 'VỀ VIỆC BỔ SUNG TTHC VÀO BỘ THỦ TỤC HÀNH CHÍNH',
      'ỦY BAN NHÂN DÂN TỈNH BẮC GIANG',
      'Căn cứ Công văn 285/CCTTHC ngày 08 tháng 9 năm 2009 của Tổ công tác chuyên trách cải cách thủ tục hành chính của Thủ tướng Chính phủ;',
      'QUYẾT ĐỊNH:',
      'Điều 1. Bổ sung 04 thủ tục hành chính (TTHC) vào Bộ Thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Thông tin và Truyền thông được công bố kèm theo Quyết định số 81/QĐ-UBND ngày 17/8/2009 của UBND tỉnh Bắc Giang.',
    ]);
    // "Công văn 285/CCTTHC" (a letter's number and unit, no kind code) is a basis; adding to what another decision published amends it.
    expect(rel).toEqual([['366/QĐ-UBND', 'CITES'], ['285/CCTTHC', 'BASED_ON'], ['81/QĐ-UBND', 'AMENDS']]);
  });
});

describe('news: the office signing for its body, a direction with no kind word', () => {
  it('"Ngày 30/10/2020, Bộ trưởng Bộ Công Thương đã ban hành kế hoạch hành động thực hiện Nghị quyết số 115/NQ-CP …. Tại Kế hoạch, Bộ Công Thương yêu cầu <a long list> chủ động …"', () => {
    const x = doc([
      'Kế hoạch hành động của Bộ Công Thương thúc đẩy phát triển công nghiệp hỗ trợ',
      'Ngày 30/10/2020, Bộ trưởng Bộ Công Thương đã ban hành kế hoạch hành động thực hiện Nghị quyết số 115/NQ-CP của Chính phủ về các giải pháp thúc đẩy phát triển công nghiệp hỗ trợ. Tại Kế hoạch, Bộ Công Thương yêu cầu các cơ quan, đơn vị, doanh nghiệp thuộc ngành Công Thương, Sở Công Thương các tỉnh, thành phố trực thuộc Trung ương chủ động thực hiện các giải pháp nhằm thúc đẩy phát triển ngành công nghiệp hỗ trợ.',
    ]);
    expect(x.document).toMatchObject({ kind: 'KE_HOACH', symbol: null, issuer: 'Bộ Công Thương', level: 'CENTRAL_STATE', province: null, issuedOn: '2020-10-30' });
    expect(x.tasks.map((t) => t.lead)).toEqual([['Các cơ quan, đơn vị, doanh nghiệp thuộc ngành Công Thương', 'Sở Công Thương các tỉnh, thành phố trực thuộc Trung ương']]);
  });
  it('"Sau khi xem xét, Chủ tịch UBND tỉnh có ý kiến chỉ đạo: Giao Sở Công Thương chủ trì, phối hợp với …": a direction of the chairman; the headline above is no task', () => {
    const x = doc([
      'Chủ tịch UBND tỉnh yêu cầu Giám đốc Sở Công Thương và Thủ trưởng các đơn vị liên quan phối hợp tổ chức triển khai thực hiện đánh giá 1 năm triển khai thực hiện Nghị định số 68/2017/NĐ-CP của Chính phủ.',
      'Sau khi xem xét, Chủ tịch UBND tỉnh có ý kiến chỉ đạo:',
      'Giao Sở Công Thương chủ trì, phối hợp với các đơn vị liên quan đánh giá, tổng hợp báo cáo kết quả triển khai thực hiện Nghị định số 68/2017/NĐ-CP của Chính phủ trên địa bàn tỉnh.',
    ]);
    expect(x.document).toMatchObject({ kind: 'CONG_VAN', symbol: null, issuer: 'Chủ tịch UBND tỉnh', level: 'PROVINCIAL_STATE' });
    expect(x.tasks.map((t) => [t.lead, t.coordinators])).toEqual([[['Sở Công Thương'], ['Các đơn vị liên quan']]]);
  });
});

/** The third held-out batch (tests/fixtures/copies/held-out-3): two constructs its run read wrong. */
describe('held-out batch 3', () => {
  it('"thừa lệnh Chủ tịch UBND tỉnh Tuyên Quang, Phó Chánh Văn phòng UBND tỉnh Tuyên Quang Nguyễn Thanh đã ký ban hành văn bản số 3653/UBND-TNMT": the committee\'s letter', () => {
    const x = doc(['UBND tỉnh có ý kiến về đề xuất của Sở Tài nguyên & Môi trường', '', 'Ngày 23/11/2018, thừa lệnh Chủ tịch UBND tỉnh Tuyên Quang, Phó Chánh Văn phòng UBND tỉnh Tuyên Quang Nguyễn Thanh đã ký ban hành văn bản số 3653/UBND-TNMT, V/v đề xuất của Sở TM & MT. Toàn văn như sau:']);
    expect(x.document).toMatchObject({ symbol: '3653/UBND-TNMT', issuer: 'Ủy ban nhân dân tỉnh Tuyên Quang', level: 'PROVINCIAL_STATE', province: 'Tuyên Quang', issuedOn: '2018-11-23' });
  });
  it('"BAN HÀNH KẾ HOẠCH THỰC HIỆN ĐỀ ÁN "NÂNG CAO CHẤT LƯỢNG …" carries out "Quyết định số 1928/QĐ-TTg … phê duyệt Đề án “Nâng cao chất lượng …”" (quotes aside)', () => {
    expect(cited(['QUYẾT ĐỊNH', 'VỀ VIỆC BAN HÀNH KẾ HOẠCH THỰC HIỆN ĐỀ ÁN "NÂNG CAO CHẤT LƯỢNG CÔNG TÁC PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT TRONG NHÀ TRƯỜNG” TỈNH THANH HÓA', 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THANH HÓA', 'Căn cứ Quyết định số 1928/QĐ-TTg ngày 20/11/2009 của Thủ tướng Chính phủ về việc phê duyệt Đề án “Nâng cao chất lượng công tác phổ biến, giáo dục pháp luật trong nhà trường” (Đề án 1928);'])).toEqual([['1928/QĐ-TTg', 'IMPLEMENTS']]);
  });
});
