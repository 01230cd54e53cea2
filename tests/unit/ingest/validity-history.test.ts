/**
 * The national legal database's validity history of a document (vbpl.vn's "Lịch sử hiệu lực" pages,
 * src/ingest/readers/validity-history.ts): its heading gives kind and symbol, the row "Văn bản được ban hành" the date
 * of issue (not the date it took effect), and the rows changing it are mentions. Real pages: vbpl.vn's histories of
 * Tây Ninh's Quyết định 30/2013/QĐ-UBND, of the Luật 08/2012/QH13 (bogiaoducdaotao) and of an unnumbered Luật of 1990.
 */
import { extract } from '../../../src/ingest/pipeline';

const run = (lines: string[]) => extract({ path: 'vbpl.txt', sha256: 'v', format: 'TEXT', text: lines.join('\n') });

describe('a validity history', () => {
  it('"Lịch sử hiệu lực: Quyết định 30/2013/QĐ-UBND" and "09/07/2013 Văn bản được ban hành …": kind, symbol, level and the date of issue', () => {
    const x = run([
      '• Hiệu lực: Hết hiệu lực toàn bộ', '  • Ngày có hiệu lực: 19/07/2013', '  • Ngày hết hiệu lực: 06/05/2019', 'Lịch sử hiệu lực: Quyết định 30/2013/QĐ-UBND',
      'Ngày Trạng thái Văn bản nguồn Phần hết hiệu lực', '09/07/2013 Văn bản được ban hành 30/2013/QĐ-UBND', '19/07/2013 Văn bản có hiệu lực 30/2013/QĐ-UBND',
      '09/01/2015 Được sửa đổi 79/2014/QĐ-UBND', '06/05/2019 Văn bản hết hiệu lực 30/2013/QĐ-UBND', '06/05/2019 Bị thay thế 14/2019/QĐ-UBND',
    ]);
    expect([x.document.kind, x.document.symbol, x.document.level, x.document.issuedOn]).toEqual(['QUYET_DINH', '30/2013/QĐ-UBND', 'PROVINCIAL_STATE', '2013-07-09']);
    expect(x.document.inferred?.issuedOn).toMatch(/validity history/);
    expect(x.citations.map((c) => [c.symbol, c.relation])).toEqual(expect.arrayContaining([['14/2019/QĐ-UBND', 'CITES']]));
  });
  it('a law\'s history: "Lịch sử hiệu lực: Luật 08/2012/QH13", "18/06/2012 Văn bản được ban hành 08/2012/QH13"', () => {
    const x = run([
      '• Hiệu lực: Hết hiệu lực một phần', '  • Ngày có hiệu lực: 01/01/2013', 'Lịch sử hiệu lực: Luật 08/2012/QH13', 'Ngày Trạng thái Văn bản nguồn Phần hết hiệu lực',
      '18/06/2012 Văn bản được ban hành 08/2012/QH13', '01/01/2013 Văn bản có hiệu lực 08/2012/QH13', '01/07/2015 Được bổ sung 74/2014/QH13',
    ]);
    expect([x.document.kind, x.document.symbol, x.document.issuedOn]).toEqual(['LUAT', '8/2012/QH13', '2012-06-18']);
  });
  it('"Lịch sử hiệu lực: Luật Không số": the kind and date, no symbol', () => {
    const x = run([
      '• Hiệu lực: Hết hiệu lực toàn bộ', 'Lịch sử hiệu lực: Luật Không số', 'Ngày Trạng thái Văn bản nguồn Phần hết hiệu lực',
      '21/12/1990 Văn bản được ban hành Không số', '15/04/1991 Văn bản có hiệu lực Không số', '01/01/2000 Bị thay thế 13/1999/QH10',
    ]);
    expect([x.document.kind, x.document.symbol, x.document.issuedOn]).toEqual(['LUAT', null, '1990-12-21']);
  });
});

describe('the rows of a validity history', () => {
  it('a row\'s symbol is no document dated by the next row ("09/01/2015 Được sửa đổi 79/2014/QĐ-UBND" / "27/02/2015 …"), and its own rows are no citations', () => {
    const x = run([
      'Lịch sử hiệu lực: Quyết định 30/2013/QĐ-UBND', 'Ngày Trạng thái Văn bản nguồn Phần hết hiệu lực', '09/07/2013 Văn bản được ban hành 30/2013/QĐ-UBND',
      '19/07/2013 Văn bản có hiệu lực 30/2013/QĐ-UBND', '09/01/2015 Được sửa đổi 79/2014/QĐ-UBND', '27/02/2015 Bị hết hiệu lực 1 phần 413/QĐ-UBND',
      '06/05/2019 Văn bản hết hiệu lực 30/2013/QĐ-UBND', '06/05/2019 Bị thay thế 14/2019/QĐ-UBND',
    ]);
    expect(x.citations.map((c) => [c.symbol, c.issuedOn])).toEqual([['79/2014/QĐ-UBND', null], ['413/QĐ-UBND', null], ['14/2019/QĐ-UBND', null]]);
  });
});
