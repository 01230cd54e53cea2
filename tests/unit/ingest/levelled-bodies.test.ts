import { splitAgencies } from '../../../src/ingest/agencies';
import { normalise } from '../../../src/ingest/normalise';
import { readRestatedTasks } from '../../../src/ingest/readers/restated-tasks';

describe('localities listed after a body every level has are that kind of body of each', () => {
  it('"Công an TP Thủ Đức, các quận, huyện cần tăng cường phối hợp …": the police of the districts too', () => {
    // vietbao.vn, Ho Chi Minh City's direction on disguised services (2023).
    const [task] = readRestatedTasks(normalise('Công an TP Thủ Đức, các quận, huyện cần tăng cường phối hợp, hỗ trợ kiểm tra, xử lý cá nhân, tổ chức hoạt động kinh doanh dịch vụ có vi phạm pháp luật, tiềm ẩn tệ nạn xã hội.').lines);
    expect(task.leadRaw).toEqual(['Công an TP Thủ Đức', 'Công an các quận, huyện']);
  });

  it('"Uỷ ban nhân dân thành phố và các huyện", not a department\'s: "Sở Y tế thành phố và các quận, huyện"', () => {
    expect(splitAgencies('Uỷ ban nhân dân thành phố và các huyện')).toEqual(['Uỷ ban nhân dân thành phố', 'Uỷ ban nhân dân các huyện']);
    expect(splitAgencies('Sở Y tế thành phố và các quận, huyện')).toEqual(['Sở Y tế thành phố', 'các quận, huyện']);
  });
});
