/**
 * A document-sharing site (123docz) runs the header into one line with the text after it: "UBND HUYỆN THANH OAI PHÒNG
 * GIÁO DỤC & ĐÀO TẠO. Số: 78 /KH-PGD&ĐT. CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM … Thanh Oai, ngày 02 tháng 02 năm 2016.
 * KẾ HOẠCH …". The "Số: …" before the motto is the document's own symbol, as in a header block.
 */
import { readDocumentMeta } from '../../../../src/ingest/document';
import { normalise } from '../../../../src/ingest/normalise';
import { readFlattenedHeader } from '../../../../src/ingest/readers/flattened-header';

const read = (raw: string) => {
  const { lines } = normalise(raw);
  const r = readFlattenedHeader(lines, readDocumentMeta(lines));
  return Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v!.value]));
};

describe('readFlattenedHeader', () => {
  it('symbol, date after the place, kind from the code', () => {
    expect(read("<span class='text_page_counter'>(1)</span>UBND HUYỆN THANH OAI PHÒNG GIÁO DỤC & ĐÀO TẠO. Số: 78 /KH-PGD&ĐT. CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Thanh Oai, ngày 02 tháng 02 năm 2016. KẾ HOẠCH Hoạt động chương trình Phòng chống tai nạn thương tích")).toMatchObject({
      symbol: '78/KH-PGD&ĐT', kind: 'KE_HOACH', issuedOn: '2016-02-02',
    });
  });
  it('only a "Số: …" the motto or the place follows: "Số: 15/TB-UBND. CỘNG HÒA …" is the header, "Số: 15/TB-UBND Độc lập …" is not read so', () => {
    expect(read('ỦY BAN NHÂN DÂN XÃ AN HÒA Số: 15/TB-UBND Độc lập - Tự do - Hạnh phúc. An Hòa, ngày 3 tháng 4 năm 2019. THÔNG BÁO Về việc tổ chức')).toEqual({});
    expect(read('ỦY BAN NHÂN DÂN XÃ AN HÒA Số: 15/TB-UBND. CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc. An Hòa, ngày 3 tháng 4 năm 2019. THÔNG BÁO Về việc tổ chức')).toMatchObject({
      symbol: '15/TB-UBND', kind: 'THONG_BAO', issuedOn: '2019-04-03', level: 'PROVINCIAL_STATE',
    });
  });
  it('"Số: …" in running prose is no header', () => {
    expect(read('Theo báo cáo, Số: 12/KH-UBND được ban hành cho các xã.')).toEqual({});
  });
});
