/**
 * Ministries listed by their fields after "các bộ:": a head or a body of ministerial rank named at the list's end is
 * that body, not a ministry's field. Real text: the Prime Minister's Công điện 152/CĐ-TTg of 2025 as 24h restated it.
 */
import { ministryFields } from '../../../src/ingest/ministry-lists';
import { extract } from '../../../src/ingest/pipeline';

describe('a list of ministries by their fields', () => {
  it('"Công an, Tài chính, Thống đốc Ngân hàng Nhà nước Việt Nam": two ministries and the State Bank', () => {
    expect(ministryFields('Công an, Tài chính, Thống đốc Ngân hàng Nhà nước Việt Nam').names).toEqual(['Bộ Công an', 'Bộ Tài chính', 'Ngân hàng Nhà nước Việt Nam']);
  });

  it('fields whose names hold "và" or a comma stay whole', () => {
    expect(ministryFields('Tài chính, Kế hoạch và Đầu tư, Văn hóa, Thể thao và Du lịch').names).toEqual(['Bộ Tài chính', 'Bộ Kế hoạch và Đầu tư', 'Bộ Văn hóa, Thể thao và Du lịch']);
  });

  it('in a restated telegram the ministers and the governor lead for their bodies', () => {
    const text = 'Thủ tướng Chính phủ Phạm Minh Chính vừa ký Công điện số 152/CĐ-TTg về việc tặng quà nhân dịp kỷ niệm Quốc khánh. Công điện nêu rõ: Bộ trưởng các bộ: Công an, Tài chính, Thống đốc Ngân hàng Nhà nước Việt Nam tập trung chỉ đạo, hướng dẫn các địa phương bảo đảm an ninh, an toàn.';
    const task = extract({ path: 'p.txt', text, sha256: '0'.repeat(64), format: 'TEXT' }).tasks.find((t) => t.text.startsWith('Bộ trưởng các bộ'));
    expect(task?.lead).toEqual(['Bộ Công an', 'Bộ Tài chính', 'Ngân hàng Nhà nước Việt Nam']);
  });
});
