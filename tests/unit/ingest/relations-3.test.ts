/**
 * More of the relations Vietnamese texts state: a correction letter ("đính chính") amends the document it rewrites;
 * news says what a new document replaces in short ("thay thế cho Nghị quyết số 19", "thay Nghị quyết 09"); a letter
 * reporting how a resolution is carried out ("về việc báo cáo tình hình thực hiện Nghị quyết số …") carries it out.
 */
import { readCitations, summariseCitations } from '../../../src/ingest/citations';
import { readDocumentMeta } from '../../../src/ingest/document';
import { normalise } from '../../../src/ingest/normalise';
import { extract } from '../../../src/ingest/pipeline';

const relations = (raw: string) => {
  const { lines } = normalise(raw);
  const cs = readCitations(lines, { meta: readDocumentMeta(lines) });
  return Object.fromEntries(summariseCitations(cs).map((c) => [c.symbol ?? c.raw, c.relation]));
};
const parse = (text: string) => extract({ path: 'page.txt', text, sha256: '0'.repeat(64), format: 'TEXT' });

describe('AMENDS: a correction letter ("đính chính")', () => {
  it('"… Bộ trưởng … xin đính chính một số sai sót trong Quyết định số 1215/QĐ-TTg …"', () => {
    const text = 'THỦ TƯỚNG CHÍNH PHỦ\nSố: 1628/TTg-KGVX\nV/v đính chính Quyết định số 1215/QĐ-TTg\nHà Nội, ngày 10 tháng 10 năm 2012\nKính gửi: Các Bộ\n\nDo sơ suất trong khâu in ấn, thừa ủy quyền Thủ tướng Chính phủ, Bộ trưởng Bộ Lao động – Thương binh và Xã hội xin đính chính một số sai sót trong Quyết định số 1215/QĐ-TTg ngày 22 tháng 7 năm 2011 của Thủ tướng Chính phủ như sau:';
    expect(relations(text)).toEqual({ '1215/QĐ-TTg': 'AMENDS' });
  });
  it('"gia đình chính sách" is no correction: the words only read so after "xin" or "việc"', () => {
    const text = 'UBND TỈNH HÒA BÌNH\nSố: 12/KH-UBND\nKẾ HOẠCH\nI. NHIỆM VỤ\n1. Các huyện hỗ trợ vật tư cho gia đình chính sách theo Quyết định số 15/QĐ-UBND ngày 2/1/2012.';
    expect(relations(text)['15/QĐ-UBND']).toBe('CITES');
  });
});

describe('REPLACES in news prose', () => {
  it('"Nghị quyết số 02/NQ-CP thay thế cho Nghị quyết số 19 …": the number alone is the reference', () => {
    const x = parse('Ngày 01/01/2019, Chính phủ đã ban hành Nghị quyết số 02/NQ-CP về cải thiện môi trường kinh doanh. Nghị quyết số 02/NQ-CP thay thế cho Nghị quyết số 19 đã được triển khai trong 5 năm qua.');
    expect(x.citations.map((c) => [c.symbol ?? c.raw, c.relation])).toEqual([['Nghị quyết số 19', 'REPLACES']]);
  });
  it('"… một nghị quyết mới của Bộ Chính trị về …, thay Nghị quyết 09 được ban hành cách đây gần 12 năm"', () => {
    const x = parse('Món quà năm nay là một nghị quyết mới của Bộ Chính trị về xây dựng và phát huy vai trò của đội ngũ doanh nhân Việt Nam trong thời kỳ mới, thay Nghị quyết 09 được ban hành cách đây gần 12 năm.\n\nNgày 10/10, Tổng Bí thư đã ký Nghị quyết 41-NQ/TW của Bộ Chính trị.');
    expect(x.citations.find((c) => c.raw === 'Nghị quyết 09')?.relation).toBe('REPLACES');
  });
  it('another document\'s replacing is a statement about two others: "Nghị định 107/2021/NĐ-CP thay thế Nghị định 61/2018/NĐ-CP" is no REPLACES of this one', () => {
    const text = 'UBND TỈNH A\nSố: 5/KH-UBND\nKẾ HOẠCH\nI. MỤC ĐÍCH\nTriển khai Nghị định số 107/2021/NĐ-CP thay thế Nghị định số 61/2018/NĐ-CP của Chính phủ.';
    expect(relations(text)['61/2018/NĐ-CP']).not.toBe('REPLACES');
  });
});

describe('IMPLEMENTS: a letter about reporting on carrying a resolution out', () => {
  it('"… Công văn số: 6839/VPCP-KGVX về việc báo cáo tình hình thực hiện Nghị quyết số 19/NQ-CP …"', () => {
    const x = parse('Nội dung trên được nêu rõ tại Công văn số: 6839/VPCP-KGVX về việc báo cáo tình hình thực hiện Nghị quyết số 19/NQ-CP ngày 18/3/2014 của Chính phủ, do Văn phòng Chính phủ vừa gửi các bộ.');
    expect(x.citations.map((c) => [c.symbol, c.relation])).toEqual([['19/NQ-CP', 'IMPLEMENTS']]);
  });
});

// A title that opens by changing ("Sửa đổi, bổ sung, bãi bỏ …", "sửa đổi nội dung tại Điều 1 …") names what the
// document amends, every reference in it (nhansu.vn's copy of Nghị quyết 18/2025/NQ-HĐND of Thanh Hóa; thuviennhadat.vn's
// of Nghị quyết 16/2024/NQ-HĐND of Quảng Nam); a reference it carries out keeps IMPLEMENTS.
describe('AMENDS: what a changing title names', () => {
  it('"NGHỊ QUYẾT / SỬA ĐỔI, BỔ SUNG, BÃI BỎ MỘT SỐ ĐIỀU CỦA QUY ĐỊNH … BAN HÀNH KÈM THEO NGHỊ QUYẾT SỐ 36/2021/NQ-HĐND …"', () => {
    const text = 'HỘI ĐỒNG NHÂN DÂN\nTỈNH QUẢNG NAM\nSố: 16/2024/NQ-HĐND\nQuảng Nam, ngày 11 tháng 7 năm 2024\nNGHỊ QUYẾT\nSỬA ĐỔI, BỔ SUNG, BÃI BỎ MỘT SỐ ĐIỀU CỦA QUY ĐỊNH VỀ PHÂN CẤP NGUỒN THU, NHIỆM VỤ CHI CÁC CẤP NGÂN SÁCH BAN HÀNH KÈM THEO NGHỊ\nQUYẾT SỐ 36/2021/NQ-HĐND NGÀY 08 THÁNG 12 NĂM 2021 VÀ NGHỊ QUYẾT SỐ\n37/2022/NQ-HĐND NGÀY 09 THÁNG 12 NĂM 2022 CỦA HỘI ĐỒNG NHÂN DÂN TỈNH\nHỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NAM\nCăn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;';
    expect(relations(text)).toMatchObject({ '36/2021/NQ-HĐND': 'AMENDS', '37/2022/NQ-HĐND': 'AMENDS' });
  });
  it('"BỔ SUNG NHIỆM VỤ … THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW": what the title carries out is no amendment', () => {
    const text = 'ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: 12/KH-UBND\nLạng Sơn, ngày 11 tháng 7 năm 2025\nKẾ HOẠCH\nBỔ SUNG NHIỆM VỤ NĂM 2025 THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW NGÀY 22/12/2024 CỦA BỘ CHÍNH TRỊ\nI. MỤC ĐÍCH';
    expect(relations(text)['57-NQ/TW']).toBe('IMPLEMENTS');
  });
});

// A news page's headline has no full stop; the mandate clause after it ("Tiếp tục thực hiện Chỉ thị số 25-CT/HU …; Ban
// Thường vụ Huyện ủy đã ban hành Công văn số 1449-CV/HU …") opens a paragraph of its own, so it is read as the
// page's document's mandate (hamthuannam.binhthuan.dcs.vn, Công văn 1449-CV/HU of 2014).
it('"<headline>" / "Tiếp tục thực hiện Chỉ thị số 25-CT/HU …; … đã ban hành Công văn số 1449-CV/HU …": IMPLEMENTS 25-CT/HU', () => {
  const x = parse('Hàm Thuận Nam chỉ đạo tổ chức Ngày Hội Đại đoàn kết toàn dân tộc ở khu dân cư năm 2014\n\nTiếp tục thực hiện Chỉ thị số 25-CT/HU ngày 05/9/2012 của Ban Thường vụ Huyện ủy về việc nâng cao chất lượng cuộc vận động “Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư”, giai đoạn 2011-2015; Ban Thường vụ Huyện ủy đã ban hành Công văn số 1449-CV/HU, ngày 22/10/2014 về việc lãnh đạo tổ chức Ngày Hội Đại đoàn kết toàn dân tộc ở khu dân cư năm 2014.\n\nYêu cầu các cấp, các ngành, các địa phương tổ chức tốt “Ngày Hội đại đoàn kết toàn dân tộc”.');
  expect(x.document.symbol).toBe('1449-CV/HU');
  expect(x.citations.find((c) => c.symbol === '25-CT/HU')?.relation).toBe('IMPLEMENTS');
});
