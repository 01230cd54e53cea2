/** Who signed, as a news sentence names them: the person named first by rank, the offices after. */
import { normalise } from '../../../../src/ingest/normalise';
import { readNewsSigner } from '../../../../src/ingest/readers/news-signer';

const signer = (text: string) => readNewsSigner(normalise(text).lines).signer?.value ?? null;

describe('readNewsSigner: an officer named by his rank', () => {
  it('"…, Đại tướng Ngô Xuân Lịch - Ủy viên Bộ Chính trị, …, Bộ trưởng Bộ Quốc phòng thay mặt Ban Thường vụ Quân ủy Trung ương đã ký Chỉ thị …"', () => {
    expect(signer('Trước tình hình dịch COVID-19 đang diễn biến phức tạp khó lường, đòi hỏi quyết tâm chính trị và nỗ lực của cả hệ thống chính trị, Đại tướng Ngô Xuân Lịch - Ủy viên Bộ Chính trị, Phó Bí thư Quân ủy Trung ương, Bộ trưởng Bộ Quốc phòng thay mặt Ban Thường vụ Quân ủy Trung ương đã ký Chỉ thị SỐ 260 CT/QUTW của Thường vụ Quân ủy Trung ương về việc “Tăng cường công tác phòng, chống dịch COVID-19 trong Quân đội”.')).toBe('Ngô Xuân Lịch');
  });
  it('"Thượng tướng Lương Tam Quang, Bộ trưởng Bộ Công an đã ký ban hành Chỉ thị …"', () => {
    expect(signer('Thượng tướng Lương Tam Quang, Bộ trưởng Bộ Công an đã ký ban hành Chỉ thị số 05/CT-BCA về tăng cường công tác bảo đảm an ninh.')).toBe('Lương Tam Quang');
  });
});
