/**
 * Assignments made in the articles of a decision or resolution (Quyết định, Nghị quyết of the Government, a
 * ministry, the Ban Bí thư, the Trung ương Đoàn): such a document has no task section, its work is assigned
 * article by article.
 *
 *     Điều 3. Giao Văn phòng Trung ương Đoàn tham mưu hướng dẫn, kiểm tra, đôn đốc việc thực hiện Quyết định này.
 *     Điều 2. Giao Bộ Kế hoạch và Đầu tư chủ trì, phối hợp với các bộ, ngành theo dõi, đôn đốc …; hằng năm …
 *
 * An article (or a sentence of one) that gives work to a named body is a task led by it ("phối hợp với X":
 * X coordinates). The closing articles are not: "… chịu trách nhiệm thi hành Quyết định này", "Các tỉnh,
 * thành đoàn … căn cứ Quyết định thi hành", "Quyết định này có hiệu lực …", "Ban hành kèm theo …".
 */
import { opensAgency } from './agencies';
import { NOTHING, type Claim, type FamilyReader } from './family';
import { headsOwnWork } from './own-work';
import type { NormalisedLine } from './model';
import { findSymbols } from './symbols';
import { joinWrapped, spanOf } from './tables';
import { deadlineInText, inlineAssignment, type RawTask } from './tasks';

const ARTICLE = /^\s*(?:\*\*)?Điều\s+(\d{1,3})\s*[.:](?:\*\*)?\s*/u;
/**
 * Where the articles end: the recipients, the signature (a Markdown table cell too), an attached document, a
 * heading in capitals or a numbered part ("CHƯƠNG TRÌNH HÀNH ĐỘNG", "I. MỤC TIÊU").
 */
const ARTICLES_END = /^[\s|*_]*(?:Nơi nhận|TM\.|T\/M|KT\.|K\/T|TL\.|\(?\s*(?:Ban hành\s+)?kèm theo|[IVX]{1,5}\s*[.-]\s+\p{Lu})/iu;
const CAPS_HEADING = (t: string) => t.length >= 6 && t === t.toUpperCase() && /\p{Lu}{3}/u.test(t);
/** An article is a paragraph or a few: past this many lines it has run into something else. */
const MAX_ARTICLE_LINES = 15;
/** A sentence that hands work to a body: "Giao Bộ …", "Yêu cầu …", or a body that "chủ trì" / "có trách nhiệm" …. */
// "Giao cho Sở …" is "Giao Sở …".
const HANDS_OUT = /^(?:Giao(?:\s+cho)?|Yêu cầu|Đề nghị|Phân công)\s+(?=\S)/u;
/** "Căn cứ vào kế hoạch giám sát chung, Hội đồng Dân tộc … có thể tổ chức …": what the body goes by, before it. */
const GOES_BY = /^Căn cứ(?:\s+vào)?\s[^,;:]{3,80},\s+(?=\p{Lu})/u;
/** The closing articles: executing, applying or dating the document itself. */
const CLOSING =
  /(?:chịu trách nhiệm|có trách nhiệm)\s+(?:tổ chức\s+)?(?:thi hành|thực hiện|triển khai thực hiện)\s+(?:Quyết định|Nghị quyết|Chỉ thị|Thông tư|Quy định|Kế hoạch)\s+này|căn cứ\s+(?:Quyết định|Nghị quyết)(?:\s+này)?\s+thi hành|(?:Quyết định|Nghị quyết|Chỉ thị|Thông tư)\s+này\s+có hiệu lực|^(?:Ban hành|Phê duyệt)\s+kèm theo/iu;
/** "Giao UBND tỉnh tổ chức thực hiện Nghị quyết này": the executing clause in the form of an assignment. */
const ONLY_EXECUTES = /^(?:tổ chức\s+)?(?:thi hành|thực hiện|triển khai thực hiện)\s+(?:Quyết định|Nghị quyết|Chỉ thị|Thông tư|Quy định|Kế hoạch)\s+này\s*\.?$/iu;

interface Article {
  number: string;
  lines: NormalisedLine[];
  parts: string[];
}

/** A portal that breaks the line after the word: "Điều" / "1." / "1. Thành lập Đoàn giám sát …" (thuviennhadat). */
const ARTICLE_WORD = /^\s*(?:\*\*)?Điều(?:\*\*)?\s*$/u;
const ARTICLE_NUMBER = /^\s*(\d{1,3})\s*[.:]\s*/u;

function articlesOf(lines: readonly NormalisedLine[]): Article[] {
  const out: Article[] = [];
  let cur: Article | null = null;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const m = ARTICLE.exec(l.text);
    const broken = !m && ARTICLE_WORD.test(l.text) && i + 1 < lines.length ? ARTICLE_NUMBER.exec(lines[i + 1].text) : null;
    if (m) {
      cur = { number: m[1], lines: [l], parts: [l.text.slice(m[0].length).trim()] };
      out.push(cur);
    } else if (broken) {
      cur = { number: broken[1], lines: [l, lines[i + 1]], parts: [lines[i + 1].text.slice(broken[0].length).trim()] };
      out.push(cur);
      i++;
    } else if (cur && (ARTICLES_END.test(l.text) || CAPS_HEADING(l.text.replace(/[*_#|]/g, '').trim()) || cur.lines.length >= MAX_ARTICLE_LINES)) cur = null;
    else if (cur) {
      cur.lines.push(l);
      cur.parts.push(l.text.trim());
    }
  }
  return out;
}

/** Sentences of an article: "… Quyết định này có hiệu lực từ ngày ký. Các tỉnh, thành đoàn … thi hành./." */
// (… and its numbered clauses, "… (có danh sách kèm theo). 2. Đoàn giám sát mời …", each read without its number.)
const sentences = (text: string) =>
  text
    .split(/(?<=[.;])\s+(?=\p{Lu}|\d{1,2}\.\s+\p{Lu})/u)
    .map((s) => s.replace(/\s*\.\/\.\s*$/u, '.').replace(/^\d{1,2}\.\s+(?=\p{Lu})/u, '').trim())
    .filter(Boolean);

export const articleAssignments: FamilyReader = {
  family: 'article-assignments',
  read({ lines }) {
    const articles = articlesOf(lines);
    if (!articles.length) return NOTHING;
    const tasks: RawTask[] = [];
    const claims: Claim[] = [];
    for (const a of articles) {
      // ("Điều 1. Công tác trọng tâm của Ủy ban Thường vụ Quốc hội năm 2026": the body's own work, ./own-work.ts.)
      if (headsOwnWork(a.lines[0].text)) continue;
      const text = joinWrapped(a.parts);
      // Every article is the document's own structure: what it assigns is read here, and nothing else reads it.
      claims.push({ startLine: a.lines[0].line, endLine: a.lines[a.lines.length - 1].line });
      const handed = sentences(text).filter((s) => !CLOSING.test(s) && (HANDS_OUT.test(s) || (opensAgency(s.replace(GOES_BY, '')) && inlineAssignment(s).lead.length > 0)));
      for (const s of handed) {
        const { lead, coordinators } = inlineAssignment(s);
        if (!lead.length) continue;
        const rest = s.replace(HANDS_OUT, '').slice(lead.join(', ').length).trim();
        if (ONLY_EXECUTES.test(rest)) continue;
        tasks.push({
          section: null, ordinal: `Điều ${a.number}`, text: s, leadRaw: lead, coordinatorsRaw: coordinators, outputRaw: null,
          deadlineRaw: deadlineInText(s), cites: [...new Set(findSymbols(s).map((m) => m.symbol))], source: 'BODY', span: spanOf(a.lines),
        });
      }
    }
    return { tasks, indicators: [], claims };
  },
};
