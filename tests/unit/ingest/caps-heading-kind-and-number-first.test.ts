/**
 * Older documents on legal portals open with their heading in capitals in the other order, kind and number first:
 * "NGHỊ QUYẾT SỐ 07/1998/NQ-CP NGÀY 06 THÁNG 7 NĂM 1998 VỀ PHIÊN HỌP CHÍNH PHỦ THƯỜNG KỲ THÁNG 6 NĂM 1998", "CHỈ THỊ SỐ
 * 05/2004/CT-TTG NGÀY 18 THÁNG 2 NĂM 2004 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ VIỆC …". The date after the number is the document's,
 * the body after "CỦA" (or the symbol's code) its issuer, and it is central.
 */
import { extract } from '../../../src/ingest/pipeline';

const run = (lines: string[]) => extract({ path: 'doc.txt', sha256: 'x', format: 'TEXT', text: lines.join('\n') });

test('"NGHỊ QUYẾT SỐ 07/1998/NQ-CP NGÀY 06 THÁNG 7 NĂM 1998 VỀ …"', () => {
  const x = run(['NGHỊ QUYẾT SỐ 07/1998/NQ-CP NGÀY 06 THÁNG 7 NĂM 1998 VỀ PHIÊN HỌP CHÍNH PHỦ THƯỜNG KỲ THÁNG 6 NĂM 1998', '',
    'Trong hai ngày 29 và 30 tháng 6 năm 1998, Chính phủ họp phiên thường kỳ tháng 6 năm 1998 thảo luận và quyết nghị các vấn đề sau:',
    '1. Chính phủ giao Văn phòng Chính phủ phối hợp với Bộ Kế hoạch và Đầu tư và các cơ quan liên quan tiếp thu các ý kiến tại phiên họp.']);
  expect(x.document).toMatchObject({ kind: 'NGHI_QUYET', symbol: '07/1998/NQ-CP', issuer: 'Chính phủ', level: 'CENTRAL_STATE', province: null, issuedOn: '1998-07-06' });
});

test('"CHỈ THỊ SỐ 05/2004/CT-TTG NGÀY 18 THÁNG 2 NĂM 2004 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ VIỆC …"', () => {
  const x = run(['CHỈ THỊ SỐ 05/2004/CT-TTG NGÀY 18 THÁNG 2 NĂM 2004 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ VIỆC TĂNG CƯỜNG CÔNG TÁC PHÒNG CHỐNG LỤT BÃO', '',
    'Thủ tướng Chính phủ yêu cầu các Bộ, ngành, địa phương khẩn trương thực hiện các biện pháp phòng chống lụt bão.']);
  expect(x.document).toMatchObject({ kind: 'CHI_THI', symbol: '05/2004/CT-TTg', issuer: 'Thủ tướng Chính phủ', level: 'CENTRAL_STATE', province: null, issuedOn: '2004-02-18' });
});
