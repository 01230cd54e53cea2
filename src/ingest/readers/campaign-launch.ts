/**
 * A news page reporting a body launching a campaign it planned: "Sáng 23/4, Công an tỉnh đã phát lệnh ra quân thực hiện đợt
 * cao điểm tấn công, trấn áp tội phạm …", "Sáng 14/12, Công an tỉnh đã ra quân đợt cao điểm …", "… Công an tỉnh Thái Nguyên
 * tổ chức Lễ ra quân đợt cao điểm …". The body launching the campaign is the issuer of the plan the page restates (what
 * its forces do "trong đợt cao điểm", the rates it aims at); no kind is said, so none is read. A review of a campaign
 * ("tổ chức hội nghị tổng kết đợt cao điểm") launches nothing. Read only for a copy with no issuer of its own.
 * Complexity: linear in the text of the first paragraphs (one anchored pattern per sentence).
 */
import { levelOfIssuer } from '../document';
import type { DocumentMeta, NormalisedLine } from '../model';
import { joinLines, splitParagraphs } from '../normalise';
import { findProvinces } from '../provinces';
import { squash } from '../text';
import type { MetaReading } from './meta';
import { subjectBody } from './news-intro';

/** "<body> (đã|vừa) (tổ chức Lễ) (phát lệnh) ra quân (thực hiện|triển khai) (đợt) cao điểm|chiến dịch …". */
const LAUNCHES = /(?:^|[.;:]\s+|,\s*)([^.;:,]{3,100}?)\s+(?:(?:đã|vừa|mới|chính thức|đồng loạt)\s+)*(?:tổ chức\s+(?:[Ll]ễ\s+)?)?(?:phát lệnh\s+)?ra quân\s+(?:(?:thực hiện|triển khai)\s+)?(?:(?:đợt|cao điểm|chiến dịch)(?![\p{L}]))/u;

export function readCampaignLaunch(lines: readonly NormalisedLine[], meta: DocumentMeta): MetaReading {
  if (meta.issuer || meta.symbol) return {};
  for (const para of splitParagraphs(lines).slice(0, 8)) {
    const j = joinLines(para);
    const m = LAUNCHES.exec(j.text);
    const found = m ? subjectBody(m[1].replace(/^\s*date\s+[\d-]+\s+/u, '')) : null;
    const level = found ? levelOfIssuer(found.body) : null;
    if (!m || !found || !level) continue;
    const at = (m.index ?? 0) + m[0].indexOf(m[1]);
    const span = j.spanOf(at, at + m[1].length);
    const how = `a copy's intro: a body launching the campaign it planned ("${squash(m[0].replace(/^[.;:,]\s*/u, ''))}")`;
    const out: MetaReading = { issuer: { value: squash(found.issuer), span, how }, level: { value: level, span, how } };
    const province = findProvinces(found.issuer)[0];
    if (province) out.province = { value: province.province.name, span, how };
    return out;
  }
  return {};
}
