/**
 * A people's committee named bare before another body that carries the localities: "UBND và Sở Y tế các tỉnh, thành phố
 * trực thuộc Trung ương" (a news page on a Ministry of Health letter, cauvongtuoitho.com.vn via the judge-3 central
 * plans), "UBND và Ban an toàn giao thông các huyện, thị xã, thành phố" (danviet.vn, judge-3 web copies): each
 * locality's committee, as the keys name it.
 */
import { splitAgencies } from '../../../src/ingest/agencies';
import { extract } from '../../../src/ingest/pipeline';

const doc = (text: string) => extract({ path: 'x.txt', text, sha256: '5'.repeat(64), format: 'TEXT' });

describe('"UBND và <body> các <localities>": the committee shares the localities', () => {
  it('"(CLO) Bộ Y tế vừa có văn bản gửi UBND và Sở Y tế các tỉnh, thành phố trực thuộc Trung ương, đề nghị xây dựng kế hoạch …"', () => {
    const x = doc('Luân phiên bác sĩ về tuyến xã\n\n(CLO) Bộ Y tế vừa có văn bản gửi UBND và Sở Y tế các tỉnh, thành phố trực thuộc Trung ương, đề nghị xây dựng kế hoạch luân phiên, luân chuyển, điều động bác sĩ về tuyến xã nhằm nâng cao chất lượng khám chữa bệnh.');
    expect(x.tasks.map((t) => t.lead)).toEqual([['Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương', 'Sở Y tế các tỉnh, thành phố trực thuộc Trung ương']]);
  });
  it('"… chỉ đạo công an tỉnh, Sở GTVT, UBND và Ban an toàn giao thông các huyện, thị xã, thành phố …" (danviet.vn)', () => {
    expect(splitAgencies('Sở GTVT, UBND và Ban an toàn giao thông các huyện, thị xã, thành phố')).toEqual(['Sở GTVT', 'UBND các huyện, thị xã, thành phố', 'Ban an toàn giao thông các huyện, thị xã, thành phố']);
  });
  it('a body named with its own place keeps the committee bare: "UBND và Sở Y tế tỉnh Quảng Nam"', () => {
    expect(splitAgencies('UBND và Sở Y tế tỉnh Quảng Nam')).toEqual(['UBND', 'Sở Y tế tỉnh Quảng Nam']);
  });
});
