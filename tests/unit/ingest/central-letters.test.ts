/**
 * Central bodies' letters and their addressees (issue 7, part 2), each in a few real lines: the directions a
 * Government Office letter conveys after "… có ý kiến (chỉ đạo) như sau:", numbered or not, "1.Giao" glued;
 * heads of bodies standing for their bodies ("Bộ trưởng các bộ: Quốc phòng, Công an", "Thống đốc Ngân hàng Nhà
 * nước Việt Nam"); ministries listed by their short names ("Các Bộ: Nông nghiệp …, Tài chính").
 */
import { bodiesOfHeads } from '../../../src/ingest/heads-of-bodies';
import { extract } from '../../../src/ingest/pipeline';
import { inlineAssignment } from '../../../src/ingest/tasks';
import { normalise } from '../../../src/ingest/normalise';
import { readRestatedTasks } from '../../../src/ingest/readers/restated-tasks';

const run = (lines: string[]) => extract({ path: 'doc.txt', sha256: 'x', format: 'TEXT', text: lines.join('\n') });
const HEADER = ['VĂN PHÒNG CHÍNH PHỦ', '-------', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập – Tự do – Hạnh phúc', '', 'Số: 2622/VPCP-TCCV', 'V/v chỉ đạo của Thủ tướng về việc tổ chức thực hiện Đề án 30', '', 'Hà Nội, ngày 23 tháng 04 năm 2009', ''];

describe('heads of bodies stand for their bodies', () => {
  test('"Bộ trưởng các bộ: Quốc phòng, Công an, Tài chính; Thống đốc …, Tổng giám đốc các cơ quan: …"', () => {
    expect(bodiesOfHeads('Bộ trưởng các bộ: Quốc phòng, Công an, Tài chính; Thống đốc Ngân hàng Nhà nước Việt Nam, Tổng giám đốc các cơ quan: Ngân hàng Phát triển Việt Nam, Bảo hiểm xã hội Việt Nam'))
      .toEqual(['Bộ Quốc phòng', 'Bộ Công an', 'Bộ Tài chính', 'Ngân hàng Nhà nước Việt Nam', 'Ngân hàng Phát triển Việt Nam', 'Bảo hiểm xã hội Việt Nam']);
  });
  test('"Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh …": one collective, then the provinces', () => {
    expect(bodiesOfHeads('Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương'))
      .toEqual(['các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ', 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương']);
    expect(bodiesOfHeads('các bộ trưởng, thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ')).toEqual(['các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ']);
  });
  test('"Các Bộ: Nông nghiệp và Phát triển nông thôn, Tài chính, Thông tin và Truyền thông": ministries by their short names ("và" inside a name stays)', () => {
    expect(bodiesOfHeads('Các Bộ: Nông nghiệp và Phát triển nông thôn, Tài chính, Thông tin và Truyền thông'))
      .toEqual(['Bộ Nông nghiệp và Phát triển nông thôn', 'Bộ Tài chính', 'Bộ Thông tin và Truyền thông']);
  });
  test('bodies named as bodies are left as they are', () => {
    expect(bodiesOfHeads('Bộ Kế hoạch và Đầu tư, Bộ Tư pháp')).toEqual(['Bộ Kế hoạch và Đầu tư', 'Bộ Tư pháp']);
  });
});

describe('the directions of a Government Office letter', () => {
  test('numbered items glued to their text ("1.Giao …") after "… có ý kiến chỉ đạo như sau:", each led by the bodies it names', () => {
    const x = run([
      ...HEADER,
      'Xét Báo cáo của Văn phòng Chính phủ (Công văn số 2444/VPCP-TCCV ngày 16 tháng 4 năm 2009), Thủ tướng Chính phủ Nguyễn Tấn Dũng có ý kiến chỉ đạo như sau:',
      '',
      '1.Giao Bộ trưởng các bộ: Quốc phòng, Công an, Tài chính; Thống đốc Ngân hàng Nhà nước Việt Nam, trong tháng 6 năm 2009 thống kê đầy đủ các phiên bản thủ tục hành chính.',
      '',
      '2.Giao Bộ trưởng Bộ Ngoại giao trong tháng 6 năm 2009 công bố công khai đầy đủ các phiên bản thủ tục hành chính.',
      '',
      'Văn phòng Chính phủ xin thông báo để các cơ quan biết, thực hiện./.',
    ]);
    expect(x.tasks.map((t) => [t.text.slice(0, 30), t.lead])).toEqual([
      ['Giao Bộ trưởng các bộ: Quốc ph', ['Bộ Quốc phòng', 'Bộ Công an', 'Bộ Tài chính', 'Ngân hàng Nhà nước Việt Nam']],
      ['Giao Bộ trưởng Bộ Ngoại giao t', ['Bộ Ngoại giao']],
    ]);
    expect(x.tasks[1].deadline).toMatchObject({ raw: 'trong tháng 6 năm 2009', end: '2009-06-30' });
  });
  test('"Đồng ý …, đồng thời giao Bộ Y tế chủ trì, phối hợp với Bộ Tài chính xác định …": the task reads from "giao", the coordinator ends at its verb', () => {
    const x = run([
      ...HEADER,
      'Về đề nghị của Bộ Tài chính tại công văn số 3334/TC-HCSN ngày 10 tháng 4 năm 2003, thay mặt Thủ tướng Chính phủ, Phó Thủ tướng Phạm Gia Khiêm có ý kiến như sau:',
      '',
      'Đồng ý về nguyên tắc hỗ trợ kinh phí cho bệnh viện Việt-Pháp, đồng thời giao Bộ Y tế chủ trì, phối hợp với Bộ Tài chính xác định mức hỗ trợ cụ thể.',
      '',
      'Văn phòng Chính phủ xin thông báo để các Bộ biết, thực hiện./.',
    ]);
    expect(x.tasks.map((t) => [t.text, t.lead, t.coordinators])).toEqual([
      ['giao Bộ Y tế chủ trì, phối hợp với Bộ Tài chính xác định mức hỗ trợ cụ thể', ['Bộ Y tế'], ['Bộ Tài chính']],
    ]);
  });
  test('"2. Đối với những vấn đề thuộc thẩm quyền, Bộ Thương mại cần …": the subject after a fronted adverbial leads; "1. Yêu cầu các Bộ, ngành theo chức năng …" ends the name at "theo"', () => {
    const x = run([
      ...HEADER,
      'Sau khi xem xét báo cáo của Bộ Thương mại, Thủ tướng Chính phủ có ý kiến như sau:',
      '',
      '1. Yêu cầu các Bộ, ngành theo chức năng, thẩm quyền, chủ động nghiên cứu, xử lý các vấn đề Bộ Thương mại đã tổng hợp.',
      '',
      '2. Đối với những vấn đề thuộc thẩm quyền, Bộ Thương mại cần có lịch trình xử lý công việc cụ thể; phối hợp với các Bộ, ngành trong việc xây dựng các chính sách.',
    ]);
    expect(x.tasks.map((t) => [t.lead, t.coordinators])).toEqual([[['Các Bộ, ngành'], []], [['Bộ Thương mại'], ['Các Bộ, ngành']]]);
  });
  test('the recipients ("Kính gửi: - Các Bộ: …") and the closing formula are no directions', () => {
    const x = run([
      ...HEADER,
      'Kính gửi:',
      '- Các Bộ: Thương mại, Tài chính, Kế hoạch đầu tư.',
      'Thủ tướng Chính phủ có ý kiến như sau:',
      'Giao Bộ Thương mại chủ trì xây dựng lịch trình xử lý các kiến nghị của địa phương.',
      'Văn phòng Chính phủ xin thông báo để các Bộ biết, thực hiện./.',
    ]);
    expect(x.tasks.map((t) => t.lead)).toEqual([['Bộ Thương mại']]);
  });
});

describe('addressees named once before numbered tasks', () => {
  test('"… đề nghị Ban Dân vận các tỉnh ủy, … chủ trì tham mưu với cấp ủy một số nội dung sau:" leads the items that name no body', () => {
    const x = run([
      'Công văn số 1316-CV/BDVTW ngày 01/11/2017 của Ban Dân vận Trung ương về việc triển khai thực hiện Quyết định số 99-QĐ/TW',
      '',
      'Để tổ chức quán triệt, triển khai thực hiện Quyết định đạt hiệu quả, Ban Dân vận Trung ương đề nghị Ban Dân vận các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương chủ trì tham mưu với cấp ủy một số nội dung sau:',
      '',
      '1. Tổ chức quán triệt, triển khai thực hiện Quyết định số 99-QĐ/TW đến các cấp ủy, tổ chức đảng.',
      '',
      '2. Nghiên cứu, cụ thể hóa các nội dung của Hướng dẫn khung thành các quy chế, quy định.',
    ]);
    expect(x.tasks.map((t) => t.lead)).toEqual([['Ban Dân vận các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương'], ['Ban Dân vận các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương']]);
  });
  test('"… từ Trung ương đến cơ sở" closing the list of addressees is their scope, no part of a name', () => {
    const x = run([
      'KẾ HOẠCH',
      'Số: 12-KH/TW',
      'Bộ Chính trị yêu cầu các cấp ủy, tổ chức đảng, các cơ quan nhà nước, Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội từ Trung ương đến cơ sở thực hiện tốt các nội dung sau:',
      '1. Mở đợt sinh hoạt chính trị sâu rộng trong toàn quốc về nội dung của Kết luận.',
    ]);
    expect(x.tasks[0].lead.at(-1)).toBe('Các tổ chức chính trị - xã hội');
  });
});

describe('ministries abbreviated by their initials', () => {
  test('"Bộ TTTT", "Bộ TT&TT", "Bộ KH&ĐT" are the ministries', () => {
    const x = run([
      ...HEADER,
      'Thủ tướng Chính phủ có ý kiến như sau:',
      'Giao Bộ TTTT chủ trì, phối hợp với Bộ KH&ĐT hoàn thiện quy chế hoạt động của Tổ công tác.',
    ]);
    expect(x.tasks.map((t) => [t.lead, t.coordinators])).toEqual([[['Bộ Thông tin và Truyền thông'], ['Bộ Kế hoạch và Đầu tư']]]);
  });
  test('"Bộ TTTT cũng tiếp nhận …": the adverb after the subject is no part of its name', () => {
    expect(inlineAssignment('Bộ TTTT cũng tiếp nhận các đề án về Chính phủ điện tử hiện đang được Văn phòng Chính phủ theo dõi').lead).toEqual(['Bộ TTTT']);
  });
});

describe('a unit named alone before its items, as a news page copies a letter', () => {
  test('"1. Giao Bộ Y tế:" leads the numbered items after it; the next "Giao …" names its own', () => {
    const x = run([
      'Chính phủ chỉ đạo: Bộ Thông tin và Truyền thông phối hợp với Bộ Y tế chỉ đạo công tác phòng chống dịch',
      '',
      '(Mic.gov.vn) - Văn phòng Chính phủ vừa có công văn số 3987/VPCP-KGVX ngày 12/6/2009 thông báo ý kiến của Phó Thủ tướng Chính phủ chỉ đạo công tác phòng chống dịch cúm A/H1N1:',
      '',
      '  1. Giao Bộ Y tế:',
      '  1. Tiếp tục phối hợp chặt chẽ với các Bộ, ngành, địa phương trong nước để nắm chắc tình hình diễn biến dịch.',
      '  2. Kịp thời báo cáo Thủ tướng Chính phủ các diễn biến bất thường của dịch cúm A (H1N1).',
      '  1. Giao Bộ Thông tin và Truyền thông: phối hợp với Bộ Y tế chỉ đạo các phương tiện thông tin đại chúng.',
    ]);
    expect(x.tasks.map((t) => [t.text.slice(0, 20), t.lead])).toEqual([
      ['Tiếp tục phối hợp ch', ['Bộ Y tế']],
      ['Kịp thời báo cáo Thủ', ['Bộ Y tế']],
      ['Bộ Thông tin và Truy', ['Bộ Thông tin và Truyền thông']],
    ]);
  });
});

test('"Bộ này cũng chủ trì …" in a news restatement is the ministry the sentence before named', () => {
  const lines = normalise('Bộ Công Thương tiếp tục điều hành giá bán xăng E5 phù hợp với thị trường. Bộ này cũng chủ trì, rà soát hoạt động của các nhà máy sản xuất etanol.').lines.filter((l) => l.text.trim());
  expect(readRestatedTasks(lines).map((t) => t.leadRaw)).toEqual([['Bộ Công Thương'], ['Bộ Công Thương']]);
});

