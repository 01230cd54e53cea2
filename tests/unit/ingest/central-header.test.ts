/**
 * Headers of central documents: the Party's own layout ("BAN CHẤP HÀNH TRUNG ƯƠNG" / "ĐẢNG CỘNG SẢN VIỆT NAM",
 * "Số 68-NQ/TW" without a colon, "NGHỊ QUYẾT / CỦA BỘ CHÍNH TRỊ / về …"), web copies that run the two header
 * columns together, and central bodies that sign "Hà Nội, ngày …" without being Hà Nội's.
 */
import { readDocumentMeta } from '../../../src/ingest/document';
import { normalise } from '../../../src/ingest/normalise';

const meta = (lines: string[]) => readDocumentMeta(normalise(lines.join('\n')).lines);

describe('a Politburo resolution in the Party layout', () => {
  const m = meta([
    'BAN CHẤP HÀNH TRUNG ƯƠNG', '*', 'Số 68-NQ/TW', 'ĐẢNG CỘNG SẢN VIỆT NAM', '', 'Hà Nội, ngày 04 tháng 5 năm 2025', '',
    'NGHỊ QUYẾT', 'CỦA BỘ CHÍNH TRỊ', 'về phát triển kinh tế tư nhân', '-----',
    'I- TÌNH HÌNH VÀ NGUYÊN NHÂN', 'Nội dung.', 'T/M BỘ CHÍNH TRỊ', 'TỔNG BÍ THƯ', '', 'Tô Lâm',
  ]);
  it('"Số 68-NQ/TW" without a colon is its own symbol; the date is read from "Hà Nội, ngày …"', () => {
    expect(m).toMatchObject({ kind: 'NGHI_QUYET', symbol: '68-NQ/TW', number: '68', issuedOn: '2025-05-04', signer: 'Tô Lâm' });
  });
  it('"CỦA BỘ CHÍNH TRỊ" under the heading names the issuer and is not part of the title', () => {
    expect(m.issuer).toBe('Bộ Chính trị');
    expect(m.title).toBe('về phát triển kinh tế tư nhân');
  });
  it('central Party level, and no province although it is signed in Hà Nội', () => {
    expect(m).toMatchObject({ level: 'CENTRAL_PARTY', province: null });
    expect(m.missing).toEqual([]);
  });
});

describe('a web copy that runs the header columns together', () => {
  it('"BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM", "Số 68-NQ/TW Hà Nội, ngày …", "NGHỊ QUYẾT CỦA BỘ CHÍNH TRỊ" on one line each', () => {
    const m = meta([
      'BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM', 'Số 68-NQ/TW Hà Nội, ngày 04 tháng 5 năm 2025', 'NGHỊ QUYẾT CỦA BỘ CHÍNH TRỊ',
      'Về phát triển kinh tế tư nhân', 'I. TÌNH HÌNH VÀ NGUYÊN NHÂN', 'Nội dung.',
    ]);
    expect(m).toMatchObject({ kind: 'NGHI_QUYET', symbol: '68-NQ/TW', issuer: 'Bộ Chính trị', level: 'CENTRAL_PARTY', province: null, issuedOn: '2025-05-04', title: 'Về phát triển kinh tế tư nhân' });
  });
  it('the issuer is "Chính phủ", not "Chính phủ cộng hòa xã hội chủ nghĩa Việt Nam"', () => {
    const m = meta([
      'CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 96/NQ-CP Hà Nội, ngày 16 tháng 6 năm 2025',
      'NGHỊ QUYẾT', 'Ban hành Chương trình hành động', 'CHÍNH PHỦ', 'Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;', 'QUYẾT NGHỊ:', 'Điều 1. Nội dung.',
    ]);
    expect(m).toMatchObject({ issuer: 'Chính phủ', level: 'CENTRAL_STATE', province: null, symbol: '96/NQ-CP', issuedOn: '2025-06-16' });
  });
});

describe('central is not Hà Nội: plans of central bodies', () => {
  it('a Đảng đoàn Quốc hội plan ("…-KH/ĐĐQH15") is central Party, no province', () => {
    const m = meta(['ĐẢNG ĐOÀN QUỐC HỘI', '*', 'Số 18-KH/ĐĐQH15', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Hà Nội, ngày 24 tháng 01 năm 2025', 'KẾ HOẠCH', 'thực hiện Nghị quyết số 57-NQ/TW', 'I. MỤC ĐÍCH, YÊU CẦU']);
    expect(m).toMatchObject({ issuer: 'Đảng đoàn Quốc hội', level: 'CENTRAL_PARTY', province: null, symbol: '18-KH/ĐĐQH15' });
  });
  it('a ministry\'s Ban cán sự đảng ("…-KH/BCSĐ") is central, though its symbol reads like a local Party code', () => {
    const m = meta(['BAN CÁN SỰ ĐẢNG BỘ TÀI CHÍNH', '*', 'Số 05-KH/BCSĐ', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Hà Nội, ngày 10 tháng 3 năm 2025', 'KẾ HOẠCH', 'thực hiện Nghị quyết số 68-NQ/TW', 'I. MỤC ĐÍCH, YÊU CẦU']);
    expect(m).toMatchObject({ issuer: 'Ban cán sự đảng Bộ Tài chính', level: 'CENTRAL_PARTY', province: null });
  });
  it('the Party committee of a ministry under the Government Party committee: the last header line is the issuer', () => {
    const m = meta(['ĐẢNG BỘ CHÍNH PHỦ', 'ĐẢNG ỦY BỘ KHOA HỌC VÀ CÔNG NGHỆ', '*', 'Số 12-KH/ĐU', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Hà Nội, ngày 3 tháng 4 năm 2025', 'KẾ HOẠCH', 'thực hiện Nghị quyết số 57-NQ/TW', 'I. MỤC ĐÍCH']);
    expect(m).toMatchObject({ issuer: 'Đảng ủy Bộ Khoa học và Công nghệ', level: 'CENTRAL_PARTY', province: null });
  });
  it('a ministry plan "BỘ CÔNG THƯƠNG" / "Số: 1234/KH-BCT" is central State, its name cased as the ministry writes it', () => {
    const m = meta(['BỘ CÔNG THƯƠNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', '\tĐộc lập - Tự do - Hạnh phúc', 'Số: 1234/KH-BCT\tHà Nội, ngày 12 tháng 5 năm 2025', 'KẾ HOẠCH', 'Triển khai Nghị quyết số 68-NQ/TW', 'I. MỤC ĐÍCH']);
    expect(m).toMatchObject({ issuer: 'Bộ Công Thương', level: 'CENTRAL_STATE', province: null });
  });
  it('a provincial Ban cán sự đảng stays provincial: "Ban cán sự đảng UBND tỉnh"', () => {
    const m = meta(['TỈNH ỦY NGHỆ AN', 'BAN CÁN SỰ ĐẢNG UBND TỈNH', '*', 'Số 09-KH/BCSĐ', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Nghệ An, ngày 3 tháng 4 năm 2025', 'KẾ HOẠCH', 'thực hiện Nghị quyết số 57-NQ/TW', 'I. MỤC ĐÍCH']);
    expect(m).toMatchObject({ level: 'PROVINCIAL_PARTY', province: 'Nghệ An' });
  });
});
