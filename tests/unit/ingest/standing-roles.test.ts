import { canonicalAgencyName, splitAgencies } from '../../../src/ingest/agencies';
import { inlineAssignment } from '../../../src/ingest/tasks';

const leadOf = (sentence: string) => inlineAssignment(sentence).lead.map((n) => canonicalAgencyName(n));

describe('a standing role written beside a body is no part of its name', () => {
  it('in parentheses: "Sở Nông nghiệp và Phát triển nông thôn (Thường trực Ban Chỉ huy phòng chống thiên tai …) giúp …"', () => {
    // Ben Tre, notice on salinity (dost-bentre.gov.vn), item 2.
    const s = 'Sở Nông nghiệp và Phát triển nông thôn (Thường trực Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn tỉnh) giúp Ủy ban nhân dân tỉnh theo dõi, kiểm tra, đôn đốc việc thực hiện của các ngành, địa phương';
    expect(leadOf(s)).toEqual(['Sở Nông nghiệp và Phát triển nông thôn']);
  });

  it('after a dash: "Sở Kế hoạch và Đầu tư - cơ quan thường trực Ban vì sự tiến bộ phụ nữ tỉnh giúp …"', () => {
    // Ninh Thuận, Quyết định 55/2007 (luatminhkhue.vn), Điều 2 item 1.
    const s = 'Sở Kế hoạch và Đầu tư - cơ quan thường trực Ban vì sự tiến bộ phụ nữ tỉnh giúp Ban vì sự tiến bộ phụ nữ tham mưu Ủy ban nhân dân tỉnh chỉ đạo tổ chức triển khai Kế hoạch hành động';
    expect(leadOf(s)).toEqual(['Sở Kế hoạch và Đầu tư']);
  });

  it('a parenthesis the reading cut before its ")": "Bộ Kế hoạch và Đầu tư (cơ quan"', () => {
    expect(canonicalAgencyName('Bộ Kế hoạch và Đầu tư (cơ quan')).toBe('Bộ Kế hoạch và Đầu tư');
  });

  it('keeps a name whose own words hold a dash: "Sở Lao động - Thương binh và Xã hội", "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu"', () => {
    expect(splitAgencies('Sở Lao động - Thương binh và Xã hội').map((n) => canonicalAgencyName(n))).toEqual(['Sở Lao động - Thương binh và Xã hội']);
    expect(canonicalAgencyName('Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu')).toBe('Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu');
  });
});
