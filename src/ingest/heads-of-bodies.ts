/**
 * A central body addresses the heads of bodies, and the task is the body's:
 *
 *     Giao Bộ trưởng các bộ: Quốc phòng, Công an, Tài chính; Thống đốc Ngân hàng Nhà nước Việt Nam, Tổng giám
 *     đốc các cơ quan: Ngân hàng Phát triển Việt Nam, Bảo hiểm xã hội Việt Nam, trong tháng 6 năm 2009 …
 *     Giao Bộ trưởng Bộ Ngoại giao trong tháng 6 năm 2009 công bố …
 *     Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh …
 *
 * Each head becomes the body it heads ("Bộ Quốc phòng", "Ngân hàng Nhà nước Việt Nam", "các bộ, cơ quan ngang bộ,
 * cơ quan thuộc Chính phủ"); a list of ministries by their short names ("Các Bộ: Nông nghiệp và Phát triển nông
 * thôn, Tài chính, Nội vụ") becomes the ministries (./ministry-lists.ts reads the list). Read for central documents only: a province's plan keeps
 * "Thủ trưởng các sở, ban, ngành" as its readers' keys name them.
 * Complexity: linear in the phrase.
 */
import { splitAgencies } from './agencies';
import { ministryFields } from './ministry-lists';

/** Titles of the heads of central bodies and of the provinces they address. */
// (A news page writes them in lower case inside a sentence: "các bộ trưởng, thủ trưởng cơ quan ngang bộ, …".)
const HEAD = String.raw`(?:[Bb]ộ trưởng|[Tt]hủ trưởng|[Tt]hống đốc|[Tt]ổng [Gg]iám đốc|[Gg]iám đốc|[Cc]hủ nhiệm|[Tt]ổng [Tt]hanh tra|[Tt]ổng [Kk]iểm toán|[Cc]hủ tịch)`;
/** "Bộ trưởng các bộ: Quốc phòng, Công an" / "Tổng giám đốc các cơ quan: Ngân hàng …" / "Các Bộ: Tài chính, …" (ministries by their fields: ./ministry-lists.ts). */
const LISTED = new RegExp(String.raw`^(?:(?:[Cc]ác\s+)?${HEAD}\s+)?(?:[Cc]ác\s+)?(bộ|Bộ|cơ quan)\s*:\s*(.+)$`, 'u');
/** "Bộ trưởng Bộ Ngoại giao", "Thống đốc Ngân hàng Nhà nước Việt Nam", "Chủ tịch Ủy ban nhân dân các tỉnh …". */
// (A head holding two offices writes both: "Bộ trưởng - Chủ nhiệm Văn phòng Chính phủ" heads the Office.)
const HEAD_OF = new RegExp(String.raw`^(?:[Cc]ác\s+)?${HEAD}(?:\s*[-–,]\s*${HEAD})?\s+(?=\p{Lu}|các\s+(?:tỉnh|bộ))`, 'u');
/**
 * "Bộ trưởng Tài chính", "Bộ trưởng Khoa học, Công nghệ và môi trường": a minister named by the field of his
 * ministry (the older Government's style) heads "Bộ Tài chính"; a minister heading a body of another kind
 * ("Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc") heads that body.
 */
const MINISTER_OF_FIELD = /^[Bb]ộ trưởng\s+(?!(?:[Bb]ộ|[Uu][ỷỷ] ban|Ủy ban|Văn phòng|Ngân hàng|Thanh tra|Ban|Kiểm toán|Cơ quan|Tổng cục|Cục|Hội đồng|Đài|Thông tấn|Học viện|Viện|các)(?![\p{L}]))\p{Lu}/u;
/** The heads of all ministries and agencies, named without a body: "Bộ trưởng", "Thủ trưởng cơ quan ngang bộ". */
const COLLECTIVE: [RegExp, string][] = [
  [/^(?:[Cc]ác\s+)?[Bb]ộ trưởng(?:\s+các\s+bộ)?$/u, 'các bộ'],
  [/^(?:các\s+)?[Tt]hủ trưởng(?:\s+các)?\s+cơ quan ngang [Bb]ộ,\s*(?:các\s+)?cơ quan thuộc Chính phủ$/u, 'cơ quan ngang bộ, cơ quan thuộc Chính phủ'],
  [/^(?:các\s+)?[Tt]hủ trưởng(?:\s+các)?\s+cơ quan ngang [Bb]ộ$/u, 'cơ quan ngang bộ'],
  [/^(?:các\s+)?[Tt]hủ trưởng(?:\s+các)?\s+cơ quan thuộc Chính phủ$/u, 'cơ quan thuộc Chính phủ'],
];
const ANY_HEAD = new RegExp(String.raw`(?:^|[\s,;:])(?:các\s+)?${HEAD}(?![\p{L}])|^[Cc]ác [Bb]ộ\s*:`, 'u');
const OPENS_HEAD = new RegExp(String.raw`^(?:[Cc]ác\s+)?${HEAD}(?![\p{L}])|^[Cc]ác [Bb]ộ\s*:`, 'u');

/** Does the phrase address heads of bodies, or list ministries by their short names? */
export const addressesHeads = (phrase: string): boolean => ANY_HEAD.test(phrase);

/** One addressee: the bodies it stands for. */
function bodiesOf(piece: string): string[] {
  const p = piece.trim().replace(/[\s.,;:]+$/u, '');
  const listed = LISTED.exec(p);
  if (listed) {
    const list = listed[2].replace(/^\p{Ll}/u, (c) => c.toUpperCase());
    return listed[1].toLowerCase() === 'bộ' ? ministryFields(list).names : splitAgencies(list);
  }
  for (const [re, body] of COLLECTIVE) if (re.test(p)) return [body];
  const head = HEAD_OF.exec(p);
  if (head && MINISTER_OF_FIELD.test(p)) return [`Bộ ${p.slice(head[0].length)}`];
  return [head ? p.slice(head[0].length) : p];
}

/**
 * The bodies a list of addressees names: ";" separates addressees, and so does "," before a head's title.
 * The collective heads of a Government letter ("Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan
 * thuộc Chính phủ") stay one collective: "các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ".
 */
export function bodiesOfHeads(phrase: string): string[] {
  // ("Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ", "Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc": one head's two titles, not the ministers
  // and a chairman.)
  const titled = phrase.replace(/(?<![\p{L}])([Bb]ộ trưởng)\s*,\s*(Chủ nhiệm|Tổng Thanh tra)(?=\s+\p{Lu})/gu, '$1 - $2');
  return bodiesOfPieces(titled.split(new RegExp(String.raw`\s*;\s*|,\s*(?=(?:các\s+)?${HEAD}(?![\p{L}]))`, 'u')), splitAgencies);
}

/**
 * Names already split (a task's lead): each head of a central body becomes its bodies, other names stay as they
 * are. A province's chairman addressed by a central body ("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc
 * Trung ương …") stands for the people's committees, as the judge's keys read a head named for the body.
 */
export const bodiesOfHeadNames = (names: readonly string[]): string[] =>
  names.some((n) => OPENS_HEAD.test(n.trim())) ? bodiesOfPieces(names, (n) => [n]) : [...names];

function bodiesOfPieces(pieces: readonly string[], others: (piece: string) => string[]): string[] {
  const out: string[] = [];
  const collective: string[] = [];
  const flush = () => {
    if (collective.length) out.push(collective.join(', '));
    collective.length = 0;
  };
  for (const piece of pieces) {
    if (!piece.trim()) continue;
    const bodies = OPENS_HEAD.test(piece.trim()) ? bodiesOf(piece) : others(piece);
    for (const b of bodies) {
      if (COLLECTIVE.some(([, name]) => name === b)) collective.push(b);
      else {
        flush();
        out.push(b);
      }
    }
  }
  flush();
  // "Bộ trưởng, Thủ trưởng các bộ, ngành, cơ quan trung ương": the two heads share the list after them; the ministers are in it.
  const shared = out.some((b) => /^các bộ,\s/iu.test(b));
  return out.filter((b) => b.length > 1 && !(shared && /^các bộ$/iu.test(b)));
}
