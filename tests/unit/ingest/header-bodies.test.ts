/**
 * The bodies a header names beyond the Party committees, People's Committees, ministries and departments the
 * corpus holds: a district's committee under its province, the Front and the mass organisations, a province's
 * police and military command. Each is read as the issuer, named as written (re-cased: a place no list holds keeps
 * its capitals, a department its fields), with its level and province.
 */
import { levelOfIssuer, recase } from '../../../src/ingest/document';
import { extract } from '../../../src/ingest/pipeline';

const meta = (lines: string[]) => extract({ path: 'h.txt', text: lines.join('\n'), sha256: 'h', format: 'TEXT' }).document;
const tail = ['KẾ HOẠCH', 'Triển khai thực hiện chuyển đổi số năm 2023', '1. Các đơn vị trực thuộc tổ chức quán triệt kế hoạch.'];

describe('re-casing a header line', () => {
  test.each([
    ['HUYỆN ỦY THĂNG BÌNH', 'Huyện ủy Thăng Bình'],
    ['ỦY BAN NHÂN DÂN HUYỆN BÌNH CHÁNH', 'Ủy ban nhân dân huyện Bình Chánh'],
    ['ĐẢNG ỦY SỞ Y TẾ', 'Đảng ủy Sở Y tế'],
    ['SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'Sở Giáo dục và Đào tạo'],
    ['CỤC THUẾ TỈNH BẮC NINH', 'Cục Thuế tỉnh Bắc Ninh'],
    ['BCH ĐOÀN TỈNH NGHỆ AN', 'Ban Chấp hành Đoàn tỉnh Nghệ An'],
    ['UỶ BAN MẶT TRẬN TỔ QUỐC VIỆT NAM', 'Uỷ ban Mặt trận Tổ quốc Việt Nam'],
    ['LIÊN ĐOÀN LAO ĐỘNG HUYỆN YÊN ĐỊNH', 'Liên đoàn Lao động huyện Yên Định'],
    ['BỘ CHỈ HUY QUÂN SỰ TỈNH ĐẮK LẮK', 'Bộ Chỉ huy Quân sự tỉnh Đắk Lắk'],
    // ("xã hội" is no commune: the ministry keeps its fields.)
    ['BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI', 'Bộ Lao động - Thương binh và Xã hội'],
  ])('"%s" → "%s"', (caps, name) => expect(recase(caps)).toBe(name));
});

describe('levels of the bodies beyond committees and ministries', () => {
  test.each([
    ['Công an tỉnh Thanh Hóa', 'PROVINCIAL_STATE'],
    ['Bộ Chỉ huy Quân sự tỉnh Đắk Lắk', 'PROVINCIAL_STATE'],
    ['Bảo hiểm xã hội tỉnh Nghệ An', 'PROVINCIAL_STATE'],
    ['Bảo hiểm xã hội Việt Nam', 'CENTRAL_STATE'],
    // The Front and the mass organisations stand with the Party (khối Đảng, Mặt trận, đoàn thể).
    ['Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng', 'PROVINCIAL_PARTY'],
    ['Liên đoàn Lao động huyện Yên Định', 'PROVINCIAL_PARTY'],
    ['Tỉnh đoàn Nghệ An', 'PROVINCIAL_PARTY'],
    ['Tổng Liên đoàn Lao động Việt Nam', 'CENTRAL_PARTY'],
    ['Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', 'CENTRAL_PARTY'],
  ])('%s: %s', (name, level) => expect(levelOfIssuer(name)).toBe(level));
  test('a person or a place is no body', () => {
    expect(levelOfIssuer('Công an viên')).toBeNull();
    expect(levelOfIssuer('Hội nghị')).toBeNull();
  });
});

describe('headers', () => {
  test('a district trade union under its province (thyentho.pgdyendinh.edu.vn, Kế hoạch 34/KH-LĐLĐ of Yên Định, 2021)', () => {
    expect(meta(['LIÊN ĐOÀN LAO ĐỘNG TỈNH THANH HÓA', '', 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN YÊN ĐỊNH', '', 'Số: 34 /KH-LĐLĐ', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', '', 'Độc lập - Tự do - Hạnh phúc', '', 'Yên Định, ngày 08 tháng 12 năm 2021', '', 'KẾ HOẠCH', '', 'Tổ chức “Tết Sum vầy – Xuân bình an” năm 2022', '', 'I. MỤC ĐÍCH, YÊU CẦU'])).toMatchObject({
      issuer: 'Liên đoàn Lao động huyện Yên Định', level: 'PROVINCIAL_PARTY', province: 'Thanh Hóa', symbol: '34/KH-LĐLĐ', issuedOn: '2021-12-08',
    });
  });
  test('a district Party committee under "ĐẢNG BỘ TỈNH …": its province is the line above, not the place line', () => {
    expect(meta(['ĐẢNG BỘ TỈNH QUẢNG NAM', 'HUYỆN ỦY THĂNG BÌNH', '*', 'Số 12-KH/HU', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Thăng Bình, ngày 05 tháng 4 năm 2023', ...tail])).toMatchObject({
      issuer: 'Huyện ủy Thăng Bình', level: 'PROVINCIAL_PARTY', province: 'Quảng Nam',
    });
  });
  test('a district\'s People\'s Committee broken over two lines ("ỦY BAN NHÂN DÂN" / "HUYỆN BÌNH CHÁNH") is one name', () => {
    expect(meta(['ỦY BAN NHÂN DÂN', 'HUYỆN BÌNH CHÁNH', 'Số: 12 /KH-UBND', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Bình Chánh, ngày 05 tháng 4 năm 2023', ...tail]).issuer).toBe('Ủy ban nhân dân huyện Bình Chánh');
  });
  test('a province\'s military command: provincial, though its code "…/KH-BCH" reads like a ministry\'s', () => {
    expect(meta(['BỘ CHỈ HUY QUÂN SỰ TỈNH ĐẮK LẮK', 'Số: 12/KH-BCH', 'Đắk Lắk, ngày 05 tháng 4 năm 2023', ...tail])).toMatchObject({
      issuer: 'Bộ Chỉ huy Quân sự tỉnh Đắk Lắk', level: 'PROVINCIAL_STATE', province: 'Đắk Lắk',
    });
  });
  test('the province\'s Front and its police', () => {
    expect(meta(['UỶ BAN MẶT TRẬN TỔ QUỐC VIỆT NAM', 'TỈNH LÂM ĐỒNG', 'Số: 45/KH-MTTQ-BTT', 'Lâm Đồng, ngày 05 tháng 4 năm 2023', ...tail])).toMatchObject({
      issuer: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lâm Đồng', level: 'PROVINCIAL_PARTY', province: 'Lâm Đồng',
    });
    expect(meta(['CÔNG AN TỈNH THANH HÓA', 'Số: 12/KH-CAT-PV01', 'Thanh Hóa, ngày 05 tháng 4 năm 2023', ...tail])).toMatchObject({ issuer: 'Công an tỉnh Thanh Hóa', level: 'PROVINCIAL_STATE', province: 'Thanh Hóa' });
  });
  test('a national mass organisation is central: it signs "Hà Nội, ngày …" and belongs to no province', () => {
    expect(meta(['TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM', 'Số: 12/KH-TLĐ', 'Hà Nội, ngày 05 tháng 4 năm 2023', ...tail])).toMatchObject({
      issuer: 'Tổng Liên đoàn Lao động Việt Nam', level: 'CENTRAL_PARTY', province: null,
    });
  });
  test('the title goes on past a line ending in "CỦA" to the body it names ("… CƠ CẤU TỔ CHỨC CỦA" / "SỞ NGOẠI VỤ THUỘC …")', () => {
    expect(meta(['BỘ NGOẠI GIAO - BỘ NỘI VỤ', 'Số: 02/2009/TTLT-BNG-BNV', 'Hà Nội, ngày 03 tháng 6 năm 2009', 'THÔNG TƯ LIÊN TỊCH', 'HƯỚNG DẪN CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN VÀ CƠ CẤU TỔ CHỨC CỦA', 'SỞ NGOẠI VỤ THUỘC ỦY BAN NHÂN DÂN CẤP TỈNH', 'Căn cứ Nghị định số 13/2008/NĐ-CP;']).title).toBe(
      'HƯỚNG DẪN CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN VÀ CƠ CẤU TỔ CHỨC CỦA SỞ NGOẠI VỤ THUỘC ỦY BAN NHÂN DÂN CẤP TỈNH',
    );
  });
});
