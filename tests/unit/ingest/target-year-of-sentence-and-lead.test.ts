/**
 * The year of a target given by its sentence or by the text around it, not by a heading:
 * - a year written after a target dates the targets after it in its sentence: "phát triển kinh tế số đạt 20% GDP năm 2025;
 *   Tỷ trọng thương mại điện tử … đạt trên 10%. Sau đó đến năm 2030, …";
 * - "… 6 tháng cuối năm 2025. Theo đó, trong 6 tháng cuối năm, phường … phấn đấu …": a sentence going on from the one
 *   before takes its year, and a news lead restating the same target without a year ("… trong 6 tháng cuối năm nay") is one
 *   target with the body's year;
 * - a subheading giving a span in words: "a) Từ 2021 đến 2025".
 */
import { statedTargets, targetYear } from '../../../src/ingest/objective-targets';
import { extract } from '../../../src/ingest/pipeline';

describe('a year written after a target dates the rest of its sentence', () => {
  test('"đạt 20% GDP năm 2025; Tỷ trọng … đạt trên 10%" is 2025; the next sentence has its own', () => {
    const got = statedTargets('Mục tiêu cụ thể là phát triển kinh tế số đạt 20% GDP năm 2025; Tỷ trọng thương mại điện tử trong tổng mức bán lẻ đạt trên 10%. Sau đó đến năm 2030, phấn đấu đưa tỷ trọng kinh tế số đạt 30% GDP.');
    expect(got.map((t) => [t.target, t.year])).toEqual([['20% GDP', '2025'], ['trên 10%', '2025'], ['30% GDP', '2030']]);
  });
});

describe('"Theo đó" takes the year of the sentence before it', () => {
  test('a ward council\'s resolution restated by the news, its lead without a year', () => {
    const x = extract({ path: 'news.txt', sha256: 'x', format: 'TEXT', text: [
      'Phường Xuân Phương phấn đấu tổng thu ngân sách đạt 170,89 tỷ đồng và duy trì không có hộ nghèo trong 6 tháng cuối năm nay.',
      '',
      'HĐND phường Xuân Phương khóa I, nhiệm kỳ 2021-2026, tổ chức kỳ họp thứ hai vào sáng ngày 11/7.',
      '',
      'Kỳ họp đã thông qua Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội 6 tháng cuối năm 2025. Theo đó, trong 6 tháng cuối năm, phường Xuân Phương phấn đấu tổng thu ngân sách đạt 170,89 tỷ đồng; duy trì không có hộ nghèo; tỷ lệ hộ gia đình được công nhận danh hiệu Gia đình văn hóa là 88%.',
    ].join('\n') });
    expect(x.indicators.map((i) => [i.target, i.period])).toEqual([['170,89 tỷ đồng', '2025'], ['88%', '2025']]);
  });
});

describe('a span in words in a subheading', () => {
  test('"a) Từ 2021 đến 2025", "Từ năm 2026 đến năm 2030"', () => {
    expect(targetYear('a) Từ 2021 đến 2025')).toBe('2021-2025');
    expect(targetYear('Từ năm 2026 đến năm 2030')).toBe('2026-2030');
  });
});
