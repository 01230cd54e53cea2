import { findSymbols, kindFromCode, normaliseSymbol, parseSymbolQuery, symbolKey } from '../../../src/ingest/symbols';

const symbols = (s: string) => findSymbols(s).map((m) => m.symbol);

describe('document symbols (ký hiệu)', () => {
  it('reads Party-style symbols: 59-NQ/TW, 356-KH/TU, 07-CTr/TU, 57-KL/TW, 39-KH/ĐU', () => {
    expect(symbols('Nghị quyết số 59-NQ/TW, Kế hoạch số 356-KH/TU, Chương trình số 07-CTr/TU, Kết luận số 57-KL/TW và Kế hoạch số 39-KH/ĐU')).toEqual([
      '59-NQ/TW', '356-KH/TU', '07-CTr/TU', '57-KL/TW', '39-KH/ĐU',
    ]);
  });

  it('reads State-style symbols: 153/NQ-CP, 35/KH-UBND, 72/2015/NĐ-CP, 22/2016/TT-BTTTT, 3089/BTTTT-TTĐN', () => {
    const found = findSymbols('Nghị quyết số 153/NQ-CP; Kế hoạch 35/KH-UBND; Nghị định số 72/2015/NĐ-CP; Thông tư số 22/2016/TT-BTTTT; Công văn số 3089/BTTTT-TTĐN');
    expect(found.map((m) => [m.symbol, m.kind])).toEqual([
      ['153/NQ-CP', 'NGHI_QUYET'],
      ['35/KH-UBND', 'KE_HOACH'],
      ['72/2015/NĐ-CP', 'NGHI_DINH'],
      ['22/2016/TT-BTTTT', 'THONG_TU'],
      ['3089/BTTTT-TTĐN', 'CONG_VAN'], // an official letter: issuer-unit, no kind code
    ]);
    expect(found[2].year).toBe('2015');
  });

  it('tolerates spaces inside a symbol: "35 /KH-UBND"', () => {
    expect(normaliseSymbol('Kế hoạch số 35 /KH-UBND')).toBe('35/KH-UBND');
    expect(normaliseSymbol('Số: 35/KH-UBND')).toBe('35/KH-UBND');
  });

  it('takes the kind from the code, not the word before: "Kế hoạch số 57-KL/TW" is a Kết luận', () => {
    expect(findSymbols('Thực hiện có hiệu quả Kế hoạch số 57-KL/TW ngày 15 tháng 6 năm 2023')[0]).toMatchObject({ symbol: '57-KL/TW', kind: 'KET_LUAN' });
  });

  it('normalises a Party document written State-style: "34/NQ-TW" → "34-NQ/TW"', () => {
    expect(symbols('Nghị quyết số 34/NQ-TW ngày 09/01/2023')).toEqual(['34-NQ/TW']);
  });

  it('does not take dates, year ranges or percentages for symbols', () => {
    expect(symbols('ngày 24/01/2025, giai đoạn 2026-2030, đạt 11,0%, Quý IV/2026')).toEqual([]);
  });

  it('maps kind codes to kinds: CTr is a programme, CT a directive', () => {
    expect(kindFromCode('CTr')).toBe('CHUONG_TRINH');
    expect(kindFromCode('CT')).toBe('CHI_THI');
    expect(kindFromCode('QĐ')).toBe('QUYET_DINH');
  });
});

describe('symbolKey and loose queries', () => {
  it('"57-NQ/TW", "57/NQ-TW", "57 NQ TW" share one key; Kết luận 57-KL/TW does not', () => {
    expect(new Set([symbolKey('57-NQ/TW'), symbolKey('57/NQ-TW'), symbolKey('57 NQ TW'), symbolKey('057-nq/tw')]).size).toBe(1);
    expect(symbolKey('57-KL/TW')).not.toBe(symbolKey('57-NQ/TW'));
    expect(symbolKey('39-KH/ĐU')).toBe('39KHDU');
  });

  it('parses "nghị quyết 57" into number + kind code', () => {
    expect(parseSymbolQuery('nghị quyết 57')).toMatchObject({ number: '57', kindCode: 'NQ' });
    expect(parseSymbolQuery('Kết luận 57')).toMatchObject({ number: '57', kindCode: 'KL' });
    expect(parseSymbolQuery('chương trình hành động 07')).toMatchObject({ number: '7', kindCode: 'CTr' });
    expect(parseSymbolQuery('57-NQ/TW')).toMatchObject({ number: '57', kindCode: 'NQ', issuerCode: 'TW', key: '57NQTW' });
  });
});

describe('a central document named by number and issuer, without a symbol', () => {
  it('"Nghị quyết 57 của Bộ Chính trị" is 57-NQ/TW', () => {
    expect(findSymbols('Triển khai thực hiện Nghị quyết 57 của Bộ Chính trị mang tính thực chất').map((m) => m.symbol)).toEqual(['57-NQ/TW']);
  });
  it('a list sharing one issuer: "Nghị quyết số 70; Nghị quyết số 71; Nghị quyết số 80 của Bộ chính trị"', () => {
    expect(findSymbols('Nghị quyết số 70; Nghị quyết số 71; Nghị quyết số 80 của Bộ chính trị').map((m) => m.symbol)).toEqual(['70-NQ/TW', '71-NQ/TW', '80-NQ/TW']);
  });
  it('"Kết luận số 57 của Bộ Chính trị" is 57-KL/TW, not Nghị quyết 57', () => {
    expect(findSymbols('thực hiện Kết luận số 57 của Bộ Chính trị').map((m) => m.symbol)).toEqual(['57-KL/TW']);
  });
  it('a number with no central issuer is not a symbol ("Nghị quyết 57 của Hội đồng nhân dân tỉnh")', () => {
    expect(findSymbols('Nghị quyết 57 của Hội đồng nhân dân tỉnh; Nghị quyết 12 năm 2024')).toEqual([]);
  });
  it('a written symbol is not read twice', () => {
    expect(findSymbols('Nghị quyết số 59-NQ/TW ngày 24/01/2025 của Bộ Chính trị').map((m) => m.symbol)).toEqual(['59-NQ/TW']);
  });
});
