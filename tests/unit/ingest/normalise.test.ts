import { joinLines, normalise, normaliseByCharacter, normaliseLine, splitParagraphs } from '../../../src/ingest/normalise';

const text = (raw: string) => normalise(raw).lines.map((l) => l.text);

describe('normalise: PDF diacritic artefacts', () => {
  it('re-attaches a dot-below that landed after a space: "Đơn vi ̣" → "Đơn vị"', () => {
    expect(normaliseLine('TT Chỉ tiêu phát triển Đơn vi \u0323 2026-2030').text).toBe('TT Chỉ tiêu phát triển Đơn vị 2026-2030');
  });

  it('keeps the word break when the mark sat between two words: "Chủ tri ̀báo cáo" → "Chủ trì báo cáo"', () => {
    expect(normaliseLine('Chủ tri \u0300báo cáo').text).toBe('Chủ trì báo cáo');
  });

  it('moves a tone that landed on the next vowel back to the marked vowel: "Triêụ" → "Triệu", "Nôị vu ̣" → "Nội vụ"', () => {
    expect(normaliseLine('Triêu\u0323 đồng').text).toBe('Triệu đồng');
    expect(normaliseLine('Sở Nôi\u0323 vu \u0323').text).toBe('Sở Nội vụ');
  });

  it('moves a tone that landed on a consonant: "Viêṇ", "troṇg", "thưc̣ hiêṇ", "Dic̣h vu ̣"', () => {
    expect(normaliseLine('Viên\u0323 KTXH HN').text).toBe('Viện KTXH HN');
    expect(normaliseLine('Tỷ tron\u0323g kinh tế số').text).toBe('Tỷ trọng kinh tế số');
    expect(normaliseLine('Vốn FDI thưc\u0323 hiên\u0323').text).toBe('Vốn FDI thực hiện');
    expect(normaliseLine('Dic\u0323h vu \u0323 %').text).toBe('Dịch vụ %');
  });

  it('leaves correctly decomposed text alone apart from composing it (NFC)', () => {
    const nfd = 'Hòa bình, thuỷ lợi, người'.normalize('NFD');
    expect(normaliseLine(nfd).text).toBe('Hòa bình, thuỷ lợi, người');
  });

  it('maps cleaned characters back to the original columns', () => {
    const raw = 'A\nĐơn vi \u0323 đo\n';
    const n = normalise(raw);
    const j = joinLines([n.lines[1]]);
    const i = j.text.indexOf('đo');
    const span = j.spanOf(i, i + 2);
    expect(raw.slice(span.startOffset, span.endOffset)).toBe('đo');
    expect(span.startLine).toBe(2);
  });
});

describe('normalise: debris lines', () => {
  it('drops a footnote URL line and records why', () => {
    const n = normalise('≥ 70 Văn phòng UBND Thành phố\nhttps://thuvienphapluat.vn/van-ban/Nghi-quyet-153-NQ-CP-2025.aspx#_ftn1\n12 Xếp hạng');
    expect(n.lines.map((l) => l.text)).toEqual(['≥ 70 Văn phòng UBND Thành phố', '12 Xếp hạng']);
    expect(n.dropped).toEqual([{ line: 2, reason: 'url' }]);
  });

  it('drops a page number standing between page-gap blank lines, keeps table row ordinals', () => {
    const body = Array.from({ length: 150 }, (_, i) => `dòng văn bản ${i}`).join('\n');
    const raw = `${body}\n\n\n\n2 \n\ntrong tỉnh. Nâng cao năng lực\n7 Bộ chỉ số FTA\n\n8 \nXếp hạng quốc gia`;
    const n = normalise(raw);
    expect(n.dropped).toEqual([{ line: 154, reason: 'page number' }]);
    expect(n.lines.some((l) => l.text === '8')).toBe(true);
  });

  it('drops form feeds and running headers repeated at every page break', () => {
    const page = () => `KẾ HOẠCH SỐ 35/KH-UBND\n${'nội dung\n'.repeat(20)}\f`;
    const n = normalise([1, 2, 3, 4].map(() => page()).join('\n'));
    expect(n.lines.some((l) => l.text.startsWith('KẾ HOẠCH SỐ'))).toBe(false);
    expect(n.dropped.filter((d) => d.reason === 'running header')).toHaveLength(4);
    expect(n.lines.filter((l) => l.text === 'nội dung')).toHaveLength(80);
  });

  it('keeps a table header repeated at every page head (tab-separated cells are the table stage\'s to read)', () => {
    const header = 'TT\tNội dung\tCơ quan chủ trì\tThời gian';
    const page = (k: number) => `\f${k}\n${header}\n${Array.from({ length: 12 }, (_, i) => `${k * 12 + i}\tNhiệm vụ\tSở Nội vụ\tQuý IV/2026`).join('\n')}`;
    const n = normalise(`${'nội dung\n'.repeat(20)}${[2, 3, 4].map(page).join('\n')}`);
    expect(n.lines.filter((l) => l.text === header)).toHaveLength(3);
    expect(n.dropped.map((d) => d.reason)).toEqual(['page number', 'page number', 'page number']);
  });

  it('drops website chrome copied with the text, but not document text', () => {
    const raw = ['Trang chủ > Văn bản > Kế hoạch', 'Đăng nhập | Đăng ký', 'Giới thiệu | Liên hệ | English', 'Chia sẻ', '© 2024 Cổng thông tin điện tử', 'KẾ HOẠCH', 'Nội dung', 'Chia sẻ kinh nghiệm với các tỉnh bạn.'].join('\n');
    expect(text(raw)).toEqual(['KẾ HOẠCH', 'Nội dung', 'Chia sẻ kinh nghiệm với các tỉnh bạn.']);
  });

  it('keeps tabs (DOCX table cells), trims trailing spaces, strips Markdown emphasis', () => {
    expect(text('1.\tTuyên truyền\tSở Ngoại vụ\t\t   \n**TM. ỦY BAN NHÂN DÂN\n# KẾ HOẠCH')).toEqual(['1.\tTuyên truyền\tSở Ngoại vụ\t\t', 'TM. ỦY BAN NHÂN DÂN', 'KẾ HOẠCH']);
  });
});

describe('joinLines: wrapped PDF lines', () => {
  const lines = (s: string) => normalise(s).lines;

  it('re-joins a symbol split across lines: `23-` / `CT/TW`', () => {
    expect(joinLines(lines('Chỉ thị số 23-\n\nCT/TW ngày 09/02/2018')).text).toBe('Chỉ thị số 23-CT/TW ngày 09/02/2018');
    expect(joinLines(lines('Nghị quyết số 153/NQ-\nCP ngày')).text).toBe('Nghị quyết số 153/NQ-CP ngày');
  });

  it('keeps spaced hyphens of Vietnamese compounds and de-hyphenates Latin words', () => {
    expect(joinLines(lines('phát triển kinh tế -\nxã hội')).text).toBe('phát triển kinh tế - xã hội');
    expect(joinLines(lines('the informa-\ntion age')).text).toBe('the information age');
  });

  it('spans a range that crosses a line break', () => {
    const raw = 'thực hiện Nghị quyết\n\nsố 59-NQ/TW ngày 24/01/2025';
    const j = joinLines(lines(raw));
    const i = j.text.indexOf('Nghị quyết');
    const span = j.spanOf(i, j.text.indexOf('/TW') + 3);
    expect(span).toMatchObject({ startLine: 1, endLine: 3 });
    expect(raw.slice(span.startOffset, span.endOffset)).toBe('Nghị quyết\n\nsố 59-NQ/TW');
  });
});

describe('splitParagraphs', () => {
  it('starts a paragraph at each bullet or numbered item and after sentence punctuation', () => {
    const n = normalise('1. Mục đích\n\n- Xây dựng kế hoạch, lộ trình cụ thể hóa\n\nvà tổ chức thực hiện.\n\n- Thực hiện các chiến lược');
    expect(splitParagraphs(n.lines).map((p) => joinLines(p).text)).toEqual([
      '1. Mục đích',
      '- Xây dựng kế hoạch, lộ trình cụ thể hóa và tổ chức thực hiện.',
      '- Thực hiện các chiến lược',
    ]);
  });
});

describe('normalise: clean lines take the fast path with the same answer', () => {
  const lines = [
    'Sở Khoa học và Công nghệ chủ trì, phối hợp các sở, ngành\t\tQuý IV/2026',
    'Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị   ',
    'Thời hạn:\u00a0trước 30/6/2026\u202f',
    '**Căn cứ** Luật Tổ chức chính quyền địa phương', // emphasis: the per-character path strips it
    '## II. NHIỆM VỤ', // a Markdown heading, likewise
    'Đơn vi \u0323 tính', // a decomposed mark: repaired on the per-character path
    'Trung tâm 𝐃ữ liệu', // an astral character: two UTF-16 units, one column
  ];
  it.each(lines)('%j maps text and columns exactly as the per-character path does', (line) => {
    const fast = normaliseLine(line);
    const slow = normaliseByCharacter(line);
    expect(fast.text).toBe(slow.text);
    expect([...fast.cols]).toEqual([...slow.cols]);
  });
});
