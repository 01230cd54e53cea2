/**
 * The Party's directives address the whole political system at once: "Ban Bí thư yêu cầu cấp ủy, tổ chức đảng, chính quyền, Mặt
 * trận Tổ quốc và các tổ chức chính trị-xã hội các cấp tập trung lãnh đạo …" (Chỉ thị 55-CT/TW as vietnamplus restates it),
 * "Bộ Chính trị yêu cầu các cấp ủy, tổ chức đảng, các cấp, các ngành tập trung thực hiện …" (Chỉ thị 01 of 2026, thanhnien),
 * "các cấp ủy, các ngành tăng cường công tác tuyên truyền …" (Tây Giang's Huyện ủy). Words that name no one body: one addressee,
 * as written. A list naming a body of its own is split as any other.
 */
import { splitAgencies } from '../../../src/ingest/agencies';

describe('the whole political system addressed at once is one lead', () => {
  test.each([
    'cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc và các tổ chức chính trị-xã hội các cấp',
    'các cấp ủy, tổ chức đảng, các cấp, các ngành',
    'các cấp ủy, các ngành',
    'các cấp uỷ, tổ chức đảng, chính quyền, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội',
    'các cấp ủy, chính quyền, Mặt trận Tổ quốc và các đoàn thể nhân dân từ Trung ương đến cơ sở',
  ])('%s', (text) => expect(splitAgencies(text)).toEqual([text]));
  test('a list that names a body of its own ("các cơ quan nhà nước", "Sở Nội vụ") is split', () => {
    expect(splitAgencies('các cấp uỷ, tổ chức đảng, các cơ quan nhà nước, Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội')).toHaveLength(4);
    expect(splitAgencies('các cấp ủy, Sở Nội vụ').length).toBe(2);
  });
});
