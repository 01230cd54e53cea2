/**
 * A numberless document a preamble clause names by its kind, title and body: "Căn cứ Quy chế làm việc của Ban Chấp hành Trung
 * ương khoá VIII," (Quyết định 71-QĐ/TW of 1999, hethongphapluat), "Thực hiện Chương trình công tác kiểm tra, giám sát năm 2021 của
 * Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch giám sát …" (baohaiduong). "Căn cứ" is its basis,
 * "Thực hiện" what it carries out. A body's name must close it: "Thực hiện kế hoạch tuyên truyền của đơn vị" cites nothing.
 */
import { normalise } from '../../../src/ingest/normalise';
import { readCitations } from '../../../src/ingest/citations';
import { readDocumentMeta } from '../../../src/ingest/document';
import { readSections } from '../../../src/ingest/sections';

const cited = (text: string) => {
  const { lines } = normalise(text);
  return readCitations(lines, { meta: readDocumentMeta(lines), sections: readSections(lines) }).map((c) => [c.raw, c.relation]);
};

describe('a numberless document named in a preamble clause by kind, title and body', () => {
  test('"Căn cứ Quy chế làm việc của Ban Chấp hành Trung ương khoá VIII," is a basis', () => {
    expect(cited('Căn cứ Nghị quyết Đại hội đại biểu toàn quốc lần thứ VIII và Điều lệ Đảng;\nCăn cứ Quy chế làm việc của Ban Chấp hành Trung ương khoá VIII,\n\nBỘ CHÍNH TRỊ QUYẾT ĐỊNH')).toContainEqual(['Quy chế làm việc của Ban Chấp hành Trung ương khoá VIII', 'BASED_ON']);
  });
  test('"Thực hiện Chương trình công tác kiểm tra, giám sát năm 2021 của Ban Chấp hành Đảng bộ tỉnh, …" is carried out', () => {
    expect(cited('Thực hiện Chương trình công tác kiểm tra, giám sát năm 2021 của Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch giám sát công tác lãnh đạo, chỉ đạo.')).toContainEqual([
      'Chương trình công tác kiểm tra, giám sát năm 2021 của Ban Chấp hành Đảng bộ tỉnh',
      'IMPLEMENTS',
    ]);
  });
  test('no body closing it, no citation', () => {
    expect(cited('Thực hiện Kế hoạch tuyên truyền của đơn vị, các phòng triển khai các hoạt động.')).toEqual([]);
  });
});
