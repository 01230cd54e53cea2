/**
 * The coordinators after "phối hợp với" end where what they do together begins; "đưa … vào …" (put into a plan, a
 * budget) is such a verb: "Bộ Công Thương chủ trì, phối hợp với Bộ Nông nghiệp và Phát triển nông thôn và UBND tỉnh Bạc
 * Liêu đưa chương trình đầu tư lưới điện phục vụ nuôi tôm vào Đề án …" (99/TB-VPCP restated on evn.com.vn).
 */
import { inlineAssignment } from '../../../src/ingest/tasks';

test('"… phối hợp với Bộ Nông nghiệp … và UBND tỉnh Bạc Liêu đưa chương trình … vào Đề án …"', () => {
  expect(inlineAssignment('Bộ Công Thương chủ trì, phối hợp với Bộ Nông nghiệp và Phát triển nông thôn và UBND tỉnh Bạc Liêu đưa chương trình đầu tư lưới điện phục vụ nuôi tôm vào Đề án phát triển ngành tôm Quốc gia Việt Nam giai đoạn 2016 - 2020, trình Thủ tướng Chính phủ.'))
    .toEqual({ lead: ['Bộ Công Thương'], coordinators: ['Bộ Nông nghiệp và Phát triển nông thôn', 'UBND tỉnh Bạc Liêu'] });
});

test('"… phối hợp với Bộ Tài chính đưa vào dự toán …": the verb with nothing between', () => {
  expect(inlineAssignment('Bộ Kế hoạch và Đầu tư chủ trì, phối hợp với Bộ Tài chính đưa vào dự toán ngân sách năm 2002.').coordinators).toEqual(['Bộ Tài chính']);
});
