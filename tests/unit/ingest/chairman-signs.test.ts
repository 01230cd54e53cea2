/**
 * A chairman named in news signs for his committee (src/ingest/chairman-signs.ts): "Chủ tịch UBND TP … đã ký ban hành
 * Chỉ thị 11/CT- UBND …", "Chủ tịch UBND TP.Hà Nội … ký văn bản hoả tốc gửi …": the document is the People's
 * Committee's, not the office's; a decision he signs keeps him, as he decides in his own name. Lines from baomoi.com
 * (HNM, Hà Nội's Chỉ thị 11, 2009), pgdthanhxuan.edu.vn (Hà Nội's letter of 16/4/2020) and baoquangnam.vn (Quyết định
 * 41/QĐ-BCĐ, 2020).
 */
import { committeeSigned } from '../../../src/ingest/chairman-signs';
import { extract } from '../../../src/ingest/pipeline';

const doc = (text: string) => extract({ path: 'x.txt', sha256: 'h', format: 'TEXT', text }).document;

describe('a chairman named in news signs for his committee', () => {
  it('"Chủ tịch UBND TP Nguyễn Thế Thảo đã ký ban hành Chỉ thị 11/CT- UBND …": the committee\'s directive', () => {
    const d = doc('(HNM) - Ngày 26-3, Chủ tịch UBND TP Nguyễn Thế Thảo đã ký ban hành Chỉ thị 11/CT- UBND tăng cường kỷ cương, kỷ luật hành chính, bảo đảm sự chỉ đạo điều hành tập trung nhằm thực hiện nhiệm vụ chính trị, kinh tế - xã hội năm 2009.');
    expect([d.kind, d.issuer, d.signer]).toEqual(['CHI_THI', 'UBND TP', 'Nguyễn Thế Thảo']);
  });
  it('"Tối 16/4, Chủ tịch UBND TP.Hà Nội Nguyễn Đức Chung ký văn bản hoả tốc gửi …": the city committee\'s letter (the dot of "TP." ends no sentence)', () => {
    const d = doc('Tối 16/4, Chủ tịch UBND TP.Hà Nội Nguyễn Đức Chung ký văn bản hoả tốc gửi Giám đốc các Sở, ban, ngành thành phố; Chủ tịch UBND các quận, huyện, thị xã; Thủ trưởng các đơn vị thuộc thành phố tiếp tục thực hiện nghiêm chỉ đạo của Thủ tướng Chính phủ tại Chỉ thị số 16 và Chỉ thị số 05 về các biện pháp cấp bách phòng, chống dịch Covid-19 đến hết ngày 22/4.');
    expect([d.kind, d.issuer, d.province, d.level]).toEqual(['CONG_VAN', 'Ủy ban nhân dân thành phố Hà Nội', 'Hà Nội', 'PROVINCIAL_STATE']);
  });
  it('"Chủ tịch UBND tỉnh Lê Trí Thanh ký ban hành Quyết định 41/QĐ-BCĐ …": a decision keeps the chairman', () => {
    const d = doc('Chiều 17-3, Chủ tịch UBND tỉnh Lê Trí Thanh ký ban hành Quyết định 41/QĐ-BCĐ về việc thành lập Văn phòng thường trực Ban chỉ đạo cấp tỉnh phòng chống dịch bệnh Covid-19 tại TP.Hội An.');
    expect(d.issuer).toBe('Chủ tịch UBND tỉnh');
  });
  it('only a chairman who signs, or a committee\'s kind: one who issues or directs is read as said', () => {
    expect(committeeSigned('Chủ tịch UBND tỉnh', 'CHI_THI', 'vừa ban hành')).toBe('Chủ tịch UBND tỉnh');
    expect(committeeSigned('Chủ tịch UBND tỉnh', 'KE_HOACH', 'vừa ban hành')).toBe('UBND tỉnh');
    expect(committeeSigned('Chủ tịch UBND tỉnh', 'CONG_VAN', 'đã ký')).toBe('UBND tỉnh');
    expect(committeeSigned('Chủ tịch nước', 'CONG_VAN', 'đã ký')).toBe('Chủ tịch nước');
  });
});
