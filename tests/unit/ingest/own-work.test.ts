/**
 * A body's own work (src/ingest/own-work.ts): under "Điều 1. Công tác trọng tâm của Ủy ban Thường vụ Quốc hội năm 2026"
 * the items name no body, they are the Standing Committee's own; "phối hợp với X, Y" gives the coordinators; a group
 * heading is no task. Real lines from thuvienphapluat.vn's copy of Nghị quyết 1946/NQ-UBTVQH15 (its work programme for
 * 2026, "trọng tâmcủa" glued as the page has it).
 */
import { extract } from '../../../src/ingest/pipeline';
import { inlineAssignment } from '../../../src/ingest/tasks';

const run = (heading: string) =>
  extract({ path: 'nq.txt', sha256: 'o', format: 'TEXT', text: [
    'Nghị quyết 1946/NQ-UBTVQH15 về Chương trình công tác của UBTVQH năm 2026',
    'Ngày 24/12/2025, Ủy ban Thường vụ Quốc hội ban hành Nghị quyết 1946/NQ-UBTVQH15 về Chương trình công tác của UBTVQH năm 2026.',
    heading,
    '1. Chuẩn bị bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031',
    'Phối hợp với Hội đồng Bầu cử quốc gia, Chính phủ, Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam tiếp tục triển khai thực hiện Đề án bầu cử đại biểu Quốc hội khóa XVI; thực hiện các nhiệm vụ, quyền hạn theo quy định.',
    '2. Chuẩn bị, triệu tập và chủ trì các kỳ họp Quốc hội',
    '2.1. Phối hợp với Chủ tịch nước, Chính phủ chuẩn bị nội dung, xây dựng dự kiến và tổ chức thực hiện chương trình Kỳ họp thứ Nhất, Quốc hội khóa XVI.',
    '2.2. Chỉ đạo triển khai nghiêm túc các quy định của Nội quy kỳ họp Quốc hội;tổ chức tổng kết kỳ họp Quốc hội.',
  ].join('\n') }).tasks.map((t) => [t.ordinal, t.text.slice(0, 25), t.lead, t.coordinators]);

describe('a body\'s own work', () => {
  it('"Điều 1. Công tác trọng tâmcủa Ủy ban Thường vụ Quốc hội năm 2026": each item is the Standing Committee\'s, with its partners', () => {
    expect(run('Điều 1. Công tác trọng tâmcủa Ủy ban Thường vụ Quốc hội năm 2026')).toEqual([
      [null, 'Phối hợp với Hội đồng Bầu', ['Ủy ban Thường vụ Quốc hội'], ['Hội đồng Bầu cử quốc gia', 'Chính phủ', 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam']],
      ['2.1', 'Phối hợp với Chủ tịch nướ', ['Ủy ban Thường vụ Quốc hội'], ['Chủ tịch nước', 'Chính phủ']],
      ['2.2', 'Chỉ đạo triển khai nghiêm', ['Ủy ban Thường vụ Quốc hội'], []],
    ]);
  });
  it('the lead of each item is read from the heading, and says so', () => {
    const x = extract({ path: 'nq.txt', sha256: 'o', format: 'TEXT', text: ['Nghị quyết 1946/NQ-UBTVQH15', 'Điều 1. Công tác trọng tâm của Ủy ban Thường vụ Quốc hội năm 2026', '1. Chuẩn bị bầu cử', 'Phối hợp với Hội đồng Bầu cử quốc gia tiếp tục triển khai thực hiện Đề án bầu cử đại biểu Quốc hội khóa XVI.'].join('\n') });
    expect(x.tasks[0].leadFrom).toMatchObject({ how: "the heading of the body's own work", text: 'Điều 1. Công tác trọng tâm của Ủy ban Thường vụ Quốc hội năm 2026', span: { startLine: 2, endLine: 2 } });
  });
  it('work headed without a body ("Điều 1. Công tác trọng tâm năm 2026") names no lead: nothing is read so', () => {
    expect(run('Điều 1. Công tác trọng tâm năm 2026')).toEqual([]);
  });
});

describe('the bodies concerned, in the older word', () => {
  // (The same page: "… Viện kiểm sát nhân dân tối cao và các cơ quan, tổ chức hữu quan chuẩn bị nội dung …".)
  it('"các cơ quan, tổ chức hữu quan" is one collective of partners, "tổ chức" no verb there', () => {
    expect(inlineAssignment('Ủy ban Thường vụ Quốc hội phối hợp với Chủ tịch nước, Viện kiểm sát nhân dân tối cao và các cơ quan, tổ chức hữu quan chuẩn bị nội dung kỳ họp').coordinators).toEqual([
      'Chủ tịch nước', 'Viện kiểm sát nhân dân tối cao', 'các cơ quan, tổ chức hữu quan',
    ]);
  });
});
