/**
 * A news page that misprints the symbol of the document it reports: "(QNO) - Huyện ủy Tây Giang vừa ban hành Nghị quyết số
 * 21-CT/TW kêu gọi thu hút đầu tư phát triển du lịch huyện …" (baoquangnam). The code says a central directive, the words a
 * district Party committee's resolution: the kind word and the body named win. A generic word ("văn bản số 12/HD-UBND") still
 * takes its kind from the code.
 */
import { extract } from '../../../src/ingest/pipeline';

const run = (...lines: string[]) => extract({ path: 'doc.txt', sha256: 'x', format: 'TEXT', text: lines.join('\n') });

describe('a symbol misprinted in the news sentence: the words win', () => {
  test('"Huyện ủy Tây Giang vừa ban hành Nghị quyết số 21-CT/TW …": a district Party resolution', () => {
    const x = run('Tây Giang kêu gọi thu hút đầu tư phát triển du lịch', '', '(QNO) - Huyện ủy Tây Giang vừa ban hành Nghị quyết số 21-CT/TW kêu gọi thu hút đầu tư phát triển du lịch huyện giai đoạn 2014-2020 và tầm nhìn đến năm 2030.');
    expect([x.document.kind, x.document.issuer, x.document.level]).toEqual(['NGHI_QUYET', 'Huyện ủy Tây Giang', 'PROVINCIAL_PARTY']);
    expect(x.document.inferred?.kind).toMatch(/over the symbol's code/u);
  });
  test('a symbol agreeing with the body keeps its code: "Ban Bí thư vừa ban hành Chỉ thị số 55-CT/TW …"', () => {
    const x = run('Tin tức', '', 'Ban Bí thư vừa ban hành Chỉ thị số 55-CT/TW về việc tổ chức Tết Bính Ngọ năm 2026.');
    expect([x.document.kind, x.document.level]).toEqual(['CHI_THI', 'CENTRAL_PARTY']);
  });
});
