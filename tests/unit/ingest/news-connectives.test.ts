import { normalise } from '../../../src/ingest/normalise';
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
