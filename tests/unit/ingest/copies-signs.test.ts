/**
 * Signs of a directive in copies and news restatements that pages were rejected for missing (judge-4's rejections,
 * each read by a general rule, never by page): lines shaped as on real pages found in the search tool's pages corpus
 * (baolangson, tienphong, demotsht, vtvgo, baotayninh, baothainguyen, baomoi, htv).
 */
import { normalise } from '../../../src/ingest/normalise';
import { extract } from '../../../src/ingest/pipeline';

const doc = (text: string) => extract({ path: 'x.txt', text, sha256: '8'.repeat(64), format: 'TEXT' });
const meta = (text: string) => {
  const d = doc(text).document;
  return [d.kind, d.symbol, d.issuer, d.level, d.province];
};

describe('lookalike letters', () => {
  it('the Icelandic eth for Đ ("Quyết định số 1568/QÐ-TTg", "Ðề án") is read as Đ, one for one', () => {
    expect(normalise('Quyết định số 1568/QÐ-TTg về Ðề án; ðồng').lines[0].text).toBe('Quyết định số 1568/QĐ-TTg về Đề án; đồng');
    expect(meta('Thủ tướng Chính phủ vừa ra Quyết định số 1568/QÐ-TTg quyết định thành lập Ban Chỉ đạo xây dựng Ðề án phát triển dân số.')).toEqual(['QUYET_DINH', '1568/QĐ-TTg', 'Thủ tướng Chính phủ', 'CENTRAL_STATE', null]);
  });
});

describe('steering committees', () => {
  it('"Ban Chỉ đạo liên ngành T.Ư về vệ sinh an toàn thực phẩm đã ban hành Kế hoạch …" after a source clause: a central State plan', () => {
    expect(meta('TP - Cục An toàn Thực phẩm (Bộ Y tế) cho biết, Ban Chỉ đạo liên ngành T.Ư về vệ sinh an toàn thực phẩm đã ban hành Kế hoạch triển khai công tác bảo đảm an toàn thực phẩm Tết Nguyên đán.')).toEqual(['KE_HOACH', null, 'Ban Chỉ đạo liên ngành Trung ương về vệ sinh an toàn thực phẩm', 'CENTRAL_STATE', null]);
  });
  it('"Ban chỉ đạo liên ngành Trung ương về Vệ sinh an toàn thực phẩm đã có Công văn …": the interministerial committee is State, not Party', () => {
    expect(doc('Ban chỉ đạo liên ngành Trung ương về Vệ sinh an toàn thực phẩm đã có Công văn ngày 14/01 đề nghị Chủ tịch Ủy ban nhân dân các tỉnh, thành phố chỉ đạo các đơn vị tăng cường công tác bảo đảm an toàn thực phẩm.').document.level).toBe('CENTRAL_STATE');
  });
});

describe('the document a page restates, named in news words', () => {
  it('"Đó là nội dung tại Chỉ thị số 03/CT-UBND của Chủ tịch UBND tỉnh về việc …": that directive', () => {
    const x = doc('Phát động mạnh mẽ phong trào thi đua thực hiện thắng lợi\n\nĐó là nội dung tại Chỉ thị số 03/CT-UBND của Chủ tịch UBND tỉnh về việc phát động Phong trào thi đua "Toàn dân tham gia phòng, chống dịch Covid-19".');
    expect([x.document.kind, x.document.symbol, x.document.level]).toEqual(['CHI_THI', '03/CT-UBND', 'PROVINCIAL_STATE']);
    expect(x.document.inferred?.symbol).toMatch(/Đó là nội dung tại Chỉ thị số 03\/CT-UBND/);
  });
  it('"Mới đây, Tỉnh ủy đã quyết định thành lập Ban chỉ đạo …", "Bộ Y tế đã quyết định thành lập 7 đoàn công tác …": a Quyết định of the body', () => {
    expect(meta('Mới đây, Tỉnh ủy đã quyết định thành lập Ban chỉ đạo (BCĐ) thực hiện Nghị quyết Hội nghị Trung ương 6 (khóa XII) gồm 32 đồng chí.')).toEqual(['QUYET_DINH', null, 'Tỉnh ủy', 'PROVINCIAL_PARTY', null]);
    expect(meta('Trước thực tế số ca mắc sốt xuất huyết đang có chiều hướng gia tăng, Bộ Y tế đã quyết định thành lập 7 đoàn công tác đi kiểm tra, chỉ đạo công tác phòng, chống sốt xuất huyết.')).toEqual(['QUYET_DINH', null, 'Bộ Y tế', 'CENTRAL_STATE', null]);
  });
});

describe('a body directing', () => {
  it('"Thủ tướng … giao nhiệm vụ và phân công cho Bộ trưởng Bộ Tài chính chuẩn bị, trình …": the Prime Minister directs, the ministry leads', () => {
    const x = doc('Theo Văn phòng Chính phủ, Thủ tướng Nguyễn Tấn Dũng giao nhiệm vụ và phân công cho Bộ trưởng Bộ Tài chính chuẩn bị, trình UBTVQH tờ trình về cơ chế khoán chi cho các ngành thuế, kho bạc, hải quan.');
    expect([x.document.issuer, x.document.level]).toEqual(['Thủ tướng Chính phủ', 'CENTRAL_STATE']);
    expect(x.tasks.map((t) => t.lead)).toEqual([['Bộ Tài chính']]);
  });
  it('"Bộ Y tế yêu cầu toàn Ngành Y tế và các cơ quan … chủ động …": a whole sector addressed', () => {
    const x = doc('Theo đó, Bộ Y tế yêu cầu toàn Ngành Y tế và các cơ quan, tổ chức, cá nhân liên quan chủ động xây dựng các phương án bảo vệ, di dời cơ sở y tế.');
    expect([x.document.issuer, x.document.level]).toEqual(['Bộ Y tế', 'CENTRAL_STATE']);
    expect(x.tasks[0].lead).toEqual(['Toàn Ngành Y tế', 'Các cơ quan, tổ chức, cá nhân liên quan']);
  });
});

describe('a Party body setting targets', () => {
  it('"Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV đặt ra các mục tiêu …": the national congress\'s resolution, central Party', () => {
    expect(meta('Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV đặt ra các mục tiêu, chỉ tiêu phát triển chủ yếu về kinh tế, xã hội và môi trường cho 5 năm 2026-2030.')).toEqual(['NGHI_QUYET', null, 'Đại hội đại biểu toàn quốc lần thứ XIV', 'CENTRAL_PARTY', null]);
  });
  it('"Theo đó, Ban Chấp hành Đảng bộ huyện đề ra mục tiêu là …": the district Party committee issued it', () => {
    expect(meta('Theo đó, Ban Chấp hành Đảng bộ huyện đề ra mục tiêu là phát triển nông nghiệp theo hướng sản xuất hàng hóa tập trung quy mô lớn, phấn đấu đến năm 2025 có 20 sản phẩm đạt chứng nhận 3 sao.')).toEqual([null, null, 'Ban Chấp hành Đảng bộ huyện', 'PROVINCIAL_PARTY', null]);
  });
});
