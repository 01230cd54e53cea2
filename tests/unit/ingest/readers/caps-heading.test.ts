/**
 * Older documents on legal portals carry kind, issuer, symbol and date in one heading in capitals instead of a
 * header block: "CÔNG VĂN / CỦA VĂN PHÒNG CHÍNH PHỦ SỐ 854/VPCP-CN / NGÀY 09 THÁNG 3 NĂM 2000 VỀ VIỆC …". The symbol
 * after "SỐ" is the document's own, never a citation of it.
 */
import { readDocumentMeta } from '../../../../src/ingest/document';
import { normalise } from '../../../../src/ingest/normalise';
import { extract } from '../../../../src/ingest/pipeline';
import { readCapsHeading } from '../../../../src/ingest/readers/caps-heading';

const read = (raw: string) => {
  const { lines } = normalise(raw);
  const r = readCapsHeading(lines, readDocumentMeta(lines));
  return Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v!.value]));
};

describe('readCapsHeading', () => {
  it('the kind on the line above, the body after "CỦA", the symbol after "SỐ", the date after it', () => {
    expect(read('Công văn\n\nCÔNG VĂN\n\nCỦA VĂN PHÒNG CHÍNH PHỦ SỐ 854/VPCP-CN\nNGÀY 09 THÁNG 3 NĂM 2000 VỀ VIỆC ĐÍNH CHÍNH QUYẾT ĐỊNH\nSỐ 20/2000/QĐ-TTG NGÀY 03 THÁNG 2 NĂM 2000')).toEqual({
      symbol: '854/VPCP-CN', number: '854', kind: 'CONG_VAN', kindVi: 'Công văn', issuer: 'Văn phòng Chính phủ', level: 'CENTRAL_STATE', issuedOn: '2000-03-09',
    });
  });
  it('all on one line: "QUYẾT ĐỊNH CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 20/2000/QĐ-TTG NGÀY 03 THÁNG 2 NĂM 2000 VỀ VIỆC …"', () => {
    expect(read('QUYẾT ĐỊNH CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 20/2000/QĐ-TTG NGÀY 03 THÁNG 2 NĂM 2000 VỀ VIỆC HỖ TRỢ NGƯỜI HOẠT ĐỘNG CÁCH MẠNG CẢI THIỆN NHÀ Ở')).toMatchObject({
      symbol: '20/2000/QĐ-TTg', kind: 'QUYET_DINH', issuer: 'Thủ tướng Chính phủ', level: 'CENTRAL_STATE', issuedOn: '2000-02-03',
    });
  });
  it('a heading of a provincial committee keeps its province', () => {
    expect(read('CHỈ THỊ CỦA ỦY BAN NHÂN DÂN TỈNH NGHỆ AN SỐ 12/CT-UBND NGÀY 5 THÁNG 4 NĂM 2001 VỀ VIỆC PHÒNG CHỐNG LỤT BÃO')).toMatchObject({
      symbol: '12/CT-UBND', kind: 'CHI_THI', level: 'PROVINCIAL_STATE', province: 'Nghệ An',
    });
  });
  it('a sentence in lower case naming a document "của … số …" is no heading', () => {
    expect(read('Thực hiện chỉ đạo của Văn phòng Chính phủ số 854/VPCP-CN ngày 9/3/2000, Bộ Xây dựng hướng dẫn như sau:')).toEqual({});
  });
  it('a title carrying out another document ("… CỦA CHÍNH PHỦ THỰC HIỆN NGHỊ QUYẾT SỐ 42-NQ/TW …") gives that number to no one', () => {
    expect(read('NGHỊ QUYẾT\nBAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ THỰC HIỆN NGHỊ QUYẾT SỐ 42-NQ/TW NGÀY 24 THÁNG 11 NĂM 2023')).toEqual({});
  });
  it('in the pipeline the letter is its own node and what it corrects is AMENDS ("xin đình chính lại một số điểm tại Quyết định số …")', () => {
    const text = 'CÔNG VĂN\n\nCỦA VĂN PHÒNG CHÍNH PHỦ SỐ 854/VPCP-CN\nNGÀY 09 THÁNG 3 NĂM 2000 VỀ VIỆC ĐÍNH CHÍNH QUYẾT ĐỊNH SỐ 20/2000/QĐ-TTG\n\nDo sơ suất trong khâu biên tập, Văn phòng Chính phủ xin đình chính lại một số điểm tại Quyết định số 20/2000/QĐ-TTg ngày 03 tháng 02 năm 2000 của Thủ tướng Chính phủ như sau:';
    const x = extract({ path: 'p.txt', text, sha256: '0'.repeat(64), format: 'TEXT' });
    expect(x.documentId).toBe('854/VPCP-CN');
    expect(x.citations.map((c) => c.relation)).toEqual(['AMENDS', 'AMENDS']);
  });
  it('the gazette\'s order, body last: "NGHỊ QUYẾT SỐ 214 NQ/UBTVQH9 NGÀY 26-8-1994 / CỦA ỦY BAN THƯỜNG VỤ QUỐC HỘI QUY ĐỊNH …" (the Quốc hội archive)', () => {
    expect(read('NGHỊ QUYẾT SỐ 214 NQ/UBTVQH9 NGÀY 26-8-1994\nCỦA ỦY BAN THƯỜNG VỤ QUỐC HỘI QUY ĐỊNH SỐ PHÓ CHỦ TỊCH\nHỘI ĐỒNG NHÂN DÂN TỈNH, THÀNH PHỐ TRỰC THUỘC\nTRUNG ƯƠNG, HUYỆN, QUẬN, THỊ XÃ, THÀNH PHỐ THUỘC TỈNH\nỦY BAN THƯỜNG VỤ QUỐC HỘI\nCăn cứ vào Điều 91 của Hiến pháp')).toEqual({
      symbol: '214-NQ/UBTVQH9', number: '214', kind: 'NGHI_QUYET', kindVi: 'Nghị quyết', issuer: 'Ủy ban Thường vụ Quốc hội', level: 'CENTRAL_STATE', issuedOn: '1994-08-26',
    });
  });
  it('a heading broken inside the body\'s name: "CHỈ THỊ / CỦA THỦ / TƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG / NGÀY 21 THÁNG 6 NĂM 2001 …" (luatvietnam)', () => {
    expect(read('CHỈ THỊ\nCỦA THỦ\nTƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG\nNGÀY 21 THÁNG 6 NĂM 2001 VỀ VIỆC XÂY DỰNG KẾ HOẠCH\nPHÁT TRIỂN KINH TẾ - XÃ HỘI\nThực hiện Nghị quyết')).toMatchObject({
      symbol: '16/2001/CT-TTg', kind: 'CHI_THI', issuer: 'Thủ tướng Chính phủ', level: 'CENTRAL_STATE', issuedOn: '2001-06-21',
    });
  });
  it('the symbol keeps its lower-case letters in a heading in capitals: "QUYẾT ĐỊNH CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 69/2008/QĐ-TTg NGÀY …" (a Lào Cai district portal)', () => {
    expect(read('QUYẾT ĐỊNH CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 69/2008/QĐ-TTg NGÀY 28 THÁNG 5 NĂM 2008   (11/07/2012 )')).toMatchObject({
      symbol: '69/2008/QĐ-TTg', kind: 'QUYET_DINH', issuer: 'Thủ tướng Chính phủ', issuedOn: '2008-05-28',
    });
  });
  it('a title in capitals naming another document\'s number and issuer is no heading ("… MỘT SỐ ĐIỀU CỦA QUYẾT ĐỊNH SỐ 20/2016/QĐ-TTG NGÀY … CỦA THỦ TƯỚNG …")', () => {
    expect(read('THÔNG TƯ\nQUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA QUYẾT ĐỊNH SỐ 20/2016/QĐ-TTG\nNGÀY 11 THÁNG 5 NĂM 2016 CỦA THỦ TƯỚNG CHÍNH PHỦ QUY ĐỊNH HỖ TRỢ KINH PHÍ')).toEqual({});
  });
});
