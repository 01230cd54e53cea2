/**
 * A document passed down to bodies to carry out: "Kế hoạch này được triển khai tới UBKT các đảng ủy trực thuộc Đảng ủy Khối để
 * triển khai các hoạt động phù hợp với tình hình của đảng bộ …" (ubkttw.vn, the inspection commission's anniversary plan). The
 * bodies it is passed to lead the work; the sentence is their task.
 */
import { normalise } from '../../../src/ingest/normalise';
import { readRestatedTasks } from '../../../src/ingest/readers/restated-tasks';

const restated = (text: string) => readRestatedTasks(normalise(text).lines).map((t) => [t.text.slice(0, 40), t.leadRaw]);

describe('a document passed down to bodies to carry out', () => {
  test('"Kế hoạch này được triển khai tới UBKT các đảng ủy trực thuộc Đảng ủy Khối để triển khai …"', () => {
    expect(restated('Kế hoạch này được triển khai tới UBKT các đảng ủy trực thuộc Đảng ủy Khối để triển khai các hoạt động phù hợp với tình hình của đảng bộ và đôn đốc, hướng dẫn ủy ban kiểm tra cấp dưới thực hiện.')).toEqual([
      ['Kế hoạch này được triển khai tới UBKT cá', ['UBKT các đảng ủy trực thuộc Đảng ủy Khối']],
    ]);
  });
  test('passed to no body ("… được triển khai tới toàn thể cán bộ để …") is no task of anyone', () => {
    expect(restated('Kế hoạch này được triển khai tới toàn thể cán bộ, đảng viên để nắm rõ các nội dung.')).toEqual([]);
  });
});
