/** A legal portal's metadata block ("Số hiệu:", "Loại văn bản:", "Nơi ban hành:", "Người ký:", "Ngày ban hành:"). */
import { normalise } from '../../../../src/ingest/normalise';
import { readPortalMetadata } from '../../../../src/ingest/readers/portal-metadata';

const read = (raw: string) => {
  const r = readPortalMetadata(normalise(raw).lines);
  return Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v!.value]));
};

describe('readPortalMetadata', () => {
  it('a property table labelled "Số/Ký hiệu" (provincial legal-document portals, tab-separated cells) gives the symbol', () => {
    expect(read(['Thuộc tính văn bản', 'Số/Ký hiệu\t45/KH-UBND', 'Ngày ban hành\t12/03/2024', 'Loại văn bản\tKế hoạch', 'Cơ quan ban hành\tUBND tỉnh Hà Giang', 'Người ký\tNguyễn Văn Sơn'].join('\n'))).toMatchObject({
      symbol: '45/KH-UBND', kind: 'KE_HOACH', issuedOn: '2024-03-12', signer: 'Nguyễn Văn Sơn',
    });
    expect(read('Số, ký hiệu: 12/2024/QĐ-UBND\nNgày ban hành: 05/01/2024').symbol).toBe('12/2024/QĐ-UBND');
  });
  it('labels and values in pipe cells on shared lines: "Số hiệu: | 612/QĐ-UBND | Loại văn bản: | Quyết định |"', () => {
    expect(read(['Số hiệu: | 612/QĐ-UBND | Loại văn bản: | Quyết định |', 'Nơi ban hành: | Tỉnh Vĩnh Long | Người ký: | Lê Quang Trung |', 'Ngày ban hành: | 05/03/2020 | Ngày hiệu lực: | Đang cập nhật |'].join('\n'))).toEqual({
      symbol: '612/QĐ-UBND', number: '612', level: 'PROVINCIAL_STATE', kind: 'QUYET_DINH', kindVi: 'Quyết định', province: 'Vĩnh Long', issuer: 'Ủy ban nhân dân tỉnh Vĩnh Long', signer: 'Lê Quang Trung', issuedOn: '2020-03-05',
    });
  });
  it('labels and values separated by plain spaces: "Nơi ban hành: Tỉnh Lâm Đồng Người ký: Đoàn Văn Việt"', () => {
    const r = read('Số hiệu: 853/QĐ-UBND Loại văn bản: Quyết định\nNơi ban hành: Tỉnh Lâm Đồng Người ký: Đoàn Văn Việt\nNgày ban hành: 07/05/2018 Ngày hiệu lực: Đang cập nhật');
    expect(r).toMatchObject({ symbol: '853/QĐ-UBND', signer: 'Đoàn Văn Việt', issuedOn: '2018-05-07', province: 'Lâm Đồng' });
  });
  it('a two-column table: "| Số hiệu | 186/KH-UBND |", "| Cơ quan ban hành | Tỉnh Bắc Ninh |"', () => {
    const r = read('| Số hiệu | 186/KH-UBND |\n| Ngày ban hành | 29/12/2025 |\n| Loại văn bản | Kế hoạch |\n| Cơ quan ban hành | Tỉnh Bắc Ninh |\n| Người ký | Mai Sơn |');
    expect(r).toMatchObject({ symbol: '186/KH-UBND', kind: 'KE_HOACH', issuer: 'Ủy ban nhân dân tỉnh Bắc Ninh', signer: 'Mai Sơn', issuedOn: '2025-12-29' });
  });
  it('labels on lines of their own, values below; a Party symbol names a Party issuer and no province', () => {
    const r = read('Số ký hiệu:\n57-NQ/TW\nNgày ban hành:\n22/12/2024\nCơ quan ban hành:\nBộ Chính trị\nTrích yếu:\nVề đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia');
    expect(r).toMatchObject({ symbol: '57-NQ/TW', level: 'CENTRAL_PARTY', issuer: 'Bộ Chính trị', issuedOn: '2024-12-22', title: 'Về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia' });
    expect(r.province).toBeUndefined();
  });
  it('the page heading above the block gives the title: "Quyết định 853/QĐ-UBND năm 2018 phê duyệt …"', () => {
    expect(read('Quyết định 853/QĐ-UBND năm 2018 phê duyệt Quy hoạch mạng lưới y tế\nSố hiệu: 853/QĐ-UBND Loại văn bản: Quyết định\nNgười ký: Đoàn Văn Việt').title).toBe('phê duyệt Quy hoạch mạng lưới y tế');
  });
  it('is no block: one label alone, or labels in body prose ("thủ tục hành chính lĩnh vực Chăn nuôi")', () => {
    expect(read('Người ký: Nguyễn Văn A')).toEqual({});
    expect(read('Phê duyệt quy trình thủ tục hành chính lĩnh vực Chăn nuôi, tình trạng hồ sơ và người ký duyệt.')).toEqual({});
  });
  it('"Đang cập nhật" is no value', () => {
    expect(read('Số hiệu: 12/KH-UBND Loại văn bản: Kế hoạch\nNgười ký: Đang cập nhật').signer).toBeUndefined();
  });
});
