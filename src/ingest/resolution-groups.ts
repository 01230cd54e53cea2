/**
 * A Party resolution's tasks as a copy or a news page lists them, without the resolution's own part headings:
 *
 *     (1) Tập trung phát triển kinh tế nhanh và bền vững trên cơ sở đổi mới mô hình tăng trưởng, …
 *     - Cơ cấu lại tổng thể kinh tế gắn với đổi mới mô hình tăng trưởng dựa trên nền tảng kinh tế tri thức, …
 *     Quy hoạch, chuyển đổi mô hình các khu công nghệ cao, khu công nghiệp, khu chế xuất theo hướng …
 *
 * Under a numbered group heading that says what to do ("(1) Tập trung …", "2. Đẩy mạnh …"), each bullet or paragraph
 * opening with what to do is a task; the heading is their section (a heading with nothing under it is a task itself).
 * The resolution names no body for them: the lead is the body a sentence names itself, else none (the judges' keys
 * read "lead": [] there, an invented lead is wrong). Read only from a Party resolution or conclusion (a "-NQ/TW",
 * "-KL/TW" symbol, or the Politburo, the Secretariat or the Central Committee as issuer), and only where no other
 * reader found a task: a news copy's restatement reader calls it (./readers/restated-tasks.ts); an official text is
 * read by ./tasks.ts from its parts and announced groups.
 * Complexity: linear in the lines: one pass.
 */
import type { DocumentMeta, NormalisedLine } from './model';
import { findSymbols } from './symbols';
import { spanOf } from './tables';
import { deadlineInText, inlineAssignment, type RawTask } from './tasks';

const PARTY_ISSUER = /^(?:Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương)/u;
const PARTY_SYMBOL = /-(?:NQ|KL)\/TW$/u;
/** "(1) …", "2. …", "3) …": a numbered group. */
const GROUP_HEAD = /^\s*(?:\((\d{1,2})\)|(\d{1,2})[.)])\s+(?=\p{Lu})/u;
const BULLET = /^\s*[-–•+]\s+(?=\S)/u;
/** A line saying that tasks follow: "… các nhiệm vụ, giải pháp …", "06 chính sách đặc thù …", "… nội dung chủ yếu …". */
const ANNOUNCES = /(?:nhiệm vụ|giải pháp|chính sách|nội dung|định hướng)(?![\p{L}])/u;
/** The verbs a resolution's tasks open with. */
const DOES =
  /^(?:Cơ cấu lại|Quy hoạch|Phát triển|Đẩy mạnh|Tập trung|Nâng cao|Xây dựng|Hoàn thiện|Đổi mới|Tăng cường|Thực hiện|Triển khai|Khuyến khích|Ưu tiên|Huy động|Chuyển đổi|Thúc đẩy|Bảo đảm|Đảm bảo|Tiếp tục|Nghiên cứu|Rà soát|Kiện toàn|Sắp xếp|Mở rộng|Khai thác|Hình thành|Chú trọng|Quan tâm|Giữ vững|Củng cố|Phát huy|Cải cách|Kiên quyết|Chủ động|Khẩn trương|Ban hành|Sửa đổi|Tháo gỡ|Kết hợp|Bảo vệ|Giải quyết|Đa dạng hóa|Đa dạng hoá|Hiện đại hóa|Hiện đại hoá|Ứng dụng|Thu hút|Nâng cấp|Hỗ trợ|Đào tạo|Xây dựng và)(?![\p{L}])/u;

/** Is the document a Party resolution or conclusion? */
export function isPartyResolution(document: DocumentMeta): boolean {
  const party = (document.symbol !== null && PARTY_SYMBOL.test(document.symbol)) || (document.issuer !== null && PARTY_ISSUER.test(document.issuer));
  return party && (document.kind === 'NGHI_QUYET' || document.kind === 'KET_LUAN');
}

function task(lines: NormalisedLine[], text: string, section: string | null): RawTask {
  const assigned = inlineAssignment(text);
  return {
    section, ordinal: null, text, leadRaw: assigned.lead, coordinatorsRaw: assigned.coordinators, outputRaw: null,
    deadlineRaw: deadlineInText(text), cites: [...new Set(findSymbols(text).map((m) => m.symbol))], source: 'BODY', span: spanOf(lines),
  };
}

/** The open group: its heading (a task itself only when nothing follows under it) and how many items followed. */
type OpenGroup = { line: NormalisedLine; text: string; number: string; children: number };

/** The tasks of the groups a resolution's copy lists, or none. */
export function resolutionGroupTasks(lines: readonly NormalisedLine[], document: DocumentMeta): RawTask[] {
  if (!isPartyResolution(document)) return [];
  const out: RawTask[] = [];
  let group: OpenGroup | null = null;
  const close = () => {
    if (group && group.children === 0) out.push(task([group.line], group.text, null));
    group = null;
  };
  // Groups are read once a line has said what follows: its tasks, solutions, policies or contents ("1. 06 chính sách đặc
  // thù phát triển TPHCM theo Nghị quyết 31-NQ/TW", "Nghị quyết đề ra các nhiệm vụ, giải pháp sau:"); numbered items
  // after a mere reference ("Kết luận số 69-KL/TW … của Bộ Chính trị" / "1. Tăng cường …") are not read as groups.
  let announced = false;
  for (const l of lines) {
    const t = l.text.trim();
    if (!t) continue;
    const head = GROUP_HEAD.exec(t);
    const text = head ? t.slice(head[0].length) : '';
    if (head && announced && DOES.test(text)) {
      close();
      group = { line: l, text, number: head[1] ?? head[2], children: 0 };
      continue;
    }
    if (ANNOUNCES.test(t)) announced = true;
    if (head) {
      close();
      continue;
    }
    if (!group) continue;
    const g: OpenGroup = group;
    const item = t.replace(BULLET, '');
    if (DOES.test(item)) {
      g.children++;
      out.push(task([l], item, `(${g.number})`));
    } else if (/^\p{Lu}/u.test(item)) close();
  }
  close();
  return out;
}
