/**
 * An older directive's heading in capitals that a legal portal (luatvietnam) wraps inside the issuer's name:
 * "CHỈ THỊ / CỦA THỦ / TƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG / NGÀY 21 THÁNG 6 NĂM 2001 VỀ VIỆC …". The run of capital lines
 * is read joined: kind, issuer, the document's own symbol (with the Prime Minister's code as the body writes it, "TTg"),
 * level and date; the symbol is then no citation of itself.
 */
import { extract } from '../../../src/ingest/pipeline';
import { findSymbols } from '../../../src/ingest/symbols';

const run = (lines: string[]) => extract({ path: 'doc.txt', sha256: 'x', format: 'TEXT', text: lines.join('\n') });

test('"CỦA THỦ / TƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG": the heading wrapped inside the issuer gives the metadata', () => {
  const x = run([
    'CHỈ THỊ',
    'CỦA THỦ',
    'TƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG',
    'NGÀY 21 THÁNG 6 NĂM 2001 VỀ VIỆC XÂY DỰNG KẾ HOẠCH',
    'PHÁT TRIỂN KINH TẾ - XÃ HỘI VÀ DỰ TOÁN NGÂN SÁCH',
    'NHÀ NƯỚC NĂM 2002',
    'Thực hiện Nghị quyết',
    'của Quốc hội về nhiệm vụ và dự toán ngân sách nhà nước năm 2001, Chính phủ đã ban hành các cơ chế chính sách mới.',
    'Để hoàn thành nhiệm vụ kế hoạch năm 2001, Thủ tướng Chính phủ yêu cầu các Bộ, ngành, địa phương và cơ sở cần tập trung thực hiện tốt các Nghị quyết của Quốc hội và Nghị quyết số 05/2001/NQ-CP ngày 24 tháng 5 năm 2001 của Chính phủ về việc bổ sung một số giải pháp điều hành kế hoạch kinh tế năm 2001.',
  ]);
  expect(x.document).toMatchObject({ kind: 'CHI_THI', symbol: '16/2001/CT-TTg', issuer: 'Thủ tướng Chính phủ', level: 'CENTRAL_STATE', province: null, issuedOn: '2001-06-21' });
  expect(x.citations.map((c) => c.symbol)).toEqual(['05/2001/NQ-CP']);
});

test('the Prime Minister\'s code in capitals ("…/CT-TTG", "…/QĐ-TTG") is read "TTg", in the own symbol and in citations', () => {
  expect(findSymbols('CHỈ THỊ SỐ 05/2004/CT-TTG NGÀY 18 THÁNG 2 NĂM 2004').map((s) => s.symbol)).toEqual(['05/2004/CT-TTg']);
  expect(findSymbols('THỰC HIỆN QUYẾT ĐỊNH SỐ 1129/QĐ-TTG CỦA THỦ TƯỚNG').map((s) => s.symbol)).toEqual(['1129/QĐ-TTg']);
});
