/**
 * A news page telling what goes on under a document its opening names by number alone: "Theo Kế hoạch số 154 ngày 19/11/2019
 * của Thành ủy Ninh Bình về đại hội đảng bộ, chi bộ cơ sở …, đại hội … bắt đầu từ cuối tháng 3/2020 …" (baoninhbinh). A copy of a
 * directive is a directive: the page is read as that plan (kind, number, date, issuer, level, province), not rejected.
 */
import { normalise } from '../../../src/ingest/normalise';
import { extract } from '../../../src/ingest/pipeline';
import { readReportedUnder } from '../../../src/ingest/readers/reported-under';
import { readDocumentMeta } from '../../../src/ingest/document';

const PAGE = [
  'Đảng bộ thành phố Ninh Bình: Hướng đến một kỳ đại hội thành công',
  'Theo Kế hoạch số 154 ngày 19/11/2019 của Thành ủy Ninh Bình về đại hội đảng bộ, chi bộ cơ sở tiến tới Đại hội đại biểu Đảng bộ thành phố lần thứ XX, nhiệm kỳ 2020-2025, đại hội đảng bộ, chi bộ cơ sở trực thuộc Đảng bộ thành phố Ninh Bình bắt đầu từ cuối tháng 3/2020 và hoàn thành trong tháng 4/2020. Những ngày này, công tác chuẩn bị Đại hội đang được tiến hành khẩn trương.',
];
const reading = (lines: string[]) => {
  const { lines: normalised } = normalise(lines.join('\n'));
  return readReportedUnder(normalised, readDocumentMeta(normalised));
};

describe('the document a news page reports under, named by its number at the opening', () => {
  test('"Theo Kế hoạch số 154 ngày 19/11/2019 của Thành ủy Ninh Bình về …": the page is read as that plan, not rejected', () => {
    const x = extract({ path: 'doc.txt', sha256: 'x', format: 'TEXT', text: PAGE.join('\n') });
    expect([x.document.kind, x.document.number, x.document.issuer, x.document.level, x.document.province, x.document.issuedOn]).toEqual(['KE_HOACH', '154', 'Thành ủy Ninh Bình', 'PROVINCIAL_PARTY', 'Ninh Bình', '2019-11-19']);
    expect(x.document.inferred?.kind).toMatch(/^a news page telling what goes on under the document/u);
  });
  test('a document named with its full symbol is left to the reader of documents named in prose', () => {
    expect(reading(['Theo Kế hoạch số 146-KH/TU, ngày 21/6/2019 của Ban Thường vụ Tỉnh ủy về đại hội Đảng bộ các cấp, cấp ủy các cấp đã cụ thể hóa bằng kế hoạch.'])).toEqual({});
  });
  test('"Theo … của" a name that is no body is no reading', () => {
    expect(reading(['Theo Kế hoạch số 12 ngày 3/4/2020 của đơn vị, các hoạt động bắt đầu từ tháng 5.'])).toEqual({});
  });
});
