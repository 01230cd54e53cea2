/** A copy whose header is a news intro: who issued what, read from the sentence that says so. */
import { readDocumentMeta } from '../../../../src/ingest/document';
import { normalise } from '../../../../src/ingest/normalise';
import { readNewsIntro } from '../../../../src/ingest/readers/news-intro';
import { extract } from '../../../../src/ingest/pipeline';

const read = (raw: string) => {
  const { lines } = normalise(raw);
  const r = readNewsIntro(lines, readDocumentMeta(lines));
  return Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v!.value]));
};

describe('readNewsIntro', () => {
  it('"Thay mặt Bộ Chính trị, Tổng Bí thư … đã ký ban hành Nghị quyết số 57-NQ/TW (ngày 22/12/2024) của Bộ Chính trị về …"', () => {
    expect(read('Thay mặt Bộ Chính trị, Tổng Bí thư Tô Lâm đã ký ban hành Nghị quyết số 57-NQ/TW (ngày 22/12/2024) của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.')).toEqual({
      symbol: '57-NQ/TW', number: '57', kind: 'NGHI_QUYET', kindVi: 'Nghị quyết', issuedOn: '2024-12-22', issuer: 'Bộ Chính trị', level: 'CENTRAL_PARTY',
      title: 'về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia',
    });
  });
  it('"Thay mặt Bộ Chính trị, đồng chí …, Thường trực Ban Bí thư, vừa ký ban hành Kết luận số 34-KL/TW ngày 18/4/2022 về …"', () => {
    expect(read('Thay mặt Bộ Chính trị, đồng chí Võ Văn Thưởng, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư, vừa ký ban hành Kết luận số 34-KL/TW ngày 18/4/2022 về Chiến lược công tác kiểm tra, giám sát của Đảng đến năm 2030. Kết luận nêu rõ:')).toMatchObject({
      symbol: '34-KL/TW', kind: 'KET_LUAN', issuedOn: '2022-04-18', issuer: 'Bộ Chính trị', level: 'CENTRAL_PARTY',
    });
  });
  it('a news article restating a plan, with a dash date: "UBND tỉnh ban hành Kế hoạch số 98/KH-UBND ngày 3-7-2025 …"', () => {
    expect(read('Ngày 3-7, UBND tỉnh Tây Ninh ban hành Kế hoạch số 98/KH-UBND ngày 3-7-2025 triển khai thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị.')).toMatchObject({
      symbol: '98/KH-UBND', kind: 'KE_HOACH', issuedOn: '2025-07-03', issuer: 'UBND tỉnh Tây Ninh', province: 'Tây Ninh', level: 'PROVINCIAL_STATE', title: 'triển khai thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị',
    });
  });
  it('after a "Thực hiện …;" clause: "…; UBND tỉnh đã ban hành Kế hoạch số 242/KH-UBND ngày 31/12/2022 nhằm …"', () => {
    expect(read('Thực hiện Quyết định 923/QĐ-TTg ngày 02/8/2022 của Thủ tướng Chính phủ về phê duyệt Chương trình; UBND tỉnh đã ban hành Kế hoạch số 242/KH-UBND ngày 31/12/2022 nhằm thúc đẩy ứng dụng khoa học công nghệ.')).toMatchObject({
      symbol: '242/KH-UBND', issuedOn: '2022-12-31',
    });
  });
  it('a preamble naming what another body issued is no intro: "Căn cứ Nghị quyết số 71/NQ-CP … của Chính phủ ban hành Chương trình …"', () => {
    expect(read('Căn cứ Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ ban hành Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW;')).toEqual({});
  });
  it('a document with its own header "Số: …" is not read as a copy', () => {
    expect(read('ỦY BAN NHÂN DÂN\nSố: 12/KH-UBND\nKẾ HOẠCH\nUBND tỉnh đã ban hành Kế hoạch số 5/KH-UBND ngày 02/01/2025.')).toEqual({});
  });
});

// A body "puts out" a document with no number as with one (plo.vn, Chỉ thị 19-CT/TW of 2022 reported as
// "Ban Bí thư vừa ra chỉ thị về việc tổ chức Tết Quý Mão 2023"): the page is a directive's copy, not rejected.
it('"(PLO)- Ban Bí thư vừa ra chỉ thị về việc tổ chức Tết …": kind, issuer and title without a number', () => {
  expect(read('(PLO)- Ban Bí thư vừa ra chỉ thị về việc tổ chức Tết Quý Mão 2023, trong đó lưu ý các địa phương lo Tết cho hộ nghèo.')).toMatchObject({
    kind: 'CHI_THI', issuer: 'Ban Bí thư', level: 'CENTRAL_PARTY', title: 'về việc tổ chức Tết Quý Mão 2023',
  });
});

it('a headline closed by a congress\'s ordinal run into the sentence ("… Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII UBND tỉnh vừa ban hành công văn …"): the body after the ordinal issued it', () => {
  const x = extract({ path: 'x.txt', text: 'Triển khai Chương trình hành động của Tỉnh ủy thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII\n\nUBND tỉnh vừa ban hành công văn chỉ đạo triển khai Chương trình hành động của Tỉnh ủy, thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII (Công văn số 1483/UBND-THNC, ngày 17/11/2020).\n\nTheo đó, UBND tỉnh yêu cầu các sở, ban, ngành, UBND các huyện, thành phố tổ chức quán triệt.', sha256: '0'.repeat(64), format: 'TEXT' });
  expect(x.document).toMatchObject({ symbol: '1483/UBND-THNC', issuer: 'UBND tỉnh', level: 'PROVINCIAL_STATE' });
});

it('a roundup\'s headline dated after its noun ("Chỉ đạo, điều hành của Chính phủ, Thủ tướng Chính phủ ngày 6/1/2021") dates no document its items report; "…, ngày 04/03/2011 Bộ Xây dựng đã ban hành …" still does', () => {
  const x = extract({ path: 'x.txt', text: 'Chỉ đạo, điều hành của Chính phủ, Thủ tướng Chính phủ ngày 6/1/2021\n\nPhê duyệt Nghị định thư ASEAN về Tăng cường cơ chế giải quyết tranh chấp\n\nChính phủ vừa ban hành Nghị quyết 189/NQ-CP phê duyệt Nghị định thư ASEAN về Tăng cường cơ chế giải quyết tranh chấp ký ngày 30/11/2019.\n\nBộ Công Thương chủ trì, phối hợp với các Bộ, cơ quan liên quan đề xuất ứng viên tham gia Ban Hội thẩm.', sha256: '0'.repeat(64), format: 'TEXT' });
  expect(x.document).toMatchObject({ symbol: '189/NQ-CP', issuer: 'Chính phủ', issuedOn: null });
  expect(read('Thực hiện Nghị quyết số 11/NQ-CP của Chính phủ, ngày 04/03/2011 Bộ Xây dựng đã ban hành Chỉ thị số 01/CT-BXD về việc thực hiện các giải pháp.')).toMatchObject({ symbol: '01/CT-BXD', issuedOn: '2011-03-04' });
});

it('a document first named without its number ("UBND tỉnh Quảng Ngãi vừa ban hành kế hoạch nhằm …") and with it where it speaks ("Theo Kế hoạch số 114/KH-UBND, tỉnh …"): that is its symbol, and no citation of itself', () => {
  const x = extract({ path: 'x.txt', text: 'TTTĐ - UBND tỉnh Quảng Ngãi vừa ban hành kế hoạch nhằm thúc đẩy mạnh mẽ kinh tế số trong các ngành và lĩnh vực, đặt mục tiêu đạt tỷ trọng 20% GRDP vào năm 2025.\nQuảng Ngãi quyết tâm xây dựng nền kinh tế số vững mạnh. (Ảnh: minh hoạ)\nTheo Kế hoạch số 114/KH-UBND, tỉnh Quảng Ngãi sẽ triển khai đồng bộ nhiều giải pháp để đạt được các chỉ tiêu quan trọng về kinh tế số.', sha256: '0'.repeat(64), format: 'TEXT' });
  expect(x.document).toMatchObject({ kind: 'KE_HOACH', symbol: '114/KH-UBND', level: 'PROVINCIAL_STATE', province: 'Quảng Ngãi' });
  expect(x.citations.map((c) => c.symbol)).not.toContain('114/KH-UBND');
  // (A plan of another level named so is what this one carries out, not itself.)
  const y = extract({ path: 'y.txt', text: 'UBND tỉnh Quảng Ngãi vừa ban hành kế hoạch nhằm thúc đẩy kinh tế số.\nTheo Kế hoạch số 12-KH/TU, tỉnh sẽ triển khai đồng bộ nhiều giải pháp.', sha256: '0'.repeat(64), format: 'TEXT' });
  expect(y.document.symbol).toBeNull();
});

describe('readNewsIntro: the body signed for right after the signer\'s name', () => {
  it('"Thường trực Ban Bí thư Trương Thị Mai thay mặt Bộ Chính trị ký ban hành Quyết định số 139-QĐ/TW …": the Politburo issues it', () => {
    expect(read('Quyết định mới về quy trình kiểm tra của Bộ Chính trị, Ban Bí thư\nThường trực Ban Bí thư Trương Thị Mai thay mặt Bộ Chính trị ký ban hành Quyết định số 139-QĐ/TW về Quy trình kiểm tra của Bộ Chính trị, Ban Bí thư.')).toMatchObject({
      symbol: '139-QĐ/TW', kind: 'QUYET_DINH', issuer: 'Bộ Chính trị', level: 'CENTRAL_PARTY',
    });
  });
});

describe('readNewsIntro: a standing committee named without "Ban"', () => {
  it('"QĐND – Thường vụ Quân ủy Trung ương vừa ra Quy định số 646/QĐ/QUTW …": the standing committee issues it, not the commission', () => {
    expect(read('QĐND – Thường vụ Quân ủy Trung ương vừa ra Quy định số 646/QĐ/QUTW “Về trách nhiệm nêu gương của cán bộ, đảng viên, nhất là cán bộ lãnh đạo, chỉ huy, quản lý các cấp trong Quân đội”, với mục đích để mỗi cán bộ, đảng viên trong quân đội phải tích cực.')).toMatchObject({
      symbol: '646/QĐ/QUTW', issuer: 'Thường vụ Quân ủy Trung ương', level: 'CENTRAL_PARTY',
    });
  });
});

describe('readNewsIntro: a document numbered after its qualifier is no numberless one', () => {
  it('"Ban Dân vận Trung ương và Ban cán sự đảng Chính phủ đã ký Chương trình phối hợp số 79-Ctr/BDVTW – BCSĐCP …": no programme read', () => {
    expect(read('Ngày 11/10/2016, Ban Dân vận Trung ương và Ban cán sự đảng Chính phủ đã ký Chương trình phối hợp số 79-Ctr/BDVTW – BCSĐCP về công tác dân vận, giai đoạn 2016 – 2021, để triển khai thực hiện có hiệu quả Chương trình phối hợp, Ban Dân vận Trung ương đề nghị Ban Dân vận các tỉnh ủy, thành ủy triển khai thực hiện một số nhiệm vụ sau:')).not.toMatchObject({ kind: 'CHUONG_TRINH' });
  });
});
