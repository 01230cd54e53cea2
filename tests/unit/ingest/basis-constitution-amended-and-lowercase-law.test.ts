/**
 * Bases of a National Assembly Standing Committee resolution (426/NQ-UBTVQH13 on thuviennhadat): the Constitution named
 * with the amendment that follows it ("Căn cứ Hiến pháp … năm 1992 đã được sửa đổi, bổ sung một số điều theo Nghị quyết
 * số 51/2001/QH10;") is cited as well as the amending resolution, and a law an older text writes in lower case without
 * its date ("Căn cứ Luật hoạt động giám sát của Quốc hội;") is cited by its name when it is the whole basis clause.
 */
import { extract } from '../../../src/ingest/pipeline';

const run = (lines: string[]) => extract({ path: 'doc.txt', sha256: 'x', format: 'TEXT', text: lines.join('\n') });

describe('bases named by their names', () => {
  const x = run([
    'ỦY BAN THƯỜNG VỤ',
    'QUỐC HỘI',
    '--------',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'Số: 426/NQ-UBTVQH13',
    'Hà Nội, ngày 23 tháng 12 năm 2011',
    'NGHỊ QUYẾT',
    'THÀNH LẬP ĐOÀN GIÁM SÁT “VIỆC THỰC HIỆN CHÍNH SÁCH, PHÁP LUẬT VỀ QUẢN LÝ, KHAI THÁC KHOÁNG SẢN”',
    'ỦY BAN THƯỜNG VỤ QUỐC HỘI',
    'Căn cứ Hiến pháp',
    'nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 1992 đã được sửa đổi, bổ sung một số',
    'điều theo Nghị',
    'quyết số 51/2001/QH10;',
    'Căn cứ Luật hoạt động giám sát của Quốc hội;',
    'Căn cứ Nghị quyết số 407/NQ-UBTVQH13 về Chương trình hoạt động giám sát của Ủy ban thường vụ Quốc hội năm 2012;',
    'QUYẾT NGHỊ:',
    'Điều 1. Thành lập Đoàn giám sát.',
    'Các cơ quan thực hiện theo luật tổ chức của mình.',
  ]);
  test('the Constitution and the resolution amending it are both bases', () => {
    expect(x.citations.filter((c) => /^Hiến pháp/u.test(c.raw)).map((c) => c.relation)).toEqual(['BASED_ON']);
    expect(x.citations.find((c) => c.symbol === '51/2001/QH10')?.relation).toBe('BASED_ON');
  });
  test('"Căn cứ Luật hoạt động giám sát của Quốc hội;" is a law cited by name; "luật" in a sentence is not', () => {
    const laws = x.citations.filter((c) => c.kind === 'LUAT');
    expect(laws.map((c) => [c.raw, c.relation])).toEqual([['Luật hoạt động giám sát của Quốc hội', 'BASED_ON']]);
  });
});
