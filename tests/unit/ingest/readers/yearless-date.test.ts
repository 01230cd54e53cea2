/** A date written without its year, completed from the page's own date stamp. */
import { extract } from '../../../../src/ingest/pipeline';
import { completeYear } from '../../../../src/ingest/readers/yearless-date';

describe('completeYear: a machine date stamp', () => {
  it('"2025-11-03" dates "ngày 2/11" in 2025 and "ngày 28/12" in 2024', () => {
    expect(completeYear(2, 11, { stamp: '2025-11-03', text: '', at: 0 })?.iso).toBe('2025-11-02');
    expect(completeYear(28, 12, { stamp: '2016-08-25 09:40:24', text: '', at: 0 })?.iso).toBe('2015-12-28');
  });
});

describe('a stored page opening with its date stamp', () => {
  it('" date 2025-11-03 Thủ tướng … vừa ký Công điện số 206/CĐ-TTg ngày 2/11 …": the telegram of 2 November 2025', () => {
    const x = extract({ path: 'doc.txt', sha256: 'x', format: 'TEXT', text: ' date 2025-11-03 Thủ tướng Chính phủ Phạm Minh Chính vừa ký Công điện số 206/CĐ-TTg ngày 2/11 yêu cầu các bộ ngành, địa phương tập trung khắc phục nhanh hậu quả mưa lũ tại khu vực Trung Bộ.\n\nThủ tướng yêu cầu các địa phương khẩn trương tiếp cận các vùng bị chia cắt, cung cấp lương thực, nước uống.' });
    expect([x.document.symbol, x.document.issuedOn]).toEqual(['206/CĐ-TTg', '2025-11-02']);
    expect(x.document.inferred?.issuedOn).toMatch(/2025-11-03/);
  });
});
