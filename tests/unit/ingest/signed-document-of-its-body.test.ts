/**
 * A news sentence naming who signed and whose document it is: "Ủy viên Bộ Chính trị, Thường trực Ban Bí thư Trần Cẩm Tú đã ký
 * Chỉ thị của Ban Bí thư về việc tổ chức Tết Bính Ngọ năm 2026 (Chỉ thị số 55-CT/TW ngày 22/12/2025)." (vietnamplus). The body
 * after "của" issued it; the signer's titles ("Ủy viên Bộ Chính trị, Thường trực Ban Bí thư") are no issuer.
 */
import { extract } from '../../../src/ingest/pipeline';

const run = (...lines: string[]) => extract({ path: 'doc.txt', sha256: 'x', format: 'TEXT', text: lines.join('\n') });

describe('the document signed, named with its body in the news sentence', () => {
  test('"… Trần Cẩm Tú đã ký Chỉ thị của Ban Bí thư về … (Chỉ thị số 55-CT/TW ngày 22/12/2025)": the Secretariat issued it', () => {
    const x = run(
      'Ban Bí thư yêu cầu cấp ủy, tổ chức đảng, chính quyền tập trung lãnh đạo, chỉ đạo và tổ chức thực hiện tốt một số nhiệm vụ trọng tâm.',
      '',
      'Ủy viên Bộ Chính trị, Thường trực Ban Bí thư Trần Cẩm Tú đã ký Chỉ thị của Ban Bí thư về việc tổ chức Tết Bính Ngọ năm 2026 (Chỉ thị số 55-CT/TW ngày 22/12/2025).',
    );
    expect([x.document.kind, x.document.symbol, x.document.issuer, x.document.level, x.document.issuedOn]).toEqual(['CHI_THI', '55-CT/TW', 'Ban Bí thư', 'CENTRAL_PARTY', '2025-12-22']);
  });
});
