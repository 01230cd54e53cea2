/**
 * A page pasted as its HTML source, and character references left in copied text (readers/html-markup.ts): lines
 * of markup are dropped as DROPPED_LINE, a title tag's text and a paragraph's text are kept, references decoded,
 * spans still in the original. Lines shaped as on a provincial front's NukeViet page and a Kon Tum portal's print page.
 */
import { normalise } from '../../../../src/ingest/normalise';
import { extract } from '../../../../src/ingest/pipeline';
import { readHtmlMarkup } from '../../../../src/ingest/readers/html-markup';

const doc = (text: string) => extract({ path: 'x.txt', text, sha256: '7'.repeat(64), format: 'TEXT' });

it('a page\'s <head> pasted as source: its <title> names the document ("Quy định số 20-QĐ&#x002F;TW …"), the rest is markup', () => {
  const text = '<!DOCTYPE html>\n\t<html lang="vi">\n\t<head>\n<title>Quy định số 20-QĐ&#x002F;TW về thi hành điều lệ Đảng</title>\n<meta name="generator" content="NukeViet v4.5">\n<link rel="canonical" href="https://example.gov.vn/quy-dinh-so-20-qd-tw.html">';
  const x = doc(text);
  expect([x.document.kind, x.document.symbol, x.document.level, x.document.province]).toEqual(['QUY_DINH', '20-QĐ/TW', 'CENTRAL_PARTY', null]);
  expect(x.warnings.filter((w) => w.code === 'DROPPED_LINE' && /HTML markup/.test(w.message))).toHaveLength(5);
  // The symbol's span points at the title's text in the original line, reference included.
  const s = x.document.spans.symbol;
  expect(text.split('\n')[s.startLine - 1].slice(s.startOffset - text.indexOf('<title>'), s.endOffset - text.indexOf('<title>'))).toMatch(/20-QĐ&#x002F;TW$/);
});

it('a paragraph in tags with named references ("Ng&agrave;y 16 th&aacute;ng 8 …"): its text, decoded', () => {
  const { lines } = readHtmlMarkup(normalise('<p style="text-align: justify;"><span style="font-family: arial; ">Ng&agrave;y 16 th&aacute;ng 8 năm 2021, UBND tỉnh ban h&agrave;nh Văn bản số 2882/UBND-KTTH.</span></p>'));
  expect(lines[0].text).toBe('Ngày 16 tháng 8 năm 2021, UBND tỉnh ban hành Văn bản số 2882/UBND-KTTH.');
});

it('text that only looks like markup ("tỷ lệ <5%", "<Tên đơn vị>") is kept as written', () => {
  const { lines, dropped } = readHtmlMarkup(normalise('Giảm tỷ lệ hộ nghèo <5% vào năm 2025.\n<Tên đơn vị>'));
  expect(lines.map((l) => l.text)).toEqual(['Giảm tỷ lệ hộ nghèo <5% vào năm 2025.', '<Tên đơn vị>']);
  expect(dropped).toEqual([]);
});
