/**
 * Central State bodies as news and provincial sites name them: the disaster steering committee's telegrams ("…/CĐ-TW"
 * is no Party symbol), its office ("Văn phòng Ban Chỉ đạo …", "BCĐ Trung ương …"), two bodies signing as one, the
 * Government Office's letters restated ("Công văn (số 73/TTg-CN)", "công văn hỏa tốc số 517/VPTT", "văn bản số
 * 558/2022/TTĐT"), a Prime Minister's approval reported with no number, and a site's menu of provinces, which names no
 * province of the document. Lines from real pages (laodong.vn, hoanhap.vn, nhandan.vn, vov.vn, baomoi, chinhphu.vn).
 */
import { levelOfIssuer, levelOfSymbol, readDocumentMeta } from '../../../src/ingest/document';
import { normalise } from '../../../src/ingest/normalise';
import { extract } from '../../../src/ingest/pipeline';
import { dropSiteDebris } from '../../../src/ingest/readers/debris';
import { subjectBody } from '../../../src/ingest/readers/news-intro';
import { findSymbols } from '../../../src/ingest/symbols';

const parse = (text: string) => extract({ path: 'page.txt', text, sha256: '0'.repeat(64), format: 'TEXT' });

describe('the central disaster steering committee is State, not Party', () => {
  it('"…/CĐ-TW" is its telegram: central State', () => {
    expect(levelOfSymbol(findSymbols('Công điện số 15/CĐ-TW')[0])).toBe('CENTRAL_STATE');
  });
  it('"Ban Chỉ đạo Trung ương về phòng, chống thiên tai" is State; "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng" stays Party', () => {
    expect(levelOfIssuer('Ban Chỉ đạo Trung ương về phòng, chống thiên tai')).toBe('CENTRAL_STATE');
    expect(levelOfIssuer('Ban Chỉ đạo Trung ương Phòng chống thiên tai')).toBe('CENTRAL_STATE');
    expect(levelOfIssuer('Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực')).toBe('CENTRAL_PARTY');
  });
  it('its office is of its level: "Văn phòng thường trực Ban Chỉ đạo Quốc gia về phòng, chống thiên tai"', () => {
    expect(levelOfIssuer('Văn phòng thường trực Ban Chỉ đạo Quốc gia về phòng, chống thiên tai')).toBe('CENTRAL_STATE');
  });
  it('"BCĐ Trung ương về Phòng, chống thiên tai (PCTT) đã có Công điện số 84/CĐ-TW …": the short name spelled out', () => {
    const x = parse('Hồi 16h30, BCĐ Trung ương về Phòng, chống thiên tai (PCTT) đã có Công điện số 84/CĐ-TW gửi Ban chỉ huy PCTT và tìm kiếm cứu nạn (TKCN) các tỉnh, thành phố ven biển từ Quảng Ngãi đến Kiên Giang.');
    expect(x.document).toMatchObject({ symbol: '84/CĐ-TW', issuer: 'Ban Chỉ đạo Trung ương về Phòng, chống thiên tai', level: 'CENTRAL_STATE', province: null });
  });
  it('two bodies signing as one ("Ban Chỉ đạo Trung ương Phòng chống thiên tai-Ủy ban Quốc gia tìm kiếm cứu nạn"): the first', () => {
    expect(subjectBody('Ngày 24/8, Ban Chỉ đạo Trung ương Phòng chống thiên tai-Ủy ban Quốc gia tìm kiếm cứu nạn đã')?.issuer).toBe('Ban Chỉ đạo Trung ương Phòng chống thiên tai');
  });
});

describe('the Government Office\'s and the Prime Minister\'s letters restated', () => {
  it('the number in brackets after the kind: "Thủ tướng Chính phủ đã có Công văn (số 73/TTg-CN) chỉ đạo …"', () => {
    expect(parse('Ngày 14-1, Thủ tướng Chính phủ đã có Công văn (số 73/TTg-CN) chỉ đạo các Bộ, cơ quan ngang Bộ.').document).toMatchObject({ symbol: '73/TTg-CN', kind: 'CONG_VAN', issuer: 'Thủ tướng Chính phủ', level: 'CENTRAL_STATE' });
  });
  it('an urgent letter: "… ra công văn hỏa tốc số 517/VPTT gửi …"', () => {
    expect(findSymbols('ra công văn hỏa tốc số 517/VPTT gửi')[0]?.symbol).toBe('517/VPTT');
  });
  it('a letter numbered by its year: "tại văn bản số 558/2022/TTĐT ngày 28 tháng 6 năm 2022"', () => {
    expect(findSymbols('tại văn bản số 558/2022/TTĐT ngày 28 tháng 6 năm 2022')[0]?.symbol).toBe('558/2022/TTĐT');
  });
  it('a Prime Minister approving what a ministry proposed, with no number, is a directive, not rejected', () => {
    const x = parse('Thủ tướng đồng ý nghỉ Tết Nguyên đán 9 ngày\nVăn phòng Chính phủ hôm nay cho biết, Thủ tướng đồng tình với đề xuất của Bộ Lao động - Thương binh và Xã hội về phương án nghỉ Tết 9 ngày.');
    expect(x.document).toMatchObject({ issuer: 'Thủ tướng Chính phủ', level: 'CENTRAL_STATE', province: null });
  });
  it('a letter without sections signs its role and name below its text ("BỘ TRƯỞNG, CHỦ NHIỆM" / "Nguyễn Xuân Phúc")', () => {
    const meta = readDocumentMeta(normalise('VĂN PHÒNG CHÍNH PHỦ\nSố: 1453/VPCP-KGVX\nHà Nội, ngày 09 tháng 03 năm 2009\nKính gửi: Bộ Tài chính\nVăn phòng Chính phủ xin gửi bản chụp văn bản đến quý cơ quan để có ý kiến.\nNơi nhận:\n- Như trên;\n- Lưu VT, KGVX (3)\nBỘ TRƯỞNG, CHỦ NHIỆM\nNguyễn Xuân Phúc').lines);
    expect(meta.signer).toBe('Nguyễn Xuân Phúc');
  });
});

describe('a site\'s menu of provinces', () => {
  it('eight or more lines in a row that are each a province are navigation, dropped with the reason', () => {
    const names = ['An Giang', 'Bình Dương', 'Bình Phước', 'Bình Thuận', 'Bình Định', 'Bạc Liêu', 'Bắc Giang', 'Bắc Kạn', 'Hà Tây'];
    const out = dropSiteDebris(normalise([...names.map((n) => `  • ${n}`), '', 'Công điện chỉ đạo ứng phó siêu bão gần Biển Đông'].join('\n')));
    expect(out.lines.map((l) => l.text.trim()).filter(Boolean)).toEqual(['Công điện chỉ đạo ứng phó siêu bão gần Biển Đông']);
    expect(out.dropped.filter((d) => /menu of provinces/.test(d.reason))).toHaveLength(9);
  });
  it('a plan listing three provinces it works with keeps them', () => {
    const out = dropSiteDebris(normalise('Phối hợp với các tỉnh:\n- Lào Cai\n- Yên Bái\n- Hà Giang'));
    expect(out.lines).toHaveLength(4);
  });
});
