/**
 * A news page on a Party congress that passes its resolution: "Ngày 28-4, Đảng bộ phường Thạc Gián tiến hành Đại hội đại biểu
 * Đảng bộ lần thứ XV, nhiệm kỳ 2020-2025. Đại hội thông qua nghị quyết nhiệm kỳ mới với một số chỉ tiêu chủ yếu …" (baodanang).
 * The committee "tiến hành" (holds) its congress, which passes "nghị quyết" (lower case in news): the page restates that
 * resolution of the ward's Party committee.
 */
import { extract } from '../../../src/ingest/pipeline';

const run = (...lines: string[]) => extract({ path: 'doc.txt', sha256: 'x', format: 'TEXT', text: lines.join('\n') });

describe('a congress passing its resolution, as its news reports it', () => {
  test('"Đảng bộ phường … tiến hành Đại hội …. Đại hội thông qua nghị quyết nhiệm kỳ mới với một số chỉ tiêu …"', () => {
    const x = run(
      'Phường Thạc Gián phấn đấu giảm hết hộ nghèo',
      '',
      'Ngày 28-4, Đảng bộ phường Thạc Gián tiến hành Đại hội đại biểu Đảng bộ lần thứ XV, nhiệm kỳ 2020-2025. Đại hội thông qua nghị quyết nhiệm kỳ mới với một số chỉ tiêu chủ yếu thương mại - dịch vụ tăng bình quân hằng năm 10-12%; thu ngân sách tăng bình quân hằng năm 5-10%.',
    );
    expect([x.document.kind, x.document.issuer, x.document.level]).toEqual(['NGHI_QUYET', 'Đảng bộ phường Thạc Gián', 'PROVINCIAL_PARTY']);
  });
  test('a review conference that passes nothing is no resolution: with no other sign of a directive the page is rejected', () => {
    expect(() => run('Tin tức', '', 'Ngày 28-4, Đảng bộ phường Thạc Gián tiến hành Hội nghị sơ kết công tác 6 tháng đầu năm. Hội nghị đánh giá kết quả đạt được.')).toThrow(/not a directive/u);
  });
});
