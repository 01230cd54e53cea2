/**
 * A central body's letter whose header the site cut off, so that the page opens at "Kính gửi:": the body asking its
 * addressees in the first sentence after the address block is the issuer (a council "… trung ương" is central), and the
 * purpose it opens with ("Nhằm thực hiện …", after a portal's table bar "|") names what the letter carries out.
 */
import { extract } from '../../../src/ingest/pipeline';

const run = (lines: string[]) => extract({ path: 'doc.txt', sha256: 'x', format: 'TEXT', text: lines.join('\n') });

const COUNCIL = [
  'Kính gửi:',
  '|',
  '- Các bộ, cơ quan ngang bộ,',
  'cơ quan thuộc Chính phủ;',
  '- Tòa án nhân dân tối cao;',
  '- Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương.',
  '|',
  'Nhằm thực hiện có chất lượng,',
  'hiệu quả các nhiệm vụ, giải pháp được nêu trong Nghị quyết số 27-NQ/TW ngày',
  '09/11/2022 của Ban Chấp hành trung ương về tiếp tục xây dựng và hoàn thiện nhà',
  'nước pháp quyền xã hội chủ nghĩa Việt Nam trong giai đoạn mới; Kết luận số',
  '80-KL/TW ngày 20/6/2020 của Ban Bí thư về việc tiếp tục thực hiện Chỉ thị số',
  '32-CT/TW của Ban Bí thư về tăng cường sự lãnh đạo của Đảng trong công tác phổ',
  'biến, giáo dục pháp luật (PBGDPL); Luật PBGDPL; Luật Hòa giải ở cơ sở; các Quyết',
  'định của Thủ tướng Chính phủ số: 1521/QĐ-TTg ngày 06/10/2020 ban hành Kế hoạch',
  'thực hiện Kết luận số 80-KL/TW; 21/2021/QĐ-TTg ngày 21/6/2021 quy định về',
  'thành phần và nhiệm vụ, quyền hạn của Hội đồng phối hợp PBGDPL, Hội',
  'đồng phối hợp PBGDPL trung ương (sau đây gọi là Hội đồng) đề nghị các bộ, cơ',
  'quan, tổ chức ở trung ương và các địa phương thực hiện các công việc sau đây:',
  '1. Công tác',
  'PBGDPL',
];

describe('a letter opening at its address line', () => {
  test('the council asking its addressees is the issuer, central; the letter is no longer rejected', () => {
    const x = run(COUNCIL);
    expect(x.document.issuer).toBe('Hội đồng phối hợp PBGDPL trung ương');
    expect(x.document.level).toBe('CENTRAL_STATE');
    expect(x.document.province).toBeNull();
    expect(x.document.inferred?.issuer).toMatch(/address line/);
  });
  test('"Nhằm thực hiện …" after the table bar: what it names is carried out; the root behind 80-KL/TW is cited', () => {
    // (The strongest relation each reference is given, as the graph keeps it: 80-KL/TW is named again inside 1521/QĐ-TTg's title.)
    const cites = run(COUNCIL).citations;
    const rel = new Map(['27-NQ/TW', '80-KL/TW', '32-CT/TW', 'Luật PBGDPL', 'Luật Hòa giải ở cơ sở', '1521/QĐ-TTg', '21/2021/QĐ-TTg'].map((k) => {
      const mine = cites.filter((c) => (c.symbol ?? c.raw) === k).map((c) => c.relation);
      return [k, mine.includes('IMPLEMENTS') ? 'IMPLEMENTS' : mine[0]];
    }));
    expect(rel.get('27-NQ/TW')).toBe('IMPLEMENTS');
    expect(rel.get('80-KL/TW')).toBe('IMPLEMENTS');
    expect(rel.get('32-CT/TW')).toBe('CITES');
    expect(rel.get('Luật PBGDPL')).toBe('IMPLEMENTS');
    expect(rel.get('Luật Hòa giải ở cơ sở')).toBe('IMPLEMENTS');
    expect(rel.get('1521/QĐ-TTg')).toBe('IMPLEMENTS');
    expect(rel.get('21/2021/QĐ-TTg')).toBe('IMPLEMENTS');
  });
  test('a ministry writing to the provinces\' departments (thuvienluat copy of 2294/LĐTBXH-BVCSTE, header cut)', () => {
    const x = run([
      'Kính gửi: Sở Lao động – Thương binh và Xã hội các tỉnh, thành phố',
      'Thực hiện Quyết định số 19/2004/QĐ-TTg ngày 12/02/2004 của Thủ tướng Chính phủ về phê duyệt chương trình Ngăn ngừa và giải quyết tình trạng trẻ em lang thang (sau đây gọi tắt là Quyết định 19); để tiếp tục triển khai có hiệu quả các đề án của Chương trình, Bộ Lao động – Thương binh và Xã hội đề nghị Sở Lao động – Thương binh và Xã hội các tỉnh, thành phố triển khai kế hoạch năm 2008 như sau:',
      'I. MỤC ĐÍCH YÊU CẦU:',
      '1. Tăng cường các hoạt động chỉ đạo từ Trung ương đến địa phương.',
    ]);
    expect(x.document.issuer).toBe('Bộ Lao động – Thương binh và Xã hội');
    expect(x.document.level).toBe('CENTRAL_STATE');
    expect(x.citations.find((c) => c.symbol === '19/2004/QĐ-TTg')?.relation).toBe('IMPLEMENTS');
  });
});
