import { applyManifest, ManifestSchema, personName, readDocumentMeta, recase } from '../../../src/ingest/document';
import { normalise } from '../../../src/ingest/normalise';

const meta = (raw: string) => readDocumentMeta(normalise(raw).lines);

const STATE_PLAN = [
  'ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'TỈNH NGHỆ AN\tĐộc lập - Tự do - Hạnh phúc',
  'Số: 120/KH-UBND\tVinh, ngày 05 tháng 3 năm 2025',
  '',
  'KẾ HOẠCH',
  'Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024',
  'của Bộ Chính trị',
  '',
  'Căn cứ Nghị quyết số 03/NQ-CP ngày 09/01/2025 của Chính phủ;',
  'UBND tỉnh ban hành Kế hoạch thực hiện như sau:',
  'I. MỤC ĐÍCH, YÊU CẦU',
  '1. Mục đích',
  'Nội dung.',
  'Nơi nhận:',
  '- Như trên;',
  'TM. ỦY BAN NHÂN DÂN',
  'KT. CHỦ TỊCH',
  'PHÓ CHỦ TỊCH',
  '',
  'Nguyễn Văn Đệ',
].join('\n');

describe('readDocumentMeta: a provincial People’s Committee plan with a full header', () => {
  const m = meta(STATE_PLAN);
  it('reads kind, symbol and number from the "Số:" line', () => {
    expect(m).toMatchObject({ kind: 'KE_HOACH', kindVi: 'Kế hoạch', symbol: '120/KH-UBND', number: '120' });
  });
  it('reads the issuer from the two header lines and the province from it', () => {
    expect(m).toMatchObject({ issuer: 'Ủy ban nhân dân tỉnh Nghệ An', level: 'PROVINCIAL_STATE', province: 'Nghệ An' });
  });
  it('reads the date from the place-date line even when the place is not a province', () => {
    expect(m.issuedOn).toBe('2025-03-05');
  });
  it('reads the title up to the first "Căn cứ" and the signer after "TM."/"KT." lines', () => {
    expect(m.title).toBe('Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị');
    expect(m.signer).toBe('Nguyễn Văn Đệ');
    expect(m.missing).toEqual([]);
    expect(m.spans.symbol.startLine).toBe(3);
  });
});

describe('readDocumentMeta: the document’s own symbol', () => {
  it('takes the number from an appendix heading "(Kèm theo Kế hoạch số 35 /KH-UBND ngày 20 tháng 8 năm 2025 …)"', () => {
    const m = meta(['Cần Thơ, ngày 20 tháng 8 năm 2025', 'KẾ HOẠCH', 'Triển khai Nghị quyết số 59-NQ/TW', 'I. MỤC ĐÍCH', 'PHỤ LỤC', '(Kèm theo Kế hoạch số 35 /KH-UBND ngày 20 tháng 8 năm 2025 của Ủy ban nhân dân thành phố)'].join('\n'));
    expect(m).toMatchObject({ symbol: '35/KH-UBND', number: '35', province: 'Cần Thơ', issuedOn: '2025-08-20', level: 'PROVINCIAL_STATE' });
  });

  it('never takes a cited symbol: "ban hành kèm theo Nghị quyết số 153/NQ-CP" in the body is not the plan’s number', () => {
    const m = meta(['KẾ HOẠCH', 'Triển khai Chương trình hành động', 'Thực hiện Chương trình hành động (ban hành kèm theo Nghị quyết số 153/NQ-CP ngày 31/5/2025 của Chính phủ);', 'Ủy ban nhân dân thành phố Hà Nội ban hành Kế hoạch như sau:', 'I. MỤC TIÊU'].join('\n'));
    expect(m.symbol).toBeNull();
    expect(m.missing).toEqual(expect.arrayContaining(['symbol', 'number', 'issuedOn', 'signer']));
    expect(m).toMatchObject({ issuer: 'Ủy ban nhân dân thành phố Hà Nội', province: 'Hà Nội' });
  });

  it('a blank draft number "Kế hoạch số      -KH/ĐU" gives no symbol but tells the Party side', () => {
    const m = meta(['Thực hiện Chương trình số 07-CTr/TU, Đảng ủy UBND Thành phố ban hành Kế hoạch như sau:', 'I. MỤC ĐÍCH', 'T/M BAN THƯỜNG VỤ', 'BÍ THƯ', 'Vũ Đại Thắng', 'PHỤ LỤC 01', '(Kèm theo Kế hoạch số          -KH/ĐU ngày       /03/2026 của Đảng ủy UBND Thành phố)'].join('\n'));
    expect(m).toMatchObject({ kind: 'KE_HOACH', symbol: null, issuer: 'Đảng ủy UBND Thành phố', level: 'PROVINCIAL_PARTY', signer: 'Vũ Đại Thắng', issuedOn: null });
  });
});

describe('readDocumentMeta: central documents', () => {
  it('a Politburo resolution is CENTRAL_PARTY and has no province', () => {
    const m = meta(['BAN CHẤP HÀNH TRUNG ƯƠNG\tĐẢNG CỘNG SẢN VIỆT NAM', 'Số 59-NQ/TW\tHà Nội, ngày 24 tháng 01 năm 2025', 'NGHỊ QUYẾT', 'CỦA BỘ CHÍNH TRỊ', 'về hội nhập quốc tế trong tình hình mới', 'I. TÌNH HÌNH'].join('\n'));
    expect(m).toMatchObject({ kind: 'NGHI_QUYET', symbol: '59-NQ/TW', level: 'CENTRAL_PARTY', province: null, issuedOn: '2025-01-24' });
    expect(m.missing).not.toContain('province');
  });
});

describe('a header name broken over two lines', () => {
  it('"ỦY BAN THƯỜNG VỤ" / "QUỐC HỘI": one name, the first line no body by itself', () => {
    const m = readDocumentMeta(normalise(['ỦY BAN THƯỜNG VỤ', 'QUỐC HỘI', '--------', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Nghị quyết số: 653/2019/UBTVQH14', 'Hà Nội, ngày 12 tháng 3 năm 2019', 'NGHỊ QUYẾT', 'VỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH CẤP HUYỆN, CẤP XÃ TRONG GIAI ĐOẠN 2019 - 2021', 'ỦY BAN THƯỜNG VỤ QUỐC HỘI', 'Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;'].join('\n')).lines);
    expect(m).toMatchObject({ issuer: 'Ủy ban Thường vụ Quốc hội', level: 'CENTRAL_STATE', issuedOn: '2019-03-12' });
  });
});

describe('helpers', () => {
  it('recases headings: "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI"', () => {
    expect(recase('ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI')).toBe('Ủy ban nhân dân thành phố Hà Nội');
  });
  it('recases "ỦY BAN THƯỜNG VỤ QUỐC HỘI" as "Ủy ban Thường vụ Quốc hội" (a committee, "ủy ban", holds no board); "TỈNH ỦY BAN THƯỜNG VỤ" run together is a committee and its board', () => {
    expect(recase('ỦY BAN THƯỜNG VỤ QUỐC HỘI')).toBe('Ủy ban Thường vụ Quốc hội');
    expect(recase('ỦY BAN THƯỜNG VỤ')).toBe('Ủy ban Thường vụ');
    expect(recase('TỈNH ỦY BAN THƯỜNG VỤ')).toBe('Tỉnh ủy Ban Thường vụ');
  });
  it('recognises a signer’s name but not a role line', () => {
    expect(personName('Nguyễn Mạnh Quyền')).toBe('Nguyễn Mạnh Quyền');
    expect(personName('LÊ HỒNG SƠN')).toBe('Lê Hồng Sơn');
    expect(personName('CHỦ TỊCH')).toBeNull();
    expect(personName('Nơi nhận:')).toBeNull();
  });
});

describe('sidecar manifest', () => {
  const base = meta(['KẾ HOẠCH', 'Tổ chức hoạt động thông tin đối ngoại năm 2024', 'Căn cứ Nghị định số 72/2015/NĐ-CP;', 'Ủy ban nhân dân thành phố Hà Nội ban hành Kế hoạch như sau:', 'I. MỤC ĐÍCH'].join('\n'));

  it('fills only missing fields', () => {
    const m = applyManifest(base, { symbol: '112 /KH-UBND', issuedOn: '2024-03-31', issuer: 'Other' });
    expect(m).toMatchObject({ symbol: '112/KH-UBND', number: '112', issuedOn: '2024-03-31', issuer: 'Ủy ban nhân dân thành phố Hà Nội' });
    expect(m.missing).not.toContain('symbol');
    expect(m.missing).toContain('signer');
  });

  it('replaces text values with override: true, dropping their spans', () => {
    const m = applyManifest(base, { issuer: 'UBND TP Hà Nội', override: true });
    expect(m.issuer).toBe('UBND TP Hà Nội');
    expect(m.spans.issuer).toBeUndefined();
  });

  it('rejects malformed manifests', () => {
    expect(ManifestSchema.safeParse({ issuedOn: '31/3/2024' }).success).toBe(false);
    expect(ManifestSchema.safeParse({ unknown: 1 }).success).toBe(false);
  });
});
