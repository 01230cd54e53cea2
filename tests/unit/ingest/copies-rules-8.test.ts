/**
 * Constructs of real news pages that the first run on the eighth held-out batch (tests/fixtures/copies/held-out-8,
 * news prose restating directives, measured by scripts/measure-families.ts) read wrong, each fixed by a general
 * rule. The lines are from those pages (vietnamplus, tienphong, nghean24h, suckhoetreem, hoinongdanag, baonghean,
 * vanphong.langson, thuvienphapluat news, caonguachuviet).
 */
import { ministriesListed, splitAgencies } from '../../../src/ingest/agencies';
import { inlineAssignment } from '../../../src/ingest/tasks';
import { normalise } from '../../../src/ingest/normalise';
import { extract } from '../../../src/ingest/pipeline';
import { readRestatedTasks } from '../../../src/ingest/readers/restated-tasks';

const doc = (text: string) => extract({ path: 'x.txt', text, sha256: '8'.repeat(64), format: 'TEXT' });
const tasks = (text: string) => readRestatedTasks(normalise(text).lines).map((t) => [t.text.slice(0, 24), t.leadRaw]);

describe('where a lead named in news prose ends', () => {
  it('before a modal or manner word: "… cần tập trung", "… sẽ chỉ đạo", "… nghiêm túc thực hiện", and before "báo cáo"', () => {
    expect(inlineAssignment('các phương tiện thông tin đại chúng cần tập trung làm tốt công tác thông tin').lead).toEqual(['các phương tiện thông tin đại chúng']);
    expect(inlineAssignment('Ban Thường vụ Tỉnh ủy sẽ chỉ đạo một số đảng bộ cấp huyện tiến hành đại hội điểm').lead).toEqual(['Ban Thường vụ Tỉnh ủy']);
    expect(inlineAssignment('các cơ quan báo chí nghiêm túc thực hiện, bảo đảm hiệu quả, chất lượng').lead).toEqual(['các cơ quan báo chí']);
    expect(inlineAssignment('Bộ trưởng Bộ Tài chính báo cáo về tình hình thị trường chứng khoán (cổ phiếu, phái sinh, trái phiếu)').lead).toEqual(['Bộ trưởng Bộ Tài chính']);
  });
  it('"tổ chức, cá nhân liên quan" are addressees, not the verb "tổ chức"; a time adverbial ("sau kỳ nghỉ Tết") is no part of the name', () => {
    expect(inlineAssignment('các Bộ, cơ quan, địa phương, tổ chức, cá nhân liên quan sau kỳ nghỉ Tết Nguyên đán phải khẩn trương, tập trung xử lý công việc').lead).toEqual(['các Bộ, cơ quan, địa phương, tổ chức, cá nhân liên quan']);
  });
  it('"MTTQ và tổ chức chính trị - xã hội …", "Bí thư cấp ủy, người đứng đầu …", "Thống đốc Ngân hàng Nhà nước …": each opens an addressee', () => {
    expect(splitAgencies('Các cấp uỷ, tổ chức đảng, chính quyền, MTTQ và tổ chức chính trị - xã hội từ tỉnh đến cơ sở')).toEqual(['Các cấp uỷ, tổ chức đảng, chính quyền', 'MTTQ', 'tổ chức chính trị - xã hội từ tỉnh đến cơ sở']);
    expect(tasks('Bí thư cấp ủy, người đứng đầu cơ quan, đơn vị trực tiếp truyền đạt Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII.')).toEqual([['Bí thư cấp ủy, người đứn', ['Bí thư cấp ủy', 'người đứng đầu cơ quan, đơn vị']]]);
    const x = doc('Công điện được gửi tới Bộ trưởng Tài chính và Thống đốc Ngân hàng Nhà nước Việt Nam.\n\nTheo đó, Phó Thủ tướng Hồ Đức Phớc yêu cầu Thống đốc Ngân hàng Nhà nước Việt Nam báo cáo tình hình thực hiện chính sách tiền tệ trước ngày 14/9.');
    expect(x.tasks.map((t) => t.lead)).toEqual([['Ngân hàng Nhà nước Việt Nam']]);
  });
});

describe('ministries named by their fields', () => {
  it('"Bộ trưởng các Bộ: Quốc phòng, Công an, Nông nghiệp và Môi trường, …" is one ministry per field, a "và" inside a ministry\'s name kept', () => {
    expect(ministriesListed('Bộ trưởng các Bộ: Quốc phòng, Công an, Nông nghiệp và Môi trường, Y tế')).toBe('Bộ Quốc phòng, Bộ Công an, Bộ Nông nghiệp và Môi trường, Bộ Y tế');
    expect(splitAgencies('các bộ: Văn hóa, Thể thao và Du lịch, Tài chính và Ngoại giao')).toEqual(['Bộ Văn hóa, Thể thao và Du lịch', 'Bộ Tài chính', 'Bộ Ngoại giao']);
    expect(ministriesListed('Bộ Tài chính chủ trì')).toBe('Bộ Tài chính chủ trì');
  });
  it('a clause that only names addressees ("…, Y tế;") goes on with the next, which says what they all do', () => {
    const [t] = tasks('Bộ trưởng các Bộ: Quốc phòng, Công an, Y tế; Bí thư, Chủ tịch Ủy ban Nhân dân các tỉnh, thành phố từ Quảng Trị đến Khánh Hòa tiếp tục tập trung lãnh đạo, chỉ đạo, chủ động triển khai các biện pháp ứng phó với bão.');
    expect(t[1]).toEqual(['Bộ Quốc phòng', 'Bộ Công an', 'Bộ Y tế', 'Bí thư', 'Chủ tịch Ủy ban Nhân dân các tỉnh, thành phố từ Quảng Trị đến Khánh Hòa']);
  });
});

describe('a news page restating a direction is a directive', () => {
  it('"… vừa ký Công điện số 210/CĐ-TTg ngày 6/11/2025 …": a Công điện is an official letter of the Prime Minister', () => {
    const x = doc('Thủ tướng Chính phủ Phạm Minh Chính vừa ký Công điện số 210/CĐ-TTg ngày 6/11/2025 chỉ đạo các bộ ngành, địa phương tập trung triển khai các biện pháp khẩn cấp ứng phó bão số 13.');
    expect([x.document.symbol, x.document.kind, x.document.kindVi, x.document.issuer, x.document.level, x.document.issuedOn]).toEqual(['210/CĐ-TTg', 'CONG_VAN', 'Công điện', 'Thủ tướng Chính phủ', 'CENTRAL_STATE', '2025-11-06']);
  });
  it('a headline, then "(SKTE) - Thủ tướng Chính phủ yêu cầu Chủ tịch UBND các tỉnh …": the Prime Minister\'s direction, not "no directive"', () => {
    const x = doc('Thủ tướng yêu cầu chủ động ứng phó đợt rét đậm, rét hại kéo dài\n(SKTE) - Thủ tướng Chính phủ yêu cầu Chủ tịch UBND các tỉnh, thành phố trực thuộc Trung ương từ Thừa Thiên Huế trở ra tiếp tục triển khai thực hiện nghiêm túc công tác phòng, chống rét đậm, rét hại.');
    expect([x.document.issuer, x.document.level, x.document.province]).toEqual(['Thủ tướng Chính phủ', 'CENTRAL_STATE', null]);
    expect(x.tasks.map((t) => t.lead)).toEqual([['Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương từ Thừa Thiên Huế trở ra']]);
  });
  it('"Ban Tuyên giáo Tỉnh ủy đề nghị các địa phương, đơn vị …" after the mandate, and "Nội dung công văn …: click xem tại đây" names the kind', () => {
    const x = doc('Kỷ niệm 110 năm Ngày sinh đồng chí Chu Huy Mân\n\nThực hiện Hướng dẫn số 96-HD/BTGTW ngày 22/02/2023 của Ban Tuyên giáo Trung ương tuyên truyền kỷ niệm 110 năm Ngày sinh đồng chí Chu Huy Mân.\n\nBan Tuyên giáo Tỉnh ủy đề nghị các địa phương, đơn vị quan tâm tuyên truyền về sự kiện theo các nội dung nêu trong Hướng dẫn số 54-HD/BTGTU.\n\nNội dung công văn Ban Tuyên giáo Tỉnh ủy: click xem tại đây');
    expect([x.document.kind, x.document.issuer, x.document.level]).toEqual(['CONG_VAN', 'Ban Tuyên giáo Tỉnh ủy', 'PROVINCIAL_PARTY']);
    expect(x.tasks.map((t) => t.lead)).toEqual([['Các địa phương, đơn vị']]);
  });
  it('an item assigning work ("- Giao Đảng uỷ Quốc hội chủ trì, …") or a narrative sentence is no body speaking', () => {
    expect(() => doc('Theo đó, nội dung và tiến độ rà soát được nêu như sau:\n\n- Giao Đảng uỷ Quốc hội chủ trì, phối hợp với Đảng uỷ Chính phủ chỉ đạo các cơ quan liên quan nghiên cứu việc sửa đổi Hiến pháp.')).toThrow(/not a directive document/);
    expect(() => doc('Thời tiết hôm nay\n\nTheo đó, các tỉnh phía Bắc yêu cầu người dân giữ ấm.')).toThrow(/not a directive document/);
  });
  it('"Thủ tướng Nguyễn Tấn Dũng đã có công điện yêu cầu …": the office named short is the Prime Minister\'s', () => {
    const x = doc('Cấp bách ngăn chặn dịch sốt xuất huyết\n\nNgày 26-10, Thủ tướng Nguyễn Tấn Dũng đã có công điện yêu cầu các bộ, ngành chức năng, địa phương tập trung thực hiện một số biện pháp cấp bách để chống dịch.');
    expect(x.document.issuer).toBe('Thủ tướng Chính phủ');
  });
});

describe('restated tasks that go on', () => {
  it('"Thủ tướng … yêu cầu các Bộ, … theo dõi sát …; chủ động … . Tăng cường kiểm tra …": the sentence after a lower-case clause keeps the addressees', () => {
    expect(tasks('Đáng chú ý, Thủ tướng yêu cầu các Bộ, UBND tỉnh, thành phố theo dõi sát biến động giá cả, thị trường sau Tết; chủ động, kịp thời có các giải pháp điều tiết cung cầu. Tăng cường kiểm tra, giám sát việc kê khai, niêm yết giá.')).toEqual([
      ['các Bộ, UBND tỉnh, thành', ['các Bộ', 'UBND tỉnh, thành phố']],
      ['Tăng cường kiểm tra, giá', ['các Bộ', 'UBND tỉnh, thành phố']],
    ]);
  });
  it('"Thủ tướng giao Ngân hàng Nhà nước Việt Nam chủ trì, … . Điều hành lãi suất, tín dụng …": the next paragraph opening with what to do is the bank\'s too', () => {
    expect(tasks('Thủ tướng giao Ngân hàng Nhà nước Việt Nam chủ trì, phối hợp với các cơ quan, địa phương điều hành chính sách tiền tệ chủ động, linh hoạt.\n\nĐiều hành lãi suất, tín dụng phù hợp với diễn biến kinh tế vĩ mô, thị trường tiền tệ.').map((t) => t[1])).toEqual([['Ngân hàng Nhà nước Việt Nam'], ['Ngân hàng Nhà nước Việt Nam']]);
  });
});
