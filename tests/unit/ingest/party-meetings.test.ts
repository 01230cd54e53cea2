/**
 * A Party committee's meeting told in news (src/ingest/readers/news-intro.ts, subjectBody): the meeting's designation
 * after the committee's name ("lần thứ 31", "khóa XX", "(mở rộng)") is no part of the issuer, and the first of two
 * predicates coordinated by "và" ("… đồng ý về chủ trương và giao …") ends the name. Real lines from thainguyentv.vn
 * (a Standing Committee's 31st meeting) and baoquangnam.vn (Núi Thành district committee's 4th meeting).
 */
import { extract } from '../../../src/ingest/pipeline';
import { subjectBody } from '../../../src/ingest/readers/news-intro';

const doc = (lines: string[]) => extract({ path: 'news.txt', sha256: 'm', format: 'TEXT', text: lines.join('\n') });

describe('a committee\'s meeting is the committee\'s', () => {
  it('"Hội nghị Huyện ủy Núi Thành lần thứ 4 đã thông qua …": the district committee, without the ordinal', () => {
    expect(subjectBody('Hội nghị Huyện ủy Núi Thành lần thứ 4')?.issuer).toBe('Huyện ủy Núi Thành');
  });
  it('"Ban Chấp hành Đảng bộ tỉnh khóa XX (mở rộng) lần thứ 4": term, "(mở rộng)" and ordinal all go', () => {
    expect(subjectBody('Ban Chấp hành Đảng bộ tỉnh khóa XX (mở rộng) lần thứ 4')?.issuer).toBe('Ban Chấp hành Đảng bộ tỉnh');
  });
});

describe('the first of two coordinated predicates ends the name', () => {
  it('"Ban Thường vụ Tỉnh ủy đồng ý về chủ trương và giao Ban Cán sự Đảng UBND tỉnh tiếp thu …": issued by the Standing Committee', () => {
    const x = doc([
      'Hội nghị Ban Thường vụ Tỉnh ủy lần thứ 31, khóa XX, nhiệm kỳ 2020-2025', '',
      'Tại hội nghị, các đại biểu đã nghe và cho ý kiến vào 22 nội dung về kinh tế - xã hội, công tác xây dựng Đảng.', '',
      'Ban Thường vụ Tỉnh ủy đồng ý về chủ trương và giao Ban Cán sự Đảng UBND tỉnh tiếp thu ý kiến của các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy đối với 13 nội dung sẽ trình HĐND tỉnh.',
    ]);
    expect([x.document.issuer, x.document.level]).toEqual(['Ban Thường vụ Tỉnh ủy', 'PROVINCIAL_PARTY']);
    expect(x.tasks.map((t) => t.lead)).toEqual([['Ban Cán sự Đảng Ủy ban nhân dân tỉnh']]);
  });
});

describe('a committee meeting to issue its document', () => {
  it('"Ngày 9.9, Huyện ủy Tây Giang khai mạc hội nghị lần thứ 2 (khóa XVII) triển khai chương trình hành động …": the committee issues the programme', () => {
    const x = doc([
      'Tây Giang đưa nghị quyết vào cuộc sống',
      '',
      '(QNO) - Ngày 9.9, Huyện ủy Tây Giang khai mạc hội nghị lần thứ 2 (khóa XVII) triển khai chương trình hành động thực hiện Nghị quyết Đại hội đại biểu Đảng bộ huyện nhiệm kỳ 2020 - 2025.',
      '',
      'Chương trình hành động gồm 4 nhóm giải pháp. Một số chỉ tiêu cụ thể như: thu ngân sách hằng năm tăng 10 - 12%; hộ nghèo giảm bình quân 4 - 5%/năm.',
    ]);
    expect([x.document.kind, x.document.issuer, x.document.level]).toEqual(['CHUONG_TRINH', 'Huyện ủy Tây Giang', 'PROVINCIAL_PARTY']);
  });
});
