/**
 * A Party committee's standing members direct in its name: "Theo đó, Thường trực Tỉnh uỷ đề nghị các cơ quan tham mưu …" (Tây
 * Ninh's Tỉnh ủy on Chỉ thị 36-CT/TW). "Thường trực Tỉnh ủy" is the issuer, at the committee's level; the standing deputy
 * secretary ("Phó Bí thư Thường trực Huyện ủy Càng Long") is an office, and "Thường trực Ban Bí thư" one person's.
 */
import { levelOfIssuer } from '../../../src/ingest/document';
import { extract } from '../../../src/ingest/pipeline';

const run = (...lines: string[]) => extract({ path: 'doc.txt', sha256: 'x', format: 'TEXT', text: lines.join('\n') });

describe('the standing members of a Party committee as the issuer', () => {
  test('"Thường trực Tỉnh uỷ", "Thường trực Thành ủy" are provincial Party bodies; "Thường trực Ban Bí thư", "Thường trực Chính phủ" are none', () => {
    expect(levelOfIssuer('Thường trực Tỉnh uỷ')).toBe('PROVINCIAL_PARTY');
    expect(levelOfIssuer('Thường trực Thành ủy')).toBe('PROVINCIAL_PARTY');
    expect(levelOfIssuer('Thường trực Ban Bí thư')).toBeNull();
    expect(levelOfIssuer('Thường trực Chính phủ')).toBeNull();
  });
  test('"Theo đó, Thường trực Tỉnh uỷ đề nghị …" after the news intro: the standing members issued the letter', () => {
    const x = run(
      'Thường trực Tỉnh uỷ chỉ đạo triển khai thực hiện Chỉ thị số 36-CT/TW, ngày 14/6/2024 của Ban Bí thư',
      '',
      'Thực hiện Chỉ thị số 36-CT/TW, ngày 14/6/2024 của Ban Bí thư về đại hội các hội văn học, nghệ thuật, vừa qua, Thường trực Tỉnh uỷ đã có văn bản chỉ đạo phố biến, quán triệt, thực hiện ở địa phương.',
      '',
      'Theo đó, Thường trực Tỉnh uỷ đề nghị các cơ quan tham mưu giúp việc Tỉnh ủy, Ban cán sự đảng Uỷ ban nhân dân tỉnh và các cơ quan, đơn vị có liên quan nghiên cứu, quán triệt và tổ chức thực hiện nghiêm túc Chỉ thị số 36-CT/TW của Ban Bí thư.',
    );
    expect([x.document.issuer, x.document.level]).toEqual(['Thường trực Tỉnh uỷ', 'PROVINCIAL_PARTY']);
  });
  test('"đồng chí …, Phó Bí thư Thường trực Huyện ủy Càng Long đã ký ban hành Công văn số 1127-CV/HU": the deputy signs for the committee', () => {
    const x = run('Ngày 27 tháng 5 năm 2022, đồng chí Lê Văn Ngoan, Phó Bí thư Thường trực Huyện ủy Càng Long đã ký ban hành Công văn số 1127-CV/HU “về việc lãnh đạo Đại hội chi bộ trực thuộc Đảng bộ cơ sở, nhiệm kỳ 2022 – 2025”.');
    expect(x.document.issuer).not.toMatch(/^Thường trực/u);
  });
});
