/**
 * A head speaking as the chair of a national committee whose name holds commas: "Phó Thủ tướng Chính phủ Trần Lưu
 * Quang, Chủ tịch Ủy ban Quốc gia phòng, chống AIDS, ma túy, mại dâm (Ủy ban Quốc gia) yêu cầu các Bộ, …" (a university's
 * tag page). The committee directs: it is the issuer, central State, no province; a province's chairman stays as read.
 */
import { extract } from '../../../src/ingest/pipeline';

const run = (lines: string[]) => extract({ path: 'doc.txt', sha256: 'x', format: 'TEXT', text: lines.join('\n') });

test('"…, Chủ tịch Ủy ban Quốc gia phòng, chống AIDS, ma túy, mại dâm (Ủy ban Quốc gia) yêu cầu …": the committee', () => {
  const x = run([
    'Tháng hành động phòng, chống ma túy năm 2024 - Vì một cộng đồng sạch ma túy',
    'Hưởng ứng Tháng hành động phòng, chống ma túy (tháng 6), Ngày quốc tế phòng, chống ma túy và Ngày toàn dân phòng, chống ma túy (ngày 26 tháng 6), Phó Thủ tướng Chính phủ Trần Lưu Quang, Chủ tịch Ủy ban Quốc gia phòng, chống AIDS, ma túy, mại dâm (Ủy ban Quốc gia) yêu cầu các Bộ, cơ quan thành viên Ủy ban Quốc gia, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chỉ đạo triển khai Tháng hành động phòng, chống ma túy từ ngày 01 đến ngày 30 tháng 6 năm 2024.',
  ]);
  expect(x.document).toMatchObject({ issuer: 'Ủy ban Quốc gia phòng, chống AIDS, ma túy, mại dâm', level: 'CENTRAL_STATE', province: null });
  expect(x.tasks.map((t) => t.lead)).toEqual([['Các Bộ, cơ quan thành viên Ủy ban Quốc gia', 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương']]);
});
