/**
 * A copy that opens with the body itself saying what follows, in the words of the document's kind: "Phó Chủ tịch UBND
 * tỉnh Hồ Quang Bửu kết luận như sau:" (the conclusions of a meeting, a Kết luận issued in the committee's name), "Ban
 * Thường trực Ủy ban MTTQ Việt Nam tỉnh hướng dẫn công tác tuyên truyền biển, đảo năm 2021 … như sau:" (a Hướng dẫn), "Chủ
 * tịch UBND tỉnh Vũ Hồng Bắc đã có kết luận về cuộc họp như sau:".
 * The subject opens its clause and is an issuing body (an office of one, a signer's name after it, signs for the body);
 * "như sau:" closes the sentence, so a report of what someone concluded elsewhere is not read. Read only for a copy
 * that states neither kind nor issuer otherwise; every field is marked as read from the sentence, with its span.
 * Complexity: linear in the first paragraphs' text (each sentence tested once by an anchored pattern).
 */
import { levelOfIssuer } from '../document';
import type { DocumentKind, DocumentMeta, NormalisedLine } from '../model';
import { joinLines, splitParagraphs } from '../normalise';
import { findProvinces } from '../provinces';
import { squash } from '../text';
import { fullOffice, type MetaReading } from './meta';
import { subjectBody } from './news-intro';
import { sentencesOf } from './reported-direction';

/** The verb of the kind, what it is about, "như sau:": group 1 the subject, group 2 the verb. */
const SPEAKS = /^(\p{Lu}[^.;:]{2,160}?)\s+(?:(?:đã|vừa|xin)\s+)?(?:có\s+)?(kết luận|hướng dẫn|chỉ thị|thông báo)(?:\s+[^.;:]{0,200}?)?\s+như sau\s*:/u;
const KIND_OF_VERB: Record<string, { kind: DocumentKind; vi: string }> = {
  'kết luận': { kind: 'KET_LUAN', vi: 'Kết luận' },
  'hướng dẫn': { kind: 'HUONG_DAN', vi: 'Hướng dẫn' },
  'chỉ thị': { kind: 'CHI_THI', vi: 'Chỉ thị' },
  'thông báo': { kind: 'THONG_BAO', vi: 'Thông báo' },
};

export function readSpeakingBody(lines: readonly NormalisedLine[], meta: DocumentMeta): MetaReading {
  if (meta.symbol || meta.kind || meta.issuer) return {};
  for (const para of splitParagraphs(lines).slice(0, 12)) {
    const j = joinLines(para);
    for (const { at, text: sentence } of sentencesOf(j.text)) {
      // The clause after the adverbials before the subject ("Sau khi nghe …, Phó Chủ tịch …").
      const comma = sentence.lastIndexOf(', ', sentence.search(/\s(?:kết luận|hướng dẫn|chỉ thị|thông báo)\s/u));
      const clause = comma > 0 ? sentence.slice(comma + 2) : sentence;
      const m = SPEAKS.exec(clause);
      const found = m ? subjectBody(m[1]) : null;
      if (!m || !found || !levelOfIssuer(found.body) || m[1].length > found.issuer.length + 45) continue;
      const from = at + (comma > 0 ? comma + 2 : 0);
      const span = j.spanOf(from, from + m[1].length);
      const how = `a copy's intro: the body says what follows in its own words ("${squash(m[0])}")`;
      const kw = KIND_OF_VERB[m[2]];
      const verbAt = from + m[0].indexOf(m[2], m[1].length);
      const vspan = j.spanOf(verbAt, verbAt + m[2].length);
      const out: MetaReading = {
        kind: { value: kw.kind, span: vspan, how },
        kindVi: { value: kw.vi, span: vspan, how },
        issuer: { value: fullOffice(squash(found.issuer)), span, how },
        level: { value: levelOfIssuer(found.body)!, span, how },
      };
      const province = findProvinces(found.issuer)[0];
      if (province) out.province = { value: province.province.name, span, how };
      return out;
    }
  }
  return {};
}
