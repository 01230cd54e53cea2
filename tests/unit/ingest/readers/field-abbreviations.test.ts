/**
 * A field abbreviated after a body's name ("Sở Giáo dục và Đào tạo (GDĐT)", "Bộ Giáo dục và Đào tạo (GD&ĐT)"): the letters
 * spell the field, its "và" unspelled, so the same letters after another body's noun ("các phòng GDĐT") name that body's
 * field in full (src/ingest/readers/defined-abbreviations.ts). Lines from vanban123.vn (Phú Thọ's 335/KH-UBND, 2023) and
 * gdtxnhoa.khanhhoa.edu.vn (a Sở's letter carrying out 3711/UBND-KGVX, 2021).
 */
import { definedAbbreviations, spelledOutName } from '../../../../src/ingest/readers/defined-abbreviations';
import { extract } from '../../../../src/ingest/pipeline';
import type { NormalisedLine } from '../../../../src/ingest/model';

const linesOf = (text: string): NormalisedLine[] => text.split('\n').map((t, i) => ({ line: i + 1, text: t }) as NormalisedLine);

it('a field abbreviated after a ministry names the field, and the field after a district office', () => {
  const defined = definedAbbreviations(linesOf('1. Điều lệ trường trung học cơ sở (THCS), ban hành kèm theo Thông tư số 32/2020/TT-BGDĐT , ngày 15/9/2020 của Bộ trưởng Bộ Giáo dục và Đào tạo (GD&ĐT);'));
  expect(defined.get('GD&ĐT')).toBe('Giáo dục và Đào tạo');
  expect(spelledOutName('các phòng GD&ĐT', defined)).toBe('các phòng Giáo dục và Đào tạo');
  // (Letters that only stand for themselves, not after a body's noun, are left as written.)
  expect(spelledOutName('GD&ĐT', defined)).toBe('GD&ĐT');
});

it('a news sentence\'s department abbreviated by its field: "các phòng GDĐT" it directs are the district education offices', () => {
  const x = extract({ path: 'x.txt', sha256: 'h', format: 'TEXT', text: [
    'Thực hiện Công văn số 3711/UBND-KGVX ngày 07/5/2021 của Ủy ban nhân dân tỉnh về việc chỉ đạo hoạt động dạy và học trong các cơ sở giáo dục trên địa bàn tỉnh, Sở Giáo dục và Đào tạo (GDĐT) yêu cầu các phòng GDĐT, các đơn vị trực thuộc nghiêm túc chỉ đạo, thực hiện các nội dung trong đó có việc cho học sinh tạm dừng đến trường kể từ ngày 12/05/2021.',
  ].join('\n') });
  expect(x.document.issuer).toBe('Sở Giáo dục và Đào tạo');
  expect(x.tasks.map((t) => t.lead)).toEqual([['Các phòng Giáo dục và Đào tạo', 'Các đơn vị trực thuộc']]);
});
