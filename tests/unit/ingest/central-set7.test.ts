/**
 * Constructs of held-out set 7 (issue 7, parts 1–2: whole texts of Party resolutions and of a central Party
 * body's plan), each in a few real lines: Markdown escapes of a portal's export, the Central Committee's older
 * numbering ("A-" parts, "1-" groups), a Kết luận whose numbered groups follow the sentence announcing them,
 * a recipient list in a table cell.
 */
import { canonicalAgencyName, splitAgencies } from '../../../src/ingest/agencies';
import { plenumIssuer } from '../../../src/ingest/document';
import { normaliseLine } from '../../../src/ingest/normalise';
import { statedTargets } from '../../../src/ingest/objective-targets';
import { extract } from '../../../src/ingest/pipeline';
import { inlineAssignment } from '../../../src/ingest/tasks';
import { unitOfHeading } from '../../../src/ingest/unit-blocks';

const run = (lines: string[], path = 'doc.txt') => extract({ path, sha256: 'x', format: path.endsWith('.md') ? 'MARKDOWN' : 'TEXT', text: lines.join('\n') });

describe('Markdown escapes of a portal export ("1\\.", "\\-", "16 \\- 18%/năm", "R\\&D")', () => {
  test('a backslash before punctuation is dropped, the punctuation kept, columns still mapping to the original', () => {
    const { text, cols } = normaliseLine('\\- Kinh phí chi cho nghiên cứu phát triển (R\\&D) tăng 16 \\- 18%/năm');
    expect(text).toBe('- Kinh phí chi cho nghiên cứu phát triển (R&D) tăng 16 - 18%/năm');
    expect(cols[0]).toBe(1);
  });
  test('escaped list markers are bullets, escaped ranges are ranges', () => {
    const x = run([
      'NGHỊ QUYẾT CỦA BỘ CHÍNH TRỊ',
      'II- MỤC TIÊU',
      '**1\\. Đến năm 2030**',
      '\\- Số lượng đơn đăng ký sáng chế, văn bằng bảo hộ sáng chế tăng trung bình 16 \\- 18%/năm.',
      'III- NHIỆM VỤ, GIẢI PHÁP',
      '**1\\. Nâng cao nhận thức, đột phá về đổi mới tư duy**',
      '\\- Có chương trình tuyên truyền, giáo dục hiệu quả để nâng cao nhận thức, quyết tâm.',
      '\\- Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị \\- xã hội lãnh đạo, chỉ đạo vận động Nhân dân.',
    ], 'doc.md');
    expect(x.indicators.map((i) => [i.target, i.valueMin, i.valueMax])).toEqual([['16 - 18%/năm', 16, 18]]);
    expect(x.tasks.map((t) => t.text.slice(0, 25))).toEqual(['Có chương trình tuyên tru', 'Mặt trận Tổ quốc Việt Nam']);
    expect(x.tasks[1].lead).toEqual(['Mặt trận Tổ quốc Việt Nam', 'Các tổ chức chính trị - xã hội']);
  });
});

describe('a Central Committee resolution of 2012: "A-/B-/C-" parts above "I-/II-/III-", groups numbered "1-", "2.1-"', () => {
  const x = run([
    'BAN CHẤP HÀNH TRUNG ƯƠNG',
    'Số: 20-NQ/TW',
    'NGHỊ QUYẾT',
    'HỘI NGHỊ LẦN THỨ SÁU BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHOÁ XI',
    'A- TÌNH HÌNH VÀ NGUYÊN NHÂN',
    '2- Những hạn chế, yếu kém nêu trên, có nguyên nhân khách quan, nhưng nguyên nhân chủ quan là chủ yếu :',
    'a) Nhiều cấp uỷ đảng, chính quyền nhận thức về nghiên cứu, ứng dụng và phát triển khoa học và công nghệ chưa thật đầy đủ.',
    'B- ĐỊNH HƯỚNG PHÁT TRIỂN KHOA HỌC VÀ CÔNG NGHỆ ĐẾN NĂM 2020',
    'I- QUAN ĐIỂM',
    '1- Phát triển và ứng dụng khoa học và công nghệ là quốc sách hàng đầu.',
    'III- NHIỆM VỤ VÀ GIẢI PHÁP',
    '2- Tiếp tục đổi mới mạnh mẽ, đồng bộ cơ chế quản lý, tổ chức, hoạt động khoa học và công nghệ',
    '2.1- Đổi mới mạnh mẽ cơ chế quản lý, phương thức đầu tư và cơ chế tài chính',
    'Đổi mới cơ chế xây dựng kế hoạch và dự toán ngân sách đối với hoạt động khoa học và công nghệ.',
    'Điều chỉnh phân bổ ngân sách nhà nước cho hoạt động khoa học và công nghệ theo hướng căn cứ vào kết quả.',
    'C- TỔ CHỨC THỰC HIỆN',
    '1- Các cấp uỷ đảng lãnh đạo, chỉ đạo công tác giáo dục, tuyên truyền.',
    '2- Đảng đoàn Quốc hội chỉ đạo việc sửa đổi, bổ sung hoàn thiện các luật.',
    '|   *Nơi nhận:*',
    '- Các tỉnh uỷ, thành uỷ,',
  ]);
  test('paragraphs under "2.1-" in "III- NHIỆM VỤ VÀ GIẢI PHÁP" are tasks; the causes in "A-" and the viewpoints are not', () => {
    expect(x.tasks.map((t) => t.text.slice(0, 20))).toEqual(['Đổi mới cơ chế xây d', 'Điều chỉnh phân bổ n', 'Các cấp uỷ đảng lãnh', 'Đảng đoàn Quốc hội c']);
  });
  test('"C- TỔ CHỨC THỰC HIỆN" assigns each numbered paragraph to the body it names; the recipients in a table cell end it', () => {
    expect(x.tasks.slice(2).map((t) => t.lead)).toEqual([['Các cấp ủy đảng'], ['Đảng đoàn Quốc hội']]);
  });
});

describe('a Kết luận without parts: the numbered groups follow "… tập trung thực hiện tốt một số nhiệm vụ trọng tâm sau:"', () => {
  const x = run([
    'Kết luận số 69-KL/TW ngày 11/01/2024 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 20-NQ/TW',
    'Sau 10 năm thực hiện Nghị quyết số 20-NQ/TW, phát triển khoa học và công nghệ đã có chuyển biến tích cực.',
    'Để tiếp tục thực hiện tốt Nghị quyết số 20-NQ/TW, Bộ Chính trị yêu cầu các cấp uỷ, tổ chức đảng tập trung thực hiện tốt một số nhiệm vụ trọng tâm sau:',
    '1. Tăng cường sự lãnh đạo của Đảng đối với phát triển khoa học',
    'Tăng cường sự lãnh đạo của Đảng, tạo chuyển biến mạnh mẽ trong tư duy, hành động, nâng cao nhận thức, trách nhiệm của các cấp uỷ, tổ chức đảng, cán bộ, đảng viên, nhất là người đứng đầu.',
    '2. Đổi mới tư duy, hoàn thiện chính sách, pháp luật',
    'Tổ chức thực hiện tốt Chiến lược phát triển khoa học, công nghệ và đổi mới sáng tạo đến năm 2030 gắn với Nghị quyết số 29-NQ/TW, Nghị quyết số 45-NQ/TW.',
    '7. Tổ chức thực hiện',
    '- Ban cán sự đảng Chính phủ lãnh đạo, chỉ đạo tổ chức thực hiện tốt Chiến lược phát triển khoa học, công nghệ.',
  ]);
  test('each paragraph of a group is a task (its heading a section, a paragraph opening "Tổ chức thực hiện tốt …" no assignment part)', () => {
    expect(x.tasks.map((t) => t.text.slice(0, 25))).toEqual(['Tăng cường sự lãnh đạo củ', 'Tổ chức thực hiện tốt Chi', 'Ban cán sự đảng Chính phủ']);
  });
  test('"7. Tổ chức thực hiện" assigns its bullets', () => {
    expect(x.tasks[2].lead).toEqual(['Ban cán sự đảng Chính phủ']);
  });
  test('without the announcing sentence, numbered items of a text without parts are not read as task groups', () => {
    const y = run(['Kết luận số 69-KL/TW ngày 11/01/2024 của Bộ Chính trị', '1. Tăng cường sự lãnh đạo của Đảng', 'Tăng cường sự lãnh đạo của Đảng, tạo chuyển biến mạnh mẽ trong tư duy, hành động.']);
    expect(y.tasks.filter((t) => t.text.startsWith('Tăng cường sự lãnh đạo của Đảng, tạo'))).toEqual([]);
  });
});

describe('targets stated as the full text of 57-NQ/TW and 20-NQ/TW states them', () => {
  const targets = (line: string) => statedTargets(line).map((t) => t.target);
  test('"Tối thiểu có 5 doanh nghiệp …": the "có" stays with its qualifier', () => {
    expect(targets('Tối thiểu có 5 doanh nghiệp công nghệ số ngang tầm các nước tiên tiến.')).toEqual(['Tối thiểu có 5 doanh nghiệp']);
  });
  test('"ở mức trên 55%", "đạt mức 11 người …": "mức" is the verb\'s, not the target\'s', () => {
    expect(targets('Đóng góp của năng suất nhân tố tổng hợp (TFP) vào tăng trưởng kinh tế ở mức trên 55%.')).toEqual(['trên 55%']);
  });
  test('a count per population keeps its base: "12 người trên một vạn dân"', () => {
    expect(targets('Số cán bộ khoa học và công nghệ nghiên cứu và phát triển đạt mức 11 người trên một vạn dân.')).toEqual(['11 người trên một vạn dân']);
  });
  test('an index kept above a level: "chỉ số phát triển con người (HDI) duy trì trên 0,7"', () => {
    expect(statedTargets('đóng góp vào chỉ số phát triển con người (HDI) duy trì trên 0,7.').map((t) => [t.target, t.value])).toEqual([['trên 0,7', 0.7]]);
  });
  test('"thông tin di động 5G, 6G", "Phủ sóng 5G toàn quốc": technologies, no amounts', () => {
    expect(targets('Làm chủ một số công nghệ như thông tin di động 5G, 6G. Phủ sóng 5G toàn quốc.')).toEqual([]);
  });
  test('"đạt trình độ phát triển của nhóm các nước dẫn đầu ASEAN": the rank is the group', () => {
    expect(targets('Đến năm 2020, khoa học và công nghệ Việt Nam đạt trình độ phát triển của nhóm các nước dẫn đầu ASEAN.')).toEqual(['nhóm các nước dẫn đầu ASEAN']);
  });
  test('a share of the budget ends before what it is spent on: "ít nhất 3% tổng chi ngân sách hằng năm cho …"', () => {
    expect(targets('Bố trí ít nhất 3% tổng chi ngân sách hằng năm cho phát triển khoa học, công nghệ.')).toEqual(['ít nhất 3% tổng chi ngân sách']);
  });
});

describe("the Đảng đoàn Quốc hội's plan 3260-KH/ĐĐQH15: units named by sentences and by their leadership", () => {
  test('"2.1. Để thể chế hoá …, Đảng đoàn Quốc hội xác định các nhiệm vụ trọng tâm sau:" names the unit', () => {
    expect(unitOfHeading('Để thể chế hoá đầy đủ và thực hiện có hiệu quả Nghị quyết số 57-NQ/TW, Đảng đoàn Quốc hội xác định các nhiệm vụ trọng tâm sau:')?.unit).toBe('Đảng đoàn Quốc hội');
  });
  test('"n) Lãnh đạo Ban Dân nguyện": the body is the unit; "p) Các Đoàn đại biểu Quốc hội, các đại biểu Quốc hội" is two', () => {
    expect(unitOfHeading('Lãnh đạo Ban Dân nguyện')?.unit).toBe('Ban Dân nguyện');
    expect(splitAgencies(unitOfHeading('Các Đoàn đại biểu Quốc hội, các đại biểu Quốc hội')?.unit ?? '')).toEqual(['Các Đoàn đại biểu Quốc hội', 'các đại biểu Quốc hội']);
  });
  test('"Lãnh đạo, chỉ đạo rà soát …" is still no unit', () => {
    expect(unitOfHeading('Lãnh đạo, chỉ đạo rà soát, hoàn thiện pháp luật về phát triển khoa học, công nghệ')).toBeNull();
  });
  test('"Ủy ban KH,CN&MT" is the Ủy ban Khoa học, Công nghệ và Môi trường', () => {
    expect(canonicalAgencyName('Tổ đảng ở Thường trực Ủy ban KH, CN&MT')).toBe('Tổ đảng ở Thường trực Ủy ban Khoa học, Công nghệ và Môi trường');
  });
  test('"Định kỳ, Thường trực Ủy ban … chủ trì, phối hợp với …": the time adverb is not the lead', () => {
    expect(inlineAssignment('Định kỳ, Văn phòng Quốc hội chủ trì, phối hợp với Hội đồng Dân tộc tổng hợp, báo cáo kết quả.')).toEqual({ lead: ['Văn phòng Quốc hội'], coordinators: ['Hội đồng Dân tộc'] });
  });
  test('"; phối hợp với Đảng đoàn Quốc hội thể chế hoá …": the coordinator ends at its verb', () => {
    expect(inlineAssignment('Ban cán sự đảng Chính phủ lãnh đạo, chỉ đạo xây dựng chương trình hành động; phối hợp với Đảng đoàn Quốc hội thể chế hoá đầy đủ các chủ trương.').coordinators).toEqual(['Đảng đoàn Quốc hội']);
  });
});

describe('metadata of Party texts copied whole: the signer named in the intro, a title line said twice, a signature in a table cell', () => {
  test('"Thay mặt Bộ Chính trị, Tổng Bí thư Tô Lâm đã ký ban hành Nghị quyết số 70-NQ/TW …": the signer, marked inferred', () => {
    const x = run(['Thay mặt Bộ Chính trị, Tổng Bí thư Tô Lâm đã ký ban hành Nghị quyết số 70-NQ/TW ngày 20/8/2025 về bảo đảm an ninh năng lượng quốc gia đến năm 2030, tầm nhìn đến năm 2045.']);
    expect(x.document).toMatchObject({ symbol: '70-NQ/TW', issuer: 'Bộ Chính trị', signer: 'Tô Lâm', level: 'CENTRAL_PARTY', province: null });
    expect(x.document.inferred?.signer).toMatch(/Tô Lâm đã ký/);
  });
  test('the office before the name is no part of it: "Bí thư Tỉnh ủy Nghệ An Nguyễn Đức Trung vừa ký …"', () => {
    expect(run(['Bí thư Tỉnh ủy Nghệ An Nguyễn Đức Trung vừa ký ban hành Chỉ thị số 15-CT/TU về công tác phòng cháy.']).document.signer).toBe('Nguyễn Đức Trung');
  });
  const kl = run([
    '# Kết luận số 69-KL/TW',
    '',
    'Kết luận số 69-KL/TW ngày 11/01/2024 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 20-NQ/TW, ngày 01/11/2012 của Ban Chấp hành Trung ương Đảng khoá XI về phát triển khoa học và công nghệ',
    '',
    'Sau 10 năm thực hiện Nghị quyết số 20-NQ/TW, phát triển khoa học và công nghệ đã có chuyển biến tích cực.',
    '',
    '1. Tăng cường sự lãnh đạo của Đảng',
    '',
    'Tăng cường sự lãnh đạo của Đảng, tạo chuyển biến mạnh mẽ trong tư duy, hành động.',
    '',
    '|   | T/M BỘ CHÍNH TRỊ *(Đã ký)* Trương Thị Mai |',
    '| :---- | :---- |',
  ], 'doc.md');
  test('"# Kết luận số 69-KL/TW" above "Kết luận số 69-KL/TW ngày 11/01/2024 của Bộ Chính trị về …": date and issuer from the second', () => {
    expect(kl.document).toMatchObject({ kind: 'KET_LUAN', symbol: '69-KL/TW', issuer: 'Bộ Chính trị', issuedOn: '2024-01-11' });
  });
  test('a text numbered "1.", "2." without parts is still signed below: "| T/M BỘ CHÍNH TRỊ *(Đã ký)* Trương Thị Mai |"', () => {
    expect(kl.document.signer).toBe('Trương Thị Mai');
  });
  test('"T/M ĐẢNG ĐOÀN QUỐC HỘI" holds no name ("Đoàn" is a surname, the capitals a body)', () => {
    const x = run(['ĐẢNG ĐOÀN QUỐC HỘI', 'Số 18-KH/ĐĐQH15', 'KẾ HOẠCH', 'I. MỤC ĐÍCH', 'Quán triệt.', '**T/M ĐẢNG ĐOÀN QUỐC HỘI**', '**BÍ THƯ**', 'Trần Thanh Mẫn'], 'doc.md');
    expect(x.document.signer).toBe('Trần Thanh Mẫn');
  });
});

describe('held-out set 8: Party resolutions as news and portals report them', () => {
  test('"khoảng 75% vào năm 2025 và khoảng 85% vào năm 2030": each target dated by the year after it, the second measuring what the first did', () => {
    const t = statedTargets('chỉ tiêu kinh tế khu vực đô thị đóng góp vào GDP cả nước khoảng 75% vào năm 2025 và khoảng 85% vào năm 2030.');
    expect(t.map((x) => [x.target, x.year])).toEqual([['khoảng 75%', '2025'], ['khoảng 85%', '2030']]);
    expect(t[1].name).toBe(t[0].name);
  });
  test('a rank without a number: "thuộc nhóm trung bình cao của ASEAN và châu Á"', () => {
    expect(statedTargets('tỷ lệ đô thị hóa của Việt Nam năm 2045 thuộc nhóm trung bình cao của ASEAN và châu Á.').map((x) => x.target)).toEqual(['thuộc nhóm trung bình cao của ASEAN và châu Á']);
  });
  test('"Theo Nghị quyết số 06-NQ/TW, …, tầm nhìn 2045, …": a page stating its own resolution\'s targets, dated by "tầm nhìn 2045"', () => {
    const x = run(['Nghị quyết 06-NQ/TW: Định hướng phát triển đô thị bền vững', '', 'Theo Nghị quyết số 06-NQ/TW, của Bộ Chính trị về Quy hoạch phát triển bền vững đô thị Việt Nam tầm nhìn 2045, tỷ lệ đô thị hóa của Việt Nam năm 2045 thuộc nhóm trung bình cao của ASEAN và châu Á.']);
    expect(x.indicators.map((i) => [i.target, i.period])).toEqual([['thuộc nhóm trung bình cao của ASEAN và châu Á', '2045']]);
  });
  test('"kế hoạch 5 năm", "ngày 22 tháng 10 năm 2018": a plan\'s span and a date\'s month are no targets', () => {
    expect(statedTargets('Ban hành Kế hoạch tổng thể và kế hoạch 5 năm thực hiện Nghị quyết số 36-NQ/TW ngày 22 tháng 10 năm 2018 về Chiến lược đến năm 2030.')).toEqual([]);
  });
  test('"thay mặt Ban Chấp hành Trung ương, Tổng Bí thư … đã ký ban hành Nghị quyết 19 của Hội nghị lần thứ 5 …": kind, issuer and signer without a symbol', () => {
    const x = run(['Trưởng Ban Kinh tế Trung ương Trần Tuấn Anh cho biết, ngày 16/6, thay mặt Ban Chấp hành Trung ương, Tổng Bí thư Nguyễn Phú Trọng đã ký ban hành Nghị quyết 19 của Hội nghị lần thứ 5 Ban Chấp hành Trung ương Đảng khóa XIII về nông nghiệp, nông dân, nông thôn.']);
    expect(x.document).toMatchObject({ kind: 'NGHI_QUYET', issuer: 'Ban Chấp hành Trung ương', level: 'CENTRAL_PARTY', province: null, signer: 'Nguyễn Phú Trọng' });
  });
  test('a plenum issues as the Central Committee: "Nghị quyết 19-NQ/TW của Hội nghị TW5", "thay mặt Trung ương Đảng"', () => {
    expect(plenumIssuer('Hội nghị TW5')).toBe('Ban Chấp hành Trung ương');
    expect(plenumIssuer('Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XII')).toBe('Ban Chấp hành Trung ương');
    expect(plenumIssuer('Trung ương Đảng')).toBe('Ban Chấp hành Trung ương');
    expect(plenumIssuer('Bộ Chính trị')).toBe('Bộ Chính trị');
  });
});

describe('earlier sets\' misses read generically', () => {
  test('"Tổng bí thư, Chủ tịch nước Nguyễn Phú Trọng vừa thay mặt Bộ Chính trị ký ban hành Chỉ thị …": the signer, the body between name and verb', () => {
    const x = run(['Tổng bí thư, Chủ tịch nước Nguyễn Phú Trọng vừa thay mặt Bộ Chính trị ký ban hành Chỉ thị về việc nghiên cứu, học tập, quán triệt Nghị quyết Đại hội XIII của Đảng.']);
    expect(x.document.signer).toBe('Nguyễn Phú Trọng');
  });
  test('two bodies keyed apart: "Các cấp ủy, tổ chức Đảng, người đứng đầu trực tiếp lãnh đạo …" leads with two', () => {
    expect(inlineAssignment('Các cấp ủy, tổ chức Đảng, người đứng đầu trực tiếp lãnh đạo, chỉ đạo việc học tập.').lead).toEqual(['Các cấp ủy, tổ chức Đảng', 'người đứng đầu']);
  });
});

describe('held-out set 9: a target and a date in one news sentence', () => {
  const x = run(['Nghị quyết số 21-NQ/TW về công tác dân số trong tình hình mới ban hành ngày 25/10/2017 đã xác định dân số là yếu tố quan trọng hàng đầu; đề ra mục tiêu phấn đấu Chỉ số Phát triển con người của Việt Nam đến năm 2030 thuộc Top 4 Đông Nam Á./.']);
  test('"thuộc Top 4 Đông Nam Á": a rank with no noun between the number and the region', () => {
    expect(x.indicators.map((i) => [i.target, i.period])).toEqual([['thuộc Top 4 Đông Nam Á', '2030']]);
  });
  test('"Nghị quyết số 21-NQ/TW về … ban hành ngày 25/10/2017": the date after the title, marked inferred', () => {
    expect(x.document).toMatchObject({ symbol: '21-NQ/TW', issuedOn: '2017-10-25', level: 'CENTRAL_PARTY', province: null });
    expect(x.document.inferred?.issuedOn).toMatch(/ban hành ngày 25\/10\/2017/);
  });
  test('a date after another document\'s symbol is not the page\'s: "Thực hiện Nghị quyết số 21-NQ/TW … ban hành ngày …" names another', () => {
    const y = run(['KẾ HOẠCH', 'Số: 12-KH/TU', 'Thực hiện Nghị quyết số 21-NQ/TW về công tác dân số ban hành ngày 25/10/2017, Ban Thường vụ Tỉnh ủy ban hành kế hoạch.']);
    expect(y.document.issuedOn).not.toBe('2017-10-25');
  });
});

test('right after stated targets, a paragraph with a floor goes on with them: "… xây dựng được ít nhất 5 đô thị đạt tầm cỡ quốc tế"', () => {
  const x = run([
    'Nghị quyết 06-NQ/TW: Định hướng phát triển đô thị bền vững',
    '',
    'Theo Nghị quyết số 06-NQ/TW, của Bộ Chính trị về Quy hoạch phát triển bền vững đô thị Việt Nam tầm nhìn 2045, tỷ lệ đô thị hóa của Việt Nam năm 2045 thuộc nhóm trung bình cao của ASEAN và châu Á.',
    '',
    'Hệ thống đô thị liên kết thành mạng lưới đồng bộ, thống nhất, xanh, hiện đại, thông minh xây dựng được ít nhất 5 đô thị đạt tầm cỡ quốc tế.',
    '',
    'Sau 5 năm, cả nước có 902 đô thị.',
  ]);
  expect(x.indicators.map((i) => i.target)).toEqual(['thuộc nhóm trung bình cao của ASEAN và châu Á', 'ít nhất 5 đô thị']);
});

test('numbered groups under a heading the reader did not take for a part ("Í- MỤC TIÊU" scrambled) are no task groups, even after "… các nội dung sau:"', () => {
  const x = run([
    'Để bảo đảm thực hiện quyết liệt các nhiệm vụ, giải pháp, Bộ Chính trị yêu cầu các cấp ủy tập trung thực hiện tốt các nội dung sau:',
    'Í- MỤC TĨÊŨ, ỲÊỦ CẦỤ',
    '1. Bảọ đảm các ngưỷên tắc, mục tíêư, ỷêú cầũ thẻó các kết lũận của Bộ Chính trị.',
  ]);
  // (The Politburo directing the committees is a direction reported, so the text is kept: its issuer, no task.)
  expect([x.document.issuer, x.document.level, x.tasks]).toEqual(['Bộ Chính trị', 'CENTRAL_PARTY', []]);
});
