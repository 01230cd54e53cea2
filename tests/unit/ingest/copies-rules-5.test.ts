/**
 * Constructs of real web copies, portal pages and news articles that the first run on the fifth held-out batch
 * (tests/fixtures/copies/held-out-5, measured by scripts/measure-families.ts) read wrong, each fixed by a general
 * rule. The lines are from those pages (hoanhap, baobariavungtau, doanhnghiephoinhap, kontum.gov.vn, luatvietnam,
 * baoninhthuan, dulieuphapluat, hungyen.gov.vn, bdvtu.binhthuan).
 */
import { readCitations, summariseCitations } from '../../../src/ingest/citations';
import { readDocumentMeta, withoutPersonName } from '../../../src/ingest/document';
import { normalise } from '../../../src/ingest/normalise';
import { extract } from '../../../src/ingest/pipeline';
import { debrisReason, dropSiteDebris } from '../../../src/ingest/readers/debris';
import { splitGlued } from '../../../src/ingest/readers/glued-words';
import { readNewsSigner } from '../../../src/ingest/readers/news-signer';
import { readPaperProvince } from '../../../src/ingest/readers/paper-province';
import { metadataValues } from '../../../src/ingest/readers/portal-metadata';
import { readRestatedTasks } from '../../../src/ingest/readers/restated-tasks';
import { readSummaryTitle } from '../../../src/ingest/readers/summary-title';

const lines = (text: string) => normalise(text).lines;
const doc = (text: string) => extract({ path: 'x.txt', text, sha256: '5'.repeat(64), format: 'TEXT' });
const signer = (text: string) => readNewsSigner(lines(text)).signer?.value ?? null;

describe('the signer a news sentence names', () => {
  it.each([
    ['Thay mặt Ban Bí thư, Thường trực Ban Bí thư Trương Thị Mai đã ký ban hành Chỉ thị số 26-CT/TW ngày 23/11/2023 về việc tổ chức Tết Giáp Thìn năm 2024.', 'Trương Thị Mai'],
    ['Phó Chủ tịch UBND tỉnh Đặng Minh Thông vừa ký ban hành văn bản triển khai thực hiện Quyết định 1012/QĐ-TTg của Thủ tướng Chính phủ.', 'Đặng Minh Thông'],
    ['Chủ tịch UBND tỉnh Đồng Nai Võ Tấn Đức đã ký ban hành kế hoạch triển khai các nhiệm vụ và giải pháp trọng tâm.', 'Võ Tấn Đức'],
    ['Tổng Bí thư Tô Lâm vừa ký ban hành Nghị quyết số 57-NQ/TW của Bộ Chính trị.', 'Tô Lâm'],
    ['Kế hoạch do Phó Chủ tịch UBND tỉnh Lê Trường Sơn ký ban hành, yêu cầu Thủ trưởng các cơ quan triển khai thực hiện.', 'Lê Trường Sơn'],
    ['Đồng chí Hoàng Nghĩa Hiếu – Phó Bí thư Thường trực Tỉnh ủy vừa thay mặt Ban Thường vụ Tỉnh ủy Nghệ An ký ban hành Kế hoạch số 305-KH/TU.', 'Hoàng Nghĩa Hiếu'],
    ['Trưởng ban Tổ chức Trung ương Lê Minh Hưng, kiêm Phó Trưởng ban thường trực Ban Chỉ đạo Trung ương về tổng kết Nghị quyết 18, đã ký công văn gửi các ban đảng.', 'Lê Minh Hưng'],
  ])('%p is signed by %p', (text, name) => {
    expect(signer(text)).toBe(name);
  });
  it('a preamble naming who signed another document, and a document with its own header, give no signer', () => {
    expect(signer('Thực hiện Kế hoạch số 12/KH-UBND do Chủ tịch UBND tỉnh Võ Tấn Đức ký ban hành, Sở Y tế xây dựng kế hoạch như sau:')).toBeNull();
    const own = 'ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG NAI\nSố: 12/KH-UBND\nKẾ HOẠCH\nvề y tế\nQuyết định số 3/QĐ-UBND do Chủ tịch UBND tỉnh Võ Tấn Đức ký ban hành.';
    expect(readNewsSigner(lines(own), readDocumentMeta(lines(own))).signer).toBeUndefined();
  });
  it('"Thay mặt Ban Bí thư, …" after a headline without a full stop: the issuer is the body signed for, the signer the person', () => {
    const x = doc('Chỉ thị của Ban Bí thư: Nghiêm cấm biếu, tặng quà Tết cho lãnh đạo các cấp dưới mọi hình thức\n\nThay mặt Ban Bí thư, Thường trực Ban Bí thư Trương Thị Mai đã ký ban hành Chỉ thị số 26-CT/TW ngày 23/11/2023 về việc tổ chức Tết Giáp Thìn năm 2024.');
    expect([x.document.issuer, x.document.signer, x.document.level]).toEqual(['Ban Bí thư', 'Trương Thị Mai', 'CENTRAL_PARTY']);
    expect(x.document.inferred?.signer).toMatch(/Trương Thị Mai đã ký/);
  });
  it('"Chủ tịch UBND tỉnh Đồng Nai Võ Tấn Đức" is the office without the name; a plan is the committee\'s', () => {
    expect(withoutPersonName('Chủ tịch UBND tỉnh Đồng Nai Võ Tấn Đức')).toBe('Chủ tịch UBND tỉnh Đồng Nai');
    expect(withoutPersonName('Tổng Bí thư Tô Lâm')).toBe('Tổng Bí thư');
    expect(withoutPersonName('UBND tỉnh Đồng Nai')).toBe('UBND tỉnh Đồng Nai');
    const x = doc('Đồng Nai triển khai nhiệm vụ vì mục tiêu tăng trưởng 2 con số năm 2025\n\nChủ tịch UBND tỉnh Đồng Nai Võ Tấn Đức đã ký ban hành kế hoạch triển khai các nhiệm vụ và giải pháp trọng tâm nhằm thúc đẩy tăng trưởng kinh tế của tỉnh.');
    expect([x.document.kind, x.document.issuer, x.document.province, x.document.signer]).toEqual(['KE_HOACH', 'Ủy ban nhân dân tỉnh Đồng Nai', 'Đồng Nai', 'Võ Tấn Đức']);
  });
});

describe('news site debris', () => {
  it('the site\'s contact lines and its related-articles list are dropped, the article is kept', () => {
    expect(debrisReason('Hotline: 024.355.63.010')).toBe('site contact line');
    expect(debrisReason('Email: banbientap.dnhn@gmail.com')).toBe('site contact line');
    expect(debrisReason('Email: Sở Y tế gửi báo cáo qua thư điện tử trước ngày 15 hằng tháng.')).toBeNull();
    const t = dropSiteDebris(normalise('Bài liên quan\nHết tháng 1, Đồng Nai đã hoàn thành 78% kế hoạch hút vốn FDI\nĐồng Nai đề xuất vay 2 nghìn tỷ đồng\n\nChủ tịch UBND tỉnh đã ký ban hành kế hoạch.'));
    expect(t.lines.map((l) => l.text.trim()).filter(Boolean)).toEqual(['Chủ tịch UBND tỉnh đã ký ban hành kế hoạch.']);
    expect(t.dropped.filter((d) => d.reason === 'related link')).toHaveLength(3);
  });
});

describe('portal pages', () => {
  it('a page reduced to its "Trích yếu": kind and issuer from the title, without the committee\'s term', () => {
    const r = readSummaryTitle(lines('Trích yếu\nChương trình của Ban Chấp hành Đảng bộ tỉnh Khóa XVI thực hiện Nghị quyết số 45-NQ/TW, ngày 24-11-2023 của Ban Chấp hành Trung ương Đảng.'));
    expect([r.kind?.value, r.issuer?.value, r.level?.value]).toEqual(['CHUONG_TRINH', 'Ban Chấp hành Đảng bộ tỉnh', 'PROVINCIAL_PARTY']);
    expect(readSummaryTitle(lines('Trích yếu\nTình hình kinh tế tháng 5 của tỉnh'))).toEqual({});
    const x = doc('Trích yếu\nChương trình của Ban Chấp hành Đảng bộ tỉnh Khóa XVI thực hiện Nghị quyết số 45-NQ/TW, ngày 24-11-2023 của Ban Chấp hành Trung ương Đảng.');
    expect(summariseCitations(x.citations).map((c) => [c.symbol, c.relation])).toEqual([['45-NQ/TW', 'IMPLEMENTS']]);
  });
  it('labels glued to the value before them and values glued to the colon ("Số hiệu:273/NQ-CPNgày đăng công báo:…")', () => {
    const v = metadataValues(lines('Số hiệu:273/NQ-CPNgày đăng công báo:Đang cập nhật\nLoại văn bản:Nghị quyếtNgười ký:Phạm Minh Chính')).map((x) => [x.label, x.text]);
    expect(v).toEqual([['symbol', '273/NQ-CP'], ['kind', 'Nghị quyết'], ['signer', 'Phạm Minh Chính']]);
  });
  it('a label explained before its value ("Ngày ban hành:" / "Ngày ban hành là ngày, …" / "09/09/2025")', () => {
    const v = metadataValues(lines('Số hiệu: 273/NQ-CP\nNgày ban hành:\nNgày ban hành là ngày, tháng, năm văn bản được thông qua hoặc ký ban hành.\n09/09/2025')).map((x) => [x.label, x.text]);
    expect(v).toContainEqual(['issuedOn', '09/09/2025']);
  });
  it('an abbreviation glued to a capitalised word is cut before its capital ("CPNgày" → "CP Ngày"); English spellings and "tiktok" are left whole', () => {
    expect(splitGlued('CPNgày')).toEqual([2]);
    expect(splitGlued('TWngày')).toEqual([2]);
    for (const w of ['Vietnam', 'tiktok', 'Hanoi']) expect(splitGlued(w)).toEqual([]);
  });
});

describe('news of provincial Party documents', () => {
  it('"Báo Ninh Thuận trân trọng giới thiệu toàn văn …": the paper gives the province; "khóa XIII" is no part of the issuer', () => {
    expect(readPaperProvince(lines('Báo Ninh Thuận trân trọng giới thiệu toàn văn nội dung Nghị quyết.')).province?.value).toBe('Ninh Thuận');
    expect(readPaperProvince(lines('Báo Nhân Dân trân trọng giới thiệu toàn văn Nghị quyết.')).province).toBeUndefined();
    const x = doc('Nghị quyết của Ban Chấp hành Đảng bộ tỉnh khóa XIII về huy động nguồn lực\n\nLTS: Ngày 14-11-2016, Ban Chấp hành Đảng bộ tỉnh khóa XIII đã ban hành Nghị quyết số 10-NQ/TU về huy động nguồn lực. Báo Ninh Thuận trân trọng giới thiệu toàn văn nội dung Nghị quyết.');
    expect([x.document.issuer, x.document.province, x.document.issuedOn]).toEqual(['Ban Chấp hành Đảng bộ tỉnh Ninh Thuận', 'Ninh Thuận', '2016-11-14']);
  });
});

describe('preambles and restated tasks', () => {
  it('basis clauses whose start the copy cut off ("ố 09/2019/NĐ-CP …;", "Luật ban hành văn bản …;") are still bases', () => {
    const l = lines('ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 41/2019/QĐ-UBND | Quảng Trị, ngày 22 tháng 10 năm 2019 |\nỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\nLuật ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;\nố 09/2019/NĐ-CP ngày 24 tháng 01 năm 2019 của Chính phủ quy định về chế độ báo cáo;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành Quy định.');
    const c = summariseCitations(readCitations(l, { meta: readDocumentMeta(l) })).map((x) => [x.symbol ?? x.raw.slice(0, 8), x.relation]);
    expect(c).toEqual([['Luật ban', 'BASED_ON'], ['09/2019/NĐ-CP', 'BASED_ON']]);
  });
  it('addressees listed with ";" before what they all do are each a lead; "Ban chỉ đạo" is a name, "toàn thể Nhân dân" no agency', () => {
    const t = readRestatedTasks(lines('Thực hiện chỉ đạo của Thủ tướng Chính phủ, Chủ tịch UBND tỉnh yêu cầu các thành viên Ban chỉ đạo phòng, chống dịch Covid-19 các cấp; Thủ trưởng các sở, ban, ngành, đoàn thể tỉnh, Chủ tịch UBND các huyện, thị xã, thành phố; người đứng đầu các cơ quan, đơn vị, doanh nghiệp và toàn thể Nhân dân thực hiện quyết liệt công tác phòng, chống dịch Covid-19.'));
    expect(t.map((x) => x.leadRaw)).toEqual([['các thành viên Ban chỉ đạo phòng, chống dịch Covid-19 các cấp', 'Thủ trưởng các sở, ban, ngành, đoàn thể tỉnh', 'Chủ tịch UBND các huyện, thị xã, thành phố', 'người đứng đầu các cơ quan, đơn vị, doanh nghiệp']]);
  });
  it('"Bên cạnh đó, Ban Thường vụ Tỉnh ủy yêu cầu các cấp, các ngành, địa phương tiếp tục …": the assigner is no lead', () => {
    const t = readRestatedTasks(lines('Bên cạnh đó, Ban Thường vụ Tỉnh ủy yêu cầu các cấp, các ngành, địa phương tiếp tục thực hiện việc chỉnh trang đô thị, giữ gìn cảnh quan.'));
    // (Every level, sector and locality is one collective, as the page's key keeps it: ./every-level.test.ts.)
    expect(t.map((x) => x.leadRaw)).toEqual([['các cấp, các ngành, địa phương']]);
  });
  it('a sub-headline standing alone and a photo caption announce the article: no task; the editors\' "LTS:" is no agency', () => {
    const news = 'Trong công văn, Ban Chỉ đạo yêu cầu khẩn trương thực hiện.\n\nCác ban đảng, ban cán sự đảng; các Đảng ủy trực thuộc Trung ương chuẩn bị báo cáo trình Hội nghị Trung ương vào tháng 2-2025\n\nBan Tuyên giáo Trung ương chủ trì, phối hợp với Ban Dân vận Trung ương xây dựng đề án tuyên truyền.\n\nBộ Chính trị chỉ đạo thực hiện Nghị quyết Đại hội XIII của Đảng (Ảnh minh họa - nguồn internet)\n\nSở Y tế chủ trì triển khai kế hoạch tiêm chủng trên địa bàn.';
    expect(readRestatedTasks(lines(news)).map((t) => t.leadRaw)).toEqual([['Ban Tuyên giáo Trung ương'], ['Sở Y tế']]);
    expect(readRestatedTasks(lines('LTS: Ngày 14-11-2016, Ban Chấp hành Đảng bộ tỉnh khóa XIII đã ban hành Nghị quyết số 10-NQ/TU về huy động nguồn lực.'))).toEqual([]);
  });
});
