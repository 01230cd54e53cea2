import { normalise } from '../../../src/ingest/normalise';
import { extract } from '../../../src/ingest/pipeline';
import { readRestatedTasks } from '../../../src/ingest/readers/restated-tasks';

const restated = (text: string) => readRestatedTasks(normalise(text).lines).map((t) => ({ text: t.text.slice(0, 30), lead: t.leadRaw }));

describe('news connectives and continued work', () => {
  it('"Cùng với đó, Bộ Tài chính chủ trì, …": a connective before the subject, as "Bên cạnh đó, …"', () => {
    // baoninhthuan.com.vn, the Government's resolution of its August 2015 meeting.
    expect(restated('Bộ Kế hoạch và Đầu tư chủ trì, phối hợp với các Bộ, ngành, địa phương đẩy mạnh huy động các nguồn vốn đầu tư thúc đẩy phát triển kinh tế - xã hội.\nCùng với đó, Bộ Tài chính chủ trì, phối hợp với các Bộ, cơ quan, địa phương chủ động triển khai các giải pháp cân đối thu chi ngân sách nhà nước phù hợp với tình hình thực tế.')).toEqual([
      { text: 'Bộ Kế hoạch và Đầu tư chủ trì,', lead: ['Bộ Kế hoạch và Đầu tư'] },
      { text: 'Bộ Tài chính chủ trì, phối hợp', lead: ['Bộ Tài chính'] },
    ]);
  });

  it('a ";"-clause opening with "thường xuyên" / "tích cực" is more work of the same addressees', () => {
    // vpubnd.haiduong.gov.vn, Công văn 1232/UBND-VP on the 30/4 – 1/5 holiday.
    expect(restated('Chủ tịch UBND tỉnh yêu cầu: từ ngày 30/4/2020 đến hết ngày 03/5/2020, các Đơn vị bố trí, phân công trực hợp lý; thường xuyên nắm tình hình, chủ động xử lý những vấn đề phát sinh.')).toEqual([
      { text: 'từ ngày 30/4/2020 đến hết ngày', lead: ['các Đơn vị'] },
      { text: 'thường xuyên nắm tình hình, ch', lead: ['các Đơn vị'] },
    ]);
  });
});

describe('a fronted "Dưới sự chỉ đạo của …,"', () => {
  // baothainguyen.vn on the province's review of the Party Charter (2009).
  it('"Dưới sự chỉ đạo của cấp ủy, các đảng bộ trực thuộc tiến hành tự kiểm tra …": the subject after the adverbial leads', () => {
    const x = extract({ path: 'news.txt', sha256: 'd', format: 'TEXT', text: [
      'Tỉnh ủy Thái Nguyên kiểm tra việc thi hành Điều lệ Đảng',
      'Ban Thường vụ Tỉnh ủy vừa ban hành kế hoạch kiểm tra việc thi hành Điều lệ Đảng năm 2009.',
      'Dưới sự chỉ đạo của cấp ủy, các đảng bộ trực thuộc tiến hành tự kiểm tra và báo cáo kết quả về Ban Thường vụ Tỉnh ủy trước 30/10.',
    ].join('\n') });
    expect(x.tasks.map((t) => [t.text.slice(0, 22), t.lead])).toEqual([['các đảng bộ trực thuộc', ['Các đảng bộ trực thuộc']]]);
  });
});

describe('a department written in lower case', () => {
  // daklak.gov.vn on dengue (Công văn 2557/UBND-KGVX): "UBND tỉnh giao sở Thông tin và Truyền thông, …".
  it('"… giao sở Thông tin và Truyền thông, các cơ quan thông tin đại chúng phối hợp với Sở Y tế tăng cường …": the department and the media lead', () => {
    const x = extract({ path: 'news.txt', sha256: 'l', format: 'TEXT', text: [
      'Đắk Lắk tăng cường phòng, chống sốt xuất huyết',
      'UBND tỉnh vừa có Công văn số 2557/UBND-KGVX về việc tăng cường công tác phòng, chống sốt xuất huyết.',
      'Theo đó, UBND tỉnh giao sở Thông tin và Truyền thông, các cơ quan thông tin đại chúng phối hợp với Sở Y tế tăng cường, chủ động công tác truyền thông phòng, chống sốt xuất huyết.',
    ].join('\n') });
    expect(x.tasks.map((t) => [t.lead, t.coordinators])).toEqual([[['Sở Thông tin và Truyền thông', 'Các cơ quan thông tin đại chúng'], ['Sở Y tế']]]);
  });
});
