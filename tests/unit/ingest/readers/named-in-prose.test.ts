/**
 * A news page names the document it restates in its prose, not in a header or an "… ban hành …" sentence: the
 * document the direction is given in ("Theo Công văn số …, …, Thường trực Thành ủy yêu cầu"), the one a content is
 * stated in and who sent it ("… được nêu rõ tại Công văn số: … do Văn phòng Chính phủ vừa gửi …"), or a bracket
 * closing the sentence that reports the direction ("UBND tỉnh vừa có chỉ đạo về việc … (Công văn số … ngày …)").
 * Lines from real news pages (Hà Nội, Nghệ An, Lạng Sơn, the Government Office, cand.com.vn).
 */
import { readDocumentMeta } from '../../../../src/ingest/document';
import { normalise } from '../../../../src/ingest/normalise';
import { extract } from '../../../../src/ingest/pipeline';
import { readNamedInProse } from '../../../../src/ingest/readers/named-in-prose';

const read = (raw: string) => {
  const { lines } = normalise(raw);
  const r = readNamedInProse(lines, readDocumentMeta(lines));
  return Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v!.value]));
};
const parse = (text: string) => extract({ path: 'page.txt', text, sha256: '0'.repeat(64), format: 'TEXT' });

describe('the document a direction is given in: "Theo/Tại <Công văn số …>, <body> yêu cầu …"', () => {
  it('"Theo Công văn số 460-CV/TU, để …, Thường trực Thành ủy yêu cầu:" (a purpose clause before the subject)', () => {
    expect(read('Theo Công văn số 460-CV/TU, để đảm bảo thực hiện nhiệm vụ chính trị của Thành phố năm 2012 đạt kết quả, Thường trực Thành ủy yêu cầu:')).toMatchObject({
      symbol: '460-CV/TU', kind: 'CONG_VAN', level: 'PROVINCIAL_PARTY',
    });
  });
  it('"Tại Công văn số 8445/UBND-NN ngày 9/10, UBND tỉnh yêu cầu …"', () => {
    expect(read('Tại Công văn số 8445/UBND-NN ngày 9/10, UBND tỉnh yêu cầu các Sở, ngành cấp tỉnh có liên quan tập trung nguồn lực.')).toMatchObject({
      symbol: '8445/UBND-NN', kind: 'CONG_VAN', level: 'PROVINCIAL_STATE',
    });
  });
  it('the body named with the reference, not the head speaking in it: "Tại Công văn số 6889/VPCP - KTTH ngày 22/11/2006 của Văn phòng Chính phủ, Thủ tướng … đã đồng ý …"', () => {
    expect(read('Tại Công văn số 6889/VPCP - KTTH ngày 22/11/2006 của Văn phòng Chính phủ, Thủ tướng Chính phủ Nguyễn Tấn Dũng đã đồng ý về nguyên tắc với đề nghị của Bộ Tài chính.')).toMatchObject({
      symbol: '6889/VPCP-KTTH', issuedOn: '2006-11-22', issuer: 'Văn phòng Chính phủ', level: 'CENTRAL_STATE',
    });
  });
  it('a mandate is another document: "Thực hiện Công văn số 12/BYT-KCB …, UBND tỉnh yêu cầu …" names nothing of its own', () => {
    expect(read('Thực hiện Công văn số 12/BYT-KCB ngày 3/1/2020 của Bộ Y tế, UBND tỉnh yêu cầu các sở, ngành tăng cường phòng chống dịch.')).toEqual({});
  });
  it('a reference with no directing subject after it is a mention: "Theo Quyết định số 12/QĐ-UBND, tỉnh có 20 xã đạt chuẩn."', () => {
    expect(read('Theo Quyết định số 12/QĐ-UBND, tỉnh có 20 xã đạt chuẩn nông thôn mới.')).toEqual({});
  });
});

describe('the document a content is stated in: "… nêu rõ tại Công văn số: … do <body> vừa gửi …"', () => {
  it('the header\'s colon after "số", the title after the symbol, the sender after "do"', () => {
    expect(read('Nội dung trên được nêu rõ tại Công văn số: 6839/VPCP-KGVX về việc báo cáo tình hình thực hiện Nghị quyết số 19/NQ-CP ngày 18/3/2014 của Chính phủ, do Văn phòng Chính phủ vừa gửi các bộ trưởng.')).toMatchObject({
      symbol: '6839/VPCP-KGVX', issuer: 'Văn phòng Chính phủ', level: 'CENTRAL_STATE', title: 'về việc báo cáo tình hình thực hiện Nghị quyết số 19/NQ-CP ngày 18/3/2014 của Chính phủ',
    });
  });
});

describe('a bracket closing the sentence that reports the direction', () => {
  it('"… UBND tỉnh vừa có chỉ đạo về việc triển khai … (Công văn số 1067/UBND-KGVX ngày 10/10/2019).": a headline run into it names no body', () => {
    const r = read('Triển khai thực hiện Kế hoạch của Tỉnh ủy về phát triển khoa học và công nghệ UBND tỉnh vừa có chỉ đạo về việc triển khai thực hiện Kế hoạch số 118-KH/TU ngày 06/9/2019 của Tỉnh ủy (Công văn số 1067/UBND-KGVX ngày 10/10/2019).');
    expect(r).toMatchObject({ symbol: '1067/UBND-KGVX', issuedOn: '2019-10-10', issuer: 'UBND tỉnh', level: 'PROVINCIAL_STATE' });
    expect(r.title).toBe('về việc triển khai thực hiện Kế hoạch số 118-KH/TU ngày 06/9/2019 của Tỉnh ủy');
  });
  it('… and what its title carries out is IMPLEMENTS, the page\'s own letter no citation', () => {
    const x = parse('UBND tỉnh vừa có chỉ đạo về việc triển khai thực hiện Kế hoạch số 118-KH/TU ngày 06/9/2019 của Tỉnh ủy (Công văn số 1067/UBND-KGVX ngày 10/10/2019).\n\nUBND tỉnh yêu cầu các sở, ban, ngành đẩy mạnh tuyên truyền.');
    expect(x.document.symbol).toBe('1067/UBND-KGVX');
    expect(x.citations.map((c) => [c.symbol, c.relation])).toEqual([['118-KH/TU', 'IMPLEMENTS']]);
  });
});

describe('the gate: a copy of a directive is a directive', () => {
  it('a news page whose only sign is the letter it names ("Tại Công văn số … của Văn phòng Chính phủ, Thủ tướng … đồng ý …") is kept, with that letter as its identity', () => {
    const x = parse('Tại Công văn số 6889/VPCP - KTTH ngày 22/11/2006 của Văn phòng Chính phủ, Thủ tướng Chính phủ Nguyễn Tấn Dũng đã đồng ý về nguyên tắc với đề nghị của Bộ Tài chính.\n\nH.T.');
    expect(x.documentId).toBe('6889/VPCP-KTTH');
    expect(x.document.inferred?.symbol).toMatch(/named in its prose/);
  });
});
