/**
 * A body's yearly work programme has no number; a plan carries it out by name in its preamble: "Thực hiện chương trình
 * công tác Đoàn và phong trào thanh thiếu nhi năm 2024, …; căn cứ Kế hoạch số 183-KH/TWĐTN-TNNT …" (225-KH/TWĐTN-CTTN),
 * "Thực hiện Chương trình công tác kiểm tra, giám sát năm 2021 của Ban Chấp hành Đảng bộ tỉnh, …" (baohaiduong). The
 * programme, named up to its year, is IMPLEMENTS; "chương trình công tác" in running prose is no reference.
 */
import { readCitations } from '../../../src/ingest/citations';
import { normalise } from '../../../src/ingest/normalise';

const cites = (text: string) => readCitations(normalise(text).lines).map((c) => [c.symbol ?? c.raw, c.relation]);

test('"Thực hiện chương trình công tác Đoàn và phong trào thanh thiếu nhi năm 2024, …"', () => {
  expect(cites('KẾ HOẠCH\nTổ chức các hoạt động hè dành cho thiếu nhi năm 2024\n\nThực hiện chương trình công tác Đoàn và phong trào thanh thiếu nhi năm 2024, chương trình công tác Đội và phong trào thiếu nhi năm học 2023 - 2024; căn cứ Kế hoạch số 183-KH/TWĐTN-TNNT ngày 28/2/2024 của Ban Bí thư Trung ương Đoàn về việc tổ chức chiến dịch thanh niên tình nguyện Hè năm 2024, Ban Bí thư Trung ương Đoàn ban hành Kế hoạch tổ chức các hoạt động Hè dành cho thiếu nhi năm 2024, cụ thể như sau:'))
    .toEqual([['chương trình công tác Đoàn và phong trào thanh thiếu nhi năm 2024', 'IMPLEMENTS'], ['183-KH/TWĐTN-TNNT', 'BASED_ON']]);
});

test('"Thực hiện Chương trình công tác kiểm tra, giám sát năm 2021 của Ban Chấp hành Đảng bộ tỉnh, …"', () => {
  // (With its issuer: the reference named by its body, "… năm 2021 của Ban Chấp hành Đảng bộ tỉnh", is read whole.)
  expect(cites('Thực hiện Chương trình công tác kiểm tra, giám sát năm 2021 của Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch giám sát công tác lãnh đạo, chỉ đạo.'))
    .toEqual([['Chương trình công tác kiểm tra, giám sát năm 2021 của Ban Chấp hành Đảng bộ tỉnh', 'IMPLEMENTS']]);
});

test('in running prose it is none: "Văn phòng giúp xây dựng và tổ chức thực hiện chương trình công tác năm 2024."', () => {
  expect(cites('1. Văn phòng giúp Ban Chấp hành Trung ương xây dựng và tổ chức thực hiện chương trình công tác năm 2024.')).toEqual([]);
});
