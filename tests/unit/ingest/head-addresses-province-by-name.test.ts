/**
 * A central head addresses a province by its name, or as "tỉnh" (the one the page is about), right after the verb:
 * "Thủ tướng chỉ đạo tỉnh Bạc Liêu cần phát triển theo hướng xanh …", "Thủ tướng đề nghị tỉnh có báo cáo đề xuất các dự
 * án cụ thể gửi Bộ Công Thương thẩm định …" (99/TB-VPCP restated on evn.com.vn). The province leads that work.
 */
import { readRestatedTasks } from '../../../src/ingest/readers/restated-tasks';
import { normalise } from '../../../src/ingest/normalise';

const read = (text: string) => readRestatedTasks(normalise(text).lines).map((t) => [t.text, t.leadRaw]);

test('"Thủ tướng chỉ đạo tỉnh Bạc Liêu cần phát triển …" / "Thủ tướng đề nghị tỉnh có báo cáo …"', () => {
  expect(read('Thông báo của Văn phòng Chính phủ tại văn bản số 99/TB-VPCP ngày 13/3/2018, Thủ tướng chỉ đạo tỉnh Bạc Liêu cần phát triển theo hướng xanh với 4 trụ cột.\n\nTrong lĩnh vực năng lượng tái tạo, trước kiến nghị của Tỉnh về bổ sung quy hoạch, Thủ tướng đề nghị tỉnh có báo cáo đề xuất các dự án cụ thể gửi Bộ Công Thương thẩm định, trình Thủ tướng Chính phủ.'))
    .toEqual([
      ['tỉnh Bạc Liêu cần phát triển theo hướng xanh với 4 trụ cột', ['tỉnh Bạc Liêu']],
      ['tỉnh có báo cáo đề xuất các dự án cụ thể gửi Bộ Công Thương thẩm định, trình Thủ tướng Chính phủ', ['tỉnh']],
    ]);
});

test('a province named as a place, not addressed, is no lead: "… các dự án tại tỉnh Bạc Liêu có …"', () => {
  expect(read('Bộ Công Thương cho biết các dự án điện gió tại tỉnh Bạc Liêu có tổng công suất 400 MW.')).toEqual([]);
});
