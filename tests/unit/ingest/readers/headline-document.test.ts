/** A news headline naming the document whose content the page tells. */
import { readDocumentMeta } from '../../../../src/ingest/document';
import { normalise } from '../../../../src/ingest/normalise';
import { readHeadlineDocument } from '../../../../src/ingest/readers/headline-document';

const read = (raw: string) => {
  const { lines } = normalise(raw);
  return Object.fromEntries(Object.entries(readHeadlineDocument(lines, readDocumentMeta(lines))).map(([k, v]) => [k, v!.value]));
};

describe('readHeadlineDocument', () => {
  it('"Những nhiệm vụ, giải pháp trọng tâm của Nghị quyết số 09-NQ/TU về …", named again "Nghị quyết của Ban Thường vụ Tỉnh ủy về chuyển đổi số toàn diện …"', () => {
    expect(read([
      'Những nhiệm vụ, giải pháp trọng tâm của Nghị quyết số 09-NQ/TU về Chuyển đổi số toàn diện tỉnh Quảng Ninh đến năm 2025, định hướng đến năm 2030',
      '',
      'Chuyển đổi số có vai trò quan trọng, cấp bách đối với đất nước.',
      '',
      'Tại Quảng Ninh, Đề án và Nghị quyết của Ban Thường vụ Tỉnh ủy về chuyển đổi số toàn diện tỉnh giai đoạn 2021-2025, định hướng đến năm 2030 đã và đang được triển khai xây dựng với ba trụ cột.',
    ].join('\n'))).toEqual({
      symbol: '09-NQ/TU', number: '09', kind: 'NGHI_QUYET', kindVi: 'Nghị quyết', level: 'PROVINCIAL_PARTY', province: 'Quảng Ninh',
      title: 'về Chuyển đổi số toàn diện tỉnh Quảng Ninh đến năm 2025, định hướng đến năm 2030', issuer: 'Ban Thường vụ Tỉnh ủy',
    });
  });
  it('a headline carrying a document out is no page about its content: "Triển khai Nghị quyết số 57-NQ/TW …"', () => {
    expect(read('Triển khai Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học, công nghệ\n\nUBND tỉnh yêu cầu các sở tổ chức thực hiện.')).toEqual({});
  });
});
