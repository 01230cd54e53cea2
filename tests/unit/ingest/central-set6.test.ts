/**
 * Central documents of held-out set 6's families (issue 7, parts 1–2), each construct in a few real lines: the
 * Quốc hội's plan restated with its targets, a minister's decision, a Deputy Prime Minister's dispatch, a news
 * sentence after a mandate clause, a report considered.
 */
import { canonicalAgencyName } from '../../../src/ingest/agencies';
import { statedTargets } from '../../../src/ingest/objective-targets';
import { extract } from '../../../src/ingest/pipeline';
import { inlineAssignment } from '../../../src/ingest/tasks';

const run = (lines: string[]) => extract({ path: 'doc.txt', sha256: 'x', format: 'TEXT', text: lines.join('\n') });

describe("the Quốc hội's five-year plan restated on a provincial site", () => {
  const x = run([
    'Đến năm 2025, tỷ lệ tham gia BHYT sẽ đạt 95% dân số',
    '',
    'Chiều 27/7, với 95,19% số ĐBQH có mặt tham gia biểu quyết tán thành, Quốc hội đã thông qua Nghị quyết về Kế hoạch phát triển kinh tế-xã hội 5 năm 2021-2025 với những chỉ tiêu cụ thể.',
    '',
    'Theo đó, về kinh tế, tốc độ tăng trưởng tổng sản phẩm trong nước (GDP) bình quân 5 năm khoảng 6,5-7%; GDP bình quân đầu người đến năm 2025 đạt khoảng 4.700-5.000 USD.',
    '',
    'Về các chỉ tiêu xã hội, tuổi thọ trung bình khoảng 74,5 tuổi; tỷ lệ tham gia BHYT đạt 95% dân số.',
  ]);
  test('"Quốc hội đã thông qua Nghị quyết về …": a central resolution, not the province of the site', () => {
    expect(x.document).toMatchObject({ kind: 'NGHI_QUYET', issuer: 'Quốc hội', level: 'CENTRAL_STATE', province: null });
  });
  test('paragraphs going on with the announced targets ("Theo đó, về kinh tế, …", "Về các chỉ tiêu xã hội, …") are read; a vote share, the years of an average and the headline are no targets', () => {
    expect(x.indicators.map((i) => i.target)).toEqual(['khoảng 6,5-7%', 'khoảng 4.700-5.000 USD', 'khoảng 74,5 tuổi', '95% dân số']);
  });
});

test('"% dân số" is a share of the population; "Kế hoạch … 5 năm 2021-2025" states the plan\'s span, no target', () => {
  expect(statedTargets('tỷ lệ bao phủ bảo hiểm y tế đạt trên 95% dân số')[0]).toMatchObject({ unit: '% dân số', target: 'trên 95% dân số', value: 95 });
  expect(statedTargets('Nghị quyết về Kế hoạch phát triển kinh tế-xã hội 5 năm 2021-2025 với những chỉ tiêu cụ thể')).toEqual([]);
});

describe('"QUYẾT ĐỊNH CỦA BỘ TRƯỞNG" / "BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG"', () => {
  const x = run([
    'Bộ Tài nguyên và Môi trường', 'Số 1152/2003/QĐ-BTNMT', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA', 'VIỆT NAM', 'Hà nội, ngày 15 tháng 8 năm 2003',
    'QUYẾT ĐỊNH CỦA BỘ TRƯỞNG', 'BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG', 'BAN HÀNH QUY CHẾ LÀM VIỆC CỦA BỘ TÀI NGUYÊN VÀ MÔI', 'TRƯỜNG', 'BỘ TRƯỞNG BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG',
    'Căn cứ Nghị định số 91/2002/NĐ-CP ngày 11 tháng 11 năm 2002 của Chính phủ;', 'QUYẾT ĐỊNH:',
    'Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Bộ Tài nguyên và Môi trường.',
    'Điều 3. Chánh Văn phòng Bộ có trách nhiệm chủ trì đôn đốc, kiểm tra việc thực hiện Quy chế làm việc của Bộ. Thủ trưởng các đơn vị thuộc Bộ chịu trách nhiệm thi hành Quyết định này./.',
  ]);
  test('the office in the heading signs for the body named below it, which is no part of the title', () => {
    expect(x.document).toMatchObject({ kind: 'QUYET_DINH', issuer: 'Bộ Tài nguyên và Môi trường', level: 'CENTRAL_STATE', title: 'BAN HÀNH QUY CHẾ LÀM VIỆC CỦA BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG' });
  });
  test('"Chánh Văn phòng Bộ có trách nhiệm chủ trì đôn đốc …" is a task of the Văn phòng Bộ; the executing sentence is none', () => {
    expect(x.tasks.map((t) => [t.text.slice(0, 20), t.lead])).toEqual([['Chánh Văn phòng Bộ c', ['Văn phòng Bộ']]]);
    expect(canonicalAgencyName('Chánh Thanh tra Bộ')).toBe('Thanh tra Bộ');
  });
});

test('"Phó Thủ tướng Chính phủ Trần Hồng Hà đã ký ban hành Công điện 469 yêu cầu …": the Prime Minister\'s dispatch', () => {
  const x = run(['Chính phủ ra công điện chỉ đạo tháo gỡ thị trường bất động sản', '', 'Phó Thủ tướng Chính phủ Trần Hồng Hà đã ký ban hành Công điện 469 yêu cầu các bộ, ngành, địa phương và doanh nghiệp triển khai tháo gỡ và thúc đẩy thị trường bất động sản phát triển an toàn.']);
  expect(x.document).toMatchObject({ issuer: 'Thủ tướng Chính phủ', level: 'CENTRAL_STATE', province: null });
});

test('the lead ends before "phải" and "theo thẩm quyền": "Các bộ, ngành và địa phương phải coi đây là …", "các bộ, ngành theo thẩm quyền kiểm tra …"', () => {
  expect(inlineAssignment('Các bộ, ngành và địa phương phải coi đây là nhiệm vụ cấp bách, quan trọng cần tập trung giải quyết.').lead).toEqual(['Các bộ, ngành và địa phương']);
  expect(inlineAssignment('các bộ, ngành theo thẩm quyền kiểm tra, đôn đốc việc thực hiện công điện.').lead).toEqual(['các bộ, ngành']);
});

test('"Thực hiện Nghị quyết số 11/NQ-CP …, ngày 04/03/2011 Bộ Xây dựng đã ban hành Chỉ thị số 01/CT-BXD …": the subject after the mandate issued the page\'s document', () => {
  const x = run(['Thực hiện Nghị quyết số 11/NQ-CP ngày 24/02/2011 của Chính phủ về những giải pháp chủ yếu tập trung kiềm chế lạm phát, ổn định kinh tế vĩ mô, ngày 04/03/2011 Bộ Xây dựng đã ban hành Chỉ thị số 01/CT-BXD yêu cầu các đơn vị thuộc bộ thực hiện những công việc cấp bách sau đây:']);
  expect(x.document).toMatchObject({ kind: 'CHI_THI', symbol: '01/CT-BXD', issuer: 'Bộ Xây dựng', level: 'CENTRAL_STATE', issuedOn: '2011-03-04' });
  expect(x.citations.map((c) => [c.symbol, c.relation])).toEqual([['11/NQ-CP', 'IMPLEMENTS']]);
});

test('"Ngày 30 tháng 4 năm 2025, Bộ Chính trị đã ban hành Nghị quyết số 66-NQ/TW …": the date written out', () => {
  const x = run(['Ngày 30 tháng 4 năm 2025, Bộ Chính trị đã ban hành Nghị quyết số 66-NQ/TW về đổi mới công tác xây dựng và thi hành pháp luật.']);
  expect(x.document).toMatchObject({ symbol: '66-NQ/TW', issuedOn: '2025-04-30', level: 'CENTRAL_PARTY', province: null });
});

test('"Trên cơ sở xem xét Báo cáo số 08/BC-ĐGS …": a report considered is no legal basis (CITES)', () => {
  const x = run(['QUỐC HỘI', 'NGHỊ QUYẾT', 'VỀ VIỆC TIẾP TỤC CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC', 'QUỐC HỘI', 'Căn cứ Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân số 87/2015/QH13;', 'Trên cơ sở xem xét Báo cáo số 08/BC-ĐGS ngày 12 tháng 10 năm 2017 của Đoàn giám sát của Quốc hội;', 'QUYẾT NGHỊ:', 'Điều 1. Tán thành nội dung Báo cáo kết quả giám sát.']);
  expect(x.citations.map((c) => [c.symbol, c.relation])).toEqual([['87/2015/QH13', 'BASED_ON'], ['08/BC-ĐGS', 'CITES']]);
});
