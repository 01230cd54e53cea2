/**
 * The relations between documents beyond IMPLEMENTS / BASED_ON / CITES, as Vietnamese directives state
 * them: what a document replaces ("thay thế"), what it amends ("sửa đổi, bổ sung"), and the proposal it
 * answers ("Xét đề nghị của …", "Theo đề nghị … tại Tờ trình số …"), which is no legal basis. The lines
 * follow real provincial decisions and plans (Quảng Trị, Tiền Giang, Bắc Ninh, Thanh Hóa, Vĩnh Long).
 */
import { readCitations, summariseCitations } from '../../../src/ingest/citations';
import { readDocumentMeta } from '../../../src/ingest/document';
import { normalise } from '../../../src/ingest/normalise';

const relations = (raw: string) => {
  const { lines } = normalise(raw);
  const cs = readCitations(lines, { meta: readDocumentMeta(lines) });
  return Object.fromEntries(summariseCitations(cs).filter((c) => c.symbol).map((c) => [c.symbol, c.relation]));
};

describe('REPLACES: "thay thế"', () => {
  it('"Điều 2. Quyết định này có hiệu lực … kể từ ngày …, thay thế Quyết định số …" replaces the old decision', () => {
    const text = [
      'QUYẾT ĐỊNH',
      'Ban hành Quy định chế độ báo cáo định kỳ',
      'Căn cứ Nghị định số 09/2019/NĐ-CP ngày 24 tháng 01 năm 2019 của Chính phủ quy định về chế độ báo cáo;',
      'QUYẾT ĐỊNH:',
      'Điều 1. Ban hành kèm theo Quyết định này Quy định chế độ báo cáo định kỳ.',
      'Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 05/11/2019, thay thế Quyết định số 1090/QĐ-UBND ngày 01/6/2015 của UBND tỉnh Quảng Trị về việc ban hành Quy chế.',
    ].join('\n');
    expect(relations(text)).toEqual({ '09/2019/NĐ-CP': 'BASED_ON', '1090/QĐ-UBND': 'REPLACES' });
  });
  it('"Kế hoạch này thay thế Kế hoạch số 12-KH/TU … và Kế hoạch số 15-KH/TU …": both listed plans are replaced', () => {
    const text = [
      'KẾ HOẠCH',
      'thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị',
      'I. MỤC ĐÍCH, YÊU CẦU',
      '1. Quán triệt sâu sắc nội dung Nghị quyết.',
      'III. TỔ CHỨC THỰC HIỆN',
      'Kế hoạch này thay thế Kế hoạch số 12-KH/TU ngày 03/3/2021 và Kế hoạch số 15-KH/TU ngày 10/5/2021 của Ban Thường vụ Tỉnh ủy.',
    ].join('\n');
    expect(relations(text)).toEqual({ '57-NQ/TW': 'IMPLEMENTS', '12-KH/TU': 'REPLACES', '15-KH/TU': 'REPLACES' });
  });
  it('another document replacing a third is only cited: "Quyết định số 20/2023/QĐ-UBND thay thế Quyết định số 5/2019/QĐ-UBND"', () => {
    const text = [
      'KẾ HOẠCH',
      'triển khai công tác cải cách hành chính',
      'I. MỤC ĐÍCH',
      '1. Thực hiện đúng Quyết định số 20/2023/QĐ-UBND ngày 02/3/2023 của UBND tỉnh thay thế Quyết định số 5/2019/QĐ-UBND ngày 01/02/2019.',
    ].join('\n');
    expect(relations(text)).toEqual({ '20/2023/QĐ-UBND': 'CITES', '5/2019/QĐ-UBND': 'CITES' });
  });
});

describe('AMENDS: "sửa đổi, bổ sung"', () => {
  it('a plan whose title amends another: "Sửa đổi, bổ sung một số nội dung của Kế hoạch số 45/KH-UBND …"', () => {
    const text = [
      'KẾ HOẠCH',
      'Sửa đổi, bổ sung một số nội dung của Kế hoạch số 45/KH-UBND ngày 10/3/2025 của UBND tỉnh',
      'Căn cứ Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ;',
      'I. NỘI DUNG SỬA ĐỔI',
      '1. Sửa đổi, bổ sung điểm a khoản 2 mục II Kế hoạch số 45/KH-UBND như sau:',
    ].join('\n');
    expect(relations(text)).toEqual({ '45/KH-UBND': 'AMENDS', '71/NQ-CP': 'BASED_ON' });
  });
  it('"Căn cứ Nghị định số 107/2021/NĐ-CP … sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP": both are bases, the amendment is theirs', () => {
    const text = [
      'KẾ HOẠCH',
      'Triển khai dịch vụ công trực tuyến',
      'Căn cứ Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ;',
      'I. MỤC TIÊU',
    ].join('\n');
    expect(relations(text)).toEqual({ '107/2021/NĐ-CP': 'BASED_ON', '61/2018/NĐ-CP': 'BASED_ON' });
  });
  it('a task to amend a decision is no amendment by the plan: "Sở Tư pháp rà soát, sửa đổi, bổ sung Quyết định số …"', () => {
    const text = ['KẾ HOẠCH', 'Cải cách thể chế', 'I. NHIỆM VỤ', '1. Sở Tư pháp chủ trì rà soát, sửa đổi, bổ sung Quyết định số 12/2020/QĐ-UBND ngày 04/5/2020 của UBND tỉnh.'].join('\n');
    expect(relations(text)).toEqual({ '12/2020/QĐ-UBND': 'CITES' });
  });
});

describe('the proposal the document answers is CITES, not BASED_ON', () => {
  it('"Theo đề nghị của Sở Khoa học và Công nghệ tại Tờ trình số 164/TTr- SKHCN ngày 17/12/2025"', () => {
    const text = [
      'KẾ HOẠCH',
      'PHÁT TRIỂN CHÍNH QUYỀN SỐ TỈNH BẮC NINH GIAI ĐOẠN 2026-2030',
      'Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ;',
      'Căn cứ Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ ban hành Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW;',
      'Theo đề nghị của Sở Khoa học và Công nghệ tại Tờ trình số 164/TTr- SKHCN ngày 17/12/2025.',
      'Ủy ban nhân dân tỉnh ban hành Kế hoạch phát triển Chính quyền số tỉnh Bắc Ninh giai đoạn 2026-2030, cụ thể như sau:',
      'I. MỤC ĐÍCH, YÊU CẦU',
    ].join('\n');
    const r = relations(text);
    expect(r['164/TTr-SKHCN']).toBe('CITES');
    expect(r['71/NQ-CP']).toBe('BASED_ON');
  });
  it('"Xét đề nghị của Giám đốc Sở … tại Tờ trình số 43/TTr-SNNPTNT …," in a decision\'s preamble', () => {
    const text = [
      'QUYẾT ĐỊNH',
      'Về việc phê duyệt quy trình nội bộ',
      'Căn cứ Quyết định số 600/QĐ-UBND ngày 04 tháng 3 năm 2020 của Chủ tịch UBND tỉnh về việc công bố thủ tục hành chính;',
      'Xét đề nghị của Giám đốc Sở Nông nghiệp và Phát triển nông thôn tại Tờ trình số 43/TTr-SNNPTNT ngày 27 tháng 02 năm 2020,',
      'QUYẾT ĐỊNH:',
      'Điều 1. Phê duyệt quy trình.',
    ].join('\n');
    expect(relations(text)).toEqual({ '600/QĐ-UBND': 'BASED_ON', '43/TTr-SNNPTNT': 'CITES' });
  });
  it('"Căn cứ Công văn số 1205/SKHCN-QLCN … của Sở Khoa học và Công nghệ" is a department\'s letter: cited, not a basis', () => {
    const text = ['KẾ HOẠCH', 'Chuyển đổi số năm 2025', 'Căn cứ Công văn số 1205/SKHCN-QLCN ngày 12/5/2025 của Sở Khoa học và Công nghệ về việc đề xuất nhiệm vụ;', 'I. MỤC TIÊU'].join('\n');
    expect(relations(text)).toEqual({ '1205/SKHCN-QLCN': 'CITES' });
  });
  it('a placeholder is no citation: "Tờ trình số ……/TTr-… ngày ….. tháng …"', () => {
    const text = ['QUYẾT ĐỊNH', 'Phê duyệt Kế hoạch', 'Xét đề nghị của Sở Tài chính tại Tờ trình số ……/TTr-STC ngày ….. tháng ….. năm 2025,', 'QUYẾT ĐỊNH:', 'Điều 1. Phê duyệt.'].join('\n');
    expect(relations(text)).toEqual({});
  });
});

describe('a list of bases under a lead-in or a heading is BASED_ON, item by item', () => {
  it('"Căn cứ:" followed by "- Luật …;", "- Nghị quyết …;" bullets (and "Thực hiện:" bullets stay IMPLEMENTS)', () => {
    const text = [
      'KẾ HOẠCH',
      'Triển khai chuyển đổi số năm 2025',
      'Căn cứ:',
      '- Luật Giao dịch điện tử ngày 22 tháng 6 năm 2023;',
      '- Nghị định số 47/2024/NĐ-CP ngày 09/5/2024 của Chính phủ;',
      '- Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ;',
      'Thực hiện:',
      '- Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị;',
      'Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:',
      'I. MỤC ĐÍCH, YÊU CẦU',
      '1. Sở Thông tin và Truyền thông thực hiện Quyết định số 411/QĐ-TTg.',
    ].join('\n');
    expect(relations(text)).toEqual({ '47/2024/NĐ-CP': 'BASED_ON', '749/QĐ-TTg': 'BASED_ON', '57-NQ/TW': 'IMPLEMENTS', '411/QĐ-TTg': 'CITES' });
  });
  it('a preamble\'s bare bullet list of documents, with no lead-in, is the list of bases', () => {
    const text = [
      'KẾ HOẠCH',
      'Triển khai chuyển đổi số năm 2025',
      '_______________',
      '- Nghị định số 47/2024/NĐ-CP ngày 09/5/2024 của Chính phủ;',
      '- Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ;',
      'Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:',
      'I. MỤC ĐÍCH, YÊU CẦU',
      '- Quyết định số 411/QĐ-TTg của Thủ tướng Chính phủ được triển khai đầy đủ.',
    ].join('\n');
    expect(relations(text)).toEqual({ '47/2024/NĐ-CP': 'BASED_ON', '749/QĐ-TTg': 'BASED_ON', '411/QĐ-TTg': 'CITES' });
  });
  it('a "CĂN CỨ PHÁP LÝ" heading (or "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH") makes the documents listed under it bases', () => {
    const text = [
      'KẾ HOẠCH',
      'Phát triển kinh tế số tỉnh giai đoạn 2025-2030',
      'I. CĂN CỨ XÂY DỰNG KẾ HOẠCH',
      '- Nghị định số 47/2024/NĐ-CP ngày 09/5/2024 của Chính phủ;',
      '- Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ.',
      'II. NHIỆM VỤ',
      '1. Sở Công Thương triển khai Quyết định số 411/QĐ-TTg.',
    ].join('\n');
    expect(relations(text)).toEqual({ '47/2024/NĐ-CP': 'BASED_ON', '749/QĐ-TTg': 'BASED_ON', '411/QĐ-TTg': 'CITES' });
  });
});

// Constructs of relations/held-out-1 (Cà Mau's co-operatives plan, Sơn La's and An Giang's decisions).
describe('a short name and laws by long names', () => {
  const laws = (raw: string) => {
    const { lines } = normalise(raw);
    return summariseCitations(readCitations(lines, { meta: readDocumentMeta(lines) })).filter((c) => !c.symbol).map((c) => `${c.relation} ${c.raw}`);
  };
  it('"(sau đây gọi tắt là Nghị quyết số 20-NQ/TW)" names the reference before it: a root carried out through a plan stays cited', () => {
    const text = [
      'KẾ HOẠCH',
      'Thực hiện Kế hoạch số 125-KH/TU ngày 05/12/2022 của Ban Thường vụ Tỉnh ủy về triển khai thực hiện Nghị quyết số 20-NQ/TW ngày 16/6/2022 Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII (sau đây gọi tắt là Nghị quyết số 20-NQ/TW), Ủy ban nhân dân tỉnh xây dựng Kế hoạch triển khai thực hiện như sau:',
      'I. MỤC ĐÍCH, YÊU CẦU',
    ].join('\n');
    expect(relations(text)).toEqual({ '125-KH/TU': 'IMPLEMENTS', '20-NQ/TW': 'CITES' });
  });
  it('"Thực hiện Nghị quyết số 09/NQ-CP … (sau đây gọi tắt là Nghị quyết số 09/NQ-CP)": the short name is carried out as the first mention is', () => {
    const text = ['KẾ HOẠCH', 'Thực hiện Nghị quyết số 09/NQ-CP ngày 02/02/2023 của Chính phủ (sau đây gọi tắt là Nghị quyết số 09/NQ-CP), Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:', 'I. MỤC ĐÍCH'].join('\n');
    const { lines } = normalise(text);
    expect(readCitations(lines, { meta: readDocumentMeta(lines) }).map((c) => c.relation)).toEqual(['IMPLEMENTS', 'IMPLEMENTS']);
  });
  it('a law named in more than ten words is a basis when its date closes it: "Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân ngày …"', () => {
    const text = ['QUYẾT ĐỊNH', 'Ban hành Quy định chức năng, nhiệm vụ của Sở Ngoại vụ', 'Căn cứ Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban', 'nhân dân ngày 03 tháng 12 năm 2004;', 'QUYẾT ĐỊNH:'].join('\n');
    expect(laws(text)).toEqual(['BASED_ON Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân ngày 03 tháng 12 năm 2004']);
  });
  it('a law named in lower case is closed by its year: "Căn cứ Luật ban hành văn bản quy phạm pháp luật năm 2015;"', () => {
    const text = ['QUYẾT ĐỊNH', 'Ban hành Quy chế phối hợp liên ngành', 'Căn cứ Luật ban hành văn bản quy phạm pháp luật', 'năm 2015;', 'QUYẾT ĐỊNH:'].join('\n');
    expect(laws(text)).toEqual(['BASED_ON Luật ban hành văn bản quy phạm pháp luật năm 2015']);
  });
  it('running prose naming a law with no date is still no citation: "… theo Luật Đầu tư công và các văn bản hướng dẫn có liên quan thi hành."', () => {
    const text = ['KẾ HOẠCH', 'Đầu tư công năm 2025', 'I. NHIỆM VỤ', '1. Sở Tài chính thẩm định các dự án theo Luật Đầu tư công và các văn bản hướng dẫn có liên quan của các bộ, ngành trung ương thi hành.'].join('\n');
    expect(laws(text)).toEqual([]);
  });
});

// Constructs of folder-2 (Nghị quyết 71/NQ-CP, Tuyên Quang's 186/KH-UBND, Quy định 97-QĐ/TW).
describe('what a title does to what a basis issued, lists without "và", charters beside a regulation', () => {
  it('"SỬA ĐỔI, BỔ SUNG CẬP NHẬT CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ …" with "Căn cứ Nghị quyết số 03/NQ-CP … ban hành Chương trình hành động của Chính phủ …": AMENDS 03/NQ-CP', () => {
    const text = [
      'CHÍNH PHỦ',
      'Số: 71/NQ-CP\tHà Nội, ngày 01 tháng 4 năm 2025',
      'NGHỊ QUYẾT',
      'SỬA ĐỔI, BỔ SUNG CẬP NHẬT CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW NGÀY 22 THÁNG 12 NĂM 2024 CỦA BỘ CHÍNH TRỊ',
      'CHÍNH PHỦ',
      'Căn cứ Nghị quyết số 03/NQ-CP ngày 09 tháng 01 năm 2025 của Chính phủ ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị;',
      'QUYẾT NGHỊ:',
    ].join('\n');
    expect(relations(text)['03/NQ-CP']).toBe('AMENDS');
  });
  it('the same basis under a title that carries the programme out ("TRIỂN KHAI CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ …") stays IMPLEMENTS', () => {
    const text = [
      'KẾ HOẠCH',
      'TRIỂN KHAI CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW',
      'Căn cứ Nghị quyết số 03/NQ-CP ngày 09 tháng 01 năm 2025 của Chính phủ ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị;',
      'I. MỤC ĐÍCH',
    ].join('\n');
    expect(relations(text)['03/NQ-CP']).toBe('IMPLEMENTS');
  });
  it('"Thực hiện Nghị quyết số 96/NQ-CP ngày 01/8/2022 của Chính phủ Chương trình hành động số 23-CTr/TU …": the issuer ends where the next reference opens', () => {
    const { lines } = normalise('KẾ HOẠCH\nThực hiện Nghị quyết số 96/NQ-CP ngày 01/8/2022 của Chính phủ Chương trình hành động số 23-CTr/TU ngày 17/8/2022 của Ban Chấp hành Đảng bộ tỉnh, Ủy ban nhân dân tỉnh ban hành Kế hoạch:\nI. MỤC ĐÍCH');
    const cs = readCitations(lines, { meta: readDocumentMeta(lines) });
    expect(cs.map((c) => [c.symbol, c.relation, c.issuer])).toEqual([['96/NQ-CP', 'IMPLEMENTS', 'Chính phủ'], ['23-CTr/TU', 'IMPLEMENTS', 'Ban Chấp hành Đảng bộ tỉnh']]);
  });
  it('"- Căn cứ Điều lệ Đảng và Quy định số 24-QĐ/TW …": the charter is a basis too, not taken for the regulation\'s own name', () => {
    const { lines } = normalise('QUY ĐỊNH\nCHỨC NĂNG, NHIỆM VỤ CỦA ĐẢNG ĐOÀN, BAN CÁN SỰ ĐẢNG Ở TRUNG ƯƠNG\n- Căn cứ Điều lệ Đảng và Quy định số 24-QĐ/TW, ngày 30/7/2021 của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng;\nChương I');
    const cs = summariseCitations(readCitations(lines, { meta: readDocumentMeta(lines) }));
    expect(cs.map((c) => `${c.relation} ${c.symbol ?? c.raw}`)).toEqual(['BASED_ON Điều lệ Đảng', 'BASED_ON 24-QĐ/TW']);
  });
});
