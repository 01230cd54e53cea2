/**
 * A central body's letter whose header the site cut off, so that the page opens at its address line:
 *
 *     Kính gửi:
 *     - Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ;
 *     - Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương.
 *     Nhằm thực hiện có chất lượng, hiệu quả các nhiệm vụ … Nghị quyết số 27-NQ/TW …, Hội đồng phối hợp PBGDPL
 *     trung ương (sau đây gọi là Hội đồng) đề nghị các bộ, cơ quan, tổ chức ở trung ương và các địa phương thực
 *     hiện các công việc sau đây:
 *
 * The subject of the first sentence after the address block, the body that asks or directs the addressees ("… đề
 * nghị …", "… yêu cầu …", "… hướng dẫn …"), is who wrote the letter: its issuer, and by it the level (a central council
 * is central, wherever it signs). Read only when nothing else named the issuer; the field is marked as read from that
 * sentence, with its span.
 * Complexity: linear in the first lines of the text (one joined paragraph, one anchored pattern).
 */
import { levelOfIssuer } from '../document';
import type { DocumentMeta, NormalisedLine } from '../model';
import { joinLines } from '../normalise';
import { findProvinces } from '../provinces';
import { squash } from '../text';
import type { MetaReading } from './meta';

const ADDRESS = /^(?:Kính gửi|Kính gởi)\s*:?/iu;
/** Words that open the name of a body writing a letter. */
const BODY = String.raw`(?:Hội đồng|Ban|Bộ|Ủy ban|Uỷ ban|Văn phòng|Tổng cục|Cục|Ngân hàng|Kiểm toán|Thanh tra|Đảng đoàn|Ban cán sự đảng|Đảng ủy|Đảng uỷ|Tỉnh ủy|Thành ủy|Sở)`;
/** "…, <body> (sau đây gọi là …) đề nghị|yêu cầu|hướng dẫn <bodies> …": the body asking (group 1). */
const ASKS = new RegExp(String.raw`(?:^|,\s+)(${BODY}\s[^,;:()]{2,100}?)(?:\s*\((?:sau đây|dưới đây)[^)]{0,60}\))?\s+(?:(?:trân trọng|xin|đã)\s+)?(?:đề nghị|yêu cầu|hướng dẫn|thông báo|chỉ đạo)\s+(?=các\s|\p{Lu})`, 'u');

export function readLetterRequest(lines: readonly NormalisedLine[], meta: DocumentMeta): MetaReading {
  if (meta.issuer) return {};
  const head = lines.slice(0, 40);
  const at = head.findIndex((l) => ADDRESS.test(l.text.trim()));
  if (at < 0) return {};
  // The address block: bulleted addressees, a site's table bars, and the lines an addressee wraps onto after its comma.
  let i = at + 1;
  let wraps = false;
  while (i < head.length) {
    const t = head[i].text.trim();
    if (t && !/^[-–+•*|]/u.test(t) && !wraps) break;
    if (t && t !== '|') wraps = /,\s*$/u.test(t);
    i++;
  }
  // The first paragraph after it, wrapped over several lines, up to the colon or full stop that ends its sentence.
  const para: NormalisedLine[] = [];
  for (let k = i; k < Math.min(head.length, i + 20); k++) {
    if (!head[k].text.trim()) break;
    para.push(head[k]);
    if (/[:.]\s*$/u.test(head[k].text)) break;
  }
  if (!para.length) return {};
  const j = joinLines(para);
  const m = ASKS.exec(j.text);
  if (!m) return {};
  const issuer = squash(m[1]);
  const level = levelOfIssuer(issuer);
  if (!level) return {};
  const from = (m.index ?? 0) + m[0].indexOf(m[1]);
  const span = j.spanOf(from, from + m[1].length);
  const how = `a letter that opens at its address line: the body asking its addressees in the first sentence ("${squash(m[0]).slice(0, 120)}")`;
  const out: MetaReading = { issuer: { value: issuer, span, how }, level: { value: level, span, how } };
  const province = level.startsWith('CENTRAL') ? undefined : findProvinces(issuer)[0];
  if (province) out.province = { value: province.province.name, span, how };
  return out;
}
