/**
 * References a text names without a number and without the date or clause end a law's name needs (./citations.ts):
 *  - a law named after the article it cites: "… theo quy định tại Khoản 7 Điều 45 Luật Thanh tra. Tổ chức, …" (the article
 *    number says a law's name follows, whatever closes it);
 *  - a submission the document answers, named by who submitted it: "Sau khi nghe Tờ trình của Hội đồng Bộ trưởng và ý kiến
 *    của các đại biểu Quốc hội;", "Xét Tờ trình của Chính phủ, …" (a proposal, so CITES, see PROPOSAL_VERB there).
 * Complexity: linear in the text (two scans, each only on text holding its cue word).
 */
import type { DocumentKind } from './model';
import { squash } from './text';

export interface NamedReference {
  symbol: null;
  kind: DocumentKind | null;
  issuedOn: null;
  issuer: string | null;
  raw: string;
  index: number;
  end: number;
}

/** "Điều 45 Luật Thanh tra", "khoản 2 Điều 7 của Bộ luật Lao động": the name after the article, up to punctuation or a year. */
const ARTICLE_OF_LAW = /(?<![\p{L}])[Đđ]iều\s+\d{1,3}[a-zđ]?\s+(?:của\s+)?((?:Bộ luật|Luật)\s+\p{Lu}[\p{L}-]*(?:\s+(?!và\s|năm\s|số\s)[\p{L}-]+){0,7}?)(?=\s*(?:[.;,:)]|$)|\s+(?:năm|số|và)\s)/gu;
/** "nghe Tờ trình của Hội đồng Bộ trưởng", "xét Tờ trình của Chính phủ": a submission by its submitter. */
const SUBMISSION = /(?<![\p{L}])(?:nghe|xem xét|[Xx]ét)\s+(Tờ trình\s+của\s+(\p{Lu}[^;,.()]{2,60}?))(?=\s+(?:và|về|ngày)\s|\s*[;,.]|$)/gu;

export function namedReferences(text: string): NamedReference[] {
  const out: NamedReference[] = [];
  if (/[Đđ]iều\s+\d/u.test(text) && text.includes('uật')) for (const m of text.matchAll(ARTICLE_OF_LAW)) {
    const i = (m.index ?? 0) + m[0].indexOf(m[1]);
    out.push({ symbol: null, kind: 'LUAT', issuedOn: null, issuer: null, raw: squash(m[1]), index: i, end: i + m[1].length });
  }
  if (text.includes('Tờ trình của')) for (const m of text.matchAll(SUBMISSION)) {
    const i = (m.index ?? 0) + m[0].indexOf(m[1]);
    out.push({ symbol: null, kind: 'OTHER', issuedOn: null, issuer: squash(m[2]), raw: squash(m[1]), index: i, end: i + m[1].length });
  }
  return out;
}
