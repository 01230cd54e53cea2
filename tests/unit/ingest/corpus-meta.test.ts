/**
 * Pins what was verified by reading each corpus file. Where the corpus README and the text differ, the
 * text wins (noted inline).
 */
import * as fs from 'fs';
import * as path from 'path';
import { readCitations, summariseCitations } from '../../../src/ingest/citations';
import { readDocumentMeta } from '../../../src/ingest/document';
import type { Citation, DocumentMeta } from '../../../src/ingest/model';
import { normalise } from '../../../src/ingest/normalise';

const DIR = path.join(__dirname, '../../../data/corpus');
const files = fs.existsSync(DIR) ? fs.readdirSync(DIR).filter((f) => f.endsWith('.txt')) : [];
const read = (prefix: string): { raw: string; meta: DocumentMeta; cites: Citation[]; byKey: Record<string, Citation> } => {
  const f = files.find((x) => x.startsWith(prefix));
  if (!f) throw new Error(`corpus file ${prefix} missing`);
  const raw = fs.readFileSync(path.join(DIR, f), 'utf8');
  const { lines } = normalise(raw);
  const meta = readDocumentMeta(lines);
  const cites = readCitations(lines, { meta });
  return { raw, meta, cites, byKey: Object.fromEntries(summariseCitations(cites).filter((c) => c.symbol).map((c) => [c.symbol!, c])) };
};

const d = files.length ? describe : describe.skip;

d('corpus 000 — Hà Nội UBND plan for 153/NQ-CP (no number or date in the text)', () => {
  const { meta, byKey, raw } = read('000');
  it('has no symbol or date, and says so', () => {
    expect(meta).toMatchObject({ kind: 'KE_HOACH', symbol: null, number: null, issuedOn: null });
    expect(meta.missing).toEqual(['symbol', 'number', 'issuedOn']);
  });
  it('is issued by Hà Nội People’s Committee, signed Nguyễn Mạnh Quyền', () => {
    expect(meta).toMatchObject({ issuer: 'Ủy ban nhân dân thành phố Hà Nội', level: 'PROVINCIAL_STATE', province: 'Hà Nội', signer: 'Nguyễn Mạnh Quyền' });
    const s = meta.spans.signer;
    expect(raw.slice(s.startOffset, s.endOffset).trim()).toBe('Nguyễn Mạnh Quyền');
  });
  it('implements 59-NQ/TW, 153/NQ-CP and 356-KH/TU', () => {
    expect(byKey['59-NQ/TW'].relation).toBe('IMPLEMENTS');
    expect(byKey['153/NQ-CP']).toMatchObject({ relation: 'IMPLEMENTS', issuedOn: '2025-05-31', issuer: 'Chính phủ' });
    expect(byKey['356-KH/TU']).toMatchObject({ relation: 'IMPLEMENTS', issuedOn: '2025-08-04' });
  });
  it('finds the Chỉ thị split across lines (`23-` / `CT/TW`) in section II.1', () => {
    expect(byKey['23-CT/TW']).toMatchObject({ kind: 'CHI_THI', relation: 'CITES', section: 'II.1' });
  });
});

d('corpus 001 — Cần Thơ plan 35/KH-UBND (number only in the appendix heading)', () => {
  const { meta, byKey } = read('001');
  it('reads symbol, province, date and signer', () => {
    expect(meta).toMatchObject({ kind: 'KE_HOACH', symbol: '35/KH-UBND', number: '35', province: 'Cần Thơ', issuedOn: '2025-08-20', signer: 'Trần Văn Lâu', level: 'PROVINCIAL_STATE', issuer: 'Ủy ban nhân dân thành phố Cần Thơ' });
    expect(meta.missing).toEqual([]);
  });
  it('is based on 153/NQ-CP, 86-CTr/TU and 39-KH/ĐU ("Căn cứ"), implements 59-NQ/TW (title)', () => {
    // 153/NQ-CP appears only under "Căn cứ", but as the resolution that issued "Chương trình hành động của
    // Chính phủ" — what the title says the plan carries out — so it is implemented as well as a basis.
    expect(byKey['153/NQ-CP'].relation).toBe('IMPLEMENTS');
    expect(byKey['86-CTr/TU'].relation).toBe('BASED_ON');
    expect(byKey['39-KH/ĐU']).toMatchObject({ relation: 'BASED_ON', kind: 'KE_HOACH', issuedOn: '2025-06-04' });
    expect(byKey['59-NQ/TW'].relation).toBe('IMPLEMENTS');
  });
  it('reads "Kế hoạch số 57-KL/TW" as the Kết luận it is', () => {
    expect(byKey['57-KL/TW'].kind).toBe('KET_LUAN');
  });
});

d('corpus 002 — Hà Tĩnh plan for 153/NQ-CP and 44-CTr/TU', () => {
  const { meta, byKey } = read('002');
  it('is Hà Tĩnh People’s Committee, signed Nguyễn Hồng Lĩnh, no number/date in the text', () => {
    expect(meta).toMatchObject({ issuer: 'Ủy ban nhân dân tỉnh Hà Tĩnh', province: 'Hà Tĩnh', level: 'PROVINCIAL_STATE', signer: 'Nguyễn Hồng Lĩnh', symbol: null, issuedOn: null });
  });
  it('implements 153/NQ-CP and 44-CTr/TU', () => {
    expect(byKey['153/NQ-CP'].relation).toBe('IMPLEMENTS');
    expect(byKey['44-CTr/TU']).toMatchObject({ relation: 'IMPLEMENTS', kind: 'CHUONG_TRINH', issuedOn: '2025-05-21' });
  });
  it('cites 57-NQ/TW, 42-CTr/TU and 57-KL/TW as three distinct documents', () => {
    expect(byKey['57-NQ/TW'].kind).toBe('NGHI_QUYET');
    expect(byKey['42-CTr/TU'].kind).toBe('CHUONG_TRINH');
    expect(byKey['57-KL/TW']).toMatchObject({ kind: 'KET_LUAN', issuedOn: '2023-06-15' });
  });
});

d('corpus 003 — Đảng ủy UBND Thành phố (Hà Nội) plan for 07-CTr/TU', () => {
  const { meta, byKey } = read('003');
  it('is a provincial Party plan, number left blank ("Kế hoạch số      -KH/ĐU"), signed Vũ Đại Thắng', () => {
    expect(meta).toMatchObject({ kind: 'KE_HOACH', symbol: null, issuer: 'Đảng ủy UBND Thành phố', level: 'PROVINCIAL_PARTY', province: 'Hà Nội', signer: 'Vũ Đại Thắng' });
    // The text has no kind heading or title block: it opens with the preamble.
    expect(meta.missing).toEqual(['symbol', 'number', 'issuedOn', 'title']);
  });
  it('implements 07-CTr/TU', () => {
    expect(byKey['07-CTr/TU']).toMatchObject({ relation: 'IMPLEMENTS', issuedOn: '2026-02-15', issuer: 'Thành ủy' });
  });
});

d('corpus 004 — Hà Nội foreign-information plan 2024', () => {
  const { meta, byKey } = read('004');
  it('is Hà Nội People’s Committee, signed Lê Hồng Sơn; the number is a blank "số………../KH-UBND"', () => {
    expect(meta).toMatchObject({ title: 'Tổ chức hoạt động thông tin đối ngoại năm 2024', issuer: 'Ủy ban nhân dân thành phố Hà Nội', province: 'Hà Nội', signer: 'Lê Hồng Sơn', symbol: null });
  });
  it('is based on 72/2015/NĐ-CP, 22/2016/TT-BTTTT and 3089/BTTTT-TTĐN', () => {
    expect(byKey['72/2015/NĐ-CP']).toMatchObject({ relation: 'BASED_ON', kind: 'NGHI_DINH', issuedOn: '2015-09-07' });
    expect(byKey['22/2016/TT-BTTTT']).toMatchObject({ relation: 'BASED_ON', kind: 'THONG_TU', issuer: 'Bộ Thông tin và Truyền thông' });
    expect(byKey['3089/BTTTT-TTĐN']).toMatchObject({ relation: 'BASED_ON', kind: 'CONG_VAN', issuedOn: '2023-07-31' });
  });
});

d('corpus-wide', () => {
  it('every citation span points at text that contains its symbol', () => {
    for (const f of files) {
      const { raw, cites } = read(f.slice(0, 3));
      for (const c of cites.filter((x) => x.symbol)) {
        const src = raw.slice(c.span.startOffset, c.span.endOffset).replace(/\s+/g, '');
        const parts = c.symbol!.replace(/\s+/g, '').split(/[-/]/);
        // A symbol written out shows its issuer code; "Nghị quyết 57 của Bộ Chính trị" shows its number.
        const writtenOut = c.raw.replace(/\s+/g, '').includes(parts[parts.length - 1]);
        expect(src).toContain(writtenOut ? parts[parts.length - 1] : parts[0]);
      }
    }
  });
  it('no combining marks survive normalisation', () => {
    for (const f of files) {
      const { lines } = normalise(fs.readFileSync(path.join(DIR, f), 'utf8'));
      expect(lines.filter((l) => /[\u0300-\u036f]/.test(l.text))).toEqual([]);
    }
  });
});
