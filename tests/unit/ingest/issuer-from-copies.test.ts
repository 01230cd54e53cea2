/**
 * Which body issued the document a news page restates, read from the page's own words: a city's committee named
 * "UBND TP Hà Nội" is "Ủy ban nhân dân thành phố Hà Nội". Lines from real pages (Hà Nội news).
 */
import { completeIssuer } from '../../../src/ingest/document';
import { extract } from '../../../src/ingest/pipeline';

const parse = (text: string) => extract({ path: 'page.txt', text, sha256: '0'.repeat(64), format: 'TEXT' });

describe('the issuer a news page names', () => {
  it('"UBND TP Hà Nội vừa có Chỉ thị số 03/CT-UBND …": the city\'s committee, "TP" written out', () => {
    const x = parse('UBND TP Hà Nội vừa có Chỉ thị số 03/CT-UBND về việc tăng cường công tác bảo vệ, phòng cháy, chữa cháy rừng năm 2018 trên địa bàn thành phố.\n\nTheo đó, UBND thành phố yêu cầu các huyện, thị xã có rừng tổ chức triển khai thực hiện đầy đủ, kịp thời các nội dung, quy định về phòng cháy, chữa cháy rừng.');
    expect(x.document).toMatchObject({ issuer: 'Ủy ban nhân dân thành phố Hà Nội', province: 'Hà Nội', level: 'PROVINCIAL_STATE' });
  });
  it('"UBND TP.HCM", "Chủ tịch UBND TP.Hà Nội": the city by its name; "UBND TP Thủ Đức" (no province) as written', () => {
    expect(completeIssuer('UBND TP.HCM', null)).toBe('Ủy ban nhân dân thành phố Hồ Chí Minh');
    expect(completeIssuer('Chủ tịch UBND TP.Hà Nội', null)).toBe('Chủ tịch UBND thành phố Hà Nội');
    expect(completeIssuer('UBND TP Thủ Đức', 'Hồ Chí Minh')).toBe('Ủy ban nhân dân TP Thủ Đức');
  });
});

describe('bodies a news page directs', () => {
  it('a bank\'s branch is a body ("Theo đó, UBND tỉnh chỉ đạo Chi nhánh Ngân hàng Chính sách xã hội tỉnh chủ trì, phối hợp …"): it leads, the committee directing it issued', () => {
    const x = parse('Theo đó, UBND tỉnh chỉ đạo Chi nhánh Ngân hàng Chính sách xã hội tỉnh chủ trì, phối hợp các Sở, ngành liên quan tổ chức phổ biến, quán triệt, triển khai Chỉ thị 40–CT/TW ngày 22/11/2014 của Ban Bí thư Trung ương Đảng.');
    expect(x.document).toMatchObject({ issuer: 'UBND tỉnh', level: 'PROVINCIAL_STATE' });
    expect(x.tasks[0].text).toMatch(/^Chi nhánh Ngân hàng Chính sách xã hội tỉnh chủ trì/u);
    expect(x.tasks[0].lead).toEqual(['Chi nhánh Ngân hàng Chính sách xã hội tỉnh']);
  });
});

describe('forest owners addressed as a collective', () => {
  // Hà Nội's Chỉ thị 17/CT-UBND of 2011 on forest fires, restated by a news page.
  it('"Phối hợp với các chủ rừng tuần tra, canh gác bảo vệ rừng …": the owners are the coordinators, their name ending before the patrol', () => {
    const x = parse('KTĐT - UBND TP Hà Nội vừa ban hành chỉ thị (số 17/CT-UBND) về công tác phòng cháy, chữa cháy rừng (PCCCR) mùa khô năm 2011 - 2012 trên địa bàn.\n\nTheo đó, Sở NN&PTNT tập trung hướng dẫn, kiểm tra, đôn đốc các Ban Chỉ huy các vấn đề cấp bách trong bảo vệ rừng và PCCCR từ cấp huyện đến cơ sở. Phối hợp với các chủ rừng tuần tra, canh gác bảo vệ rừng trong các tháng mùa khô và xử lý nghiêm các hành vi vi phạm.');
    const t = x.tasks.find((k) => k.text.startsWith('Phối hợp với các chủ rừng'));
    expect(t?.coordinators).toEqual(['Các chủ rừng']);
    expect(t?.lead).toEqual(['Sở Nông nghiệp và Phát triển nông thôn']);
  });
});

describe('the police\'s services named in a list', () => {
  // danang.gov.vn, Đà Nẵng's direction on forest fires (2017).
  it('"UBND thành phố cũng giao Công an thành phố, Cảnh sát Phòng cháy và Chữa cháy thành phố, Bộ Chỉ huy quân sự thành phố … chỉ đạo …": the fire service is a body of its own', () => {
    const x = parse('UBND thành phố cũng giao Công an thành phố, Cảnh sát Phòng cháy và Chữa cháy thành phố, Bộ Chỉ huy quân sự thành phố, Bộ Chỉ huy Bộ đội Biên phòng thành phố chỉ đạo các đơn vị trực thuộc sẵn phương tiện, thiết bị và nhân lực tham gia chữa cháy rừng khi có lệnh huy động của cấp thẩm quyền;');
    expect(x.tasks[0].lead.map((n) => n.toLowerCase())).toEqual(['công an thành phố', 'cảnh sát phòng cháy và chữa cháy thành phố', 'bộ chỉ huy quân sự thành phố', 'bộ chỉ huy bộ đội biên phòng thành phố']);
  });
});
