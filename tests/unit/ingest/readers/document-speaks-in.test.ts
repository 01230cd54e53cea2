/**
 * The document named by its kind where the page says what is in it (src/ingest/readers/reported-direction.ts): "Tại quyết
 * định đã nêu chi tiết các cuộc thanh tra của Thanh tra tỉnh; …" opens a page about a decision approving the inspection
 * plan: the page's document is that Quyết định, not the plan the decision approves ("… kế hoạch thanh tra năm 2024 đã được
 * Chủ tịch UBND tỉnh ban hành"). Lines from thanhtra.tuyenquang.gov.vn (2024).
 */
import { extract } from '../../../../src/ingest/pipeline';

const doc = (text: string) => extract({ path: 'x.txt', sha256: 'h', format: 'TEXT', text }).document;

it('"Tại quyết định đã nêu chi tiết …": the page\'s document is the decision', () => {
  const d = doc([
    'Tại quyết định đã nêu chi tiết các cuộc thanh tra của Thanh tra tỉnh; thanh tra sở; thanh tra huyện. Trong đó, Thanh tra tỉnh sẽ thanh tra các đơn vị cụ thể như sau:', '',
    'Chủ tịch UBND tỉnh yêu cầu Chánh Thanh tra tỉnh; người đứng đầu các sở, ban, ngành thuộc tỉnh; chủ tịch UBND huyện, thành phố căn cứ kế hoạch thanh tra năm 2024 đã được Chủ tịch UBND tỉnh ban hành có trách nhiệm tổ chức thông báo ngay kế hoạch thanh tra đến đối tượng thanh tra.',
  ].join('\n'));
  expect([d.kind, d.level]).toEqual(['QUYET_DINH', 'PROVINCIAL_STATE']);
  expect(d.inferred?.kind).toMatch(/the document speaks/);
});
it('a meeting is no document: "Tại hội nghị, đồng chí … đã nêu …"', () => {
  const d = doc('Tại hội nghị đã nêu rõ những kết quả đạt được. Chủ tịch UBND tỉnh yêu cầu các sở, ngành chủ động triển khai thực hiện.');
  expect(d.kind).not.toBe('QUYET_DINH');
});
