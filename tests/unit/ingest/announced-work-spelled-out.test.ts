/**
 * Work a news page announces and then spells out, with no subject of its own in the sentences that spell it out:
 *  - a connective and the work in lower case: "… thực hiện tốt một số nhiệm vụ trọng tâm. Cụ thể, tăng cường đoàn kết …"
 *    (vietnamplus, Chỉ thị 55-CT/TW), "… yêu cầu Tổ biên tập tiếp tục bám sát … Trong đó, tập trung làm rõ …" (sggp);
 *  - the work announced and listed after a colon in one sentence: "Trước mắt cần thực hiện một số nhiệm vụ trọng tâm như:
 *    Tuyên truyền …; chuẩn bị tốt …" (Bắc Kạn's city Party committee), "Trong đó, một số nhiệm vụ nổi bật như: Chỉ đạo, hướng
 *    dẫn …; tổ chức phát động …" (Ninh Bình's Tỉnh ủy on trade-union congresses).
 * Each goes on with the addressees of the sentence before (texts trimmed from the pages).
 */
import { normalise } from '../../../src/ingest/normalise';
import { extract } from '../../../src/ingest/pipeline';
import { readRestatedTasks } from '../../../src/ingest/readers/restated-tasks';

const restated = (...lines: string[]) => readRestatedTasks(normalise(lines.join('\n')).lines).map((t) => [t.text.slice(0, 30), t.leadRaw]);
const run = (...lines: string[]) => extract({ path: 'doc.txt', sha256: 'x', format: 'TEXT', text: lines.join('\n') });

describe('a connective spelling out announced work ("Cụ thể, tăng cường …")', () => {
  test('"… một số nhiệm vụ trọng tâm. Cụ thể, tăng cường …": the lower-case work after "Cụ thể," is the addressees\' task, without the connective', () => {
    const tasks = restated(
      'Ban Bí thư yêu cầu các cấp ủy, tổ chức đảng, chính quyền tập trung lãnh đạo, chỉ đạo và tổ chức thực hiện tốt một số nhiệm vụ trọng tâm.',
      '',
      'Cụ thể, tăng cường đoàn kết, thống nhất trong Đảng, đồng thuận trong xã hội, tổ chức tốt việc chăm lo đời sống cho Nhân dân. Tập trung khắc phục hậu quả thiên tai, bão lũ, bảo đảm Nhân dân có nơi ở. Đẩy nhanh triển khai các dự án, hoàn thành các chỉ tiêu nhà ở xã hội được giao.',
    );
    // (The announcing sentence is the addressees' task as a whole, first.)
    expect(tasks.map((t) => t[0])).toEqual(['các cấp ủy, tổ chức đảng, chín', 'tăng cường đoàn kết, thống nhấ', 'Tập trung khắc phục hậu quả th', 'Đẩy nhanh triển khai các dự án']);
    expect(tasks.every((t) => JSON.stringify(t[1]) === JSON.stringify(['các cấp ủy, tổ chức đảng, chính quyền']))).toBe(true);
  });
  test('"… yêu cầu các cơ quan liên quan tiếp tục bám sát …. Trong đó, tập trung làm rõ …": after a task, a connective and a verb of work go on with it', () => {
    expect(restated('Chủ tịch nước yêu cầu các cơ quan liên quan tiếp tục bám sát kết quả nghiên cứu chuyên đề để hoàn thiện dự thảo đề án. Trong đó, tập trung làm rõ trọng tâm của đề án; tăng cường công tác thông tin tuyên truyền tạo sự đồng thuận.')).toEqual([
      ['các cơ quan liên quan tiếp tục', ['các cơ quan liên quan']],
      ['tập trung làm rõ trọng tâm của', ['các cơ quan liên quan']],
      ['tăng cường công tác thông tin ', ['các cơ quan liên quan']],
    ]);
  });
  test('"Theo đó, xác định việc …" after the addressees\' task goes on with them', () => {
    const x = run(
      'Để Nghị quyết được triển khai ngay, đồng bộ, hiệu quả, Bộ Chính trị yêu cầu các cấp ủy, tổ chức đảng tập trung thực hiện tốt các nội dung.',
      'Theo đó, xác định việc tổ chức nghiên cứu, học tập, quán triệt và triển khai thực hiện Nghị quyết là một trong những nhiệm vụ trọng tâm của năm 2026.',
    );
    expect(x.tasks.map((t) => [t.text.slice(0, 30), t.lead])).toEqual([
      ['các cấp ủy, tổ chức đảng tập t', ['Các cấp ủy, tổ chức đảng']],
      ['xác định việc tổ chức nghiên c', ['Các cấp ủy, tổ chức đảng']],
    ]);
  });
  test('a connective before a sentence with its own subject is read as that sentence ("Cụ thể, các sở …")', () => {
    expect(restated('UBND tỉnh yêu cầu các sở, ngành tập trung thực hiện tốt một số nhiệm vụ trọng tâm.', 'Cụ thể, các địa phương rà soát các công trình thủy lợi xung yếu trên địa bàn.').map((t) => t[1])).toEqual([['các sở, ngành'], ['các địa phương']]);
  });
});

describe('work announced and listed after a colon in one sentence ("… nhiệm vụ trọng tâm như: A; b; c")', () => {
  test('"Trước mắt cần thực hiện một số nhiệm vụ trọng tâm như: Tuyên truyền …; chuẩn bị tốt …; xây dựng kế hoạch …": each item is the addressees\' task', () => {
    expect(
      restated(
        'Đồng chí Bí thư Thành ủy đề nghị các cơ quan chủ động bám sát nghị quyết nhiệm vụ năm để tổ chức triển khai thực hiện có hiệu quả. Trước mắt cần thực hiện một số nhiệm vụ trọng tâm như: Tuyên truyền đẩy mạnh và nâng cao chất lượng cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới”; chuẩn bị tốt công tác nhân sự Đại hội đại biểu Hội Nông dân các cấp nhiệm kỳ 2018-2023; xây dựng kế hoạch tổ chức kỷ niệm 70 năm ngày Bác Hồ ra lời kêu gọi thi đua ái quốc./.',
      ),
    ).toEqual([
      ['các cơ quan chủ động bám sát n', ['các cơ quan']],
      ['Tuyên truyền đẩy mạnh và nâng ', ['các cơ quan']],
      ['chuẩn bị tốt công tác nhân sự ', ['các cơ quan']],
      ['xây dựng kế hoạch tổ chức kỷ n', ['các cơ quan']],
    ]);
  });
  test('"… 7 nhiệm vụ trọng tâm. Trong đó, một số nhiệm vụ nổi bật như: Chỉ đạo, hướng dẫn …; tổ chức phát động …"', () => {
    const tasks = restated(
      'Theo đó, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức Đảng, chính quyền tập trung chỉ đạo thực hiện tốt 7 nhiệm vụ trọng tâm. Trong đó, một số nhiệm vụ nổi bật như: Chỉ đạo, hướng dẫn công tác tuyên truyền trước, trong và sau đại hội; tổ chức phát động các phong trào thi đua chào mừng đại hội công đoàn các cấp.',
    );
    expect(tasks.map((t) => t[0])).toEqual(['các cấp ủy, tổ chức Đảng, chín', 'Chỉ đạo, hướng dẫn công tác tu', 'tổ chức phát động các phong tr']);
    expect(tasks[1][1]).toEqual(['các cấp ủy, tổ chức Đảng, chính quyền']);
  });
});
