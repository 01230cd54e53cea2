/**
 * "…/TƯ" (Trung ương written with its Vietnamese letter): central when the text names no body with it ("Nghị quyết
 * 25-NQ/TƯ của Trung ương"), the province's committee when it does ("13-NQ/TƯ của Tỉnh ủy", "Ban Chấp hành Đảng bộ
 * tỉnh đã ban hành Chương trình hành động số 25-CTr/TƯ"), and a provincial committee's own header settles its own.
 */
import { readDocumentMeta } from '../../../src/ingest/document';
import { normalise } from '../../../src/ingest/normalise';
import { findSymbols } from '../../../src/ingest/symbols';

const symbols = (t: string) => findSymbols(t).map((m) => m.symbol);

describe('Party symbols written "/TƯ"', () => {
  it('the body named after it: "Nghị quyết 13-NQ/TƯ của Tỉnh ủy (khóa XIV)" is the province\'s, "25-NQ/TƯ của Trung ương" central', () => {
    expect(symbols('Sau 10 năm thực hiện Nghị quyết 13-NQ/TƯ của Tỉnh ủy (khóa XIV), hệ thống kết cấu hạ tầng')).toEqual(['13-NQ/TU']);
    expect(symbols('về thực hiện Nghị quyết 25-NQ/TƯ của Trung ương')).toEqual(['25-NQ/TW']);
  });
  it('the body issuing it before: "Ban Chấp hành Đảng bộ tỉnh đã ban hành Chương trình hành động số 25-CTr/TƯ về thực hiện Nghị quyết 25-NQ/TƯ của Trung ương"', () => {
    expect(symbols('Ngày 20/11/2013, Ban Chấp hành Đảng bộ tỉnh đã ban hành Chương trình hành động số 25-CTr/TƯ về thực hiện Nghị quyết 25-NQ/TƯ của Trung ương')).toEqual(['25-CTr/TU', '25-NQ/TW']);
  });
  it('no body named: central', () => {
    expect(symbols('kết quả 1 năm thực hiện Nghị quyết 25-NQ/TƯ, ngày 18/7/2014')).toEqual(['25-NQ/TW']);
  });
  it('a provincial committee\'s header over "Số 445-KL/TƯ": its own conclusion (…/TU), provincial, in its province', () => {
    const meta = readDocumentMeta(normalise('TỈNH ỦY THỪA THIÊN HUẾ\nĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 445-KL/TƯ\nThừa Thiên Huế, ngày 13 tháng 5 năm 2022\nK ÉT LUẬN\nHỘI NGHỊ LÂN THỨ BẢY\nBAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHOÁ XVI)\nvề xây dựng hệ thống kết cấu hạ tầng\nI. ĐÁNH GIÁ TÌNH HÌNH\nSau 10 năm thực hiện').lines);
    expect(meta).toMatchObject({ symbol: '445-KL/TU', level: 'PROVINCIAL_PARTY', province: 'Thừa Thiên Huế', issuedOn: '2022-05-13' });
  });
});

describe('a slash a site typed with a lookalike', () => {
  it('"599⁄SCT-QLNL" (U+2044 fraction slash) and "23⁄4⁄2020" read as "/"', () => {
    const { lines } = normalise('Sở Công Thương ban hành văn bản số 599⁄SCT-QLNL ngày 27⁄4⁄2020');
    expect(lines[0].text).toBe('Sở Công Thương ban hành văn bản số 599/SCT-QLNL ngày 27/4/2020');
    expect(symbols(lines[0].text)).toEqual(['599/SCT-QLNL']);
  });
});
