/**
 * The Government's agencies of ministerial rank (Ủy ban Dân tộc, Thanh tra Chính phủ, Kiểm toán Nhà nước …) are central
 * State bodies, never a Hà Nội province's, and the head who enacts for one ("BỘ TRƯỞNG, CHỦ NHIỆM ỦY BAN DÂN TỘC") names
 * his agency as the issuer. Real header: Ủy ban Dân tộc's 98/QĐ-UBDT of 2021 on thuvienphapluat (its name wrapped "ỦY" /
 * "BAN DÂN TỘC").
 */
import { levelOfIssuer, recase } from '../../../src/ingest/document';
import { extract } from '../../../src/ingest/pipeline';

describe('an agency of ministerial rank', () => {
  it.each(['ỦY BAN DÂN TỘC', 'THANH TRA CHÍNH PHỦ', 'KIỂM TOÁN NHÀ NƯỚC'])('%p is central State, recased with its proper name', (caps) => {
    const name = recase(caps);
    expect(name).toMatch(/^(?:Ủy ban Dân tộc|Thanh tra Chính phủ|Kiểm toán Nhà nước)$/u);
    expect(levelOfIssuer(name)).toBe('CENTRAL_STATE');
  });

  it('its head enacting the decision names the agency; the decision is central, in no province', () => {
    const text = 'ỦY\nBAN DÂN TỘC\n-------\n|\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n|\nSố: 98/QĐ-UBDT\n|\nHà Nội, ngày 18 tháng 02 năm 2021\n|\nQUYẾT ĐỊNH\nBAN HÀNH KẾ HOẠCH THỰC HIỆN ĐỀ ÁN GIẢM THIỂU TÌNH TRẠNG TẢO HÔN VÀ HÔN\nNHÂN CẬN HUYẾT THỐNG TRONG VÙNG DÂN TỘC THIỂU SỐ GIAI ĐOẠN 2021-2025 (GIAI ĐOẠN\nII)\nBỘ TRƯỞNG, CHỦ NHIỆM ỦY BAN DÂN TỘC\nCăn cứ Nghị định số 13/2017/NĐ-CP quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Ủy ban Dân tộc;\nXét đề nghị của Vụ trưởng Vụ Dân tộc thiểu số,\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Đề án.';
    const d = extract({ path: 'p.txt', text, sha256: '0'.repeat(64), format: 'TEXT' }).document;
    expect([d.issuer, d.level, d.province]).toEqual(['Ủy ban Dân tộc', 'CENTRAL_STATE', null]);
  });
});
