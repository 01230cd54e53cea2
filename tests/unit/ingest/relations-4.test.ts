/**
 * What a news copy's sentences make of the documents they name: a direction recalled ("theo chỉ đạo của … tại Chỉ thị
 * số …") is a mention unless the sentence issues the document; what follows the sentence that issues the document
 * ("Theo đó, UBND tỉnh yêu cầu …") is its content, whose documents are mentioned; a page's headline is a phrase of its
 * own, whose verb ("Triển khai các nhiệm vụ cấp bách …") carries nothing over to the lines below.
 */
import { extract } from '../../../src/ingest/pipeline';

const parse = (text: string) => extract({ path: 'page.txt', text, sha256: '0'.repeat(64), format: 'TEXT' });
const relations = (text: string) => Object.fromEntries(parse(text).citations.map((c) => [c.symbol ?? c.raw, c.relation]));

describe('CITES: a direction recalled ("theo chỉ đạo của … tại …")', () => {
  // quangnam.gov.vn, Công văn 2779/UBND-KTN of 2020 on drought and salinity.
  it('"Theo đó, UBND tỉnh yêu cầu … tiếp tục triển khai … theo chỉ đạo của UBND tỉnh tại Chỉ thị số 02/CT-UBND …": a standing order, a mention', () => {
    const text = [
      'Tập trung ứng phó với nắng nóng, hạn hán và xâm nhập mặn',
      'Ngày 25/5, UBND tỉnh đã ban hành Công văn số 2779/UBND-KTN về chỉ đạo tập trung ứng phó với nắng nóng, hạn hán và xâm nhập mặn.',
      '',
      'Theo đó, UBND tỉnh yêu cầu các Sở, ngành, đơn vị liên quan và UBND các huyện, thị xã, thành phố tiếp tục triển khai thực hiện nghiêm các biện pháp phòng, chống hạn hán, thiếu nước và nhiễm mặn theo chỉ đạo của UBND tỉnh tại Chỉ thị số 02/CT-UBND ngày 09/01/2020 và Công văn số 1972/UBND-KTN ngày 10/4/2020; chỉ đạo của Thủ tướng Chính phủ tại Chỉ thị số 04/CT-TTg ngày 22/01/2020.',
    ].join('\n');
    expect(relations(text)).toEqual({ '02/CT-UBND': 'CITES', '1972/UBND-KTN': 'CITES', '04/CT-TTg': 'CITES' });
  });
  // baoquangnam.vn, on Zika: the sentence that issues the letter names what it carries out.
  it('"UBND tỉnh vừa có công văn yêu cầu … theo chỉ đạo của Chủ tịch UBND tỉnh tại Công điện khẩn số 05/QĐ-UBND …" still IMPLEMENTS', () => {
    const text = 'Triển khai phòng chống dịch bệnh do vi rút Zika gây nên\n\nĐể phòng chống dịch bệnh do vi rút Zika gây nên, UBND tỉnh vừa có công văn yêu cầu các sở, ban, ngành và các địa phương triển khai thực hiện các biện pháp phòng chống dịch theo chỉ đạo của Chủ tịch UBND tỉnh tại Công điện khẩn số 05/QĐ-UBND ngày 15.9.2015 về việc tăng cường công tác phòng, chống dịch trên địa bàn tỉnh.';
    expect(relations(text)['05/QĐ-UBND']).toBe('IMPLEMENTS');
  });
});

describe('CITES: the sentences after the one that issues the document', () => {
  // baonamdinh.vn, Công văn 65/UBND-VP5 of 2019: the headline, its date stamp and the intro run into one paragraph.
  it('"<headline>" / "Cập nhật lúc …" / "Ngày 28-1, UBND tỉnh ban hành Công văn số 65/UBND-VP5 …. Theo đó, UBND tỉnh yêu cầu … triển khai các nội dung tại Văn bản số 25/TB-VPCP …; Văn bản số 914/UBND-VP5 …"', () => {
    const text = [
      'Triển khai các nhiệm vụ cấp bách bảo đảm trật tự an toàn giao thông Tết Kỷ Hợi 2019',
      'Cập nhật lúc15:53, Thứ Sáu, 01/02/2019 (GMT+7)',
      '',
      'Ngày 28-1, UBND tỉnh ban hành Công văn số 65/UBND-VP5 về việc triển khai các nhiệm vụ cấp bách bảo đảm trật tự an toàn giao thông Tết Kỷ Hợi 2019. Theo đó, UBND tỉnh yêu cầu các cơ quan, đơn vị nghiêm túc triển khai các nội dung tại Văn bản số 25/TB-VPCP ngày 19-1-2019 của Văn phòng Chính phủ về thông báo Kết luận của Phó Thủ tướng Thường trực; Văn bản số 914/UBND-VP5 ngày 20-12-2018 của UBND tỉnh về việc bảo đảm trật tự an toàn giao thông trong dịp Tết Dương lịch. Công an tỉnh thực hiện nghiêm Chỉ thị số 01/CT-BCA ngày 9-1-2019 của Bộ trưởng Bộ Công an; Kế hoạch số 196/KH-C08-P8 ngày 14-1-2019 của Cục Cảnh sát giao thông, Bộ Công an.',
    ].join('\n');
    expect(relations(text)).toEqual({ '25/TB-VPCP': 'CITES', '914/UBND-VP5': 'CITES', '01/CT-BCA': 'CITES', '196/KH-C08-P8': 'CITES' });
  });
  // quocphongthudo.vn, on Nghị quyết 19-NQ/TW of 2022: what the resolution looks back on is no mandate of the page.
  it('"… đã ban hành Nghị quyết số 19-NQ/TW …. Nghị quyết 19-NQ/TW đã khẳng định những thành tựu … sau gần 15 năm thực hiện Nghị quyết 26-NQ/TW"', () => {
    const text = 'Đưa tam nông lên tầm phát triển mới\nQPTĐ-Hội nghị lần thứ 5, Ban Chấp hành Trung ương Đảng, khóa XIII đã ban hành Nghị quyết số 19-NQ/TW ngày 16/6/2022 về nông nghiệp, nông dân, nông thôn đến năm 2030, tầm nhìn đến năm 2045. Nghị quyết 19-NQ/TW đã khẳng định những thành tựu to lớn sau gần 15 năm thực hiện Nghị quyết 26-NQ/TW (ban hành tháng 8/2008).';
    expect(relations(text)['26-NQ/TW']).toBe('CITES');
  });
  // (The headline listing its verbs still carries out what it names: a Chỉ thị of the Bộ Chính trị told by the news.)
  it('"Tổ chức học tập, tuyên truyền, triển khai Nghị quyết Đại hội XIII" (headline) / "… ký ban hành Chỉ thị về việc …": IMPLEMENTS', () => {
    const text = 'Tổ chức học tập, tuyên truyền, triển khai Nghị quyết Đại hội XIII\nTổng bí thư, Chủ tịch nước Nguyễn Phú Trọng vừa thay mặt Bộ Chính trị ký ban hành Chỉ thị về việc nghiên cứu, học tập, quán triệt, tuyên truyền và triển khai thực hiện Nghị quyết Đại hội XIII của Đảng.';
    expect(parse(text).citations.find((c) => c.raw === 'Nghị quyết Đại hội XIII')?.relation).toBe('IMPLEMENTS');
  });
});

describe('CITES: what the document carried out details', () => {
  // socongthuong.daklak.gov.vn, Công văn 8395/UBND-TH of 2020: the decision carried out details the resolution it names.
  it('"… về việc thực hiện Quyết định số 26/2020/QĐ-TTg … của Thủ tướng Chính phủ quy định chi tiết thi hành một số điều của Nghị quyết số 973/2020/UBTVQH14 …"', () => {
    const text = 'Ngày 17/9/2020, UBND tỉnh ban hành Công văn số 8395/UBND-TH gửi các Sở, ban, ngành, UBND các huyện, thị xã, thành phố về việc thực hiện Quyết định số 26/2020/QĐ-TTg ngày 14/9/2020 của Thủ tướng Chính phủ quy định chi tiết thi hành một số điều của Nghị quyết số 973/2020/UBTVQH14 ngày 08/7/2020 của Ủy ban Thường vụ Quốc hội quy định về các nguyên tắc, tiêu chí và định mức phân bổ vốn đầu tư công nguồn ngân sách nhà nước giai đoạn 2021-2025.';
    expect(relations(text)).toEqual({ '26/2020/QĐ-TTg': 'IMPLEMENTS', '973/2020/UBTVQH14': 'CITES' });
  });
});

describe('CITES: a change told in the passive ("Bị thay thế …", "Được sửa đổi …")', () => {
  // vbpl.vn's validity history of Tây Ninh's Quyết định 30/2013/QĐ-UBND: the later decisions change it, not it them.
  it('"06/05/2019 Bị thay thế 14/2019/QĐ-UBND" under "Lịch sử hiệu lực": a mention, no REPLACES', () => {
    const text = [
      '• Hiệu lực: Hết hiệu lực toàn bộ', '  • Ngày có hiệu lực: 19/07/2013', 'Lịch sử hiệu lực: Quyết định 30/2013/QĐ-UBND', 'Ngày Trạng thái Văn bản nguồn Phần hết hiệu lực',
      '09/07/2013 Văn bản được ban hành 30/2013/QĐ-UBND', '09/01/2015 Được sửa đổi 79/2014/QĐ-UBND', '06/05/2019 Văn bản hết hiệu lực 30/2013/QĐ-UBND', '06/05/2019 Bị thay thế 14/2019/QĐ-UBND',
    ].join('\n');
    expect(relations(text)['14/2019/QĐ-UBND']).toBe('CITES');
  });
  it('the active "Quyết định này thay thế Quyết định số …" still REPLACES', () => {
    expect(relations('QUYẾT ĐỊNH\nVề việc ban hành Quy chế\nĐiều 3. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 12/2010/QĐ-UBND ngày 5/3/2010.')['12/2010/QĐ-UBND']).toBe('REPLACES');
  });
});

describe('IMPLEMENTS: a numberless document named by its own kind, carrying out a congress resolution named by its term', () => {
  it('"… Huyện ủy Tây Giang khai mạc hội nghị … triển khai chương trình hành động thực hiện Nghị quyết Đại hội đại biểu Đảng bộ huyện nhiệm kỳ 2020 - 2025"', () => {
    expect(relations('Tây Giang đưa nghị quyết vào cuộc sống\n\n(QNO) - Ngày 9.9, Huyện ủy Tây Giang khai mạc hội nghị lần thứ 2 (khóa XVII) triển khai chương trình hành động thực hiện Nghị quyết Đại hội đại biểu Đảng bộ huyện nhiệm kỳ 2020 - 2025.\n\nChương trình hành động gồm 4 nhóm giải pháp. Một số chỉ tiêu cụ thể như: thu ngân sách hằng năm tăng 10 - 12%.')).toEqual({
      'Nghị quyết Đại hội đại biểu Đảng bộ huyện nhiệm kỳ 2020 - 2025': 'IMPLEMENTS',
    });
  });
});

describe('CITES: the list a sentence\'s own verb opens ("…, <body> đã gửi …:")', () => {
  it('"Thực hiện Kế hoạch số 147-KH/BDVTW …, Ban Dân vận Trung ương đã gửi Ban Dân vận các tỉnh ủy, thành ủy:" / "- Hướng dẫn số 332-HD/BDVTW …"', () => {
    expect(relations([
      'Công văn số 454-CV/BDVTW ngày 24/9/2015 của Ban Dân vận Trung ương về việc báo cáo tình hình các tầng lớp Nhân dân góp ý Văn kiện Đại hội XII của Đảng',
      '',
      'Thực hiện Kế hoạch số 147-KH/BDVTW, ngày 19/5/2015 của Ban Dân vận Trung ương về “Kế hoạch báo cáo tình hình Nhân dân”, Ban Dân vận Trung ương đã gửi Ban Dân vận các tỉnh ủy, thành ủy:',
      '',
      '- Hướng dẫn số 332-HD/BDVTW, ngày 29/9/2014 về “Thực hiện Chỉ thị số 36-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp”;',
      '',
      '- Công văn số 256-CV/BDVTW, ngày 10/7/2015 “V/v báo cáo tình hình đại hội đảng bộ cấp trên cơ sở”.',
      '',
      'Ban Dân vận Trung ương yêu cầu Ban Dân vận các tỉnh ủy, thành ủy tiếp tục tham mưu thường trực tỉnh ủy, thành ủy chỉ đạo.',
    ].join('\n'))).toEqual({ '147-KH/BDVTW': 'IMPLEMENTS', '332-HD/BDVTW': 'CITES', '36-CT/TW': 'CITES', '256-CV/BDVTW': 'CITES' });
  });
});

describe('CITES: a document the title reviews ("tổng kết", "sơ kết")', () => {
  it('"Thay mặt Bộ Chính trị, … ký ban hành Kết luận số 203-KL/TW về tiếp tục … và tổng kết Nghị quyết số 05-NQ/TW, ngày 01/11/2016 …"', () => {
    expect(relations('TPO - Bộ Chính trị giao Ban Chính sách, Chiến lược Trung ương xây dựng dự thảo Nghị quyết.\n\nThay mặt Bộ Chính trị, Tổng Bí thư Tô Lâm đã ký ban hành Kết luận số 203-KL/TW về tiếp tục tập trung thực hiện các nhiệm vụ, giải pháp nhằm bảo đảm thực hiện ở mức cao nhất mục tiêu tăng trưởng năm 2025 và tổng kết Nghị quyết số 05-NQ/TW, ngày 01/11/2016 của Ban Chấp hành Trung ương Đảng khoá XII.')).toEqual({ '05-NQ/TW': 'CITES' });
  });
  it('"… ban hành Kế hoạch số 30-KH/TU ngày 8/6/2021 về sơ kết thực hiện Nghị quyết Trung ương 4 (khóa XII), Chương trình hành động số 15-CTr/TU …": both of its list', () => {
    expect(relations('TTTĐ - Ban Thường vụ Thành ủy Hà Nội vừa ban hành Kế hoạch số 30-KH/TU ngày 8/6/2021 về sơ kết thực hiện Nghị quyết Trung ương 4 (khóa XII), Chương trình hành động số 15-CTr/TU của Thành ủy (khóa XVI) về tăng cường xây dựng, chỉnh đốn Đảng.')).toEqual({ 'Nghị quyết Trung ương 4 (khóa XII)': 'CITES', '15-CTr/TU': 'CITES' });
  });
});

describe('CITES: a sentence recalling what came before ("Trước đó, …")', () => {
  it('"… theo quy định…" / "Trước đó, ngày 14-11, Bộ Công an ban hành Điện số 481/ĐK-HT chỉ đạo …": an earlier document', () => {
    expect(relations([
      'Công an cả nước đồng loạt ra quân trấn áp tội phạm',
      '',
      'Bộ trưởng cũng yêu cầu thủ trưởng công an các đơn vị, địa phương tăng cường công tác chỉ huy, chỉ đạo. Các đơn vị thường xuyên theo dõi, đôn đốc thực hiện tại địa bàn cơ sở; thực hiện nghiêm chế độ thông tin, báo cáo theo quy định…',
      '',
      'Trước đó, ngày 14-11, Bộ Công an ban hành Điện số 481/ĐK-HT chỉ đạo công an các đơn vị, địa phương triển khai cao điểm tấn công, trấn áp tội phạm.',
    ].join('\n'))).toEqual({ '481/ĐK-HT': 'CITES' });
  });
});
