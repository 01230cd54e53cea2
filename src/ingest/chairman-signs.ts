/**
 * Whose document a news sentence's chairman signs. "Chủ tịch UBND thành phố Hà Nội Chu Ngọc Anh vừa ký ban hành Chỉ thị 03
 * …", "Chủ tịch UBND TP.Hà Nội … ký văn bản hoả tốc gửi …": the chairman signs on behalf of his committee ("TM. ỦY BAN
 * NHÂN DÂN / CHỦ TỊCH"), so the document is the committee's; a plan, programme or scheme is the committee's whoever is
 * said to issue it. A decision keeps the chairman: a Chủ tịch decides in his own name ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …
 * QUYẾT ĐỊNH"), and a news sentence cannot tell which. Nor does a chairman who only "ban hành" a chỉ thị or a letter, or
 * directs in it ("Chủ tịch UBND tỉnh yêu cầu …"), say that he signed for the committee.
 * Complexity: constant (two anchored patterns over the subject and the verb).
 */
import type { DocumentKind } from './model';

/** Kinds a People's Committee issues as a body, whoever is said to issue them. */
const COMMITTEE_KINDS: ReadonlySet<DocumentKind> = new Set(['KE_HOACH', 'CHUONG_TRINH', 'DE_AN']);
/** The chairman of a committee or council, before its name ("Chủ tịch UBND tỉnh", "Chủ tịch Ủy ban nhân dân (UBND) tỉnh"). */
const CHAIRMAN = /^Chủ tịch\s+(?=(?:UBND|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân|Hội đồng nhân dân)(?![\p{L}]))/u;
/** The verb says he signed: "ký", "ký ban hành", "đã ký văn bản". */
const SIGNED = /(?:^|\s)ký(?![\p{L}])/u;

/**
 * The issuer of a document a news sentence says `issuer` issued, `verb` being the words between the subject and the
 * document's kind word: the committee for a chairman who signed (or for a committee's kind), else as read.
 */
export function committeeSigned(issuer: string, kind: DocumentKind | null, verb: string): string {
  if (!CHAIRMAN.test(issuer)) return issuer;
  const forCommittee = (kind !== null && COMMITTEE_KINDS.has(kind)) || (SIGNED.test(verb) && kind !== 'QUYET_DINH');
  return forCommittee ? issuer.replace(CHAIRMAN, '') : issuer;
}
