/**
 * The news intro reader (src/ingest/readers/news-intro.ts) on a letter reported without its number: a body "has" a letter it
 * sends ("Bộ GD&ĐT có văn bản gửi các Sở GD&ĐT …", "Thống đốc Ngân hàng Nhà nước (NHNN) có văn bản gửi NHNN chi nhánh các
 * tỉnh …": the governor signs for the bank), and a date written after a time of day ("Chiều nay 8/10/2020, Giám đốc Sở …
 * đã ký văn bản hỏa tốc …"). Lines from baomoi.com (GiadinhNet, 2010), nhipcaudautu.vn (2012) and tinhuyquangtri.vn (2020).
 */
import { extract } from '../../../../src/ingest/pipeline';

const doc = (text: string) => extract({ path: 'x.txt', sha256: 'h', format: 'TEXT', text }).document;

describe('a letter a news page reports without its number', () => {
  it('"Ngày 11/9/2012, Thống đốc Ngân hàng Nhà nước (NHNN) có văn bản gửi …": the State Bank\'s letter of that day', () => {
    const d = doc('Ngày 11/9/2012, Thống đốc Ngân hàng Nhà nước (NHNN) có văn bản gửi NHNN chi nhánh các tỉnh: Bình Định, Cao Bằng, Bình Thuận, Tây Ninh, Bình Phước về việc xác nhận mở phòng giao dịch của các ngân hàng thương mại trên địa bàn.');
    expect([d.kind, d.issuer, d.level, d.province, d.issuedOn]).toEqual(['CONG_VAN', 'Ngân hàng Nhà nước', 'CENTRAL_STATE', null, '2012-09-11']);
    expect(d.inferred?.issuer).toMatch(/có văn bản/);
  });
  it('"GiadinhNet - Ngày 14/10, Bộ GD&ĐT có văn bản gửi các Sở GD&ĐT …": the ministry\'s letter, no year to complete it with', () => {
    const d = doc('GiadinhNet - Ngày 14/10, Bộ GD&ĐT có văn bản gửi các Sở GD&ĐT về việc báo cáo tình hình biến động sĩ số học sinh học sinh đầu năm học 2010- 2011.');
    expect([d.kind, d.level]).toEqual(['CONG_VAN', 'CENTRAL_STATE']);
    expect(d.issuer).toMatch(/^Bộ (?:GD&ĐT|Giáo dục và Đào tạo)$/u);
  });
  it('"Chiều nay 8/10/2020, Giám đốc Sở Giáo dục và Đào tạo … đã ký văn bản hỏa tốc …": the date after the time of day', () => {
    const d = doc('(QTO) - Chiều nay 8/10/2020, Giám đốc Sở Giáo dục và Đào tạo Lê Thị Hương đã ký văn bản hỏa tốc đề nghị các phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố, các đơn vị trực thuộc sở tiếp tục cho học sinh nghỉ học đến ngày 10/10/2020.');
    expect([d.issuer, d.issuedOn]).toEqual(['Sở Giáo dục và Đào tạo', '2020-10-08']);
  });
  it('"Ngày 3-10, UBND tỉnh Đồng Tháp cho biết vừa ban hành kế hoạch …": the day it told of it does not date the plan', () => {
    const d = doc('Ngày 3-10, UBND tỉnh Đồng Tháp cho biết vừa ban hành kế hoạch triển khai các nhiệm vụ phát triển kinh tế số năm 2025.\n\nThứ Sáu, 3/10/2025, 10:15');
    expect(d.issuedOn).toBeNull();
  });
});
