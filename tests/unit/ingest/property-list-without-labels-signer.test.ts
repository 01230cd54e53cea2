/**
 * A Party document library's property list without labels, one bullet a property (tulieuvankien.dangcongsan.vn, Hướng dẫn
 * 30-HD/BTGTW of 2017): the bullets holding the symbol alone and the kind word alone tell the list; the bullet holding a
 * person's name is the signer. A bullet list of a body's work is no property list.
 */
import { normalise } from '../../../src/ingest/normalise';
import { readDocumentMeta } from '../../../src/ingest/document';
import { readPropertyBullets } from '../../../src/ingest/readers/property-bullets';

const read = (text: string) => {
  const { lines } = normalise(text);
  return readPropertyBullets(lines, readDocumentMeta(lines)).signer?.value ?? null;
};

describe('the signer in a property list without labels', () => {
  test('"• 30-HD/BTGTW" / "• Hướng dẫn" / … / "• Ban Tuyên giáo Trung ương" / "• Lâm Phương Thanh"', () => {
    expect(
      read(
        [
          'Hướng dẫn số 30-HD/BTGTW ngày 13/4/2017 của Ban Tuyên giáo Trung ương về việc tổ chức kỷ niệm năm tròn một số ngày lễ lớn',
          '  • Về việc tổ chức kỷ niệm năm tròn một số ngày lễ lớn và sự kiện lịch sử quan trọng trong hai năm 2017 - 2018',
          '  • 30-HD/BTGTW',
          '  • Hướng dẫn',
          '  • Văn hóa - Thể thao - Du lịch',
          '  • 13/04/2017',
          '  • Ban Tuyên giáo Trung ương',
          '  • Lâm Phương Thanh',
          'Nội dung:',
        ].join('\n'),
      ),
    ).toBe('Lâm Phương Thanh');
  });
  test('bullets with no symbol or kind alone are no property list', () => {
    expect(read(['Tin tức', '  • Nguyễn Văn An', '  • Trần Thị Bình', '  • Tổ chức tuyên truyền'].join('\n'))).toBeNull();
  });
});
