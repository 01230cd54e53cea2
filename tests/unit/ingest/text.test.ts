import { foldDiacritics, slugify } from '../../../src/ingest/text';

describe('foldDiacritics', () => {
  it('compares Vietnamese names without diacritics or case: "Sở Khoa học" = "so khoa hoc", Đ → d', () => {
    expect(foldDiacritics('Sở Khoa học và Công nghệ')).toBe('so khoa hoc va cong nghe');
    expect(foldDiacritics('ĐẢNG ỦY')).toBe('dang uy');
  });
  it('slugs provinces for keys', () => {
    expect(slugify('Hà Nội')).toBe('ha-noi');
    expect(slugify('Bà Rịa - Vũng Tàu')).toBe('ba-ria-vung-tau');
  });
});
