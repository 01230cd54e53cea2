/**
 * A page that restates directions without saying whose document they come from (readers/directed-page.ts): its
 * directions to bodies are the sign of a directive, its tasks are read, the bodies addressed give its level. Lines
 * shaped as on real provincial-portal and news pages (a Tây Ninh portal's transport note, a Hòa Bình traffic-safety
 * note, a Government Office note of a ministry's tasks); a news page with no direction stays rejected.
 */
import { extract } from '../../../../src/ingest/pipeline';

const doc = (text: string) => extract({ path: 'x.txt', text, sha256: '7'.repeat(64), format: 'TEXT' });

describe('a page whose only sign is its directions to bodies', () => {
  it('"Sở Giao thông vận tải chủ trì, phối hợp với …" / "Sở … khẩn trương …": tasks of the department, a provincial page', () => {
    const x = doc('Sở Giao thông vận tải chủ trì, phối hợp với ngành y tế, công an và đơn vị có liên quan khẩn trương triển khai thực hiện các nội dung tại Thông báo số 238/TB-BGTVT của Bộ Giao thông vận tải.\nSở Giao thông vận tải khẩn trương tổng hợp, cung cấp danh sách xe vận chuyển hàng hóa phục vụ sản xuất kinh doanh.');
    expect(x.tasks.map((t) => t.lead)).toEqual([['Sở Giao thông vận tải'], ['Sở Giao thông vận tải']]);
    expect(x.document.level).toBe('PROVINCIAL_STATE');
    expect(x.document.inferred?.level).toMatch(/the bodies its sentences direct .*addressed by a province/);
    expect([x.document.issuer, x.document.kind]).toEqual([null, null]);
  });
  it('"Bộ Nông nghiệp và Phát triển nông thôn tập trung chỉ đạo …": a ministry addressed, a central page in no province', () => {
    const x = doc('Bộ Nông nghiệp và Phát triển nông thôn tập trung chỉ đạo triển khai đồng bộ các giải pháp cấp bách phòng, chống hạn hán, xâm nhập mặn. Khẩn trương trình Chính phủ phương án tổng thể thúc đẩy xuất khẩu nông sản.');
    expect([x.document.level, x.document.province]).toEqual(['CENTRAL_STATE', null]);
    expect(x.tasks[0].lead).toEqual(['Bộ Nông nghiệp và Phát triển nông thôn']);
  });
  it('a headline without a full stop ("Tỉnh ủy quán triệt triển khai các văn bản chỉ đạo mới …") directs no one: rejected', () => {
    expect(() => doc('Sáng 28/3, đồng chí Nguyễn Văn Lợi chủ trì Hội nghị quán triệt các văn bản chỉ đạo mới của Trung ương.\nTỉnh ủy quán triệt triển khai các văn bản chỉ đạo mới về sắp xếp tổ chức bộ máy')).toThrow(/not a directive document/);
  });
  it('"Đoàn có sự tham gia của các đơn vị …" says who takes part: no body directed', () => {
    expect(() => doc('Theo đó có 6 đoàn kiểm tra từ trung ương đến địa phương. Đoàn có sự tham gia của các đơn vị chức năng thuộc các Bộ Y tế, Công Thương tiến hành kiểm tra tại 12 tỉnh, thành phố.')).toThrow(/not a directive document/);
  });
});
