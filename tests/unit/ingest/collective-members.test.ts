import { normalise } from '../../../src/ingest/normalise';
import { readRestatedTasks } from '../../../src/ingest/readers/restated-tasks';
import { splitAgencies } from '../../../src/ingest/agencies';

describe('a collective followed by the bodies it stands for, in parentheses, is those bodies', () => {
  it('"Các cơ quan chủ chương trình (Bộ Nông nghiệp và Môi trường, Bộ Dân tộc và Tôn giáo) khẩn trương …"', () => {
    // nghean.gov.vn (from baochinhphu.vn, 11/8/2025), the Deputy Prime Minister on the national target programmes.
    const [task] = readRestatedTasks(normalise('Các cơ quan chủ chương trình (Bộ Nông nghiệp và Môi trường, Bộ Dân tộc và Tôn giáo) khẩn trương tổ chức rà soát, tổng hợp đề xuất của các Bộ, cơ quan trung ương và địa phương không còn nhu cầu sử dụng vốn.').lines);
    expect(task.leadRaw).toEqual(['Bộ Nông nghiệp và Môi trường', 'Bộ Dân tộc và Tôn giáo']);
    // ("chủ chương trình" holds no verb "trình": the name does not end inside it.)
    expect(task.text.startsWith('Các cơ quan chủ chương trình')).toBe(true);
  });

  it('a parenthesis naming no body keeps the collective: "các công ty lọc hóa dầu (Nghi Sơn, Bình Sơn)"', () => {
    expect(splitAgencies('các công ty lọc hóa dầu (Nghi Sơn, Bình Sơn)')).toEqual(['các công ty lọc hóa dầu (Nghi Sơn, Bình Sơn)']);
  });
});
