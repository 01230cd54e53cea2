/**
 * A long list of addressees (over 150 characters) before what they are to do: "Thường trực Tỉnh uỷ đề nghị các cơ quan tham mưu
 * giúp việc Tỉnh ủy, Ban cán sự đảng Uỷ ban nhân dân tỉnh, Đảng đoàn Hội Văn học nghệ thuật tỉnh và các cơ quan, đơn vị có liên
 * quan nghiên cứu, quán triệt …" (Tây Ninh's Tỉnh ủy on Chỉ thị 36-CT/TW). Each piece opens a body's name, so the list is the lead.
 */
import { splitAgencies } from '../../../src/ingest/agencies';
import { inlineAssignment } from '../../../src/ingest/tasks';

describe('a long list of assignees is the lead when each piece names a body', () => {
  test('four bodies, 150+ characters, then "nghiên cứu, quán triệt"', () => {
    expect(
      inlineAssignment('các cơ quan tham mưu giúp việc Tỉnh ủy, Ban cán sự đảng Uỷ ban nhân dân tỉnh, Đảng đoàn Hội Văn học nghệ thuật tỉnh và các cơ quan, đơn vị có liên quan nghiên cứu, quán triệt và tổ chức thực hiện nghiêm túc Chỉ thị số 36-CT/TW của Ban Bí thư.').lead,
    ).toEqual(['các cơ quan tham mưu giúp việc Tỉnh ủy', 'Ban cán sự đảng Uỷ ban nhân dân tỉnh', 'Đảng đoàn Hội Văn học nghệ thuật tỉnh', 'các cơ quan, đơn vị có liên quan']);
  });
  test('a long subject that is one sentence of prose, not a list of bodies, is no lead', () => {
    expect(
      inlineAssignment('Sở Y tế trong thời gian qua đã phối hợp với nhiều đơn vị trên địa bàn tỉnh trong việc kiểm tra an toàn thực phẩm tại các bếp ăn tập thể của các khu công nghiệp, khu chế xuất, trường học, bệnh viện và nhiều cơ sở khác chủ trì triển khai.').lead.every((n) => n.length <= 120),
    ).toBe(true);
  });
});

describe('the bare people\'s committee sharing the localities of the body after it, with a comma', () => {
  test('"… Sở NN&PTNT và UBND, ban an toàn giao thông các huyện, thị xã, thành phố" (Quảng Nam\'s waterway-safety letter, as its news restates it)', () => {
    expect(splitAgencies('Ban An toàn giao thông tỉnh, Công an tỉnh, Sở Giao thông vận tải, Sở NN&PTNT và UBND, ban an toàn giao thông các huyện, thị xã, thành phố').slice(-2)).toEqual([
      'UBND các huyện, thị xã, thành phố',
      'ban an toàn giao thông các huyện, thị xã, thành phố',
    ]);
  });
});
