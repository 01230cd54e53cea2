/**
 * Documents of the four families the extractor had not seen (issue 7), read from their own words: a city's Party
 * committee written with the city's short name, … Lines from real pages.
 */
import { completeIssuer } from '../../../src/ingest/document';
import { extract } from '../../../src/ingest/pipeline';

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
