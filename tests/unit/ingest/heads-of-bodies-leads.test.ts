/**
 * Heads of several bodies addressed as the leads (src/ingest/agencies.ts): "Chủ tịch UBND tỉnh yêu cầu Chánh Thanh tra
 * tỉnh; người đứng đầu các sở, ban, ngành thuộc tỉnh; chủ tịch UBND huyện, thành phố căn cứ kế hoạch … có trách nhiệm …",
 * "… yêu cầu chủ tịch UBND các huyện, thành phố, giám đốc các sở, ban, ngành và thủ trưởng các cơ quan liên quan phối hợp
 * …", "Thống đốc NHNN yêu cầu Giám đốc các NHNN chi nhánh tỉnh nêu trên nghiêm túc kiểm điểm …": each head, in capitals or
 * written in lower case inside the list, stands for the body or collective he heads. Lines from thanhtra.tuyenquang.gov.vn
 * (2024), baoquangnam.vn (Chỉ thị 20/CT-UBND, 2013) and nhipcaudautu.vn (2012).
 */
import { canonicalAgencyName, opensAgency } from '../../../src/ingest/agencies';
import { extract } from '../../../src/ingest/pipeline';

const tasksOf = (text: string) => extract({ path: 'x.txt', sha256: 'h', format: 'TEXT', text }).tasks.map((t) => ({ text: t.text.slice(0, 40), lead: t.lead }));

describe('heads of several bodies as leads', () => {
  it('"Chánh Thanh tra tỉnh; người đứng đầu các sở, ban, ngành thuộc tỉnh; chủ tịch UBND huyện, thành phố căn cứ … có trách nhiệm …"', () => {
    const tasks = tasksOf('Chủ tịch UBND tỉnh yêu cầu Chánh Thanh tra tỉnh; người đứng đầu các sở, ban, ngành thuộc tỉnh; chủ tịch UBND huyện, thành phố căn cứ kế hoạch thanh tra năm 2024 đã được Chủ tịch UBND tỉnh ban hành có trách nhiệm tổ chức thông báo ngay kế hoạch thanh tra đến đối tượng thanh tra thuộc phạm vi quản lý của ngành, địa phương.\n\nChủ tịch UBND tỉnh giao Chánh Thanh tra tỉnh theo dõi, tổng hợp, báo cáo kết quả thực hiện kế hoạch thanh tra của thanh tra sở, thanh tra huyện với Chủ tịch UBND tỉnh theo quy định.');
    expect(tasks[0]).toEqual({ text: 'Chánh Thanh tra tỉnh; người đứng đầu các', lead: ['Thanh tra tỉnh', 'Các sở, ban, ngành thuộc tỉnh', 'Ủy ban nhân dân huyện, thành phố'] });
    expect(tasks[tasks.length - 1].lead).toEqual(['Thanh tra tỉnh']);
  });
  it('"… yêu cầu chủ tịch UBND các huyện, thành phố, giám đốc các sở, ban, ngành và thủ trưởng các cơ quan liên quan phối hợp …"', () => {
    const tasks = tasksOf('UBND tỉnh vừa có Chỉ thị số 20/CT-UBND yêu cầu chủ tịch UBND các huyện, thành phố, giám đốc các sở, ban, ngành và thủ trưởng các cơ quan liên quan phối hợp triển khai nhiệm vụ để bảo đảm thực hiện thắng lợi vụ sản xuất đông xuân 2013 - 2014.');
    expect(tasks.map((t) => t.lead)).toEqual([['Ủy ban nhân dân các huyện, thành phố', 'Các sở, ban, ngành', 'Các cơ quan liên quan']]);
  });
  it('"Giám đốc các NHNN chi nhánh tỉnh nêu trên": the heads of a collective stand for it', () => {
    expect(canonicalAgencyName('Giám đốc các NHNN chi nhánh tỉnh nêu trên')).toBe('Các Ngân hàng Nhà nước chi nhánh tỉnh nêu trên');
    expect(opensAgency('chủ tịch UBND huyện, thành phố căn cứ kế hoạch')).toBe(true);
    // (A chairman's work named in lower case is no head: "chủ trì, phối hợp …".)
    expect(opensAgency('chủ trì, phối hợp với các sở')).toBe(false);
  });
});
