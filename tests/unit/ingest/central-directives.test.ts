/**
 * Central documents as they reach users (issue 7, parts 1–2), each construct in a few real lines: a directive's
 * own heading names its kind and body, its per-ministry blocks assign the bullets under them, a copy that names
 * itself on its first line gives its title, and "X giúp Thủ tướng Chính phủ …" is led by X.
 */
import { extract } from '../../../src/ingest/pipeline';
import { inlineAssignment } from '../../../src/ingest/tasks';

const run = (lines: string[]) => extract({ path: 'doc.txt', sha256: 'x', format: 'TEXT', text: lines.join('\n') });

describe("a directive's own heading against the document it carries out", () => {
  const x = run([
    'CHỈ THỊ CỦA THỦ TƯỚNG CHÍNH PHỦ',
    'Về việc triển khai thực hiện Nghị quyết 08/NQ -TW ngày 02/01/2002',
    'của Bộ Chính trị về một số nhiệm vụ trọng tâm công tác tư pháp thời gian tới',
    'Ngày 02 tháng 01 năm 2002, Bộ Chính trị đã ban hành Nghị quyết số 08/NQ-TW về "Một số nhiệm vụ trọng tâm công tác tư pháp trong thời gian tới" Đây là Nghị quyết quan trọng, đề ra các chủ trương lớn, có tính đột phá nhằm tạo sự chuyển biến mạnh mẽ trong cải cách tư pháp; xây dựng các cơ quan tư pháp trong sạch, vững mạnh.',
    'Để bảo đảm sự phối hợp giữa các Bộ, ngành và Uỷ ban nhân dân các cấp trong việc thực hiện Nghị quyết 08/NQ-TW của Bộ Chính trị, Thủ tướng Chính phủ chỉ thị:',
    '1. Bộ Công an.',
    'a) Phối hợp với Viện Kiểm sát nhân dân tối cao, Bộ Quốc phòng nghiên cứu, đề xuất giải pháp hạn chế việc tạm giam;',
    'b) Chủ trì xây dựng quy chế phối hợp giữa các cơ quan điều tra.',
    '2. Bộ Tư pháp.',
    'a) Rà soát các văn bản quy phạm pháp luật về tư pháp.',
  ]);
  test('"CHỈ THỊ CỦA THỦ TƯỚNG CHÍNH PHỦ" is the kind and the issuer; "Bộ Chính trị đã ban hành Nghị quyết số 08-NQ/TW" is another document', () => {
    expect(x.document).toMatchObject({ kind: 'CHI_THI', issuer: 'Thủ tướng Chính phủ', level: 'CENTRAL_STATE', province: null, symbol: null });
    expect(x.citations.find((c) => c.relation === 'IMPLEMENTS')?.symbol).toBe('08-NQ/TW');
  });
  test('the paragraph run on one line under the title is no part of the title', () => {
    expect(x.document.title).toBe('Về việc triển khai thực hiện Nghị quyết 08/NQ -TW ngày 02/01/2002 của Bộ Chính trị về một số nhiệm vụ trọng tâm công tác tư pháp thời gian tới');
  });
  test('"1. Bộ Công an." / "a) Phối hợp với …": each item under the ministry is its task, "phối hợp với X" makes X a coordinator', () => {
    expect(x.tasks.map((t) => [t.text.slice(0, 20), t.lead, t.coordinators])).toEqual([
      ['Phối hợp với Viện Ki', ['Bộ Công an'], ['Viện Kiểm sát nhân dân tối cao', 'Bộ Quốc phòng']],
      ['Chủ trì xây dựng quy', ['Bộ Công an'], []],
      ['Rà soát các văn bản ', ['Bộ Tư pháp'], []],
    ]);
  });
});

describe('a news page that names the decision on its first line', () => {
  const x = run([
    'Quyết định số 1944/QĐ-TTg ngày 18/11/2021 của Thủ tướng Chính phủ phê duyệt Chương trình thực hiện Kết luận số 13-KL/TW ngày 16/8/2021 của Bộ Chính trị',
    '(Thứ năm, 25/11/2021, 03:57 pm GMT+7)',
    '',
    '2. Giao Bộ Công an giúp Thủ tướng Chính phủ theo dõi, hướng dẫn, kiểm tra, đôn đốc các bộ, ngành, địa phương thực hiện Chương trình này.',
  ]);
  test('the body named after the other document (13-KL/TW "của Bộ Chính trị") is not the issuer', () => {
    expect(x.document).toMatchObject({ symbol: '1944/QĐ-TTg', issuer: 'Thủ tướng Chính phủ', level: 'CENTRAL_STATE', issuedOn: '2021-11-18' });
  });
  test('the rest of that line is the title, so the conclusion it carries out is IMPLEMENTS', () => {
    expect(x.document.title).toBe('phê duyệt Chương trình thực hiện Kết luận số 13-KL/TW ngày 16/8/2021 của Bộ Chính trị');
    expect(x.citations.map((c) => [c.symbol, c.relation])).toEqual([['13-KL/TW', 'IMPLEMENTS']]);
  });
  test('"Bộ Công an giúp Thủ tướng Chính phủ theo dõi …" is led by the ministry', () => {
    expect(x.tasks.map((t) => t.lead)).toEqual([['Bộ Công an']]);
  });
});

test('"giúp" ends the lead ("Văn phòng Tỉnh ủy giúp Ban Thường vụ theo dõi"), "Văn phòng giúp việc Ban Chỉ đạo" is a name', () => {
  expect(inlineAssignment('Văn phòng Tỉnh ủy giúp Ban Thường vụ Tỉnh ủy theo dõi, đôn đốc việc thực hiện.').lead).toEqual(['Văn phòng Tỉnh ủy']);
  expect(inlineAssignment('Văn phòng giúp việc Ban Chỉ đạo chủ trì tổng hợp kết quả.').lead).toEqual(['Văn phòng giúp việc Ban Chỉ đạo']);
});
