/**
 * A Party resolution's groups of tasks as a copy lists them (../../../src/ingest/resolution-groups.ts): under a numbered
 * group heading that says what to do, the bullets and paragraphs opening with what to do are tasks naming no body; the
 * heading is their section. Lines shaped as on a legal portal's summary of 31-NQ/TW and a news page's list.
 */
import { extract } from '../../../src/ingest/pipeline';
import { normalise } from '../../../src/ingest/normalise';
import { resolutionGroupTasks } from '../../../src/ingest/resolution-groups';
import type { DocumentMeta } from '../../../src/ingest/model';

const meta = (over: Partial<DocumentMeta>) => ({ kind: 'NGHI_QUYET', symbol: '31-NQ/TW', issuer: 'Bộ Chính trị', ...over }) as DocumentMeta;
const groups = (text: string, over: Partial<DocumentMeta> = {}) => resolutionGroupTasks(normalise(text).lines, meta(over)).map((t) => [t.text.slice(0, 31), t.leadRaw, t.section]);

const PAGE = [
  '06 chính sách đặc thù phát triển Thành phố theo Nghị quyết 31-NQ/TW',
  '',
  '(1) Tập trung phát triển kinh tế nhanh và bền vững trên cơ sở đổi mới mô hình tăng trưởng, cơ cấu lại kinh tế',
  '',
  '- Cơ cấu lại tổng thể kinh tế gắn với đổi mới mô hình tăng trưởng dựa trên nền tảng kinh tế tri thức.',
  '',
  'Quy hoạch, chuyển đổi mô hình các khu công nghệ cao, khu công nghiệp, khu chế xuất theo hướng phát triển công nghệ cao.',
  '',
  '(2) Phát triển văn hóa, xã hội, con người đáp ứng yêu cầu phát triển bền vững',
  '',
  '(3) Bảo đảm quốc phòng, an ninh trên địa bàn Thành phố.',
  '',
  'Công an Thành phố chủ trì bảo đảm an ninh trật tự dịp Tết.',
].join('\n');

describe('the groups of a Party resolution listed in a copy', () => {
  it('bullets and paragraphs under a group heading are tasks with no lead; the heading is their section', () => {
    expect(groups(PAGE).slice(0, 2)).toEqual([
      ['Cơ cấu lại tổng thể kinh tế gắn', [], '(1)'],
      ['Quy hoạch, chuyển đổi mô hình c', [], '(1)'],
    ]);
  });
  it('a group heading with nothing under it is a task itself', () => {
    expect(groups(PAGE).slice(2)).toEqual([
      ['Phát triển văn hóa, xã hội, con', [], null],
      ['Bảo đảm quốc phòng, an ninh trê', [], null],
    ]);
  });
  it('a paragraph that says no task ends the group', () => {
    expect(groups('Nghị quyết đề ra các nhiệm vụ, giải pháp sau:\n(1) Tập trung phát triển kinh tế nhanh và bền vững\n- Cơ cấu lại tổng thể kinh tế gắn với đổi mới mô hình tăng trưởng.\nThành phố đã đạt nhiều kết quả quan trọng trong năm qua.\nQuy hoạch lại các khu công nghiệp theo hướng xanh.')).toEqual([['Cơ cấu lại tổng thể kinh tế gắn', [], '(1)']]);
  });
  it('numbered items after a mere reference, with no line saying that tasks follow, are not read as groups', () => {
    expect(groups('Kết luận số 69-KL/TW ngày 11/01/2024 của Bộ Chính trị\n1. Tăng cường sự lãnh đạo của Đảng\nTăng cường sự lãnh đạo của Đảng, tạo chuyển biến mạnh mẽ.', { symbol: '69-KL/TW', kind: 'KET_LUAN' })).toEqual([]);
  });
  it('only a Party resolution or conclusion: a provincial plan\'s numbered items are read elsewhere', () => {
    expect(groups(PAGE, { symbol: '12/KH-UBND', issuer: 'Ủy ban nhân dân tỉnh', kind: 'KE_HOACH' })).toEqual([]);
  });
  it('a news page summarising a resolution\'s groups yields those tasks through the news reader', () => {
    const x = extract({
      path: 'x.txt', sha256: '7'.repeat(64), format: 'TEXT',
      text: `Ngày 30/12/2022, Tổng Bí thư đã ký ban hành Nghị quyết 31-NQ/TW của Bộ Chính trị về phát triển Thành phố.\n\n1. Các nhiệm vụ theo Nghị quyết 31-NQ/TW\n\n${PAGE}`,
    });
    expect(x.tasks.map((t) => [t.text.slice(0, 31), t.lead])).toEqual([
      ['Cơ cấu lại tổng thể kinh tế gắn', []],
      ['Quy hoạch, chuyển đổi mô hình c', []],
      ['Phát triển văn hóa, xã hội, con', []],
      ['Bảo đảm quốc phòng, an ninh trê', []],
      // a sentence naming its body, read by the news reader, leads as it says
      ['Công an Thành phố chủ trì bảo đ', ['Công an Thành phố']],
    ]);
  });
});
