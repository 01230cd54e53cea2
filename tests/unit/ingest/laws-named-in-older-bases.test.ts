/**
 * Older bases (the 1990s National Assembly and Government) name a law in lower case and without its date, by one of
 * its articles or straight after "Căn cứ", closed only by the clause: each is still a legal basis of the document.
 * Real clauses: the Standing Committee's 214 NQ/UBTVQH9 of 1994 (the Quốc hội archive), its 01NQ/UBTVQH9 of 1992
 * (luatminhkhue), its 1993 working rules (vanbanphapluat), a 2016 Tờ trình quoted by baokhanhhoa.
 */
import { findReferences } from '../../../src/ingest/citations';
import { extract } from '../../../src/ingest/pipeline';

const named = (clause: string) => findReferences(clause).map((r) => r.raw);

describe('a law named in lower case in an older basis', () => {
  it.each([
    ['Căn cứ vào Điều 91 của Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 1992, Điều 6 của Luật tổ chức Quốc hội;', ['Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 1992', 'Luật tổ chức Quốc hội']],
    ['Căn cứ vào Điều 35 của Luật tổ chức Hội đồng nhân dân và Ủy ban nhân dân (sửa đổi);', ['Luật tổ chức Hội đồng nhân dân và Ủy ban nhân dân (sửa đổi)']],
    ['Căn cứ vào Điều 79, Luật tổ chức Quốc hội.', ['Luật tổ chức Quốc hội']],
    ['căn cứ Điều 44 Luật tổ chức Quốc hội; căn cứ Điều 30 Nội quy kỳ họp Quốc hội;', ['Luật tổ chức Quốc hội']],
  ])('by one of its articles: %p', (clause, want) => {
    expect(named(clause)).toEqual(want);
  });

  it('named with the Constitution in one basis ("… năm 1992 và Luật tổ chức Quốc hội;"): both are cited', () => {
    expect(named('Căn cứ vào Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam năm 1992 và Luật tổ chức Quốc hội;')).toEqual([
      'Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam năm 1992', 'Luật tổ chức Quốc hội',
    ]);
  });

  it('a law with its own number is cited by the number ("Luật tổ chức Quốc hội s 57/2014/QH13", the "ố" of "số" lost)', () => {
    expect(findReferences('Căn cứ Luật tổ chức Quốc hội s 57/2014/QH13;').map((r) => r.symbol)).toEqual(['57/2014/QH13']);
  });

  it.each([
    'Các cơ quan thực hiện theo Luật định;',
    'Căn cứ Điều 3 Luật này, các bộ, ngành tổ chức thực hiện;',
    'Điều 6 của Luật tổ chức Quốc hội quy định về nhiệm vụ của Quốc hội và các cơ quan của Quốc hội trong việc giám sát.',
  ])('no basis in running prose: %p', (clause) => {
    expect(named(clause).filter((r) => r.startsWith('Luật'))).toEqual([]);
  });

  it('in the pipeline each is BASED_ON', () => {
    const text = 'NGHỊ QUYẾT SỐ 214 NQ/UBTVQH9 NGÀY 26-8-1994\nCỦA ỦY BAN THƯỜNG VỤ QUỐC HỘI QUY ĐỊNH SỐ PHÓ CHỦ TỊCH\nHỘI ĐỒNG NHÂN DÂN TỈNH\nỦY BAN THƯỜNG VỤ QUỐC HỘI\nCăn cứ vào Điều 91 của Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 1992, Điều 6 của Luật tổ chức Quốc hội;\nCăn cứ vào Điều 35 của Luật tổ chức Hội đồng nhân dân và Ủy ban nhân dân (sửa đổi);\nTheo đề nghị của Chính phủ,\nQUYẾT NGHỊ:\nHội đồng nhân dân tỉnh bầu một Phó Chủ tịch Hội đồng nhân dân.';
    const x = extract({ path: 'p.txt', text, sha256: '0'.repeat(64), format: 'TEXT' });
    expect(x.citations.filter((c) => c.raw.startsWith('Luật')).map((c) => [c.raw, c.relation])).toEqual([
      ['Luật tổ chức Quốc hội', 'BASED_ON'], ['Luật tổ chức Hội đồng nhân dân và Ủy ban nhân dân (sửa đổi)', 'BASED_ON'],
    ]);
  });
});
