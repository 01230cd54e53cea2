/** The province a news headline opens with as its subject. */
import { normalise } from '../../../../src/ingest/normalise';
import { readHeadlineProvince } from '../../../../src/ingest/readers/headline-province';

const province = (raw: string) => readHeadlineProvince(normalise(raw).lines).province?.value ?? null;

describe('readHeadlineProvince', () => {
  it('after a news agency\'s tag: "(TTV) Tuyên Quang phấn đấu đến năm 2025 tỷ lệ đô thị hóa đạt trên 27%"', () => {
    expect(province('Banner\n\n(TTV) Tuyên Quang phấn đấu đến năm 2025 tỷ lệ đô thị hóa đạt trên 27%\n\nNhiệm vụ này đang được các cấp thực hiện.')).toBe('Tuyên Quang');
  });
  it('after a stored page\'s full date stamp: " date 2025-11-08 Hà Nội yêu cầu …"', () => {
    expect(province(' date 2025-11-08 Hà Nội yêu cầu xử lý dứt điểm 154 trường hợp vi phạm\n\nUBND thành phố vừa có văn bản.')).toBe('Hà Nội');
  });
  it('a place-date line is no headline: "Hà Nội, ngày 12 tháng 3 năm 2025"', () => {
    expect(province('Hà Nội, ngày 12 tháng 3 năm 2025')).toBeNull();
  });
});
