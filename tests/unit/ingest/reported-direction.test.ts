/**
 * A news page reporting a direction in news words, with no sentence saying which document was issued
 * (src/ingest/readers/reported-direction.ts): the document speaking ("Chỉ thị nêu rõ: …"), a body directing others
 * ("Thủ tướng Chính phủ yêu cầu:", "UBND tỉnh chỉ đạo như sau:"), announcing ("UBND thành phố thông báo:", "Thủ tướng
 * Chính phủ điện: …"), or the document issued in the passive ("… mới được Thủ tướng … ban hành"). Lines shaped as on
 * real news pages (Công điện and Chỉ thị news of the Prime Minister and of provinces, Secretariat directives and
 * conclusions told in news, a city's notice); a page with none of these signs is still rejected.
 */
import { extract } from '../../../src/ingest/pipeline';
import { normalise } from '../../../src/ingest/normalise';
import { readReportedDirection } from '../../../src/ingest/readers/reported-direction';
import { readDocumentMeta } from '../../../src/ingest/document';

const doc = (text: string) => extract({ path: 'x.txt', text, sha256: '7'.repeat(64), format: 'TEXT' });
const read = (text: string) => {
  const { lines } = normalise(text);
  const r = readReportedDirection(lines, readDocumentMeta(lines));
  return [r.kind?.value ?? null, r.kindVi?.value ?? null, r.issuer?.value ?? null, r.level?.value ?? null];
};

describe('the document speaking in a news sentence gives its kind', () => {
  it('"Chỉ thị nêu rõ: …, Ban Bí thư yêu cầu các cấp ủy … sau:" after a headline run into it: a Chỉ thị of the Secretariat', () => {
    expect(read('Ban Bí thư ra Chỉ thị cấm biếu, tặng quà Tết cho lãnh đạo\nChỉ thị nêu rõ: Để chuẩn bị tốt các điều kiện đón Tết, Ban Bí thư yêu cầu các cấp ủy, tổ chức đảng, chính quyền tập trung thực hiện tốt một số công tác sau:')).toEqual(['CHI_THI', 'Chỉ thị', 'Ban Bí thư', 'CENTRAL_PARTY']);
  });
  it('"Kết luận nêu, …", "Công điện nêu rõ, …", "TPO - Theo quy chế, …": the kind with the words news uses', () => {
    expect(read('Kết luận nêu, tại phiên họp ngày 3/10, Bộ Chính trị cơ bản thống nhất với nội dung báo cáo.')[0]).toBe('KET_LUAN');
    expect(read('Công điện nêu rõ, việc phòng, chống dịch là nhiệm vụ hết sức quan trọng.').slice(0, 2)).toEqual(['CONG_VAN', 'Công điện']);
    expect(read('TPO - Theo quy chế, Ủy ban Kiểm tra Trung ương được cấp quyền truy cập hệ thống.')[1]).toBe('Quy chế');
  });
});

describe('a body directing or announcing gives the issuer', () => {
  it('"Để …, Thủ tướng Chính phủ yêu cầu:" after a purpose clause, and "Thủ tướng Chính phủ điện: Bộ Y tế; …" (a Công điện\'s address line)', () => {
    expect(read('Để chủ động kiểm soát ngăn chặn dịch bệnh lây lan vào Việt Nam, Thủ tướng Chính phủ yêu cầu:\nThứ nhất, Bộ Y tế chỉ đạo kiểm soát hành khách.')).toEqual([null, null, 'Thủ tướng Chính phủ', 'CENTRAL_STATE']);
    expect(read('Thủ tướng Chính phủ điện: Bộ Y tế; Bộ Giao thông vận tải; Bộ Ngoại giao.')).toEqual(['CONG_VAN', 'Công điện', 'Thủ tướng Chính phủ', 'CENTRAL_STATE']);
  });
  it('"Thực hiện chỉ đạo của Thủ tướng … tại Công điện số …, UBND tỉnh chỉ đạo như sau:": the subject after the mandate, not "Thực hiện"', () => {
    expect(read('Thực hiện chỉ đạo của Thủ tướng Chính phủ về việc tăng cường công tác phòng chống sốt xuất huyết, UBND tỉnh chỉ đạo như sau:')).toEqual([null, null, 'UBND tỉnh', 'PROVINCIAL_STATE']);
  });
  it('"…, UBND thành phố thông báo:" is a Thông báo of the city; a deputy chairman named with his name directs for the committee', () => {
    expect(read('Nhân dịp kỷ niệm 88 năm Ngày thành lập Đảng Cộng sản Việt Nam (3-2-1930 - 3-2-2018), UBND thành phố thông báo:')).toEqual(['THONG_BAO', 'Thông báo', 'UBND thành phố', 'PROVINCIAL_STATE']);
    expect(read('(ĐTTCO)-Chiều 18-1, Văn phòng UBND TPHCM cho biết, nhằm tăng cường quản lý, Phó Chủ tịch UBND TP Lê Hòa Bình vừa chỉ đạo UBND các quận huyện đẩy mạnh công tác quản lý.')[2]).toBe('UBND TP');
  });
  it('"… vừa ký ban hành Quy chế số 08 của Ban Bí thư Trung ương Đảng về …": the body after "của", by its own short name', () => {
    expect(read('Thường trực Ban Bí thư Trần Cẩm Tú vừa ký ban hành Quy chế số 08 của Ban Bí thư Trung ương Đảng về theo dõi việc thực hiện nhiệm vụ.').slice(2)).toEqual(['Ban Bí thư', 'CENTRAL_PARTY']);
  });
  it('"… theo Chương trình hỗ trợ … mới được Thủ tướng Nguyễn Xuân Phúc ban hành": kind and issuer in the passive', () => {
    expect(read('Việt Nam đặt mục tiêu nâng tỷ lệ lao động qua đào tạo lên 35-40% vào năm 2030 theo Chương trình hỗ trợ phát triển thị trường lao động mới được Thủ tướng Nguyễn Xuân Phúc ban hành.')).toEqual(['CHUONG_TRINH', 'Chương trình', 'Thủ tướng Chính phủ', 'CENTRAL_STATE']);
  });
  it('no body speaking: a subject holding a verb ("… xin thông báo ý kiến chỉ đạo như sau:"), an item assigning work, people or places asking', () => {
    expect(read('Ban Tuyên giáo Trung ương xin thông báo ý kiến chỉ đạo như sau:')[2]).toBeNull();
    expect(read('- Giao Đảng uỷ Quốc hội chủ trì, phối hợp với Đảng uỷ Chính phủ chỉ đạo các cơ quan liên quan nghiên cứu.')[2]).toBeNull();
    expect(read('Theo đó, các tỉnh phía Bắc yêu cầu người dân giữ ấm.')[2]).toBeNull();
    expect(read('Người dân các tỉnh phía Bắc yêu cầu được hỗ trợ thêm.')[2]).toBeNull();
  });
});

describe('the page is then a directive, and its restated tasks are read after the headline', () => {
  it('a Thông báo of the Government Office told in news: "Các địa phương chỉ đạo …", "giao Bộ Giáo dục và Đào tạo …", "Thủ tướng cũng yêu cầu Bộ Công an …"', () => {
    const x = doc(
      [
        'Thực hiện quyết liệt biện pháp chống dịch tại các doanh nghiệp',
        'Các địa phương chỉ đạo thực hiện quyết liệt các biện pháp phòng, chống dịch tại các khu công nghiệp, doanh nghiệp.',
        'Bên cạnh đó, giao Bộ Giáo dục và Đào tạo khẩn trương báo cáo phương án tổ chức học, thi của học sinh năm học 2019-2020.',
        'Thủ tướng cũng yêu cầu Bộ Công an tăng cường công tác bảo đảm an ninh trật tự, bảo đảm an toàn cho người dân.',
      ].join('\n'),
    );
    expect([x.document.issuer, x.document.level, x.document.province]).toEqual(['Thủ tướng Chính phủ', 'CENTRAL_STATE', null]);
    expect(x.document.inferred?.issuer).toMatch(/^a copy's intro: .*"Thủ tướng cũng yêu cầu/);
    expect(x.tasks.map((t) => t.lead)).toEqual([['Các địa phương'], ['Bộ Giáo dục và Đào tạo'], ['Bộ Công an']]);
  });
  it('a news page with no sign of a directive is still rejected, saying what it looked for', () => {
    expect(() => doc('Thời tiết hôm nay\n\nChiều 18-1, các tỉnh phía Bắc chuyển lạnh, người dân yêu cầu được hỗ trợ chăn ấm.\nCác tin khác')).toThrow(/not a directive document: .*directing others/);
    expect(() => doc('Giá vàng hôm nay tăng mạnh\nTheo các chuyên gia, giá vàng sẽ còn biến động trong tuần tới.')).toThrow(/not a directive document/);
  });
});

describe('a congress\'s resolution named where the page says it holds what follows', () => {
  // Lines of real pages: Báo Ấp Bắc printing a provincial congress's resolution, VOV reporting one's targets.
  const congress = (text: string) => {
    const { lines } = normalise(text);
    const r = readReportedDirection(lines, readDocumentMeta(lines));
    return [r.kind?.value ?? null, r.issuer?.value ?? null, r.level?.value ?? null, r.province?.value ?? null];
  };
  it('the headline alone: "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Tiền Giang lần thứ XI"', () => {
    expect(congress('Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Tiền Giang lần thứ XI\n\nĐại hội diễn ra từ ngày 12 đến ngày 15 tháng 10 năm 2020.')).toEqual([
      'NGHI_QUYET', 'Đại hội đại biểu Đảng bộ tỉnh Tiền Giang lần thứ XI', 'PROVINCIAL_PARTY', 'Tiền Giang',
    ]);
  });
  it('"… trân trọng đăng toàn văn Nghị quyết Đại hội …, nhiệm kỳ 2020 - 2025 đã được …": the congress up to its ordinal', () => {
    expect(congress('Báo Ấp Bắc điện tử trân trọng đăng toàn văn Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Tiền Giang lần thứ XI, nhiệm kỳ 2020 - 2025 đã được đại biểu thông qua.')[1]).toBe(
      'Đại hội đại biểu Đảng bộ tỉnh Tiền Giang lần thứ XI',
    );
  });
  it('after a news agency\'s tag with dots: "VOV.VN - Nghị quyết Đại hội Đảng bộ tỉnh Long An xác định 17 chỉ tiêu …"', () => {
    expect(congress('VOV.VN - Nghị quyết Đại hội Đảng bộ tỉnh Long An xác định 17 chỉ tiêu, trong đó GRDP bình quân đạt 9,2-10%.')).toEqual([
      'NGHI_QUYET', 'Đại hội Đảng bộ tỉnh Long An', 'PROVINCIAL_PARTY', 'Long An',
    ]);
  });
  it('a headline about a congress, or a resolution of it cited in a sentence, is no such naming', () => {
    expect(congress('Đại hội đại biểu Đảng bộ tỉnh Tiền Giang lần thứ XI thành công tốt đẹp')[0]).toBeNull();
    expect(congress('Tỉnh tiếp tục thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ X trong năm tới.')[0]).toBeNull();
  });
});

describe('bodies of every unit are no issuer', () => {
  // baobariavungtau.com.vn on the province's 503 security teams (the pages corpus stores it behind a date stamp).
  const line = 'UBND tỉnh vừa quyết định thành lập 503 tổ bảo vệ an ninh, trật tự gồm 2.639 thành viên. Chủ tịch UBND các huyện, thị xã, thành phố có trách nhiệm chỉ đạo UBND các xã, phường, thị trấn, ban hành quyết định thành lập tổ bảo vệ an ninh, trật tự và từng thành viên.';
  it('"… chỉ đạo UBND các xã, phường, thị trấn, ban hành quyết định …": each commune issues its own; the decision told is the province\'s', () => {
    for (const text of [line, ` date 2024-08 ${line}`]) {
      const d = doc(text).document;
      expect([d.kind, d.issuer]).toEqual(['QUYET_DINH', 'UBND tỉnh']);
    }
  });
});

describe('a steering committee\'s symbol says no level', () => {
  // baoquangnam.vn, Quyết định 41/QĐ-BCĐ of Quảng Nam's provincial Covid-19 steering committee.
  it('"Chủ tịch UBND tỉnh Lê Trí Thanh ký ban hành Quyết định 41/QĐ-BCĐ về việc thành lập Văn phòng thường trực Ban chỉ đạo cấp tỉnh …": provincial', () => {
    const d = doc('(QNO) - Ngày 13.3, Chủ tịch UBND tỉnh Lê Trí Thanh ký ban hành Quyết định 41/QĐ-BCĐ về việc thành lập Văn phòng thường trực Ban chỉ đạo cấp tỉnh phòng chống dịch bệnh Covid-19 tại TP.Hội An.').document;
    expect([d.symbol, d.level]).toEqual(['41/QĐ-BCĐ', 'PROVINCIAL_STATE']);
  });
});

describe('the leadership of a body speaking for it', () => {
  // VTV's report of the General Department of Taxation's letter on hand-carried goods (2017).
  it('"Qua đó, lãnh đạo Tổng cục Thuế yêu cầu Cục Thuế các tỉnh, thành phố …": the Tổng cục Thuế, central, and its task', () => {
    const x = doc('Cụ thể, lãnh đạo Tổng cục Thuế cho hay, cơ quan này đã nhận được công văn của Văn phòng Chính phủ.\nQua đó, lãnh đạo Tổng cục Thuế yêu cầu Cục Thuế các tỉnh, thành phố tăng cường công tác quản lý thuế với các cơ sở kinh doanh hàng hóa xách tay.\nTrước đó, nhiều báo phản ánh về hàng hóa tại phố Nguyễn Sơn (Hà Nội).');
    expect([x.document.issuer, x.document.level, x.document.province]).toEqual(['Tổng cục Thuế', 'CENTRAL_STATE', null]);
    expect(x.tasks.map((t) => t.lead)).toEqual([['Cục Thuế các tỉnh, thành phố']]);
  });
});
