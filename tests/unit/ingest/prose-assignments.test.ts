/**
 * Assignments in the prose of any document (src/ingest/prose-assignments.ts): a sentence that names an assignee
 * followed by what it is to do, or governed by "giao / yêu cầu / đề nghị / chỉ đạo", wherever it stands. The lines are
 * trimmed from real pages of the search tool's `pages` corpus: Government Office letters (thuviennhadat 3817/VPCP-CN,
 * luatminhkhue 3712/VPCP-QHQT), Government news (qdnd, baochinhphu, thanhtra, vpcp.chinhphu.vn), a district office's
 * notice (tuky.haiduong), a Bà Rịa - Vũng Tàu news page, and news on a draft law (uongbi.gov.vn).
 */
import { extract } from '../../../src/ingest/pipeline';

const run = (lines: string[]) => extract({ path: 'page.txt', sha256: 'p'.repeat(64), format: 'TEXT', text: lines.join('\n') });
const read = (lines: string[]) => run(lines).tasks.map((t) => ({ text: t.text.slice(0, 40), lead: t.lead, coordinators: t.coordinators }));

const letterHeader = [
  'VĂN PHÒNG CHÍNH PHỦ',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Số: 3817/VPCP-CN',
  'V/v phản ánh của GS. Nguyễn Ngọc Trân nêu tại Bài báo',
  'Hà Nội, ngày 18 tháng 4 năm 2017',
  'Kính gửi: Bộ Giao thông vận tải.',
];

describe('an official letter whose direction is one paragraph of prose (no "như sau:", no task section)', () => {
  const x = run([
    ...letterHeader,
    'Về phản ánh của Giáo sư, Tiến sỹ Nguyễn Ngọc Trân nêu tại Bài báo “Để không phải tiếp tục theo lao”, Thủ tướng Nguyễn Xuân Phúc giao Bộ Giao thông vận tải chủ trì, phối hợp với các cơ quan liên quan chỉ đạo nghiên cứu nội dung của Bài báo (kèm theo), báo cáo Thủ tướng Chính phủ trước ngày 27 tháng 4 năm 2017. Thủ tướng Chính phủ chưa có chủ trương xây hầm chui qua Kênh Tắt.',
    'Văn phòng Chính phủ xin thông báo để Bộ Giao thông vận tải và các cơ quan liên quan biết, thực hiện./.',
    'Nơi nhận:',
    '- Như trên;',
    'KT. BỘ TRƯỞNG, CHỦ NHIỆM',
  ]);
  test('"giao X chủ trì, phối hợp với Y …": X leads, Y coordinates, the deadline stated is kept', () => {
    expect(x.tasks).toHaveLength(1);
    expect(x.tasks[0]).toMatchObject({ lead: ['Bộ Giao thông vận tải'], coordinators: ['Các cơ quan liên quan'] });
    expect(x.tasks[0].text).toMatch(/^Bộ Giao thông vận tải chủ trì/);
    expect(x.tasks[0].deadline?.raw).toBe('trước ngày 27 tháng 4 năm 2017');
  });
  test('the closing formula "… xin thông báo để … biết, thực hiện" and the recipients are no task', () => {
    expect(x.tasks.some((t) => /thông báo/.test(t.text))).toBe(false);
  });
});

describe('news restating a direction, wherever its sentences stand', () => {
  test('"Theo đó, Thủ tướng giao Bộ … chủ trì, phối hợp với …" (qdnd) and "Cụ thể, Thủ tướng Chính phủ giao …" (thanhtra)', () => {
    expect(read(['Sẽ có Tổ công tác đặc biệt của Chính phủ', '', 'Theo đó, Thủ tướng giao Bộ Kế hoạch và Đầu tư chủ trì, phối hợp với các cơ quan liên quan báo cáo, đề xuất Thủ tướng Chính phủ việc thành lập và quy chế hoạt động của Tổ công tác đặc biệt nói trên.'])).toEqual([
      { text: 'Bộ Kế hoạch và Đầu tư chủ trì, phối hợp ', lead: ['Bộ Kế hoạch và Đầu tư'], coordinators: ['Các cơ quan liên quan'] },
    ]);
    const [t] = read(['Cụ thể, Thủ tướng Chính phủ giao Bộ Kế hoạch và Đầu tư chủ trì, phối hợp với các bộ, ngành, địa phương khẩn trương chuẩn bị các dự thảo Nghị quyết, trình phiên họp Chính phủ tháng 11/2019.']);
    expect(t).toMatchObject({ lead: ['Bộ Kế hoạch và Đầu tư'] });
  });
  test('"Văn phòng Chính phủ đề nghị Bộ … xem xét, xử lý …" (vpcp.chinhphu.vn): the body asked leads', () => {
    expect(read(['Văn phòng Chính phủ đề nghị Bộ Nông nghiệp và Phát triển nông thôn xem xét, xử lý theo thẩm quyền phản ánh nêu trên và thông báo kết quả xử lý về Văn phòng Chính phủ trước ngày 10/1/2008.']).map((t) => t.lead)).toEqual([
      ['Bộ Nông nghiệp và Phát triển nông thôn'],
    ]);
  });
  test('"X có trách nhiệm đôn đốc …" then "Yêu cầu Y phối hợp …" (a district office\'s notice): each sentence its own lead', () => {
    const tasks = read(['Văn phòng HĐND&UBND huyện có trách nhiệm đôn đốc, tổng hợp danh sách các đơn vị gửi Văn phòng UBND tỉnh, để phối hợp, hướng dẫn triển khai thực hiện. Yêu cầu UBND các xã, thị trấn phối hợp và tổ chức thực hiện.']);
    expect(tasks.map((t) => t.lead)).toEqual([['Văn phòng Hội đồng nhân dân&Ủy ban nhân dân huyện'], ['Ủy ban nhân dân các xã, thị trấn']]);
  });
  test('a subject that is no assigner leads the work it directs: "Chủ tịch UBND các huyện … có trách nhiệm chỉ đạo UBND các xã …"', () => {
    const tasks = read([
      'UBND tỉnh vừa quyết định thành lập 503 tổ bảo vệ an ninh, trật tự. Chủ tịch UBND các huyện, thị xã, thành phố có trách nhiệm chỉ đạo UBND các xã, phường, thị trấn, ban hành quyết định thành lập tổ bảo vệ an ninh, trật tự.',
      '',
      'Trong trường hợp do quy mô dân số thay đổi, cần điều chỉnh số lượng tổ bảo vệ an ninh trật tự ở cơ sở, UBND các huyện, thị xã, thành phố báo cáo UBND tỉnh (thông qua Công an tỉnh).',
    ]);
    expect(tasks.map((t) => [t.text.slice(0, 20), t.lead])).toEqual([
      ['Chủ tịch UBND các hu', ['Ủy ban nhân dân các huyện, thị xã, thành phố']],
      ['UBND các huyện, thị ', ['Ủy ban nhân dân các huyện, thị xã, thành phố']],
    ]);
  });
  test('… while "UBND tỉnh chỉ đạo các sở …" hands the work to the sở', () => {
    expect(read(['UBND tỉnh chỉ đạo các sở, ban, ngành khẩn trương rà soát các dự án chậm tiến độ trên địa bàn.']).map((t) => t.lead)).toEqual([['Các sở, ban, ngành']]);
  });
});

describe('what is no assignment', () => {
  test('a body reporting what it said or did: "Ban Bí thư tiếp tục nhấn mạnh …", "Sở Y tế đã triển khai …"', () => {
    expect(() => run(['Ban Bí thư tiếp tục nhấn mạnh không tổ chức thăm, chúc Tết cấp trên và lãnh đạo các cấp.'])).toThrow(/not a directive document/);
    expect(() => run(['Sở Y tế đã triển khai nhiều biện pháp phòng dịch trong năm qua.', 'Sở Giáo dục và Đào tạo đã tổ chức kỳ thi an toàn.'])).toThrow(/not a directive document/);
  });
  test('what a body was proposed for is no task of it: "Chủ tịch xã được đề xuất có 16 nhiệm vụ …" (uongbi.gov.vn)', () => {
    const x = run([
      'Thủ tướng Chính phủ giao Bộ Nội vụ chủ trì, phối hợp với các bộ, ngành hoàn thiện dự thảo Luật, trình Quốc hội.',
      '',
      'Chủ tịch xã được đề xuất có 16 nhiệm vụ, quyền hạn, trong đó có nhiệm vụ quản lý cơ sở giáo dục, trường học.',
    ]);
    expect(x.tasks.map((t) => t.lead)).toEqual([['Bộ Nội vụ']]);
  });
  test('the legal bases and a proposal answered ("Căn cứ …", "Xét đề nghị của Giám đốc Sở …") give no task', () => {
    const x = run([
      'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN',
      'Số: 4967/QĐ-UBND',
      'QUYẾT ĐỊNH',
      'Về việc phê duyệt dự án',
      'Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;',
      'Xét đề nghị của Sở Nông nghiệp và PTNT tại Tờ trình số 12/TTr-SNN; Báo cáo thẩm định số 277/BC-SNN.KHTC ngày 08/10/2012, ý kiến của Sở Kế hoạch và Đầu tư đề nghị phê duyệt,',
      'QUYẾT ĐỊNH:',
    ]);
    expect(x.tasks).toEqual([]);
  });
});
