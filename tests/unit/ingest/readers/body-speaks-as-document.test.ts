/**
 * Copies with no header that still say what document they are: the title line naming kind and body ("NGHỊ QUYẾT CỦA BỘ
 * CHÍNH TRỊ về …", baodaknong's print of a 2023 Politburo resolution), the body saying what follows in its kind's words
 * ("… kết luận như sau:", "… hướng dẫn … như sau:": Quảng Nam's portal, Quảng Trị's Front, Thái Nguyên TV, Vinh
 * University's copy of a Ban Tuyên giáo guidance), a congress passing its resolution (Báo Nghệ An) and the enacting word
 * "QUYẾT NGHỊ". Each is a directive with its kind and issuer, not a rejected page.
 */
import { extract } from '../../../../src/ingest/pipeline';

const meta = (text: string) => {
  const d = extract({ path: 'p.txt', text, sha256: '0'.repeat(64), format: 'TEXT' }).document;
  return { kind: d.kind, issuer: d.issuer, level: d.level, province: d.province, how: Object.keys(d.inferred ?? {}).length > 0 };
};

describe('a copy whose own words say what document it is', () => {
  it('the title line names kind and body with no number: "NGHỊ QUYẾT CỦA BỘ CHÍNH TRỊ về …"', () => {
    const text = 'TOÀN VĂN: Nghị quyết của Bộ Chính trị về đổi mới, nâng cao chất lượng hoạt động của Hội Nông dân Việt Nam\nDòng chảy thông tin - Ngày đăng : 18:12, 22/12/2023\nNGHỊ QUYẾT CỦA BỘ CHÍNH TRỊ về đổi mới, nâng cao chất lượng hoạt động của Hội Nông dân Việt Nam đáp ứng yêu cầu nhiệm vụ cách mạng trong giai đoạn mới ----- |\nI- TÌNH HÌNH\nNhững năm qua, thực hiện đường lối đổi mới của Đảng, hoạt động của Hội Nông dân Việt Nam và phong trào nông dân đã đạt được những kết quả quan trọng.';
    expect(meta(text)).toEqual({ kind: 'NGHI_QUYET', issuer: 'Bộ Chính trị', level: 'CENTRAL_PARTY', province: null, how: true });
  });

  it('a title in capitals naming another body\'s document is no such line ("KẾ HOẠCH THỰC HIỆN NGHỊ QUYẾT CỦA BỘ CHÍNH TRỊ")', () => {
    expect(meta('KẾ HOẠCH THỰC HIỆN NGHỊ QUYẾT CỦA BỘ CHÍNH TRỊ\nCác sở, ngành tổ chức quán triệt.').issuer).not.toBe('Bộ Chính trị');
  });

  it('a deputy chairman concluding a meeting "như sau:" gives a Kết luận of his committee', () => {
    const text = 'Thông tin chỉ đạo điều hành\nKết luận của Phó Chủ tịch UBND tỉnh Hồ Quang Bửu tại Hội nghị đánh giá kết quả thực hiện Kế hoạch phát triển ngành nông nghiệp, nông thôn năm 2022 và triển khai Kế hoạch năm 2023\nSau khi nghe Sở Nông nghiệp và PTNT báo cáo tổng kết thực hiện Kế hoạch phát triển ngành nông nghiệp, nông thôn năm 2022 và triển khai Kế hoạch năm 2023, ý kiến phát biểu của các thành viên dự Hội nghị; Phó Chủ tịch UBND tỉnh Hồ Quang Bửu kết luận như sau:';
    expect(meta(text)).toMatchObject({ kind: 'KET_LUAN', issuer: 'UBND tỉnh', level: 'PROVINCIAL_STATE' });
  });

  it('"… đã có kết luận về cuộc họp như sau:" (the chairman\'s own conclusions)', () => {
    const text = 'Thực hiện ý kiến chỉ đạo của Thường trực Tỉnh ủy. Sau khi nghe Ban Chỉ đạo cấp tỉnh báo cáo, ý kiến phát biểu của các Đại biểu dự họp, Chủ tịch UBND tỉnh Vũ Hồng Bắc đã có kết luận về cuộc họp như sau:';
    expect(meta(text)).toMatchObject({ kind: 'KET_LUAN', level: 'PROVINCIAL_STATE' });
  });

  it.each([
    ['Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh hướng dẫn công tác tuyên truyền biển, đảo năm 2021 trong hệ thống Mặt trận như sau:', 'Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh'],
    ['Ban Tuyên giáo Trung ương hướng dẫn tuyên truyền, kỷ niệm các ngày lễ lớn trong năm 2019 như sau:', 'Ban Tuyên giáo Trung ương'],
  ])('a body guiding "… như sau:" gives a Hướng dẫn: %p', (sentence, issuer) => {
    expect(meta(`Căn cứ Hướng dẫn số 50/HD-MTTW-BTT, ngày 23/2/2021 về công tác tuyên truyền. ${sentence}`)).toMatchObject({ kind: 'HUONG_DAN', issuer });
  });

  it('what someone concluded, told without "như sau:", names no document: the page is still rejected', () => {
    expect(() => meta('Tại hội nghị, Phó Chủ tịch UBND tỉnh Hồ Quang Bửu kết luận rằng ngành nông nghiệp đã hoàn thành kế hoạch.')).toThrow(/not a directive document/u);
  });

  it('a congress passing its resolution gives the kind, the congress and its province', () => {
    const text = ' date 2025-03-10 Xây dựng Đảng Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Nghệ An khóa XX, nhiệm kỳ 2025 - 2030 Sáng 3/10, Đại hội đại biểu Đảng bộ tỉnh Nghệ An khóa XX, nhiệm kỳ 2025 - 2030 đã tiến hành biểu quyết thông qua Nghị quyết với sự thống nhất, đồng thuận cao.\n\nBáo và phát thanh, truyền hình Nghệ An trân trọng giới thiệu toàn văn Nghị quyết.';
    expect(meta(text)).toMatchObject({ kind: 'NGHI_QUYET', level: 'PROVINCIAL_PARTY', province: 'Nghệ An' });
  });

  it('"QUYẾT NGHỊ" alone on its line is a resolution\'s enacting word', () => {
    expect(meta('Đại hội diễn ra từ ngày 01/10/2025 đến ngày 03/10/2025, sau khi thảo luận các văn kiện do Ban Chấp hành trình,\n\nQUYẾT NGHỊ\n\nI- Tán thành những nội dung cơ bản.').kind).toBe('NGHI_QUYET');
  });
});
