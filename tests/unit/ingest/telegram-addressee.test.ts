/**
 * A telegram to one body (src/ingest/telegram-addressee.ts): "ĐIỆN: Bộ Công Thương" over numbered items naming no body
 * of their own makes each item that body's task; a telegram to several bodies is not read so. Real lines from
 * luatminhkhue.vn's copy of Công điện 15/CĐ-TW of the central steering committee for disaster prevention (2016).
 */
import { extract } from '../../../src/ingest/pipeline';

const header = ['BAN CHỈ ĐẠO TRUNG ƯƠNG VỀ PHÒNG, CHỐNG THIÊN TAI', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', '', 'Số: 15/CĐ-TW', '', 'Hà Nội, ngày 28 tháng 07 năm 2016', '', 'CÔNG ĐIỆN KHẨN', ''];
const items = [
  'Tối ngày 27/7 bão số 1 đã đổ bộ vào các tỉnh ven biển từ Nam Quảng Ninh đến Bắc Thanh Hóa với gió cấp 8-9.', '',
  '1. Tập trung chỉ đạo huy động lực lượng, vật tư, phương tiện bằng mọi biện pháp khắc phục ngay sự cố mất điện tại các tỉnh đồng bằng, trung du Bắc Bộ.', '',
  '2. Chỉ đạo kịp thời để đảm bảo việc cấp điện phục vụ sản xuất và sinh hoạt trong đợt mưa lũ này.', '',
  '- Như trên;', '- Văn phòng Chính phủ;', '', 'KT. BỘ TRƯỞNG - TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN THƯỜNG TRỰC', 'Hoàng Văn Thắng',
];
const tasks = (address: string) => extract({ path: 'cd.txt', sha256: 't', format: 'TEXT', text: [...header, address, '', ...items].join('\n') }).tasks;

describe('a telegram to one body', () => {
  it('"ĐIỆN:Bộ Công Thương" over bare numbered items: each item is the ministry\'s task', () => {
    expect(tasks('ĐIỆN:Bộ Công Thương').map((t) => [t.ordinal, t.lead, t.text.slice(0, 30)])).toEqual([
      ['1', ['Bộ Công Thương'], 'Tập trung chỉ đạo huy động lực'],
      ['2', ['Bộ Công Thương'], 'Chỉ đạo kịp thời để đảm bảo vi'],
    ]);
  });
  it('the items\' lead is read from the address line, and says so', () => {
    for (const t of tasks('ĐIỆN:Bộ Công Thương')) expect(t.leadFrom).toMatchObject({ how: "the telegram's addressee", text: 'ĐIỆN:Bộ Công Thương', span: { startLine: 11, endLine: 11 } });
  });
  it('a telegram to several bodies says in each item whose work it is: no lead is guessed', () => {
    expect(tasks('ĐIỆN: Bộ Công Thương; Bộ Nông nghiệp và Phát triển nông thôn; Ủy ban nhân dân các tỉnh')).toEqual([]);
  });
});
