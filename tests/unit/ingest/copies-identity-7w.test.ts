/**
 * Which document a copy is, when the page names several: a news page recalling an earlier document as background and
 * reporting a later one that directs; a Central Committee board under the Party header ("BAN CHẤP HÀNH TRUNG ƯƠNG" /
 * "BAN TUYÊN GIÁO"); a resolution the content "is stated in" and that "was just issued"; the site's clock in words is
 * no date of the document; an enacting line run into the header is no issuer. Lines from real pages (Nghệ An, Kon Tum,
 * wikihoc, cauvongtuoitho, baodantoc, quocphongthudo).
 */
import { readDocumentMeta } from '../../../src/ingest/document';
import { normalise } from '../../../src/ingest/normalise';
import { extract } from '../../../src/ingest/pipeline';

const parse = (text: string) => extract({ path: 'page.txt', text, sha256: '0'.repeat(64), format: 'TEXT' });

describe('the page\'s own document among several named', () => {
  it('an earlier document recalled, a later one that directs: the later one is the page\'s', () => {
    const x = parse('(Baonghean) - Ngày 20/11/2013, Ban Chấp hành Đảng bộ tỉnh đã ban hành Chương trình hành động số 25-CTr/TƯ về thực hiện Nghị quyết 25-NQ/TƯ của Trung ương.\n\nĐể chuẩn bị báo cáo kết quả 1 năm thực hiện Nghị quyết 25-NQ/TƯ, ngày 18/7/2014, Ban Dân vận Tỉnh ủy có Công văn số 700/CV-DVTU đề nghị Đảng đoàn HĐND, Ban Cán sự Đảng UBND tỉnh, các sở, ban, ngành khẩn trương xây dựng kế hoạch.');
    expect(x.document).toMatchObject({ symbol: '700/CV-DVTU', issuedOn: '2014-07-18', level: 'PROVINCIAL_PARTY' });
  });
  it('… but a later document that only is mentioned does not displace the page\'s', () => {
    const x = parse('Ngày 3/7/2025, UBND tỉnh Tây Ninh ban hành Kế hoạch số 98/KH-UBND triển khai thực hiện Nghị quyết số 57-NQ/TW.\n\nNgày 10/7/2025, Sở Tài chính đã ban hành Công văn số 12/STC-NS về kinh phí.');
    expect(x.document.symbol).toBe('98/KH-UBND');
  });
  it('"Nội dung này được nêu trong Nghị quyết số 80-NQ/TW của Bộ Chính trị về … vừa được ban hành."', () => {
    const x = parse('Đến năm 2030, các ngành công nghiệp văn hoá đóng góp 7% GDP.\n\nNội dung này được nêu trong Nghị quyết số 80-NQ/TW của Bộ Chính trị về phát triển văn hóa Việt Nam vừa được ban hành.');
    expect(x.document).toMatchObject({ symbol: '80-NQ/TW', kind: 'NGHI_QUYET', issuer: 'Bộ Chính trị', level: 'CENTRAL_PARTY', province: null });
  });
  it('an issuer read from prose drops the comma that closed it: "Hội nghị lần thứ 5, Ban Chấp hành Trung ương Đảng, khóa XIII đã ban hành …"', () => {
    expect(parse('QPTĐ-Hội nghị lần thứ 5, Ban Chấp hành Trung ương Đảng, khóa XIII đã ban hành Nghị quyết số 19-NQ/TW ngày 16/6/2022 về nông nghiệp, nông dân, nông thôn.').document.issuer).toBe('Ban Chấp hành Trung ương');
  });
});

describe('headers', () => {
  it('"BAN CHẤP HÀNH TRUNG ƯƠNG" / "BAN TUYÊN GIÁO": the board is "Ban Tuyên giáo Trung ương"', () => {
    const meta = readDocumentMeta(normalise('BAN CHẤP HÀNH TRUNG ƯƠNG\nBAN TUYÊN GIÁO\n*\nSố 165-HD/BTGTW\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 09 tháng 12 năm 2020\nHƯỚNG DẪN\ntuyên truyền kỷ niệm các ngày lễ lớn').lines);
    expect(meta).toMatchObject({ issuer: 'Ban Tuyên giáo Trung ương', level: 'CENTRAL_PARTY', kind: 'HUONG_DAN', province: null });
  });
  it('an enacting line run into a header that lost its kind heading is the office signing, not the issuer', () => {
    const meta = readDocumentMeta(normalise('ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 471/QĐ-UBND | Kon Tum, ngày 12 tháng 09 năm 2016 |\nVỀ VIỆC BAN HÀNH QUY CHẾ TỔ CHỨC VÀ HOẠT ĐỘNG CỦA QUỸ PHÒNG, CHỐNG THIÊN TAI TỈNH KON TUM\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KON TUM\nCăn cứ Luật tổ chức chính quyền địa phương ngày 19/6/2015;').lines);
    expect(meta).toMatchObject({ issuer: 'Ủy ban nhân dân tỉnh Kon Tum', province: 'Kon Tum' });
  });
  it('the site\'s clock in words ("Thứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27") is debris, no date of the document', () => {
    const x = parse('Analytic\nThứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27\n\nChỉ thị của Ban Bí thư về việc tổ chức Tết Quý Mão năm 2023\n\nThường trực Ban Bí thư Võ Văn Thưởng vừa ký ban hành Chỉ thị số 19-CT/TW về việc tổ chức Tết Quý Mão năm 2023.');
    expect(x.document.issuedOn).toBeNull();
    expect(x.warnings.some((w) => w.code === 'DROPPED_LINE' && /timestamp/.test(w.message))).toBe(true);
  });
});
