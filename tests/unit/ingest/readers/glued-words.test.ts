/** Words a site glued together are read as if spaced; spans still point into the original text. */
import { gluePoints, isSyllable, splitGlued, unglueWords } from '../../../../src/ingest/readers/glued-words';
import { joinLines, normalise } from '../../../../src/ingest/normalise';

const spaced = (s: string, vocabulary = new Map<string, number>()) => {
  const at = new Set(gluePoints(s, vocabulary));
  return [...s].map((c, i) => (at.has(i) ? ` ${c}` : c)).join('');
};

describe('glued words', () => {
  it.each([
    ['KẾHOẠCH', 'KẾ HOẠCH'],
    ['SởTài chính', 'Sở Tài chính'],
    ['Hội đồngnhân dân', 'Hội đồng nhân dân'],
    ['Sở Kế hoạchvà Đầu tư', 'Sở Kế hoạch và Đầu tư'],
    ['Chỉ thị số 12-CT/TWngày 05/3/2021', 'Chỉ thị số 12-CT/TW ngày 05/3/2021'],
    ['ban hành ngày05/3/2021', 'ban hành ngày 05/3/2021'],
    ['ngày 05/3/2021của UBND tỉnh', 'ngày 05/3/2021 của UBND tỉnh'],
    ['giaiđoạn 2006 - 2010', 'giai đoạn 2006 - 2010'],
    // A portal's font lost the "ố" of "số" and the space after it (vanbanphapluat's copy of a Ninh Bình decision).
    ['Căn cứ Nghị định s20/2008/NĐ-CP ngày 14/02/2008 của Chính phủ', 'Căn cứ Nghị định s 20/2008/NĐ-CP ngày 14/02/2008 của Chính phủ'],
  ])('%p reads as %p', (glued, want) => {
    expect(spaced(glued)).toBe(want);
  });

  it('"BANHÀNH" splits three ways (BA NHÀNH, BAN HÀNH, BANH ÀNH): the syllables the document uses elsewhere win', () => {
    expect(splitGlued('BANHÀNH', new Map([['ban', 1], ['hành', 1]]))).toEqual([3]);
  });

  it.each(['nghiêng', 'khuya', 'quyển', 'Nguyễn', 'Đắk', 'người', 'Thuỷ', 'gìn', 'giữ', 'THÀNH', 'TƯỚNG'])('%p is one syllable', (w) => {
    expect(isSyllable(w.toLowerCase())).toBe(true);
    expect(splitGlued(w)).toEqual([]);
  });

  it.each(['Website', 'TTr-SKHCN', 'SNgV-HTQT', 'Krông Pắc', 'HĐND', 'KH&CN', '36a/NQ-CP', '100ha', 'Khoản s2/2020'])('%p is left alone', (w) => {
    expect(spaced(w)).toBe(w);
  });

  it('a space inserted keeps spans exact: "SởTài chính" still maps to the original columns', () => {
    const raw = 'Giao SởTài chính chủ trì';
    const text = unglueWords(normalise(raw));
    expect(text.lines[0].text).toBe('Giao Sở Tài chính chủ trì');
    const j = joinLines(text.lines);
    const at = j.text.indexOf('Tài chính');
    const span = j.spanOf(at, at + 'Tài chính'.length);
    expect(raw.slice(span.startOffset, span.endOffset)).toBe('Tài chính');
  });
});
