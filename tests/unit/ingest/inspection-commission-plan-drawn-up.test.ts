/**
 * A news page on a plan a Party inspection commission has drawn up: "…, UBKT Đảng ủy Khối các cơ quan Trung ương đã xây dựng kế
 * hoạch tổ chức kỷ niệm, tập trung vào những nội dung: …" (ubkttw.vn). "đã xây dựng kế hoạch" reports the plan as issued; "UBKT"
 * is the Ủy ban Kiểm tra; the commission of the central agencies' Party bloc is central, and "Khối các cơ quan" is one body.
 */
import { levelOfIssuer } from '../../../src/ingest/document';
import { extract } from '../../../src/ingest/pipeline';

const run = (...lines: string[]) => extract({ path: 'doc.txt', sha256: 'x', format: 'TEXT', text: lines.join('\n') });

describe('a plan an inspection commission has drawn up, as its news reports it', () => {
  test('"UBKT Đảng ủy Khối các cơ quan Trung ương đã xây dựng kế hoạch tổ chức kỷ niệm, …": a central Party plan, not rejected', () => {
    const x = run(
      'UBKT Đảng ủy Khối các cơ quan Trung ương xây dựng kế hoạch kỷ niệm 70 năm Ngày truyền thống Ngành Kiểm tra Đảng',
      '',
      'Hướng tới kỷ niệm 70 năm Ngày truyền thống Ngành Kiểm tra Đảng 16-10 (1948 - 2018), UBKT Đảng ủy Khối các cơ quan Trung ương đã xây dựng kế hoạch tổ chức kỷ niệm, tập trung vào những nội dung: Tổ chức tuyên truyền và phát động thi đua lập thành tích chào mừng Kỷ niệm 70 năm Ngày truyền thống của Ngành Kiểm tra Đảng.',
    );
    expect([x.document.kind, x.document.issuer, x.document.level, x.document.province, x.document.title]).toEqual(['KE_HOACH', 'Ủy ban Kiểm tra Đảng ủy Khối các cơ quan Trung ương', 'CENTRAL_PARTY', null, 'tổ chức kỷ niệm']);
  });
  test('an inspection commission is at its Party committee\'s level', () => {
    expect(levelOfIssuer('Ủy ban Kiểm tra Đảng ủy Khối các cơ quan Trung ương')).toBe('CENTRAL_PARTY');
    expect(levelOfIssuer('Ủy ban Kiểm tra Tỉnh ủy Nghệ An')).toBe('PROVINCIAL_PARTY');
  });
  test('"Sở Y tế xây dựng kế hoạch …" with no "đã" is work asked of a body, no document reported', () => {
    const x = run('Tin tức', '', 'UBND tỉnh yêu cầu Sở Y tế xây dựng kế hoạch phòng, chống dịch bệnh mùa mưa lũ trên địa bàn tỉnh.');
    expect(x.document.kind).not.toBe('KE_HOACH');
  });
});
