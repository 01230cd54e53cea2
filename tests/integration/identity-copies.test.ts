/**
 * Copies of one document from several sites, on one node: a news page restating a Politburo resolution without its
 * date (the resolution's symbol, no "ngày …") is written onto the resolution's node and must not erase what the full
 * text said (its date, issuer, signer); a later citation dated another year then still finds the documents apart
 * (26-NQ/TW of 05/8/2008 cited by a province, 26-NQ/TW of 03/11/2022 copied twice).
 */
import crypto from 'node:crypto';
import { extract } from '../../src/ingest/pipeline';
import { writeExtraction } from '../../src/graph/write';
import { useEmptyGraph } from '../support/graph';

const source = (name: string, text: string) => ({ path: name, text, sha256: crypto.createHash('sha256').update(text).digest('hex'), format: 'TEXT' as const });
const FULL = [
  'BAN CHẤP HÀNH TRUNG ƯƠNG\tĐẢNG CỘNG SẢN VIỆT NAM',
  'Số 26-NQ/TW\tHà Nội, ngày 03 tháng 11 năm 2022',
  'NGHỊ QUYẾT',
  'CỦA BỘ CHÍNH TRỊ',
  'về phát triển kinh tế - xã hội và bảo đảm quốc phòng, an ninh vùng Bắc Trung Bộ và duyên hải Trung Bộ đến năm 2030',
  'I. TÌNH HÌNH VÀ NGUYÊN NHÂN',
  '1. Kết quả đạt được.',
  'T/M BỘ CHÍNH TRỊ',
  'Nguyễn Phú Trọng',
].join('\n');
const NEWS = [
  'Bộ Chính trị vừa ban hành Nghị quyết số 26-NQ/TW về phát triển kinh tế - xã hội và bảo đảm quốc phòng, an ninh vùng Bắc Trung Bộ và duyên hải Trung Bộ đến năm 2030.',
  'Nghị quyết đặt mục tiêu tốc độ tăng trưởng GRDP bình quân giai đoạn 2021 - 2030 đạt khoảng 7,5 - 8%/năm.',
].join('\n');
const CITING = [
  'ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'TỈNH NGHỆ AN',
  'Số: 4967/QĐ-UBND\tNghệ An, ngày 08 tháng 12 năm 2012',
  'QUYẾT ĐỊNH',
  'Về việc phê duyệt quy hoạch sản xuất rau công nghệ cao',
  'Căn cứ Nghị quyết số 26-NQ/TW ngày 05/8/2008 hội nghị lần thứ 7 Ban Chấp hành Trung ương khóa X về nông nghiệp, nông dân, nông thôn;',
  'QUYẾT ĐỊNH:',
  'Điều 1. Phê duyệt quy hoạch.',
].join('\n');

describe('copies of one document', () => {
  const driver = useEmptyGraph();
  const write = async (name: string, text: string) => (await writeExtraction(driver(), extract(source(name, text)))).documentId;
  const docs = async () =>
    (await driver().executeQuery("MATCH (d:Document {symbolKey: '26NQTW'}) RETURN d.id AS id, toString(d.issuedOn) AS on, d.signer AS signer, d.stub AS stub ORDER BY on")).records.map((r) => [r.get('id'), r.get('on'), r.get('signer'), r.get('stub')]);

  it('an undated news copy written after the full text keeps its date and signer; the same file re-read still says it all', async () => {
    expect(extract(source('news.txt', NEWS)).document).toMatchObject({ symbol: '26-NQ/TW', issuedOn: null });
    expect(await write('full.txt', FULL)).toBe('26-NQ/TW');
    expect(await write('news.txt', NEWS)).toBe('26-NQ/TW');
    expect(await docs()).toEqual([['26-NQ/TW', '2022-11-03', 'Nguyễn Phú Trọng', false]]);
    // The copy's own facts still replace what the node owned (its source is now the news page).
    const { records } = await driver().executeQuery("MATCH (d:Document {id: '26-NQ/TW'}) RETURN d.sourcePath AS path");
    expect(records[0].get('path')).toBe('news.txt');
  });

  it('a citation dated 2008 then finds its own document, not the copied 2022 one', async () => {
    await write('full.txt', FULL);
    await write('news.txt', NEWS);
    await write('citing.txt', CITING);
    expect(await docs()).toEqual([
      ['26-NQ/TW', '2008-08-05', null, true],
      ['26-NQ/TW@2022', '2022-11-03', 'Nguyễn Phú Trọng', false],
    ]);
    const { records } = await driver().executeQuery("MATCH (:Document {id: '4967/QĐ-UBND'})-[r]->(d:Document {symbolKey: '26NQTW'}) RETURN type(r) AS rel, d.id AS id");
    expect(records.map((r) => [r.get('rel'), r.get('id')])).toEqual([['BASED_ON', '26-NQ/TW']]);
  });
});
