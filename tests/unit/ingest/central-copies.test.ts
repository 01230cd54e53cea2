/**
 * Central documents as legal portals copy them, and the references of their preambles: a table copy whose header
 * cells wrap their words over lines between "|" lines (thuvienphapluat, thuviennhadat), a decision whose title
 * names a conclusion that itself continues an older resolution, laws cited by a lower-case name, the Party's
 * charter, bulleted "- Căn cứ …" clauses and a Party symbol written with a space for its dash.
 */
import { readCitations } from '../../../src/ingest/citations';
import { readDocumentMeta } from '../../../src/ingest/document';
import { normalise } from '../../../src/ingest/normalise';
import { findSymbols } from '../../../src/ingest/symbols';

const read = (lines: string[]) => {
  const { lines: ls } = normalise(lines.join('\n'));
  const meta = readDocumentMeta(ls);
  return { meta, citations: readCitations(ls, { meta }) };
};
const strongest = (citations: { symbol: string | null; raw: string; relation: string }[]) => {
  const rank: Record<string, number> = { REPLACES: 5, AMENDS: 4, IMPLEMENTS: 3, BASED_ON: 2, CITES: 1 };
  const out: Record<string, string> = {};
  for (const c of citations) {
    const k = c.symbol ?? c.raw;
    if (!out[k] || rank[c.relation] > rank[out[k]]) out[k] = c.relation;
  }
  return out;
};

describe('a portal table copy: header cells wrapped over lines between "|" lines', () => {
  // thuvienphapluat.vn, Nghị quyết 80/NQ-CP.
  const { meta } = read([
    'CHÍNH', 'PHỦ', '-------', '|', 'CỘNG', 'HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '---------------', '|',
    'Số:', '80/NQ-CP', '|', 'Hà', 'Nội, ngày 19 tháng 05 năm 2011', '|', 'NGHỊ QUYẾT',
    'VỀ ĐỊNH HƯỚNG GIẢM NGHÈO BỀN VỮNG THỜI KỲ TỪ NĂM 2011 ĐẾN', 'NĂM 2020', 'Thực hiện mục tiêu giảm nghèo là một chủ trương lớn của Đảng.',
  ]);
  it('"CHÍNH" / "PHỦ" is the issuer Chính phủ, central, in no province', () => {
    expect(meta).toMatchObject({ issuer: 'Chính phủ', level: 'CENTRAL_STATE', province: null });
  });
  it('"Số:" / "80/NQ-CP" is the symbol and "Hà" / "Nội, ngày 19 tháng 05 năm 2011" the date, with spans over both lines', () => {
    expect(meta).toMatchObject({ symbol: '80/NQ-CP', issuedOn: '2011-05-19' });
    expect(meta.spans.symbol).toMatchObject({ startLine: 10, endLine: 11 });
    expect(meta.spans.issuedOn).toMatchObject({ startLine: 13, endLine: 14 });
  });
  it('a date cell wrapped inside the date ("Hà Nội, ngày 18" / "tháng 02 năm 2014")', () => {
    const m = read(['THỦ TƯỚNG CHÍNH', 'PHỦ', '--------', '|', 'Số: 275/QĐ-TTg', '|', 'Hà Nội, ngày 18', 'tháng 02 năm 2014', '|', 'QUYẾT ĐỊNH', 'BAN HÀNH KẾ HOẠCH', 'Điều 1. Nội dung.']).meta;
    expect(m).toMatchObject({ issuer: 'Thủ tướng Chính phủ', issuedOn: '2014-02-18', level: 'CENTRAL_STATE', province: null });
  });
});

describe('a decision issuing the plan that carries out a conclusion (Quyết định 275/QĐ-TTg)', () => {
  const { citations } = read([
    'THỦ TƯỚNG CHÍNH PHỦ', 'Số: 275/QĐ-TTg', 'Hà Nội, ngày 18 tháng 02 năm 2014', 'QUYẾT ĐỊNH',
    'BAN HÀNH KẾ HOẠCH TRIỂN KHAI THỰC HIỆN KẾT LUẬN SỐ 27-KL/TW NGÀY 02 THÁNG 8 NĂM', '2012 CỦA BỘ CHÍNH TRỊ VỀ TIẾP TỤC THỰC HIỆN NGHỊ QUYẾT SỐ 53-NQ/TW NGÀY 29',
    'THÁNG 8 NĂM 2005 CỦA BỘ CHÍNH TRỊ KHÓA IX', 'THỦ TƯỚNG CHÍNH PHỦ', 'Căn cứ Luật tổ chức Chính phủ ngày 25 tháng 12', 'năm 2001;',
    'Căn cứ Kết luận số 27-KL/TW ngày 02 tháng 8 năm 2012', 'của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 53-NQ/TW ngày 29 tháng 8', 'năm 2005 của Bộ Chính trị khóa IX;',
    'Xét đề nghị của Bộ trưởng Bộ Kế hoạch và Đầu tư,', 'QUYẾT ĐỊNH:', 'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.',
  ]);
  const rel = strongest(citations);
  it('the conclusion the title carries out is IMPLEMENTS; the resolution named inside its title is only a mention', () => {
    expect(rel['27-KL/TW']).toBe('IMPLEMENTS');
    expect(rel['53-NQ/TW']).toBe('CITES');
  });
  it('"Căn cứ Luật tổ chức Chính phủ ngày 25 tháng 12 năm 2001;" (a lower-case name, dated) is a basis', () => {
    expect(citations.find((c) => /^Luật tổ chức Chính phủ/u.test(c.raw))).toMatchObject({ relation: 'BASED_ON', kind: 'LUAT', issuedOn: '2001-12-25' });
  });
});

describe('preamble clauses of Party and Youth Union decisions', () => {
  // xaydungdang.org.vn, Quyết định 283-QĐ/TW; 2mit.org, Quyết định 367-QĐ/TWĐTN-VP.
  const { citations } = read([
    'BAN CHẤP HÀNH TRUNG ƯƠNG', '***', 'Số: 367 - QĐ/TWĐTN-VP', 'Hà Nội, ngày 29 tháng 10 năm 2013', 'QUYẾT ĐỊNH', 'Về việc ban hành Quy định về ban hành văn bản của Đoàn',
    '- Căn cứ Điều lệ Đảng;',
    '- Căn cứ Luật xuất bản ngày 03-12-2004 và Luật sửa đổi, bổ sung một số điều của Luật Xuất bản ngày 03-6-2008;',
    '- Căn cứ Quy chế hoạt động ban hành kèm theo Quyết định số 84 QĐ/TWĐTN ngày 22/02/2013 của Ban Chấp hành Trung ương Đoàn;',
    'QUYẾT ĐỊNH', 'Điều 1. Ban hành kèm theo quyết định này Quy định.',
  ]);
  const rel = strongest(citations);
  it('"- Căn cứ …" after a bullet is still a basis, the Party charter included', () => {
    expect(rel['Điều lệ Đảng']).toBe('BASED_ON');
    expect(rel['84-QĐ/TWĐTN']).toBe('BASED_ON');
  });
  it('two laws in one clause, the amending law with its long name', () => {
    expect(rel['Luật xuất bản ngày 03-12-2004']).toBe('BASED_ON');
    expect(rel['Luật sửa đổi, bổ sung một số điều của Luật Xuất bản ngày 03-6-2008']).toBe('BASED_ON');
  });
  it('"số 84 QĐ/TWĐTN": a Party symbol with a space for its dash, only after "số"', () => {
    expect(findSymbols('theo Quyết định số 1836 QĐ/TWĐTN ngày 23/6/2006').map((m) => m.symbol)).toEqual(['1836-QĐ/TWĐTN']);
    expect(findSymbols('có 84 QĐ/TWĐTN')).toEqual([]);
  });
});

describe('more header layouts of central documents', () => {
  it('a header table run into one line, a rule closing each name ("THỦ TƯỚNG CHÍNH PHỦ --------------- Số: 24/CT-TTg | …", hieuluat.vn)', () => {
    const { meta } = read([
      'THỦ TƯỚNG CHÍNH PHỦ --------------- Số: 24/CT-TTg | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ------------------------- Hà Nội, ngày 17 tháng 09 năm 2012 |',
      'CHỈ THỊ', 'VỀ VIỆC TĂNG CƯỜNG THỰC HIỆN CUỘC VẬN ĐỘNG', 'Để tiếp tục tăng cường việc triển khai thực hiện Cuộc vận động, Thủ tướng Chính phủ yêu cầu:',
    ]);
    expect(meta).toMatchObject({ kind: 'CHI_THI', symbol: '24/CT-TTg', issuer: 'Thủ tướng Chính phủ', level: 'CENTRAL_STATE', province: null, issuedOn: '2012-09-17' });
  });
  it('a symbol of before 1997 without a kind code: "Số: 43-TTg", "Nghị định 64-CP"; a date range is none', () => {
    expect(findSymbols('Số: 43-TTg').map((m) => m.symbol)).toEqual(['43-TTg']);
    expect(findSymbols('theo Nghị định 64-CP và Quyết định số 114-HĐBT').map((m) => m.symbol)).toEqual(['64-CP', '114-HĐBT']);
    expect(findSymbols('giai đoạn 2021-2025')).toEqual([]);
  });
  it('the Party header names the Central Committee; the text names the body with the symbol ("Quy định số 97-QĐ/TW ngày 7/2/2023 của Bộ Chính trị")', () => {
    const { meta } = read([
      '(Mặt trận) - Tại Quy định số 97-QĐ/TW ngày 7/2/2023 của Bộ Chính trị về chức năng, nhiệm vụ của đảng đoàn, ban cán sự đảng ở Trung ương đã đề cập đến một điểm mới.',
      'BAN CHẤP HÀNH TRUNG ƯƠNG', '-------', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Số: 97-QĐ/TW', 'Hà Nội, ngày 07 tháng 02 năm 2023', 'QUY ĐỊNH',
      'CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN CỦA ĐẢNG ĐOÀN, BAN CÁN SỰ ĐẢNG Ở TRUNG ƯƠNG',
    ]);
    expect(meta).toMatchObject({ kind: 'QUY_DINH', symbol: '97-QĐ/TW', issuer: 'Bộ Chính trị', level: 'CENTRAL_PARTY', province: null });
  });
  it('… or signs it: "T/M BAN BÍ THƯ" under a "CHỈ THỊ" heading', () => {
    const { meta } = read([
      'BAN CHẤP HÀNH TRUNG ƯƠNG', '*', 'Số 06-CT/TW', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Hà Nội, ngày 07 tháng 11 năm 2006', 'CHỈ THỊ', 'về tổ chức cuộc vận động',
      'I- MỤC ĐÍCH', 'Nội dung.', 'T/M BAN BÍ THƯ', 'Trương Tấn Sang',
    ]);
    expect(meta).toMatchObject({ issuer: 'Ban Bí thư', level: 'CENTRAL_PARTY', signer: 'Trương Tấn Sang' });
  });
});
