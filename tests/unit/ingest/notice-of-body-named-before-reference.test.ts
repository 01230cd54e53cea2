/**
 * A news page restating a Government Office notice names it before its number, with the body that issued it, and the
 * head who spoke after it: "Thông báo của Văn phòng Chính phủ tại văn bản số 99/TB-VPCP ngày 13/3/2018, Thủ tướng chỉ
 * đạo tỉnh Bạc Liêu …" (evn.com.vn). The page's document is that notice: kind from its code, symbol, date, and the
 * Office as issuer (not the Prime Minister whose conclusions it conveys); it is central, though about one province.
 */
import { extract } from '../../../src/ingest/pipeline';

const run = (lines: string[]) => extract({ path: 'doc.txt', sha256: 'x', format: 'TEXT', text: lines.join('\n') });

test('"Thông báo của Văn phòng Chính phủ tại văn bản số 99/TB-VPCP ngày 13/3/2018, Thủ tướng chỉ đạo …"', () => {
  const x = run([
    'Bạc Liêu: Bổ sung chương trình đầu tư lưới điện phục vụ nuôi tôm vào Quy hoạch',
    '',
    'Đó là một trong những chỉ đạo của Thủ tướng Nguyễn Xuân Phúc tại buổi làm việc với lãnh đạo tỉnh Bạc Liêu vừa qua.',
    '',
    'Thủ tướng Chính phủ đề nghị tỉnh Bạc Liêu cần phát triển năng lượng tái tạo theo hướng xanh - Ảnh: Minh Ngọc',
    '',
    'Thông báo của Văn phòng Chính phủ tại văn bản số 99/TB-VPCP ngày 13/3/2018, Thủ tướng chỉ đạo tỉnh Bạc Liêu cần phát triển theo hướng xanh với 4 trụ cột: nông nghiệp; năng lượng tái tạo; du lịch; thương mại - dịch vụ.',
    '',
    'Trong đó, Thủ tướng Chính phủ giao Bộ Công Thương chủ trì, phối hợp với UBND tỉnh Bạc Liêu bổ sung chương trình đầu tư lưới điện phục vụ nuôi tôm vào Quy hoạch phát triển điện lực;',
  ]);
  expect(x.document).toMatchObject({ kind: 'THONG_BAO', symbol: '99/TB-VPCP', issuer: 'Văn phòng Chính phủ', level: 'CENTRAL_STATE', province: null, issuedOn: '2018-03-13' });
  expect(x.document.inferred?.symbol).toMatch(/named in its prose/);
  // Its own number is no citation.
  expect(x.citations.map((c) => c.symbol)).not.toContain('99/TB-VPCP');
});

test('"Theo Thông báo kết luận của Văn phòng Chính phủ tại văn bản số 114/TB-VPCP ngày 15/4/2022, Thủ tướng Chính phủ yêu cầu …"', () => {
  const x = run([
    'Theo Thông báo kết luận của Văn phòng Chính phủ tại văn bản số 114/TB-VPCP ngày 15/4/2022, Thủ tướng Chính phủ yêu cầu các bộ, ngành, địa phương tiếp tục thực hiện nghiêm công tác phòng, chống dịch.',
  ]);
  expect(x.document).toMatchObject({ kind: 'THONG_BAO', symbol: '114/TB-VPCP', issuer: 'Văn phòng Chính phủ', level: 'CENTRAL_STATE', province: null, issuedOn: '2022-04-15' });
});
