/**
 * Collectives news writes short (src/ingest/agencies.ts) and what a letter asks told after it (src/ingest/readers/restated-
 * tasks.ts): "các quận huyện, sở ngành", "các sở ngành, quận huyện" (kinds written in pairs: one collective); "Theo yêu cầu, các
 * NHNN chi nhánh tỉnh nêu trên phải có văn bản báo cáo …" (the State Bank's branches, after the connective). Lines from
 * baotintuc.vn (Hà Nội's Chỉ thị 03, 2021), doisongphapluat.com.vn (2018) and nhipcaudautu.vn (2012).
 */
import { splitAgencies } from '../../../src/ingest/agencies';
import { extract } from '../../../src/ingest/pipeline';

const tasksOf = (text: string) => extract({ path: 'x.txt', sha256: 'h', format: 'TEXT', text }).tasks.map((t) => ({ text: t.text.slice(0, 30), lead: t.lead }));

describe('collectives in news', () => {
  it('"các quận huyện, sở ngành", "các sở ngành, quận huyện": one collective', () => {
    expect(splitAgencies('các quận huyện, sở ngành')).toEqual(['các quận huyện, sở ngành']);
    expect(splitAgencies('các sở ngành, quận huyện')).toEqual(['các sở ngành, quận huyện']);
    expect(tasksOf('Chủ tịch UBND thành phố Hà Nội Chu Ngọc Anh vừa ký ban hành Chỉ thị 03 yêu cầu các quận huyện, sở ngành thực hiện quyết liệt các biện pháp phòng, chống dịch COVID-19 trong tình hình mới.')).toEqual([
      { text: 'các quận huyện, sở ngành thực ', lead: ['Các quận huyện, sở ngành'] },
    ]);
  });
  it('"Theo yêu cầu, các NHNN chi nhánh tỉnh nêu trên phải có văn bản báo cáo …": the branches lead', () => {
    const tasks = tasksOf([
      'Ngày 11/9/2012, Thống đốc Ngân hàng Nhà nước (NHNN) có văn bản gửi NHNN chi nhánh các tỉnh: Bình Định, Cao Bằng về việc xác nhận mở phòng giao dịch của các ngân hàng thương mại trên địa bàn.', '',
      'Theo đó, Thống đốc NHNN yêu cầu Giám đốc các NHNN chi nhánh tỉnh nêu trên nghiêm túc kiểm điểm về việc thời gian qua đã có văn bản xác nhận mở phòng giao dịch.', '',
      'Theo yêu cầu, các NHNN chi nhánh tỉnh nêu trên phải có văn bản báo cáo gửi về NHNN chậm nhất ngày 20/9/2012.',
    ].join('\n'));
    expect(tasks.map((t) => t.lead)).toEqual([['Các Ngân hàng Nhà nước chi nhánh tỉnh nêu trên'], ['Các Ngân hàng Nhà nước chi nhánh tỉnh nêu trên']]);
  });
});
