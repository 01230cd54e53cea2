import { findReferences, readCitations, summariseCitations } from '../../../src/ingest/citations';
import { readDocumentMeta } from '../../../src/ingest/document';
import { normalise } from '../../../src/ingest/normalise';

const cite = (raw: string) => {
  const { lines } = normalise(raw);
  return readCitations(lines, { meta: readDocumentMeta(lines) });
};
const bySymbol = (cs: ReturnType<typeof cite>) => Object.fromEntries(summariseCitations(cs).map((c) => [c.symbol, c.relation]));

describe('readCitations: relations', () => {
  const PLAN = [
    'KẾ HOẠCH',
    'Triển khai Chương trình hành động của Chính phủ thực hiện',
    'Nghị quyết số 59-NQ/TW ngày 24/1/2025 của Bộ Chính trị',
    '',
    'Căn cứ Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của Chính phủ về quản lý;',
    'Thực hiện Chương trình hành động (ban hành kèm theo Nghị quyết số 153/NQ-CP ngày 31/5/2025 của Chính phủ);',
    'Triển khai Kế hoạch số 356-KH/TU ngày 04/08/2025 của Ban Thường vụ Thành ủy;',
    'Ủy ban nhân dân thành phố Hà Nội ban hành Kế hoạch như sau:',
    'I. MỤC TIÊU',
    '1. Tiếp tục triển khai Chỉ thị số 23-',
    'CT/TW ngày 09/02/2018 của Ban Bí thư.',
  ].join('\n');

  it('title and "Thực hiện"/"Triển khai" clauses are IMPLEMENTS, "Căn cứ" is BASED_ON, the body CITES', () => {
    expect(bySymbol(cite(PLAN))).toEqual({
      '59-NQ/TW': 'IMPLEMENTS',
      '72/2015/NĐ-CP': 'BASED_ON',
      '153/NQ-CP': 'IMPLEMENTS',
      '356-KH/TU': 'IMPLEMENTS',
      '23-CT/TW': 'CITES',
    });
  });

  it('reads date, issuer and section of a symbol split across lines: `23-` / `CT/TW`', () => {
    const c = cite(PLAN).find((x) => x.symbol === '23-CT/TW')!;
    expect(c).toMatchObject({ kind: 'CHI_THI', issuedOn: '2018-02-09', issuer: 'Ban Bí thư', section: 'I.1', span: { startLine: 10, endLine: 11 } });
    expect(c.raw).toBe('Chỉ thị số 23-CT/TW ngày 09/02/2018 của Ban Bí thư');
  });

  it('keeps the issuer short: "của Bộ Chính trị về hội nhập …" → "Bộ Chính trị"', () => {
    expect(cite(PLAN).find((x) => x.symbol === '59-NQ/TW')!.issuer).toBe('Bộ Chính trị');
  });
});

describe('readCitations: traps', () => {
  it('Kết luận 57-KL/TW is not Nghị quyết 57-NQ/TW, even when written "Kế hoạch số 57-KL/TW"', () => {
    const cs = cite('I. NHIỆM VỤ\n- Triển khai Nghị quyết số 57-NQ/TW ngày 22/12/2024.\n- Thực hiện có hiệu quả Kế hoạch số 57-KL/TW ngày 15 tháng 6 năm 2023 của Bộ Chính trị.');
    expect(cs.map((c) => [c.symbol, c.kind])).toEqual([
      ['57-NQ/TW', 'NGHI_QUYET'],
      ['57-KL/TW', 'KET_LUAN'],
    ]);
  });

  it('skips the document’s own symbol', () => {
    const cs = cite('Số: 35/KH-UBND\tCần Thơ, ngày 20 tháng 8 năm 2025\nKẾ HOẠCH\nTriển khai Nghị quyết số 59-NQ/TW\nI. NỘI DUNG\nThực hiện Kế hoạch số 35/KH-UBND.');
    expect(cs.map((c) => c.symbol)).toEqual(['59-NQ/TW']);
  });

  it('keeps a reference without a symbol when it names kind, date and issuer', () => {
    const cs = cite('I. NHIỆM VỤ\n1. Thực hiện Kế hoạch ngày 12/3/2025 của UBND Thành phố về chuyển đổi số.');
    expect(cs).toHaveLength(1);
    expect(cs[0]).toMatchObject({ symbol: null, kind: 'KE_HOACH', issuedOn: '2025-03-12', issuer: 'UBND Thành phố', relation: 'CITES' });
  });

  it('reads an official letter’s kind from the word before it: "Văn bản số 694/SNgV-HTQT"', () => {
    const cs = cite('KẾ HOẠCH\nTriển khai thực hiện\n\nThực hiện Nghị quyết số 153/NQ-CP; xét đề nghị của Sở Ngoại vụ tại Văn bản số 694/SNgV-HTQT ngày 13/6/2025; UBND tỉnh ban hành Kế hoạch:\nI. MỤC TIÊU');
    // The department's letter is the proposal the plan answers: cited, no legal basis.
    expect(bySymbol(cs)).toEqual({ '153/NQ-CP': 'IMPLEMENTS', '694/SNgV-HTQT': 'CITES' });
    expect(cs.find((c) => c.symbol === '694/SNgV-HTQT')!.kind).toBe('CONG_VAN');
  });
});

describe('a legal basis that issued what the title carries out', () => {
  const lines = normalise(
    [
      'KẾ HOẠCH',
      'Triển khai Chương trình hành động của Chính phủ thực hiện Nghị quyết số 59-NQ/TW',
      'Căn cứ Nghị quyết số 153/NQ-CP ngày 31 tháng 5 năm 2025 của Chính phủ ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 59-NQ/TW;',
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;',
      'I. MỤC ĐÍCH',
    ].join('\n'),
  ).lines;
  const meta = { symbol: null, title: 'Triển khai Chương trình hành động của Chính phủ thực hiện Nghị quyết số 59-NQ/TW', spans: { title: { startLine: 2, endLine: 2, startOffset: 9, endOffset: 90 } } };

  it('"Căn cứ Nghị quyết số 153/NQ-CP … ban hành Chương trình hành động của Chính phủ" is both basis and what the plan implements', () => {
    const of153 = readCitations(lines, { meta }).filter((c) => c.symbol === '153/NQ-CP').map((c) => c.relation);
    expect(of153.sort()).toEqual(['BASED_ON', 'IMPLEMENTS']);
  });

  it('stays a plain basis when the title names something else', () => {
    const other = { ...meta, title: 'Tổ chức hoạt động thông tin đối ngoại năm 2024' };
    expect(readCitations(lines, { meta: other }).filter((c) => c.symbol === '153/NQ-CP').map((c) => c.relation)).toEqual(['BASED_ON']);
  });
});

describe('the notice of the meeting that decided to issue the plan', () => {
  const PLAN = [
    'KẾ HOẠCH',
    'Triển khai thực hiện Chương trình hành động số 44-CTr/TU ngày 21/5/2025',
    '',
    'Thực hiện Chương trình hành động số 44-CTr/TU ngày 21/5/2025 của Ban Thường vụ Tỉnh ủy; xét đề nghị của Sở',
    'Ngoại vụ tại Văn bản số 694/SNgV-HTQT ngày 13/6/2025; thực hiện kết luận của UBND tỉnh tại phiên',
    'họp ngày 24/6/2025 (Thông báo số 335/TB-UBND ngày 24/6/2025 của UBND tỉnh), kết luận của Ban Thường vụ',
    'Đảng ủy UBND tỉnh tại phiên họp ngày 24/6/2025 (Thông báo số 67-TB/ĐU ngày 24/6/2025); UBND tỉnh ban hành Kế hoạch như sau:',
    'I. MỤC TIÊU',
  ].join('\n');

  it('"thực hiện kết luận … tại phiên họp (Thông báo số …)" is a basis; "xét đề nghị" cites a proposal; the programme is implemented', () => {
    expect(bySymbol(cite(PLAN))).toEqual({
      '44-CTr/TU': 'IMPLEMENTS',
      '694/SNgV-HTQT': 'CITES',
      '335/TB-UBND': 'BASED_ON',
      '67-TB/ĐU': 'BASED_ON',
    });
  });
});

describe('an amending law named with its year only', () => {
  // thuvienphapluat.vn, Bình Thuận's Quyết định 34/2024/QĐ-UBND: the preamble names amending laws by their year.
  it('"Căn cứ Luật Sửa đổi, bổ sung một số điều của Luật Tổ chức chính phủ và Luật Tổ chức chính quyền địa phương năm 2019;" is one law, not the two it amends', () => {
    expect(findReferences('Căn cứ Luật Sửa đổi, bổ sung một số điều của Luật Tổ chức chính phủ và Luật Tổ chức chính quyền địa phương năm 2019;').map((r) => r.raw)).toEqual([
      'Luật Sửa đổi, bổ sung một số điều của Luật Tổ chức chính phủ và Luật Tổ chức chính quyền địa phương năm 2019',
    ]);
  });
});

describe('dates written with dots', () => {
  // thuvienphapluat.vn, Bắc Ninh's Quyết định 84/2012/QĐ-UBND: "ngày 26.11.2003".
  it('"Căn cứ Luật Cán bộ công chức ngày 13.11.2008;" names a law, dated; "Nghị định số 34/2011/NĐ-CP ngày 17.5.2011" is dated', () => {
    expect(findReferences('Căn cứ Luật Cán bộ công chức ngày 13.11.2008;').map((r) => [r.raw, r.issuedOn])).toEqual([['Luật Cán bộ công chức ngày 13.11.2008', '2008-11-13']]);
    expect(findReferences('Căn cứ Nghị định số 34/2011/NĐ-CP ngày 17.5.2011 của Chính phủ về xử lý kỷ luật;').map((r) => r.issuedOn)).toEqual(['2011-05-17']);
  });
});

describe('long law names', () => {
  // hethongphapluat.vn: Sóc Trăng's Quyết định 1054/QĐ-UBND of 2022 and Bà Rịa - Vũng Tàu's Nghị quyết 37/2011/NQ-HĐND.
  it('"Luật sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch ngày 15 tháng 6 năm 2018": a number inside the amending law\'s name', () => {
    expect(findReferences('Căn cứ Luật sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch ngày 15 tháng 6 năm 2018;').map((r) => r.raw)).toEqual([
      'Luật sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch ngày 15 tháng 6 năm 2018',
    ]);
  });
  it('"Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân năm 2004": a long name closed by its year', () => {
    expect(findReferences('Căn cứ Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân năm 2004;').map((r) => r.raw)).toEqual([
      'Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân năm 2004',
    ]);
  });
});

describe('a Central Committee plenum\'s resolution named by its plenum', () => {
  // baothainguyen.vn (Thái Nguyên's steering committee), vtcnews.vn (19-NQ/TW), moj.gov.vn (Kế hoạch 11-KH/TW).
  it('"Nghị quyết Hội nghị Trung ương 6 (khóa XII)", "Nghị quyết Trung ương 4 khóa XII", "Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương khóa XIII"', () => {
    const raws = (t: string) => findReferences(t).map((r) => [r.raw, r.kind]);
    expect(raws('Mới đây, Tỉnh ủy đã quyết định thành lập Ban chỉ đạo (BCĐ) thực hiện Nghị quyết Hội nghị Trung ương 6 (khóa XII) gồm 32 đồng chí.')).toEqual([['Nghị quyết Hội nghị Trung ương 6 (khóa XII)', 'NGHI_QUYET']]);
    expect(raws('tiếp tục thực hiện Nghị quyết Trung ương 4 khóa XII về xây dựng, chỉnh đốn Đảng')).toEqual([['Nghị quyết Trung ương 4 khóa XII', 'NGHI_QUYET']]);
    expect(raws('thực hiện Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương khóa XIII về Chiến lược bảo vệ Tổ quốc')).toEqual([['Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương khóa XIII', 'NGHI_QUYET']]);
  });
  it('named with its number, the number names it: "Nghị quyết Trung ương 4 (khóa XII) số 04-NQ/TW"', () => {
    expect(findReferences('Nghị quyết Trung ương 4 (khóa XII) số 04-NQ/TW').map((r) => r.symbol)).toEqual(['04-NQ/TW']);
  });
  it('the numbered resolution carried out in the next sentence, glued to it, still IMPLEMENTS: "… trong giai đoạn mới.Thực hiện Nghị quyết số 27-NQ/TW …"', () => {
    const { lines } = normalise([
      'Ban Chấp hành Trung ương đã ban hành Kế hoạch số 11-KH/TW ngày 28 tháng 11 năm 2022 của Ban Chấp hành Trung ương về thực hiện Nghị quyết Hội nghị lần thứ 6 Ban Chấp hành Trung ương Đảng Khóa XIII về tiếp tục xây dựng và hoàn thiện nhà nước pháp quyền xã hội chủ nghĩa Việt Nam trong giai đoạn mới.Thực hiện Nghị quyết số 27-NQ/TW, ngày 09/11/2022 của Ban Chấp hành Trung ương Đảng khoá XIII, Ban Chấp hành Trung ương ban hành Kế hoạch thực hiện.',
    ].join('\n'));
    const meta = readDocumentMeta(lines);
    expect(readCitations(lines, { meta }).find((c) => c.symbol === '27-NQ/TW')?.relation).toBe('IMPLEMENTS');
  });
});

describe('the Constitution cited by its name', () => {
  // vanbanphapluat.co, Nghị quyết 653/2019/UBTVQH14; thuvienphapluat.vn, Nghị định 254-CP of 1978.
  it('"Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;", "Căn cứ vào điều 74 của Hiến pháp năm 1959, quy định …" are bases', () => {
    expect(findReferences('Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;').map((r) => r.raw)).toEqual(['Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam']);
    expect(findReferences('Căn cứ vào điều 74 của Hiến pháp năm 1959, quy định những quyền hạn của Hội đồng Chính phủ;').map((r) => r.raw)).toEqual(['Hiến pháp năm 1959']);
    expect(findReferences('Căn cứ Hiến pháp;').map((r) => r.raw)).toEqual(['Hiến pháp']);
    const cs = cite('NGHỊ QUYẾT\nVỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH\nỦY BAN THƯỜNG VỤ QUỐC HỘI\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\nCăn cứ Luật Tổ chức Quốc hội số 57/2014/QH13;\nQUYẾT NGHỊ:');
    expect(cs.find((c) => c.raw.startsWith('Hiến pháp'))?.relation).toBe('BASED_ON');
  });
  it('named bare in running prose ("… các quy định của Đảng, Hiến pháp, pháp luật của Nhà nước …") it is no reference', () => {
    expect(findReferences('Theo đó, nội dung và tiến độ rà soát, sửa đổi, bổ sung các quy định của Đảng, Hiến pháp, pháp luật của Nhà nước.')).toEqual([]);
  });
});

describe('a law named before a numbered reference in one list', () => {
  // phapluatcongdong.vn, Bắc Ninh's Kế hoạch 155/KH-UBND of 2017; thuvienphapluat.vn, Thanh Hóa's Chỉ thị 15/CT-UBND of 2019.
  it('"Thực hiện Luật Hộ tịch năm 2014, Nghị định số 123/2015/NĐ-CP …": the law is a reference of its own, carried out, and the decree\'s symbol is not the law\'s', () => {
    expect(findReferences('Thực hiện Luật Hộ tịch năm 2014, Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết;').map((r) => r.raw)).toEqual([
      'Luật Hộ tịch năm 2014', 'Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ',
    ]);
    expect(findReferences('Thực hiện Luật Đầu tư công, Luật Ngân sách nhà nước, Chỉ thị số 20/CT-TTg ngày 29/7/2019 của Thủ tướng Chính phủ;').map((r) => r.raw)[0]).toMatch(/^Luật Đầu tư công/u);
  });
  it('an amending law listing the laws it amends stays one reference ("Luật Sửa đổi, bổ sung một số điều của Luật Chứng khoán, Luật Kế toán, … ngày 29 tháng 11 năm 2024")', () => {
    expect(findReferences('Căn cứ Luật Sửa đổi, bổ sung một số điều của Luật Chứng khoán, Luật Kế toán, Luật Kiểm toán độc lập ngày 29 tháng 11 năm 2024;').map((r) => r.raw)).toEqual([
      'Luật Sửa đổi, bổ sung một số điều của Luật Chứng khoán, Luật Kế toán, Luật Kiểm toán độc lập ngày 29 tháng 11 năm 2024',
    ]);
  });
});
describe('findReferences: the Party code "QĐ" of a regulation', () => {
  it('"Quy định số 646/QĐ/QUTW", "Quy định số 296-QĐ/TW" are regulations; "Quyết định số 139-QĐ/TW" a decision', () => {
    expect(findReferences('Thường vụ Quân ủy Trung ương vừa ra Quy định số 646/QĐ/QUTW về trách nhiệm nêu gương; Quy định số 296-QĐ/TW và Quyết định số 139-QĐ/TW.').map((r) => [r.symbol, r.kind])).toEqual([
      ['646/QĐ/QUTW', 'QUY_DINH'], ['296-QĐ/TW', 'QUY_DINH'], ['139-QĐ/TW', 'QUYET_DINH'],
    ]);
  });
});

describe('findReferences: who signed after the issuer', () => {
  it('"Nghị quyết số 54-NQ/TW của Bộ Chính trị do Tổng Bí thư Nguyễn Phú Trọng ký, …": the issuer ends before "do"', () => {
    expect(findReferences('Bộ Chính trị vừa ban hành Nghị quyết số 54-NQ/TW của Bộ Chính trị do Tổng Bí thư Nguyễn Phú Trọng ký, đặt ra những mục tiêu.').map((r) => [r.symbol, r.issuer])).toEqual([['54-NQ/TW', 'Bộ Chính trị']]);
  });
});
