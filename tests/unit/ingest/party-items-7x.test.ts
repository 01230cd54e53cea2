/**
 * Tasks of Party resolutions and guidance the judges' pages missed (issue 7, 7x): constructs of the Party's own
 * layout and wording, each a general rule; the lines are shortened from real pages (the site is named per test).
 */
import { extract } from '../../../src/ingest/pipeline';
import { splitParagraphs, normalise } from '../../../src/ingest/normalise';
import { readRestatedTasks } from '../../../src/ingest/readers/restated-tasks';

const tasksOf = (text: string) => extract({ path: 'x.txt', sha256: 'h', format: 'TEXT', text }).tasks.map((t) => ({ text: t.text.slice(0, 41), lead: t.lead }));

describe('items numbered with a dash: "1- Mục đích", "2- Yêu cầu" / "a- Cấp uỷ các cấp chỉ đạo, …"', () => {
  // (luatminhkhue.vn, Hướng dẫn 04-HD/UBKTTW 2012; baoninhthuan.com.vn writes a resolution's parts "I- Khái quát tình hình" the same way.)
  const text = [
    'ỦY BAN KIỂM TRA',
    'TRUNG ƯƠNG',
    '',
    'Số: 04-HD/UBKTTW',
    '',
    'HƯỚNG DẪN',
    '',
    'VỀ CÔNG TÁC KIỂM TRA, GIÁM SÁT THỰC HIỆN NGHỊ QUYẾT HỘI NGHỊ LẦN THỨ TƯ',
    '',
    'I- MỤC ĐÍCH, YÊU CẦU',
    '',
    '1- Mục đích',
    '',
    'a- Tạo chuyển biến mạnh mẽ về nhận thức và hành động của các cấp uỷ đối với công tác kiểm tra, giám sát.',
    '',
    '2- Yêu cầu',
    '',
    'a- Cấp uỷ các cấp chỉ đạo, tổ chức thực hiện công tác kiểm tra, giám sát, kỷ luật đảng theo tinh thần Nghị quyết Trung ương 4 với trách nhiệm cao.',
  ].join('\n');

  it('a dash-numbered heading ("2- Yêu cầu") is a paragraph of its own, not the verb "yêu cầu" before the item under it', () => {
    const paras = splitParagraphs(normalise(text).lines).map((p) => p[0].text.slice(0, 12));
    expect(paras).toContain('2- Yêu cầu');
    expect(paras).toContain('a- Cấp uỷ cá');
  });

  it('the subject after the item\'s letter leads: "a- Cấp uỷ các cấp chỉ đạo, tổ chức thực hiện …"', () => {
    expect(tasksOf(text)).toEqual([{ text: 'Cấp uỷ các cấp chỉ đạo, tổ chức thực hiện', lead: ['Cấp ủy các cấp'] }]);
  });
});

describe('a news page quoting the document: "Nội dung Kế hoạch số … nêu rõ: …" under a photo caption', () => {
  // (tcnn.vn on Kế hoạch 141/KH-BCĐTKNQ18 of the Government's steering committee for the review of Nghị quyết 18-NQ/TW.)
  const restated = (text: string) => readRestatedTasks(normalise(text).lines).map((t) => ({ text: t.text.slice(0, 37), lead: t.leadRaw }));

  it('the document speaking opens the sentence; its subject comes after it and after a fronted "Theo …," clause', () => {
    const line = 'Nội dung Kế hoạch số 141/KH-BCĐTKNQ18 nêu rõ: Theo Kế hoạch của Ban Chỉ đạo Trung ương, các bộ, ngành có trách nhiệm xây dựng Báo cáo tổng kết và gửi về Ban Chỉ đạo Trung ương trước ngày 31/12/2024.';
    expect(restated(line)).toEqual([{ text: 'các bộ, ngành có trách nhiệm xây dựng', lead: ['các bộ, ngành'] }]);
    expect(restated('Chỉ thị nêu rõ: Các bộ, ngành, địa phương có trách nhiệm xây dựng kế hoạch cụ thể triển khai thực hiện.')).toEqual([{ text: 'Các bộ, ngành, địa phương có trách nh', lead: ['Các bộ, ngành, địa phương'] }]);
  });

  it('a caption closed by its photo credit ("… ngày 30/11/2024. Ảnh: VGP |") is no sentence of the article', () => {
    const text = [
      'Thủ tướng Chính phủ Phạm Minh Chính chủ trì Phiên họp thứ nhất Ban Chỉ đạo của Chính phủ về tổng kết việc thực hiện Nghị quyết số 18-NQ/TW, ngày 30/11/2024. Ảnh: VGP |',
      'Các bộ, ngành có trách nhiệm xây dựng Báo cáo tổng kết và gửi về Ban Chỉ đạo Trung ương trước ngày 31/12/2024.',
    ].join('\n');
    expect(restated(text)).toEqual([{ text: 'Các bộ, ngành có trách nhiệm xây dựng', lead: ['Các bộ, ngành'] }]);
  });
});

describe('the duty named with its body: "Nhiệm vụ của Bộ TNMT là chủ trì, phối hợp với …"', () => {
  // (agro.gov.vn on the Government's regular meeting of July 2013.)
  const restated = (text: string) => readRestatedTasks(normalise(text).lines).map((t) => ({ text: t.text.slice(0, 28), lead: t.leadRaw, coordinators: t.coordinatorsRaw }));

  it('the body after "Nhiệm vụ của" leads the work after "là"; "phối hợp với" names its coordinators', () => {
    const line = 'Nhiệm vụ của Bộ TNMT là chủ trì, phối hợp với Bộ NNPTNT, Bộ GTVT khẩn trương rà soát, tổng hợp nhu cầu thu hồi đất lúa, đề xuất nguyên tắc giải quyết.';
    expect(restated(line)).toEqual([{ text: 'chủ trì, phối hợp với Bộ NNP', lead: ['Bộ TNMT'], coordinators: ['Bộ NNPTNT', 'Bộ GTVT'] }]);
  });

  it('a duty of no body ("Nhiệm vụ của năm 2014 là …") assigns nothing', () => {
    expect(restated('Nhiệm vụ của năm 2014 là giữ vững ổn định kinh tế vĩ mô, kiểm soát lạm phát.')).toEqual([]);
  });
});

describe('a team named with the official heading it: "Tổ giúp việc … do đồng chí … làm Tổ trưởng, có nhiệm vụ …"', () => {
  // (baothainguyen.vn on the steering committee for Nghị quyết Hội nghị Trung ương 6 (khóa XII) and its two working groups.)
  const restated = (text: string) => readRestatedTasks(normalise(text).lines).map((t) => ({ text: t.text.slice(0, 30), lead: t.leadRaw }));

  it('the team leads the work from "có nhiệm vụ", with or without the comma, its short name and its head\'s titles skipped', () => {
    const text = [
      'Tổ giúp việc thứ nhất (gọi tắt là Tổ 1) do đồng chí Bùi Xuân Hòa, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh làm Tổ trưởng, có nhiệm vụ tham mưu cho BCĐ xây dựng Đề án thực hiện Nghị quyết số 18-NQ/TW. Tổ giúp việc thứ hai (gọi tắt là Tổ 2) do đồng chí Vũ Hồng Bắc, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh làm Tổ trưởng có nhiệm vụ tham mưu cho BCĐ xây dựng chương trình, kế hoạch thực hiện các Nghị quyết.',
    ].join('\n');
    expect(restated(text)).toEqual([
      { text: 'có nhiệm vụ tham mưu cho BCĐ x', lead: ['Tổ giúp việc thứ nhất'] },
      { text: 'có nhiệm vụ tham mưu cho BCĐ x', lead: ['Tổ giúp việc thứ hai'] },
    ]);
  });

  it('a team only named with its head ("Đoàn do đồng chí … làm Trưởng đoàn.") is given no duty', () => {
    expect(restated('Đoàn công tác do đồng chí Nguyễn Văn A, Phó Chủ tịch UBND tỉnh làm Trưởng đoàn.')).toEqual([]);
  });
});

describe('the standing board a secretary signs for: "… Phó Bí thư Thường trực Huyện ủy Càng Long đã ký ban hành Công văn số 1127-CV/HU"', () => {
  // (travinh.gov.vn, pbgdpl: Công văn 1127-CV/HU of Càng Long district on the Party cells' congresses, 2022.)
  const issuerOf = (text: string) => extract({ path: 'x.txt', sha256: 'h', format: 'TEXT', text }).document.issuer;
  const intro = 'Ngày 27 tháng 5 năm 2022, đồng chí Lê Văn Ngoan, Phó Bí thư Thường trực Huyện ủy Càng Long đã ký ban hành Công văn số 1127-CV/HU “về việc lãnh đạo Đại hội chi bộ trực thuộc Đảng bộ cơ sở, nhiệm kỳ 2022 – 2025”.';

  it('the page naming the standing board as the body directing ("Ban Thường vụ Huyện ủy đề nghị …") makes it the issuer', () => {
    const text = [
      'Ban Thường vụ Huyện ủy Chỉ đạo Đại hội các Chi bộ trực thuộc Đảng bộ cơ sở, nhiệm kỳ 2022 – 2025',
      '',
      intro,
      '',
      'Công văn nêu rõ: Để đảm bảo Đại hội chi bộ đạt kết quả tốt, Ban Thường vụ Huyện ủy đề nghị các Đảng bộ trực thuộc Huyện ủy khi thực hiện việc thông qua nhân sự phải mời các đồng chí Ủy viên Ban Thường vụ Huyện ủy dự.',
    ].join('\n');
    expect(issuerOf(text)).toBe('Ban Thường vụ Huyện ủy Càng Long');
  });

  it('with no such sentence the committee the signer\'s office names stays the issuer', () => {
    const text = [intro, '', 'Công văn nêu rõ: Các Đảng bộ trực thuộc Huyện ủy khi thực hiện việc thông qua nhân sự, văn kiện Đại hội điểm phải báo cáo.'].join('\n');
    expect(issuerOf(text)).toBe('Huyện ủy Càng Long');
  });
});

describe('an event before the addressees: "… yêu cầu sau khi kết thúc Đại hội các đơn vị hoàn chỉnh báo cáo …"', () => {
  // (travinh.gov.vn, pbgdpl: Công văn 1127-CV/HU of Càng Long district, 2022.)
  const restated = (text: string) => readRestatedTasks(normalise(text).lines).map((t) => ({ text: t.text.slice(0, 40), lead: t.leadRaw }));
  const text =
    'Qua đó, Ban Thường vụ Huyện ủy yêu cầu sau khi kết thúc Đại hội các đơn vị hoàn chỉnh báo cáo và phụ lục gửi về Cơ quan Tổ chức – Nội vụ trước ngày 30/6/2022. Đồng thời cũng yêu cầu các đồng chí Ủy viên Ban Chấp hành Đảng bộ huyện quan tâm chỉ đạo thực hiện đảm bảo yêu cầu, nội dung và thời gian theo quy định./.';

  it('the addressees are the first collective after the event, which stays in the task; a sentence directing anew ("Đồng thời cũng yêu cầu các đồng chí …") does not go on with them, it names its own', () => {
    expect(restated(text)).toEqual([
      { text: 'sau khi kết thúc Đại hội các đơn vị hoàn', lead: ['các đơn vị'] },
      { text: 'các đồng chí Ủy viên Ban Chấp hành Đảng ', lead: ['các đồng chí Ủy viên Ban Chấp hành Đảng bộ huyện'] },
    ]);
  });
});
