/**
 * In a Party resolution's "Tổ chức thực hiện", a numbered paragraph assigns a body and says how often it reports: "3. Đảng ủy
 * Chính phủ lãnh đạo, chỉ đạo xây dựng chương trình hành động thực hiện Nghị quyết; định kỳ 6 tháng báo cáo Bộ Chính trị." (the
 * wording of the Politburo's 2025 resolutions). The periodic report is the work's recurring deadline, no task of its own.
 */
import { extract } from '../../../src/ingest/pipeline';

const RESOLUTION = [
  'ĐẢNG CỘNG SẢN VIỆT NAM',
  'BAN CHẤP HÀNH TRUNG ƯƠNG',
  'Số 66-NQ/TW',
  'Hà Nội, ngày 30 tháng 4 năm 2025',
  '',
  'NGHỊ QUYẾT',
  'CỦA BỘ CHÍNH TRỊ',
  'về đổi mới công tác xây dựng và thi hành pháp luật',
  '',
  'IV- TỔ CHỨC THỰC HIỆN',
  '1. Đảng ủy Quốc hội lãnh đạo, chỉ đạo sửa đổi, bổ sung các luật có liên quan, bảo đảm thể chế hóa kịp thời các chủ trương của Nghị quyết.',
  '2. Đảng ủy Chính phủ lãnh đạo, chỉ đạo xây dựng chương trình hành động thực hiện Nghị quyết; định kỳ 6 tháng báo cáo Bộ Chính trị.',
];

describe('periodic reporting after the work is its recurring deadline', () => {
  test('"…; định kỳ 6 tháng báo cáo Bộ Chính trị." dates the Government Party committee\'s task every six months', () => {
    const x = extract({ path: 'doc.txt', sha256: 'x', format: 'TEXT', text: RESOLUTION.join('\n') });
    const task = x.tasks.find((t) => t.lead.includes('Đảng ủy Chính phủ'));
    expect(task?.deadline).toMatchObject({ kind: 'RECURRING', recurrence: 'SEMIANNUAL' });
    expect(x.tasks).toHaveLength(2);
  });
});
