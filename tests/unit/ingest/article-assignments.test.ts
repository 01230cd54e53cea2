/**
 * Work assigned article by article in a decision ("Điều 3. Giao Văn phòng Trung ương Đoàn tham mưu …"), the closing
 * articles that assign nothing ("… chịu trách nhiệm thi hành Quyết định này"), heads of bodies assigned in person
 * ("Người đứng đầu cấp ủy, chính quyền các cấp trực tiếp phụ trách …") and reporting "định kỳ" with no period.
 */
import { parseDeadline } from '../../../src/ingest/deadline';
import { normalise } from '../../../src/ingest/normalise';
import { extract } from '../../../src/ingest/pipeline';
import { deadlineInText, inlineAssignment } from '../../../src/ingest/tasks';

const run = (lines: string[]) => extract({ path: 'test.txt', sha256: 'x', format: 'TEXT', text: lines.join('\n') });

describe('a decision of the Trung ương Đoàn (Quyết định 367-QĐ/TWĐTN-VP, 2mit.org copy)', () => {
  const x = run([
    'BAN CHẤP HÀNH TRUNG ƯƠNG', '***', 'Số: 367 - QĐ/TWĐTN-VP', 'ĐOÀN TNCS HỒ CHÍ MINH', 'Hà Nội, ngày 29 tháng 10 năm 2013', 'QUYẾT ĐỊNH',
    'Về việc ban hành Quy định về ban hành văn bản của Đoàn TNCS Hồ Chí Minh', '---------', 'BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH',
    '- Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh;', 'QUYẾT ĐỊNH',
    'Điều 1. Ban hành kèm theo quyết định này Quy định về ban hành văn bản của Đoàn TNCS Hồ Chí Minh.',
    'Điều 2. Quyết định này thay thế Quyết định số 1836 QĐ/TWĐTN ngày 23/6/2006 của Ban Bí thư Trung ương Đoàn.',
    'Điều 3. Giao Văn phòng Trung ương Đoàn tham mưu hướng dẫn, kiểm tra, đôn đốc việc thực hiện Quyết định này.',
    'Điều 4. Quyết định này có hiệu lực từ ngày ký. Các tỉnh, thành đoàn, đoàn trực thuộc, các ban, đơn vị thuộc Trung ương Đoàn căn cứ Quyết định thi hành./.',
    'Nơi nhận:', '- Như điều 4;', 'TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN', 'BÍ THƯ THƯỜNG TRỰC', '(đã ký)', 'Phan Văn Mãi',
  ]);
  it('"Điều 3. Giao Văn phòng Trung ương Đoàn tham mưu …" is the one task, led by that office', () => {
    expect(x.tasks.map((t) => ({ ordinal: t.ordinal, lead: t.lead, text: t.text.slice(0, 39) }))).toEqual([
      { ordinal: 'Điều 3', lead: ['Văn phòng Trung ương Đoàn'], text: 'Giao Văn phòng Trung ương Đoàn tham mưu' },
    ]);
    expect(x.tasks[0].span).toMatchObject({ startLine: 14, endLine: 14 });
  });
  it('issuing, replacing, dating and "căn cứ Quyết định thi hành" articles are no tasks; the decision is in no province', () => {
    expect(x.tasks).toHaveLength(1);
    expect(x.document.province).toBeNull();
    // the enacting body on the line above the preamble, not the signature's shortened "TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN"
    expect(x.document.issuer).toBe('Ban Bí thư Trung ương Đoàn TNCS Hồ Chí Minh');
  });
});

describe('closing and monitoring articles of Government and ministry decisions', () => {
  it('"Điều 3. Chánh Văn phòng Bộ, … chịu trách nhiệm thi hành Quyết định này" (Quyết định 2646/QĐ-BCT) assigns nothing', () => {
    const x = run([
      'BỘ CÔNG THƯƠNG', 'Số: 2646/QĐ-BCT', 'Hà Nội, ngày 23 tháng 9 năm 2025', 'QUYẾT ĐỊNH', 'PHÊ DUYỆT CHƯƠNG TRÌNH KHUYẾN CÔNG QUỐC GIA GIAI ĐOẠN 2026 - 2030',
      'Điều 1. Ban hành kèm theo Quyết định này Chương trình khuyến công quốc gia giai đoạn 2026 - 2030.',
      'Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.',
      'Điều 3. Chánh Văn phòng Bộ, Cục trưởng Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công, Vụ trưởng Vụ Kế hoạch, Tài chính và Quản lý doanh nghiệp và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.',
    ]);
    expect(x.tasks).toEqual([]);
  });
  it('"Giao Bộ Kế hoạch và Đầu tư chủ trì, phối hợp với các bộ, ngành, địa phương theo dõi, đôn đốc …; hằng năm …" (Nghị quyết 134/NQ-CP)', () => {
    const x = run([
      'CHÍNH PHỦ', 'Số: 134/NQ-CP', 'Hà Nội, ngày 25 tháng 9 năm 2020', 'NGHỊ QUYẾT', 'BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ THỰC HIỆN KẾT LUẬN SỐ 70-KL/TW',
      'Điều 1. Ban hành kèm theo Nghị quyết này Chương trình hành động của Chính phủ thực hiện Kết luận số 70-KL/TW.',
      'Điều 2. Giao Bộ Kế hoạch và Đầu tư chủ trì, phối hợp với các bộ, ngành, địa phương theo dõi, đôn đốc việc triển khai thực hiện Chương trình hành động kèm theo Nghị quyết; hằng năm tổng hợp tiến độ triển khai, báo cáo Chính phủ theo quy định.',
      'Điều 3. Nghị quyết này có hiệu lực thi hành kể từ ngày ký ban hành.',
    ]);
    expect(x.tasks.map((t) => ({ lead: t.lead, coordinators: t.coordinators, recurrence: t.deadline?.recurrence ?? null }))).toEqual([
      { lead: ['Bộ Kế hoạch và Đầu tư'], coordinators: ['Các bộ, ngành, địa phương'], recurrence: 'YEARLY' },
    ]);
  });
});

describe('heads of bodies and periodic reporting in Party resolutions', () => {
  it('"Người đứng đầu cấp ủy, chính quyền các cấp trực tiếp phụ trách, chỉ đạo …" (57-NQ/TW) names its lead', () => {
    expect(inlineAssignment('Người đứng đầu cấp ủy, chính quyền các cấp trực tiếp phụ trách, chỉ đạo phát triển khoa học, công nghệ.').lead).toEqual([
      'Người đứng đầu cấp ủy, chính quyền các cấp',
    ]);
  });
  it('"định kỳ báo cáo Bộ Chính trị" (29-NQ/TW) is recurring with its period unstated; "định kỳ 6 tháng" keeps its period', () => {
    const text = 'Ban Kinh tế Trung ương chủ trì, phối hợp với Văn phòng Trung ương Đảng theo dõi, kiểm tra, giám sát việc thực hiện Nghị quyết, định kỳ báo cáo Bộ Chính trị, Ban Chấp hành Trung ương.';
    expect(deadlineInText(text)).toBe('định kỳ');
    expect(parseDeadline('định kỳ')).toMatchObject({ kind: 'RECURRING', recurrence: 'PERIODIC' });
    expect(parseDeadline(deadlineInText('định kỳ 6 tháng báo cáo Ban Thường vụ')!)).toMatchObject({ kind: 'RECURRING', recurrence: 'SEMIANNUAL' });
    expect(deadlineInText('Văn phòng tổng hợp báo cáo định kỳ gửi Ban Thường vụ.')).toBe('định kỳ');
  });
  it('normalise keeps the lines the reader spans point to', () => {
    expect(normalise('Điều 3. Giao Văn phòng').lines[0].line).toBe(1);
  });
});
