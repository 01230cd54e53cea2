import { rawLines } from '../../../src/ingest/tables';
import { extractIndicators, parseTarget, parseVietnameseNumber, toIndicators } from '../../../src/ingest/indicators';

describe('indicator values', () => {
  test('the decimal comma: 11,0 is eleven, 0,88 is less than one', () => {
    expect(parseVietnameseNumber('11,0')).toBe(11);
    expect(parseVietnameseNumber('0,88')).toBe(0.88);
  });
  test('dots group thousands: 11.430,0 and 12.000', () => {
    expect(parseVietnameseNumber('11.430,0')).toBe(11430);
    expect(parseVietnameseNumber('12.000')).toBe(12000);
  });
  test('comparators: "≥ 68" is at least 68, "< 3,0" is under 3', () => {
    expect(parseTarget('≥ 68')).toEqual({ value: 68, valueMin: 68, valueMax: null, comparator: '≥' });
    expect(parseTarget('< 3,0')).toEqual({ value: 3, valueMin: null, valueMax: 3, comparator: '<' });
    expect(parseTarget('> 90')).toEqual({ value: 90, valueMin: 90, valueMax: null, comparator: '>' });
  });
  test('a footnote marker is not part of the number: "≥ 21[1]"', () => {
    expect(parseTarget('≥ 21[1]')).toMatchObject({ value: 21, comparator: '≥' });
    expect(parseTarget('≥ 30%')).toMatchObject({ value: 30, comparator: '≥' });
  });
  test('a range "65-70", "10 - 12%" has no single value but both bounds; a plain "30" is 30…30', () => {
    expect(parseTarget('65-70')).toEqual({ value: null, valueMin: 65, valueMax: 70, comparator: null });
    expect(parseTarget('10 - 12%')).toMatchObject({ valueMin: 10, valueMax: 12 });
    expect(parseTarget('8,5 – 9,5')).toMatchObject({ valueMin: 8.5, valueMax: 9.5 });
    expect(parseTarget('30')).toEqual({ value: 30, valueMin: 30, valueMax: 30, comparator: null });
  });
  test('ranks, ranges and text targets keep value null', () => {
    expect(parseTarget('≤ 65 Thế giới').value).toBeNull();
    expect(parseTarget('65-70').value).toBeNull();
    expect(parseTarget('≤ 65 Thế giới')).toMatchObject({ valueMin: null, valueMax: null });
    expect(parseTarget('Đứng đầu cả nước').value).toBeNull();
  });
});

describe('indicator tables', () => {
  const text = `PHỤ LỤC 01
CÁC CHỈ TIÊU CHỦ YẾU GIAI ĐOẠN 2026 - 2030
TT Chỉ tiêu phát triển Đơn vi ̣ 2026-2030 Chủ tri ̀báo cáo
I Về kinh tế
1
Tổng sản phẩm trên địa bàn (GRDP) giá
hiện hành
1.000 tỷ đồng 11.430,0 Thống kê HN
2 Tăng trưởng GRDP bình quân % 11,0 Thống kê HN
3 GRDP bình quân/người, năm cuối kỳ Triêụ đồng 310 Thống kê HN
- Quy đổi USD USD 12.000 Thống kê HN
II Về văn hóa, xã hội
4 Tỷ lệ thất nghiệp  % < 3,0 Sở Nôị vu ̣
`;
  const inds = extractIndicators(rawLines(text), { province: 'Hà Nội' });

  test('every row and sub-row is an indicator, with the period from the header column "2026-2030"', () => {
    expect(inds.map((i) => i.ordinal)).toEqual(['1', '2', '3', '-', '4']);
    expect(inds.every((i) => i.period === '2026-2030')).toBe(true);
  });
  test('a name wrapped over two lines, a unit with a number in it, and an abbreviated reporting agency', () => {
    expect(inds[0]).toMatchObject({
      name: 'Tổng sản phẩm trên địa bàn (GRDP) giá hiện hành',
      unit: '1.000 tỷ đồng',
      target: '11.430,0',
      value: 11430,
      agencyRaw: 'Thống kê HN',
      group: 'Về kinh tế',
    });
  });
  test('a "-" sub-row belongs to the row above', () => {
    expect(inds[3]).toMatchObject({ name: 'Quy đổi USD', unit: 'USD', value: 12000, group: 'GRDP bình quân/người, năm cuối kỳ' });
  });
  test('broken PDF diacritics do not hide the unit or the agency', () => {
    expect(inds[2].unit).toBe('Triêụ đồng');
    // The mark detached by a space ("vu ̣") is re-seated by the normaliser; "Nôị" is well-formed NFC and kept.
    expect(inds[4]).toMatchObject({ name: 'Tỷ lệ thất nghiệp', unit: '%', value: 3, comparator: '<', agencyRaw: 'Sở Nôị vụ' });
  });
  test('the contract shape resolves agencies through the given resolver', () => {
    const out = toIndicators(inds, (n) => (n === 'Thống kê HN' ? 'Cục Thống kê Thành phố Hà Nội' : n));
    expect(out[1]).toMatchObject({ id: 'i2', agency: 'Cục Thống kê Thành phố Hà Nội', value: 11, comparator: null });
    expect(JSON.parse(JSON.stringify(out))).toEqual(out);
  });
  test('the target year from the appendix title "ĐẾN NĂM 2030" and a rank target kept as text', () => {
    const r = extractIndicators(
      rawLines(`PHỤ LỤC I
DANH MỤC CÁC CHỈ TIÊU CỤ THỂ ĐẾN NĂM 2030
TT Chỉ tiêu Đơn vị Kết quả
Cơ quan chủ trì theo dõi,
đánh giá
7 Bộ chỉ số đánh giá kết quả thực hiện các FTA Thứ bậc ≤ 8 cả nước Sở Công Thương
8 Tỷ lệ doanh nghiệp tham gia chuỗi giá trị toàn cầu % ≥ 21[1] Sở Công Thương
`),
    );
    expect(r[0]).toMatchObject({ period: '2030', unit: 'Thứ bậc', target: '≤ 8 cả nước', value: null, agencyRaw: 'Sở Công Thương' });
    expect(r[1]).toMatchObject({ value: 21, comparator: '≥' });
  });
});
