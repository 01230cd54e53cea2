/**
 * A news page on the conference that disseminates a document: "Sáng 17/4/2025, Ban Bí thư TW Đảng tổ chức Hội nghị trực tuyến
 * quán triệt Kết luận số 132-KL/TW ngày 18/3/2025 của Bộ Chính trị về việc tiếp tục thực hiện Chỉ thị 36-CT/TW …" (hoabinh.gov.vn,
 * under a headline that restates the conclusion's target). The page tells that document: its kind, symbol, date, issuer, level and
 * what it is about (marked inferred, with the sentence). A conference "quán triệt" is no preamble: the document named after it
 * is the one the page is about, not a mandate of its own. Read only when the text names no symbol of its own, from the page's
 * opening paragraphs.
 * Complexity: linear in the text of the opening paragraphs.
 */
import { findReferences } from '../citations';
import { levelOfIssuer, levelOfSymbol } from '../document';
import type { DocumentMeta, NormalisedLine } from '../model';
import { joinLines, splitParagraphs } from '../normalise';
import { findProvinces } from '../provinces';
import { findSymbols, KIND_VI, kindWordAt } from '../symbols';
import { squash } from '../text';
import type { MetaReading } from './meta';

/** "… (tổ chức) Hội nghị (trực tuyến) (toàn quốc) quán triệt (và triển khai thực hiện) " right before the reference. */
const CONFERENCE_ON = /(?:Hội nghị|hội nghị)(?:\s+[^.;:]{0,60}?)?\s(?:nghiên cứu,\s*học tập,\s*)?quán triệt(?:,?\s+(?:và\s+)?triển khai(?:\s+thực hiện)?)?\s+$/u;
/** "… của Bộ Chính trị về việc …": the issuer after the reference and its date, then what the document is about. */
const OF_ISSUER = /^\s*(?:,?\s*ngày\s+[\d/.-]+\s*)?của\s+([^,;()]+?)(?=\s+(?:về|triển khai|thực hiện)(?![\p{L}])|[,;()]|$)/u;
const ABOUT = /^\s*((?:về việc|về)\s[^.;]+?)(?=\.\s|[.;]|$)/u;

export function readDisseminated(lines: readonly NormalisedLine[], meta: DocumentMeta): MetaReading {
  if (meta.symbol) return {};
  for (const para of splitParagraphs(lines).slice(0, 4)) {
    const j = joinLines(para);
    const text = j.text;
    for (const ref of findReferences(text)) {
      if (!ref.symbol) continue;
      const kw = kindWordAt(ref.raw);
      const s = findSymbols(ref.raw)[0];
      const sentenceStart = Math.max(text.lastIndexOf('. ', ref.index), 0);
      if (!kw || !s || !CONFERENCE_ON.test(text.slice(sentenceStart, ref.index))) continue;
      const after = text.slice(ref.end);
      const of = OF_ISSUER.exec(after);
      const issuer = ref.issuer ?? (of && levelOfIssuer(of[1]) ? of[1].trim() : null);
      const level = levelOfSymbol(s) ?? (issuer ? levelOfIssuer(issuer) : null);
      const span = j.spanOf(ref.index, ref.end);
      const said = squash(text.slice(sentenceStart, ref.end)).replace(/^\.\s*/u, '');
      const how = `a news page on the conference disseminating the document: "${said.length > 240 ? `${said.slice(0, 239)}…` : said}"`;
      const kind = s.kindCode ? s.kind ?? kw.kind : kw.kind;
      const out: MetaReading = { symbol: { value: ref.symbol, span, how }, number: { value: s.number, span, how } };
      if (kind) {
        out.kind = { value: kind, span, how };
        out.kindVi = { value: kind === kw.kind ? kw.vi : KIND_VI[kind], span, how };
      }
      if (ref.issuedOn) out.issuedOn = { value: ref.issuedOn, span, how };
      if (issuer) out.issuer = { value: squash(issuer), span, how };
      if (level) out.level = { value: level, span, how };
      const province = level === 'CENTRAL_PARTY' || level === 'CENTRAL_STATE' || !issuer ? undefined : findProvinces(issuer)[0];
      if (province) out.province = { value: province.province.name, span, how };
      const aboutAt = ref.end + (of ? of[0].length : 0);
      const about = ABOUT.exec(text.slice(aboutAt));
      if (about) {
        const from = aboutAt + text.slice(aboutAt).indexOf(about[1]);
        out.title = { value: squash(about[1]), span: j.spanOf(from, from + about[1].length), how };
      }
      return out;
    }
  }
  return {};
}
