/**
 * Relations as real preambles and headings state them, second set: bases listed under a heading with no bullet
 * and no "Căn cứ", a preamble list going on past a reference that "ban hành" something, a look back at what
 * carrying a document out achieved (no mandate), a title in capitals that running text follows, "Căn cứ chức
 * năng, nhiệm vụ …" (no document), a typed-over "Cắn cứ", "Ban hành kèm theo Nghị quyết này Chương trình …
 * thực hiện …", a document's own name carrying out two documents, and a news page's "Theo đó, thực hiện …".
 */
import { readCitations, summariseCitations } from '../../../src/ingest/citations';
import { readDocumentMeta } from '../../../src/ingest/document';
import { normalise } from '../../../src/ingest/normalise';
import { extract } from '../../../src/ingest/pipeline';

const relations = (raw: string) => {
  const { lines } = normalise(raw);
  const cs = readCitations(lines, { meta: readDocumentMeta(lines) });
  return Object.fromEntries(summariseCitations(cs).map((c) => [c.symbol ?? c.raw, c.relation]));
};

const header = ['ỦY BAN NHÂN DÂN', 'TỈNH PHÚ THỌ', 'Số: 125/KH-UBND', 'Phú Thọ, ngày 10 tháng 3 năm 2024'];

describe('bases listed under a heading, without bullets or "Căn cứ"', () => {
  it('"I. CĂN CỨ PHÁP LÝ" then "Luật …;" / "Nghị định số …;" / "Công văn số …" lines: each is BASED_ON', () => {
    const text = [
      ...header,
      'KẾ HOẠCH',
      'Chuyển đổi số trong cơ quan nhà nước tỉnh Phú Thọ năm 2024',
      'I. CĂN CỨ PHÁP LÝ',
      'Luật Giao dịch điện tử ngày 22/6/2023;',
      'Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ quy định việc cung cấp thông tin;',
      'Thông tư số 01/2023/TT-VPCP ngày 05/4/2023 của Văn phòng Chính phủ quy định một số nội dung;',
      'Công văn số 4338/BTTTT-CĐSQG ngày 14/10/2024 của Bộ Thông tin và Truyền thông.',
      'II. MỤC ĐÍCH, YÊU CẦU',
      '1. Triển khai Nghị định số 45/2020/NĐ-CP trên địa bàn tỉnh.',
    ].join('\n');
    expect(relations(text)).toEqual({
      'Luật Giao dịch điện tử ngày 22/6/2023': 'BASED_ON',
      '42/2022/NĐ-CP': 'BASED_ON',
      '01/2023/TT-VPCP': 'BASED_ON',
      '4338/BTTTT-CĐSQG': 'BASED_ON',
      '45/2020/NĐ-CP': 'CITES',
    });
  });
});

describe('a preamble\'s list goes on, and what is not a basis or a mandate', () => {
  it('"Căn cứ A; B; Nghị quyết số 32/NQ-CP … của Chính phủ ban hành Kế hoạch …;": the third item is a basis too', () => {
    const text = [
      'BỘ NỘI VỤ', 'Số: 1200/HD-BNV', 'Hà Nội, ngày 25 tháng 05 năm 2020', 'HƯỚNG DẪN', 'Việc sắp xếp tổ chức bộ máy',
      'Căn cứ Nghị quyết số 37-NQ/TW ngày 24/12/2018 của Bộ Chính trị về việc sắp xếp; Nghị quyết số 32/NQ-CP ngày 14/5/2019 của Chính phủ ban hành Kế hoạch thực hiện sắp xếp các đơn vị hành chính;',
      'Bộ Nội vụ hướng dẫn như sau:',
      'I. SẮP XẾP TỔ CHỨC BỘ MÁY',
    ].join('\n');
    expect(relations(text)).toEqual({ '37-NQ/TW': 'BASED_ON', '32/NQ-CP': 'BASED_ON' });
  });
  it('a look back is no mandate: "Sau 02 năm triển khai thực hiện Kết luận số 45-KL/TW …, đã ghi nhận …", under a title in capitals', () => {
    const text = [
      ...header, 'CHỈ THỊ', 'VỀ', 'VIỆC TĂNG CƯỜNG BẢO ĐẢM TRẬT TỰ AN TOÀN GIAO THÔNG',
      'Sau 02 năm triển khai thực hiện',
      'Kết luận số 45-KL/TW ngày 01/02/2019 của Ban Bí thư về tiếp tục đẩy mạnh thực hiện Chỉ thị số 18-CT/TW, công tác bảo đảm an toàn giao thông đã ghi nhận được những kết quả nổi bật.',
    ].join('\n');
    const { lines } = normalise(text);
    expect(readDocumentMeta(lines).title).toBe('VỀ VIỆC TĂNG CƯỜNG BẢO ĐẢM TRẬT TỰ AN TOÀN GIAO THÔNG');
    expect(relations(text)).toEqual({ '45-KL/TW': 'CITES', '18-CT/TW': 'CITES' });
  });
  it('"Thực hiện Nghị quyết số 39-NQ/TW …, những năm qua, các cấp … đã …" assesses the past: CITES', () => {
    const text = [
      'ĐẢNG CỘNG SẢN VIỆT NAM', 'Số 26-NQ/TW', 'Hà Nội, ngày 03 tháng 11 năm 2022', 'NGHỊ QUYẾT', 'CỦA BỘ CHÍNH TRỊ', 'về phát triển vùng',
      'Thực hiện Nghị quyết số 39-NQ/TW của Bộ Chính trị khóa IX, những năm qua, các cấp, các ngành đã nhận thức ngày càng rõ hơn về vai trò của vùng.',
    ].join('\n');
    expect(relations(text)).toEqual({ '39-NQ/TW': 'CITES' });
  });
  it('"Thực hiện Kế hoạch …, ngay từ đầu năm UBND Thành phố đã ban hành Chương trình hành động số 34/CTr-UBND …" tells what was done since the year began: CITES', () => {
    const text = [
      'ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HÀ NỘI', 'Số: 167/KH-UBND', 'Hà Nội, ngày 24 tháng 8 năm 2018', 'KẾ HOẠCH', 'THỰC HIỆN NGHỊ QUYẾT CỦA HĐND THÀNH PHỐ VỀ NHỮNG NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2018',
      'Thực hiện Kế hoạch phát triển kinh tế - xã hội năm 2018, ngay từ đầu năm UBND Thành phố đã ban hành Chương trình hành động số 34/CTr-UBND ngày 28/01/2018 với 188 nhiệm vụ cụ thể để tập trung lãnh đạo, chỉ đạo thực hiện thắng lợi các mục tiêu, nhiệm vụ trong năm 2018.',
    ].join('\n');
    expect(relations(text)).toEqual({ '34/CTr-UBND': 'CITES' });
  });
  it('"Quyết định này bãi bỏ Quyết định số 20/2009/QĐ-UBND …": the decision regulating the subject anew supersedes the one it repeals (REPLACES); "bãi bỏ một số điều của …" is no such repeal', () => {
    const head = ['ỦY BAN NHÂN DÂN', 'TỈNH THÁI BÌNH', 'Số: 15/2018/QĐ-UBND', 'Thái Bình, ngày 09 tháng 11 năm 2018', 'QUYẾT ĐỊNH', 'Ban hành Quy chế quản lý cụm công nghiệp trên địa bàn tỉnh Thái Bình', 'ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH', 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;', 'QUYẾT ĐỊNH:', 'Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý cụm công nghiệp trên địa bàn tỉnh Thái Bình.'];
    expect(relations([...head, 'Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 20 tháng 11 năm 2018. Quyết định này bãi bỏ Quyết định số 20/2009/QĐ-UBND ngày 28/12/2009 của Ủy ban nhân dân tỉnh Thái Bình về việc ban hành Quy chế quản lý cụm công nghiệp trên địa bàn tỉnh Thái Bình.'].join('\n'))['20/2009/QĐ-UBND']).toBe('REPLACES');
    expect(relations([...head, 'Điều 2. Quyết định này bãi bỏ một số điều của Quyết định số 20/2009/QĐ-UBND ngày 28/12/2009 của Ủy ban nhân dân tỉnh Thái Bình.'].join('\n'))['20/2009/QĐ-UBND']).not.toBe('REPLACES');
  });
  it('a province\'s Party committee\'s document named by its kind and body only ("… chỉ đạo triển khai Chương trình hành động của Tỉnh ủy …") is the one of its kind cited with the committee\'s code ("Chương trình hành động số 04-CTr/TU … của Ban Chấp hành Đảng bộ tỉnh"): carried out', () => {
    const text = [
      'Triển khai Chương trình hành động của Tỉnh ủy thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII',
      'UBND tỉnh vừa ban hành công văn chỉ đạo triển khai Chương trình hành động của Tỉnh ủy, thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII (Công văn số 1483/UBND-THNC, ngày 17/11/2020).',
      'Theo đó, UBND tỉnh yêu cầu các sở, ban, ngành, UBND các huyện, thành phố tổ chức quán triệt, xây dựng kế hoạch triển khai thực hiện Chương trình hành động số 04-CTr/TU ngày 06/11/2020 của Ban Chấp hành Đảng bộ tỉnh phù hợp với điều kiện thực tế của địa bàn.',
    ].join('\n\n');
    const x = extract({ path: 'x.txt', text, sha256: '0'.repeat(64), format: 'TEXT' });
    expect(Object.fromEntries(summariseCitations(x.citations).map((c) => [c.symbol, c.relation]))).toMatchObject({ '04-CTr/TU': 'IMPLEMENTS' });
  });
  it('"Căn cứ chức năng, nhiệm vụ được giao, Bộ … thực hiện các giải pháp nêu tại văn bản số …": no basis', () => {
    const text = [
      'VĂN PHÒNG CHÍNH PHỦ', 'Số: 4916/VPCP-KTTH', 'Hà Nội, ngày 14 tháng 7 năm 2010',
      'Căn cứ chức năng, nhiệm vụ được giao, Bộ Kế hoạch và Đầu tư chủ trì tổ chức hướng dẫn các Bộ thực hiện các giải pháp nêu tại văn bản số 4419/BKH-TH nêu trên.',
    ].join('\n');
    expect(relations(text)).toEqual({ '4419/BKH-TH': 'CITES' });
  });
  it('a typed-over "Cắn cứ Nghị quyết số …" is a basis, and a split "Căn" / "cứ Luật …" under a split enacting body is no title', () => {
    const text = [
      ...header, 'QUYẾT ĐỊNH', 'VỀ VIỆC PHÊ DUYỆT QUY HOẠCH PHÁT TRIỂN NÔNG NGHIỆP', 'ỦY', 'BAN NHÂN DÂN TỈNH PHÚ THỌ',
      'Căn', 'cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;',
      'Cắn cứ Nghị quyết số 26-NQ/TW ngày 05/8/2008 hội nghị lần thứ 7 Ban Chấp hành Trung ương khóa X;',
      'QUYẾT ĐỊNH:',
    ].join('\n');
    const { lines } = normalise(text);
    expect(readDocumentMeta(lines).title).toBe('VỀ VIỆC PHÊ DUYỆT QUY HOẠCH PHÁT TRIỂN NÔNG NGHIỆP');
    expect(relations(text)).toEqual({ 'Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003': 'BASED_ON', '26-NQ/TW': 'BASED_ON' });
  });
  it('"… ”. Theo đề nghị của Giám đốc Sở … tại Tờ trình số 20/TTr-SLĐTBXH …" in the sentence after a mandate: CITES', () => {
    const text = [
      ...header, 'KẾ HOẠCH', 'THỰC HIỆN ĐỀ ÁN CAI NGHIỆN MA TÚY NĂM 2024',
      'Thực hiện Quyết định số 1736/QĐ-UBND ngày 08/9/2023 của UBND tỉnh ban hành Đề án “Nâng cao hiệu quả công tác cai nghiện”. Theo đề nghị của Giám đốc Sở Lao động - Thương binh và Xã hội tại Tờ trình số 20/TTr-SLĐTBXH ngày 19/01/2024, UBND tỉnh ban hành Kế hoạch như sau:',
      'I. MỤC ĐÍCH, YÊU CẦU',
    ].join('\n');
    expect(relations(text)).toEqual({ '1736/QĐ-UBND': 'IMPLEMENTS', '20/TTr-SLĐTBXH': 'CITES' });
  });
});

describe('what the document carries out, said in its articles, its own name and news prose', () => {
  it('"Điều 1. Ban hành kèm theo Nghị quyết này Chương trình hành động … thực hiện Nghị quyết số 30-NQ/TW …"', () => {
    const text = [
      'CHÍNH PHỦ', 'Số: 14/NQ-CP', 'Hà Nội, ngày 08 tháng 02 năm 2023', 'NGHỊ QUYẾT',
      'Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;',
      'QUYẾT NGHỊ:',
      'Điều 1. Ban hành kèm theo Nghị quyết này Chương trình hành động của Chính phủ thực hiện Nghị quyết số 30-NQ/TW ngày 23 tháng 11 năm 2022 của Bộ Chính trị về phát triển vùng đồng bằng sông Hồng.',
      'Điều 2. Nghị quyết này có hiệu lực thi hành từ ngày ký ban hành.',
    ].join('\n');
    expect(relations(text)).toMatchObject({ '30-NQ/TW': 'IMPLEMENTS' });
  });
  it('a portal\'s headline, then its own name "Kết luận 156-KL/TW … về tiếp tục thực hiện Nghị quyết 33-NQ/TW … và Kết luận 76-KL/TW …": both carried out', () => {
    const text = [
      'Kết luận 156-KL/TW 2025 về tiếp tục thực hiện Nghị quyết 33-NQ/TW xây dựng và phát triển văn hóa, con người Việt Nam',
      '',
      'thuộc tính Kết luận 156-KL/TW',
      'Cơ quan ban hành: Bộ Chính trị',
      'Số hiệu:156-KL/TWNgày đăng công báo:Đang cập nhật',
      'Loại văn bản:Kết luậnNgười ký:Trần Cẩm Tú',
      '',
      'Kết luận 156-KL/TW của Bộ Chính trị về tiếp tục thực hiện Nghị quyết 33-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XI về xây dựng và phát triển văn hóa, con người Việt Nam và Kết luận 76-KL/TW của Bộ Chính trị khóa XII về tiếp tục thực hiện Nghị quyết.',
    ].join('\n');
    // (The portal block is read by the pipeline's readers, so the whole extraction is run.)
    const e = extract({ path: 'doc.txt', sha256: 'x', format: 'TEXT', text });
    expect(e.document.symbol).toBe('156-KL/TW');
    expect(Object.fromEntries(e.citations.map((c) => [c.symbol, c.relation]))).toEqual({ '33-NQ/TW': 'IMPLEMENTS', '76-KL/TW': 'IMPLEMENTS' });
  });
  // (baogialai.com.vn; "theo chỉ đạo … tại Công điện khẩn số 05/QĐ-UBND" in the sentence issuing a letter: relations-4.)
  it('a news page: "Theo đó, thực hiện Công điện số 1097/CĐ-TTg …, UBND tỉnh giao …"', () => {
    const text = [
      'Gia Lai chỉ đạo phòng chống bệnh dịch tả heo châu Phi',
      'Phó Chủ tịch UBND tỉnh vừa ký ban hành Công văn số 3214/UBND-NL về việc triển khai các giải pháp phòng-chống bệnh dịch tả heo châu Phi.',
      'Theo đó, thực hiện Công điện số 1097/CĐ-TTg ngày 16-11-2023 của Thủ tướng Chính phủ, UBND tỉnh giao Sở Nông nghiệp và PTNT chủ trì tổ chức triển khai đồng bộ các giải pháp phòng-chống bệnh dịch tả heo châu Phi trên địa bàn tỉnh theo chỉ đạo của Thủ tướng Chính phủ tại Công điện nêu trên.',
    ].join('\n');
    expect(relations(text)).toMatchObject({ '1097/CĐ-TTg': 'IMPLEMENTS' });
  });
});

describe('relations/held-out-3 and identity/held-out-2 constructs', () => {
  it('"Ban hành kèm theo Quyết định này Chương trình … thực hiện Nghị quyết của Bộ Chính trị …": the one basis of that kind and issuer is carried out; a signer kept only as "Name (Đã ký)"', () => {
    const text = [
      'THỦ TƯỚNG CHÍNH PHỦ | CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM |',
      'Số: 179/2003/QĐ-TTg | Hà Nội, ngày 03 tháng 9 năm 2003 |',
      'QUYẾT ĐỊNH',
      'VỀ CHƯƠNG TRÌNH, KẾ HOẠCH CỦA CHÍNH PHỦ VỀ SẮP XẾP NÔNG, LÂM TRƯỜNG QUỐC DOANH',
      'THỦ TƯỚNG CHÍNH PHỦ',
      'Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;',
      'Căn cứ Nghị quyết số 28 NQ/TW ngày 16 tháng 6 năm 2003 của Bộ Chính trị,',
      'QUYẾT ĐỊNH:',
      'Điều 1. Ban hành kèm theo Quyết định này Chương trình kế hoạch của Chính phủ thực hiện Nghị quyết của Bộ Chính trị về tiếp tục sắp xếp nông, lâm trường quốc doanh.',
      'Điều 2. Quyết định này có hiệu lực sau 15 ngày kể từ ngày đăng công báo.',
      '| Nguyễn Tấn Dũng (Đã ký) |',
    ].join('\n');
    expect(relations(text)).toMatchObject({ '28-NQ/TW': 'IMPLEMENTS' });
    const e = extract({ path: 'doc.txt', sha256: 'x', format: 'TEXT', text });
    expect(e.document.signer).toBe('Nguyễn Tấn Dũng');
  });
  it('… but not when two documents of that issuer are cited: neither is picked', () => {
    const text = [
      'THỦ TƯỚNG CHÍNH PHỦ', 'Số: 200/QĐ-TTg', 'Hà Nội, ngày 03 tháng 9 năm 2013', 'QUYẾT ĐỊNH', 'Về chương trình của Chính phủ',
      'Căn cứ Nghị quyết số 28-NQ/TW ngày 16 tháng 6 năm 2003 của Bộ Chính trị;',
      'Căn cứ Nghị quyết số 30-NQ/TW ngày 12 tháng 3 năm 2014 của Bộ Chính trị;',
      'QUYẾT ĐỊNH:',
      'Điều 1. Ban hành kèm theo Quyết định này Chương trình của Chính phủ thực hiện Nghị quyết của Bộ Chính trị.',
    ].join('\n');
    expect(relations(text)).toEqual({ '28-NQ/TW': 'BASED_ON', '30-NQ/TW': 'BASED_ON' });
  });
  it('a news page\'s look back in its own sentence: "… Nghị quyết số 26-NQ/TW …. Sau 5 năm thực hiện, Bộ Chính trị đã … ban hành Thông báo số 55-TB/TW …": CITES', () => {
    const text = [
      'Dấu ấn 10 năm thực hiện Nghị quyết số 26 của Bộ Chính trị về Nghệ An',
      'Ngày 30/7/2013, Bộ Chính trị ban hành Nghị quyết số 26-NQ/TW về phương hướng, nhiệm vụ phát triển tỉnh Nghệ An đến năm 2020. Sau 5 năm thực hiện, Bộ Chính trị đã chỉ đạo sơ kết và ban hành Thông báo số 55 -TB/TW ngày 20/4/2019 về sơ kết 5 năm thực hiện Nghị quyết số 26.',
    ].join('\n');
    const e = extract({ path: 'doc.txt', sha256: 'x', format: 'TEXT', text });
    expect({ symbol: e.document.symbol, issuedOn: e.document.issuedOn }).toEqual({ symbol: '26-NQ/TW', issuedOn: '2013-07-30' });
    expect(Object.fromEntries(e.citations.map((c) => [c.symbol, c.relation]))).toEqual({ '55-TB/TW': 'CITES' });
  });
  it('a Party resolution\'s title goes on in lower case under its heading: "HỘI NGHỊ LẦN THỨ NĂM … KHOÁ XIII" / "về tiếp tục đổi mới …"', () => {
    const { lines } = normalise(['BAN CHẤP HÀNH TRUNG ƯƠNG\tĐẢNG CỘNG SẢN VIỆT NAM', 'Số 18-NQ/TW\tHà Nội, ngày 16 tháng 6 năm 2022', 'NGHỊ QUYẾT', 'HỘI NGHỊ LẦN THỨ NĂM BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHOÁ XIII', 'về tiếp tục đổi mới, hoàn thiện thể chế, chính sách quản lý và sử dụng đất', 'I. TÌNH HÌNH VÀ NGUYÊN NHÂN'].join('\n'));
    expect(readDocumentMeta(lines).title).toMatch(/KHOÁ XIII về tiếp tục đổi mới/u);
  });
});
