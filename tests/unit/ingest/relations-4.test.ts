/**
 * What a news copy's sentences make of the documents they name: a direction recalled ("theo chỉ đạo của … tại Chỉ thị
 * số …") is a mention unless the sentence issues the document.
 */
import { extract } from '../../../src/ingest/pipeline';

const parse = (text: string) => extract({ path: 'page.txt', text, sha256: '0'.repeat(64), format: 'TEXT' });
const relations = (text: string) => Object.fromEntries(parse(text).citations.map((c) => [c.symbol ?? c.raw, c.relation]));

describe('CITES: a direction recalled ("theo chỉ đạo của … tại …")', () => {
  // quangnam.gov.vn, Công văn 2779/UBND-KTN of 2020 on drought and salinity.
  it('"Theo đó, UBND tỉnh yêu cầu … tiếp tục triển khai … theo chỉ đạo của UBND tỉnh tại Chỉ thị số 02/CT-UBND …": a standing order, a mention', () => {
    const text = [
      'Tập trung ứng phó với nắng nóng, hạn hán và xâm nhập mặn',
      'Ngày 25/5, UBND tỉnh đã ban hành Công văn số 2779/UBND-KTN về chỉ đạo tập trung ứng phó với nắng nóng, hạn hán và xâm nhập mặn.',
      '',
      'Theo đó, UBND tỉnh yêu cầu các Sở, ngành, đơn vị liên quan và UBND các huyện, thị xã, thành phố tiếp tục triển khai thực hiện nghiêm các biện pháp phòng, chống hạn hán, thiếu nước và nhiễm mặn theo chỉ đạo của UBND tỉnh tại Chỉ thị số 02/CT-UBND ngày 09/01/2020 và Công văn số 1972/UBND-KTN ngày 10/4/2020; chỉ đạo của Thủ tướng Chính phủ tại Chỉ thị số 04/CT-TTg ngày 22/01/2020.',
    ].join('\n');
    expect(relations(text)).toEqual({ '02/CT-UBND': 'CITES', '1972/UBND-KTN': 'CITES', '04/CT-TTg': 'CITES' });
  });
  // baoquangnam.vn, on Zika: the sentence that issues the letter names what it carries out.
  it('"UBND tỉnh vừa có công văn yêu cầu … theo chỉ đạo của Chủ tịch UBND tỉnh tại Công điện khẩn số 05/QĐ-UBND …" still IMPLEMENTS', () => {
    const text = 'Triển khai phòng chống dịch bệnh do vi rút Zika gây nên\n\nĐể phòng chống dịch bệnh do vi rút Zika gây nên, UBND tỉnh vừa có công văn yêu cầu các sở, ban, ngành và các địa phương triển khai thực hiện các biện pháp phòng chống dịch theo chỉ đạo của Chủ tịch UBND tỉnh tại Công điện khẩn số 05/QĐ-UBND ngày 15.9.2015 về việc tăng cường công tác phòng, chống dịch trên địa bàn tỉnh.';
    expect(relations(text)['05/QĐ-UBND']).toBe('IMPLEMENTS');
  });
});
