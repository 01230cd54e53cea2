/**
 * OCR misreadings the normaliser repairs for every source, and the Vietnamese it must leave alone.
 */
import { normalise, normaliseLine } from '../../../src/ingest/normalise';
import { repairOcrMisreadings } from '../../../src/ingest/ocr-repair';

describe('"đ" read as "d"', () => {
  test.each([
    ['dến năm 2030', 'đến năm 2030'], // a syllable that does not exist with d
    ['các dơn vị liên quan', 'các đơn vị liên quan'],
    ['ĐẨY MẠNH CÔNG TÁC DỐI NGOẠI VÀ DỊA PHƯƠNG', 'ĐẨY MẠNH CÔNG TÁC DỐI NGOẠI VÀ ĐỊA PHƯƠNG'], // capitals; "dối" is a word
    ['phấn dấu dạt dược các chỉ tiêu', 'phấn đấu đạt được các chỉ tiêu'], // each syllable exists with d, the compound does not
    ['Sở Nội vụ chủ trì, dảm bảo tiến dộ', 'Sở Nội vụ chủ trì, đảm bảo tiến độ'],
    ['lãnh dạo, chỉ dạo triển khai', 'lãnh đạo, chỉ đạo triển khai'],
    ['Dầu tư công và giá dầu thô', 'Đầu tư công và giá dầu thô'], // "dầu" (oil) exists; only the compound "đầu tư" repairs it
    ['đầu tư, dầu  tư', 'đầu tư, đầu  tư'], // wrapped spaces keep their width
  ])('%s → %s', (read, repaired) => {
    expect(repairOcrMisreadings(read)).toBe(repaired);
  });

  test.each(['dược phẩm', 'gian dối', 'dân cư', 'dự án', 'diện tích', 'đi dạo', 'dòng', 'doanh nghiệp', 'Dự thảo'])('"%s" is Vietnamese as it is', (word) => {
    expect(repairOcrMisreadings(word)).toBe(word);
  });
});

describe('"Sở" read with a wrong tone', () => {
  test.each([
    ['Sớ Nội vụ chủ trì', 'Sở Nội vụ chủ trì'],
    ['giao Sờ Khoa học và Công nghệ', 'giao Sở Khoa học và Công nghệ'],
    ['Sỡ KH&CN', 'Sở KH&CN'],
    ['các sớ, ban, ngành', 'các sở, ban, ngành'],
    ['các sơ ban ngành', 'các sở ban ngành'],
  ])('%s → %s', (read, repaired) => {
    expect(repairOcrMisreadings(read)).toBe(repaired);
  });

  test.each(['sơ kết 6 tháng', 'Số 12/KH-UBND', 'bản sớ', 'Sơ đồ tổ chức'])('"%s" stays', (text) => {
    expect(repairOcrMisreadings(text)).toBe(text);
  });
});

describe('an item number\'s period read as a comma', () => {
  test.each([
    ['5, Sở Văn hóa, Thể thao và Du lịch', '5. Sở Văn hóa, Thể thao và Du lịch'],
    ['II, NHIỆM VỤ VÀ GIẢI PHÁP', 'II. NHIỆM VỤ VÀ GIẢI PHÁP'],
  ])('%s → %s', (read, repaired) => {
    expect(repairOcrMisreadings(read)).toBe(repaired);
  });

  test.each(['2025, Sở Nội vụ tổng hợp', 'ngày 5, Sở Nội vụ', '5, 6 và 7 tháng'])('"%s" stays', (text) => {
    expect(repairOcrMisreadings(text)).toBe(text);
  });
});

describe('a quarter\'s Roman "I" read as "l" or a bar', () => {
  test.each([
    ['Quý l/2027', 'Quý I/2027'],
    ['Trước Quý Il/2026', 'Trước Quý II/2026'],
    ['quý |V năm 2026', 'quý IV năm 2026'],
  ])('%s → %s', (read, repaired) => {
    expect(repairOcrMisreadings(read)).toBe(repaired);
  });

  test.each(['Quý III/2026', 'quý lại', 'Quý 2/2026'])('"%s" stays', (text) => {
    expect(repairOcrMisreadings(text)).toBe(text);
  });
});

describe('a tone mark split from its vowel', () => {
  test('a spacing accent after the vowel becomes its tone: "Ho´a" → "Hóa", "vi˜" → "vĩ"', () => {
    expect(normaliseLine('Văn ho´a, Thê`').text).toBe('Văn hóa, Thề');
    expect(normaliseLine('vi˜ mô').text).toBe('vĩ mô');
  });

  test('a combining tone after a space (PDF or OCR) is put back: "Đơn vi ̣" → "Đơn vị"', () => {
    expect(normaliseLine('Đơn vi ̣chủ trì').text).toBe('Đơn vị chủ trì');
  });

  test('accents that are not tones stay: "5~10", "`code`"', () => {
    expect(normaliseLine('từ 5~10 ngày').text).toBe('từ 5~10 ngày');
  });
});

test('the normaliser repairs once, for every source, and spans still point at the original characters', () => {
  const raw = 'Giao Sớ Nội vụ chủ trì\ncác dơn vị thực hiện dến năm 2030';
  const { lines } = normalise(raw);
  expect(lines.map((l) => l.text)).toEqual(['Giao Sở Nội vụ chủ trì', 'các đơn vị thực hiện đến năm 2030']);
  const second = lines[1];
  const at = second.text.indexOf('đến');
  expect(raw.slice(second.offset + at, second.offset + at + 3)).toBe('dến');
});

describe('"chi" read with a hook ("chỉ") in a compound that has none', () => {
  test.each([
    ['Ngân hàng Nhà nước Việt Nam chỉ nhánh Khu vực 1', 'Ngân hàng Nhà nước Việt Nam chi nhánh Khu vực 1'],
    ['Chỉ nhánh Ngân hàng Chính sách xã hội', 'Chi nhánh Ngân hàng Chính sách xã hội'],
    ['cắt giảm thủ tục hành chính, chỉ phí tuân thủ', 'cắt giảm thủ tục hành chính, chi phí tuân thủ'],
  ])('%s → %s', (read, repaired) => {
    expect(repairOcrMisreadings(read)).toBe(repaired);
  });

  test.each(['chỉ đạo, hướng dẫn', 'các chỉ tiêu chủ yếu', 'chỉ trả lời bằng văn bản', 'chi nhánh', 'chỉ phím'])('"%s" stays', (text) => {
    expect(repairOcrMisreadings(text)).toBe(text);
  });
});

describe('a syllable read in capitals inside lower-case text', () => {
  test.each([
    ['Các Sở, ngành, đơn VỊ liên quan', 'Các Sở, ngành, đơn vị liên quan'],
    ['các đơn VỊ.', 'các đơn vị.'],
    ['theo lộ trình và VỊ trí', 'theo lộ trình và vị trí'],
  ])('%s → %s', (read, repaired) => {
    expect(repairOcrMisreadings(read)).toBe(repaired);
  });

  test.each([
    'CÁC SỞ, ĐƠN VỊ LIÊN QUAN', // a heading in capitals
    'Văn phòng UBND Thành phố', // an abbreviation carries no tone mark
    'theo mục VI của Kế hoạch', // a Roman number neither
    'giao Sở Nội vụ chủ trì',
    'nhiệm vụ NHẤT ĐỊNH phải hoàn thành', // capitals whose small forms look different (N, H, Đ)
  ])('"%s" stays', (text) => {
    expect(repairOcrMisreadings(text)).toBe(text);
  });
});
