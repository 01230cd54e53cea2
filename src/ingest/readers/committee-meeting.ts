/**
 * A news page reporting a Party committee's meeting, with no sentence saying which document was issued: the committee
 * meeting ("Sáng 13-4, BCH Đảng bộ huyện Chiêm Hóa khóa XXII, nhiệm kỳ 2020-2025 tổ chức Hội nghị đánh giá …") or its
 * meeting named ("… thông tin tại Hội nghị Huyện ủy lần thứ tư (mở rộng), diễn ra ngày 4/3") is the issuer of what the
 * page restates; the meeting passing a resolution ("… hội nghị đã dành thời gian thảo luận và thông qua Nghị quyết về
 * nhiệm vụ …") makes it a Nghị quyết. A committee named bare ("Huyện ủy") takes its full name from the same sentence
 * ("lãnh đạo Huyện ủy A Lưới thông tin tại Hội nghị Huyện ủy …"). Only a meeting that decides what the page tells
 * (a resolution, targets it aims at) is read: a review conference's news restates no directive. Read only for a copy
 * with neither kind, issuer nor symbol otherwise; every field is marked as read from the sentence, with its span.
 * Complexity: linear in the text of the first paragraphs (each sentence tested once by anchored patterns).
 */
import { levelOfIssuer } from '../document';
import type { DocumentMeta, NormalisedLine } from '../model';
import { joinLines, splitParagraphs } from '../normalise';
import { squash } from '../text';
import type { MetaReading } from './meta';
import { subjectBody } from './news-intro';

/** A capitalised place name after a committee: "Chiêm Hóa", "A Lưới", "Càng Long". */
const PLACE = String.raw`(?:\s+\p{Lu}[\p{L}-]*){1,4}`;
/** A Party committee by its name: "BCH Đảng bộ huyện Chiêm Hóa", "Ban Thường vụ Tỉnh ủy", "Huyện ủy A Lưới". */
// (… down to a commune's: "Đảng bộ xã Khun Há vừa tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030".)
const COMMITTEE = String.raw`(?:(?:Ban Chấp hành|BCH|Ban Thường vụ|BTV)\s+)?(?:Đảng bộ\s+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)${PLACE}|(?:Tỉnh|Thành|Huyện|Quận|Thị) (?:ủy|uỷ)(?:${PLACE})?)`;
/** Its meeting's designation: "khóa XXII, nhiệm kỳ 2020-2025", "lần thứ tư (mở rộng)". */
const DESIGNATION = String.raw`(?:\s+(?:khóa|khoá)\s+[IVXLC]+|\s*,?\s+nhiệm kỳ\s+\d{4}\s*[-–]\s*\d{4}|\s*\(mở rộng\)|\s+lần thứ\s+(?:[IVXLC]+|\d+|\p{Ll}+))*`;
/** "<committee> … tổ chức Hội nghị" (or its congress, "Đại hội"), "Hội nghị <committee> lần thứ …": the committee meeting. */
const MEETS = new RegExp(
  String.raw`(?<![\p{L}])(${COMMITTEE})${DESIGNATION}\s+(?:(?:đã|vừa)\s+)?(?:tổ chức|tiến hành)\s+(?:Hội nghị|hội nghị|Đại hội|đại hội)(?![\p{L}])` +
    String.raw`|(?<![\p{L}])(?:Hội nghị|hội nghị)\s+(${COMMITTEE})${DESIGNATION.replace(/\*$/u, '+')}(?![\p{L}])`,
  'u',
);
/** "… hội nghị đã … thông qua Nghị quyết về …": the meeting passing a resolution. */
// "… Đảng bộ phường Thạc Gián tiến hành Đại hội đại biểu Đảng bộ lần thứ XV …. Đại hội thông qua nghị quyết nhiệm kỳ mới với một
// số chỉ tiêu …": a congress passing its resolution, "nghị quyết" in lower case as news writes it.
const PASSES_RESOLUTION = /(?:Hội nghị|hội nghị)[^.;]{0,120}?\sthông qua\s+(?:dự thảo\s+)?Nghị quyết(?![\p{L}])(?!\s+Đại hội)|(?:^|\s)(?:Đại hội|đại hội)[^.;]{0,120}?\sthông qua\s+(?:dự thảo\s+)?[Nn]ghị quyết(?![\p{L}])/u;

/** The page telling what the committee aims at: "Chiêm Hóa phấn đấu đến năm 2025 …", "Các chỉ tiêu chủ yếu …". */
const SETS_AIMS = /(?<![\p{L}])(?:phấn đấu|chỉ tiêu|mục tiêu)(?![\p{L}])/iu;

const expand = (name: string) => name.replace(/^BCH(?=\s)/u, 'Ban Chấp hành').replace(/^BTV(?=\s)/u, 'Ban Thường vụ');

/**
 * "“Tỷ lệ đô thị hóa trên 27%” là một trong những chỉ tiêu chủ yếu đến năm 2025 mà Nghị quyết Đại hội đại biểu Đảng bộ
 * tỉnh lần thứ XVII, nhiệm kỳ 2020 - 2025 đã đề ra": the page tells the targets a local congress's resolution set.
 */
const SET_BY_CONGRESS = new RegExp(
  String.raw`(?:chỉ tiêu|mục tiêu)(?![\p{L}])[^.;]{0,120}?\s(?:mà|do|theo)\s+(Nghị quyết Đại hội\s+(?:đại biểu\s+)?(Đảng bộ\s+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)(?:${PLACE})?)(?![\p{L}])[^.;]{0,60}?)\s+(?:đã\s+)?(?:đề ra|xác định|đặt ra)(?![\p{L}])`,
  'u',
);

function readCongressTargets(lines: readonly NormalisedLine[]): MetaReading {
  for (const para of splitParagraphs(lines).slice(0, 12)) {
    const j = joinLines(para);
    const m = SET_BY_CONGRESS.exec(j.text);
    const level = m ? levelOfIssuer(m[2]) : null;
    if (!m || !level) continue;
    const start = (m.index ?? 0) + m[0].indexOf(m[1]);
    const span = j.spanOf(start, start + 'Nghị quyết'.length);
    const how = `a copy's intro: the page tells the targets a congress's resolution set ("${squash(m[0])}")`;
    return {
      kind: { value: 'NGHI_QUYET', span, how },
      kindVi: { value: 'Nghị quyết', span, how },
      level: { value: level, span: j.spanOf(start, start + m[1].length), how },
    };
  }
  return {};
}

export function readCommitteeMeeting(lines: readonly NormalisedLine[], meta: DocumentMeta): MetaReading {
  if (meta.kind || meta.symbol || meta.issuer) return {};
  const out: MetaReading = {};
  let aims = false;
  for (const para of splitParagraphs(lines).slice(0, 12)) {
    const j = joinLines(para);
    aims ||= SETS_AIMS.test(j.text);
    for (const sentence of j.text.split(/(?<=[.;!?])\s+(?=\p{Lu})/u)) {
      const at = j.text.indexOf(sentence);
      if (!out.issuer) {
        const m = MEETS.exec(sentence);
        const named = m ? (m[1] ?? m[2]) : null;
        // A bare "Huyện ủy" is the one the sentence names in full: "lãnh đạo Huyện ủy A Lưới thông tin tại Hội nghị Huyện ủy …".
        const full = named && !/\s\p{Lu}/u.test(named.replace(/^\S+\s+\S+/u, '')) ? new RegExp(String.raw`${named}${PLACE}`, 'u').exec(sentence)?.[0] : null;
        const found = named ? subjectBody(expand(full ?? named)) : null;
        const level = found ? levelOfIssuer(found.body) : null;
        if (m && found && level) {
          const start = at + (m.index ?? 0);
          const span = j.spanOf(start, start + m[0].length);
          const how = `a copy's intro: a Party committee's meeting reported in news ("${squash(m[0])}")`;
          out.issuer = { value: squash(found.issuer), span, how };
          out.level = { value: level, span, how };
        }
      }
      if (!out.kind) {
        const r = PASSES_RESOLUTION.exec(sentence);
        if (r) {
          const start = at + (r.index ?? 0) + r[0].search(/[Nn]ghị quyết(?![\s\S]*[Nn]ghị quyết)/u);
          const span = j.spanOf(start, start + 'Nghị quyết'.length);
          const how = `a copy's intro: the meeting passes a resolution ("${squash(r[0])}")`;
          out.kind = { value: 'NGHI_QUYET', span, how };
          out.kindVi = { value: 'Nghị quyết', span, how };
        }
      }
    }
  }
  // A resolution passed at a meeting of no committee named is no reading: the meeting may be anyone's. Nor is a meeting
  // that decides nothing the page tells (a review conference, "Hội nghị tổng kết việc thực hiện Nghị quyết số 18 …").
  // (… else a congress's resolution whose targets the page tells.)
  return out.issuer && (out.kind || aims) ? out : readCongressTargets(lines);
}
