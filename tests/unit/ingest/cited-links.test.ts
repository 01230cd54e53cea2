/**
 * Lineage stated in passing between two cited documents (src/ingest/cited-links.ts), as provincial plans write it.
 */
import { readCitedLinks } from '../../../src/ingest/cited-links';
import { normalise } from '../../../src/ingest/normalise';

const links = (text: string) => readCitedLinks(normalise(text).lines, null).map((l) => `${l.from} -> ${l.to}`);

describe('a plan carried out through an intermediate', () => {
  it('"Chương trình hành động số 23-CTr/TU … của Ban Chấp hành Đảng bộ tỉnh (khóa XVII) thực hiện Nghị quyết số 11-NQ/TW": the term in brackets does not break the chain', () => {
    expect(links('Thực hiện Chương trình hành động số 23-CTr/TU ngày 17/8/2022 của Ban Chấp hành Đảng bộ tỉnh (khóa XVII) thực hiện Nghị quyết số 11-NQ/TW ngày 10/02/2022 của Bộ Chính trị, Ủy ban nhân dân tỉnh ban hành Kế hoạch.')).toEqual(['23-CTr/TU -> 11-NQ/TW']);
  });
  it('a description in brackets that is no term still separates a list: "Kết luận số 34-KL/TW (về đối ngoại), Nghị quyết số 59-NQ/TW" is no chain', () => {
    expect(links('Căn cứ Kết luận số 34-KL/TW ngày 05/3/2024 của Bộ Chính trị (về đối ngoại), Nghị quyết số 59-NQ/TW ngày 24/01/2025 của Bộ Chính trị;')).toEqual([]);
  });
});
