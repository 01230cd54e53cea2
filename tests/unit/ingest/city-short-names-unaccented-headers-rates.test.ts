/**
 * Documents of the four families the extractor had not seen (issue 7), read from their own words: a city's Party
 * committee written with the city's short name, … Lines from real pages.
 */
import { completeIssuer } from '../../../src/ingest/document';
import { extract } from '../../../src/ingest/pipeline';
import { unaccentedBody } from '../../../src/ingest/unaccented';
import { ratesIn } from '../../../src/ingest/target-constructs';
import { parseVietnameseNumber } from '../../../src/ingest/indicators';

const parse = (text: string) => extract({ path: 'page.txt', text, sha256: '0'.repeat(64), format: 'TEXT' });

describe("a city's Party committee named with the city's short name", () => {
  it('"Thành ủy TP.HCM vừa ban hành Chỉ thị số 18-CT/TU …": the committee by the name its header gives the city', () => {
    const x = parse('Thành ủy TP.HCM vừa ban hành Chỉ thị số 18-CT/TU về lãnh đạo, chỉ đạo triển khai thực hiện dự án Vành đai 3 trên địa bàn. Chỉ thị này được quán triệt, phổ biến đến các cấp ủy, tổ chức đảng, đảng viên thuộc Đảng bộ Thành phố.');
    expect(x.document).toMatchObject({ issuer: 'Thành ủy Thành phố Hồ Chí Minh', level: 'PROVINCIAL_PARTY', province: 'Hồ Chí Minh' });
  });
  it('"Thành ủy TPHCM", "Ban Thường vụ Thành ủy TP HCM", "Thành ủy TP Hà Nội", "Thành ủy HN", "UBND TPHCM": every short form the code knows', () => {
    expect(completeIssuer('Thành ủy TPHCM', null)).toBe('Thành ủy Thành phố Hồ Chí Minh');
    expect(completeIssuer('Ban Thường vụ Thành ủy TP HCM', null)).toBe('Ban Thường vụ Thành ủy Thành phố Hồ Chí Minh');
    expect(completeIssuer('Ban Tuyên giáo Thành ủy TP. Hồ Chí Minh', null)).toBe('Ban Tuyên giáo Thành ủy Thành phố Hồ Chí Minh');
    expect(completeIssuer('Thành ủy TP Hà Nội', null)).toBe('Thành ủy Hà Nội');
    expect(completeIssuer('Thành ủy HN', null)).toBe('Thành ủy Hà Nội');
    expect(completeIssuer('Thành ủy TP.ĐN', null)).toBe('Thành ủy Đà Nẵng');
    expect(completeIssuer('UBND TPHCM', null)).toBe('Ủy ban nhân dân thành phố Hồ Chí Minh');
    expect(completeIssuer('Thành ủy', 'Hồ Chí Minh')).toBe('Thành ủy Thành phố Hồ Chí Minh');
    // A city within a province keeps its "TP": "Thành ủy TP Thủ Đức" is no centrally-run city's.
    expect(completeIssuer('Thành ủy TP Thủ Đức', 'Hồ Chí Minh')).toBe('Thành ủy TP Thủ Đức');
  });
});

describe('a header typed without diacritics', () => {
  it('"BO GIAO DUC VA DAO TAO" over a letter: the ministry issued it, a central State body', () => {
    const x = parse(['BO GIAO DUC VA DAO TAO', 'oo', '', 'CONG HOA XA HOI CHU NGHIA VIET NAM', '', 'V/v hướng dẫn thực hiện nhiệm vụ', '', 'giáo dục trung học năm học 2019-2020', '', 'Kính gửi:', '', 'Độc lập - Tự do - Hạnh phúc', '', '- Các sở giáo dục và đảo tạo', '- Các trường trung học phô thông trực thuộc', '', 'Thực hiện Chỉ thị số 2268/CT-BGDĐT ngày 08/8/2019 về Về nhiệm vụ và giải pháp năm học 2019- 2020 của ngành Giáo dục, giáo dục trung học tiếp tục triển khai thực hiện 09 nhóm nhiệm vụ chủ yếu và 05 giải pháp cơ bản của toàn ngành, trong đó tập trung phương hướng và thực hiện các nhiệm vụ sau:'].join('\n'));
    expect(x.document).toMatchObject({ issuer: 'Bộ Giáo dục và Đào tạo', level: 'CENTRAL_STATE', province: null });
  });
  it('names known bodies only, letter for letter: "UY BAN NHAN DAN TINH QUANG NAM", "TINH QUANG NAM", "THANH UY HA NOI", "BO LAO DONG - THUONG BINH VA XA HOI"', () => {
    expect(unaccentedBody('UY BAN NHAN DAN TINH QUANG NAM')).toBe('Ủy ban nhân dân tỉnh Quảng Nam');
    expect(unaccentedBody('TINH QUANG NAM')).toBe('tỉnh Quảng Nam');
    expect(unaccentedBody('THANH UY HA NOI')).toBe('Thành ủy Hà Nội');
    expect(unaccentedBody('BO LAO DONG - THUONG BINH VA XA HOI')).toBe('Bộ Lao động - Thương binh và Xã hội');
    expect(unaccentedBody('CONG HOA XA HOI CHU NGHIA VIET NAM')).toBeNull();
    expect(unaccentedBody('BỘ GIÁO DỤC VÀ ĐÀO TẠO')).toBeNull();
    expect(unaccentedBody('TINH KHONG CO')).toBeNull();
  });
});

describe('the sex ratio at birth, boys per hundred girls', () => {
  it('"Tỉ số giới tính khi sinh dưới 109 bé trai/100 bé gái": a rate whose numerator names what it counts, bounded by "dưới"', () => {
    const x = parse('Mục tiêu đến năm 2030 của Chính phủ là đưa tỉ số giới tính khi sinh về mức cân bằng tự nhiên, phấn đấu duy trì cơ cấu tuổi ở mức hợp lý. Tỉ số giới tính khi sinh dưới 109 bé trai/100 bé gái (ảnh minh họa).');
    expect(x.indicators.map((i) => [i.name, i.target, i.value, i.comparator])).toContainEqual(['Tỉ số giới tính khi sinh', 'dưới 109 bé trai/100 bé gái', 109, '<']);
  });
  it('"… dưới 111 bé trai trên 100 bé gái", "112,8 trẻ trai/100 trẻ gái": the base put over in words, or the children so named', () => {
    expect(ratesIn('duy trì tỷ số giới tính khi sinh dưới 111 bé trai trên 100 bé gái', parseVietnameseNumber)[0]).toMatchObject({ target: 'dưới 111 bé trai trên 100 bé gái', value: 111, unit: 'bé trai/100 bé gái' });
    expect(ratesIn('ở mức 112,8 trẻ trai/100 trẻ gái', parseVietnameseNumber)[0]).toMatchObject({ target: '112,8 trẻ trai/100 trẻ gái', value: 112.8 });
  });
});

describe('a headline saying a body approved a strategy or a master plan', () => {
  it('"Chính phủ phê duyệt 8 mục tiêu về chiến lược dân số đến năm 2030": the Government issued it, by a decision', () => {
    const x = parse('Chính phủ phê duyệt 8 mục tiêu về chiến lược dân số đến năm 2030\n\nMục tiêu đến năm 2030 của Chính phủ là đưa tỉ số giới tính khi sinh về mức cân bằng tự nhiên, phấn đấu duy trì cơ cấu tuổi ở mức hợp lý.');
    expect(x.document).toMatchObject({ issuer: 'Chính phủ', level: 'CENTRAL_STATE', kind: 'QUYET_DINH', province: null });
    expect(x.document.inferred?.issuer).toMatch(/an approval is a decision/u);
  });
  it('"Thủ tướng phê duyệt Quy hoạch tỉnh Gia Lai …": the Prime Minister\'s', () => {
    const x = parse('Thủ tướng phê duyệt Quy hoạch tỉnh Gia Lai thời kỳ 2021-2030, tầm nhìn đến năm 2050\n\nQuy hoạch đặt mục tiêu đến năm 2030, Gia Lai trở thành tỉnh phát triển khá của vùng Tây Nguyên.');
    expect(x.document).toMatchObject({ issuer: 'Thủ tướng Chính phủ', level: 'CENTRAL_STATE' });
  });
});

describe('a commitment with a floor', () => {
  it('"Nghị quyết 71 buộc Nhà nước cam kết cụ thể về nguồn lực: tối thiểu 5% tổng chi ngân sách cho giáo dục và ít nhất 3% …": two targets', () => {
    const x = parse('Nghị quyết 71 buộc Nhà nước cam kết cụ thể về nguồn lực: tối thiểu 5% tổng chi ngân sách cho giáo dục và ít nhất 3% cho giáo dục đại học. Những con số này phản ánh rõ mức ưu tiên và là thước đo để giám sát thực thi.');
    expect(x.indicators.map((i) => [i.target, i.value, i.comparator])).toEqual([['tối thiểu 5% tổng chi ngân sách', 5, '≥'], ['ít nhất 3%', 3, '≥']]);
  });
  it('a commitment without a floor states none: "… cam kết đồng hành cùng 63 tỉnh, thành phố"', () => {
    expect(() => parse('Các doanh nghiệp cam kết đồng hành cùng 63 tỉnh, thành phố trong chuyển đổi số.')).toThrow(/not a directive document/u);
  });
});
