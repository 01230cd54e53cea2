/**
 * A legal portal's metadata block ("thuộc tính văn bản"), which web copies carry above or instead of the
 * document's own header:
 *
 *   Số hiệu: | 612/QĐ-UBND | Loại văn bản: | Quyết định |
 *   Nơi ban hành: Tỉnh Lâm Đồng Người ký: Đoàn Văn Việt
 *   | Ngày ban hành | 29/12/2025 |
 *
 * Labels and values may share a line (pipes, tabs or plain spaces between them) or stand on lines of their
 * own. Two labels at least must be present, so a stray "Người ký:" in a body is not a block. The page's own
 * heading above it ("Kế hoạch 186/KH-UBND năm 2025 phát triển chính quyền số …") gives the title.
 * Complexity: linear in the lines (one pass for the labels, values read beside them).
 */
import { completeIssuer, issuerOfSymbol, levelOfIssuer, levelOfSymbol, personName, readVietnameseDate } from '../document';
import type { NormalisedLine, Span } from '../model';
import { joinLines } from '../normalise';
import { findProvinces } from '../provinces';
import { findSymbols, KIND_VI, kindWordAt, type SymbolMatch } from '../symbols';
import { squash } from '../text';
import type { MetaReading } from './meta';

type Label = 'symbol' | 'kind' | 'place' | 'signer' | 'issuedOn' | 'title' | 'other';
const LABELS: [Label, string][] = [
  // ("Số/Ký hiệu", "Số, ký hiệu": the national database's and the provinces' portals' property tables.)
  ['symbol', 'Số hiệu văn bản|Số\\s*\\/\\s*[Kk]ý hiệu|Số,\\s*ký hiệu|Số ký hiệu|Số hiệu|Ký hiệu'],
  ['kind', 'Loại văn bản'],
  ['place', 'Nơi ban hành|Cơ quan ban hành|Đơn vị ban hành'],
  ['signer', 'Người ký|Người kí'],
  ['issuedOn', 'Ngày ban hành|Ngày ký|Ngày kí'],
  ['title', 'Trích yếu(?: nội dung)?|Tiêu đề'],
  ['other', 'Ngày có hiệu lực|Ngày hiệu lực|Ngày hết hiệu lực|Ngày công báo|Số công báo|Ngày đăng công báo|Lĩnh vực|Tình trạng(?: hiệu lực)?|Chức danh|Chức vụ|Phạm vi|Nguồn thu thập|Cơ quan|Ngành'],
];
// A label opens a cell ("| Số hiệu |", a line's start, after a tab) or, inside running text, ends with ":"
// ("… Loại văn bản: Quyết định"); labels are capitalised, so "thủ tục lĩnh vực Chăn nuôi" is no label.
const LABEL_ALT = LABELS.map(([, re]) => re).join('|');
// A site may glue a label to the value before it and its value to the colon ("Số hiệu:273/NQ-CPNgày đăng công
// báo:Đang cập nhật", "Loại văn bản:Nghị quyếtNgười ký:Phạm Minh Chính"): a label with its colon ends the value before.
const LABEL_RE = new RegExp(String.raw`(?:(?<=^\s*|[|	]\s*)(${LABEL_ALT})\s*:?(?=\s|[|	]|$)|(?<=^\s*|[|	]\s*|[\s\p{L}\d)])(${LABEL_ALT})\s*:(?!\/\/))`, 'gu');
const HAS_LABEL = new RegExp(LABEL_RE.source, 'u');
/** A label's words anywhere in the line: most lines have none, and this plain scan says so quickly. */
const ANY_LABEL_WORDS = new RegExp(LABEL_ALT, 'u');
const EMPTY_VALUE = /^(?:đang cập nh[aậ]t|chưa (?:có|cập nhật)|không có|đã biết|còn hiệu lực|hết hiệu lực|[-—.…]+)$/iu;

function labelOf(text: string): Label {
  for (const [label, re] of LABELS) if (new RegExp(`^(?:${re})$`, 'u').test(text.trim())) return label;
  return 'other';
}

function spanIn(l: NormalisedLine, from: number, to: number): Span {
  const lead = l.text.length - l.text.replace(/^\s+/, '').length;
  return joinLines([l]).spanOf(Math.max(0, from - lead), Math.max(0, to - lead));
}

interface Value {
  label: Label;
  text: string;
  line: NormalisedLine;
  from: number;
  to: number;
}

/** Label/value pairs of the block, in reading order; [] when the lines hold no block. */
export function metadataValues(lines: readonly NormalisedLine[]): Value[] {
  const found: Value[] = [];
  const nonBlank = lines.filter((l) => l.text.trim());
  for (let i = 0; i < nonBlank.length; i++) {
    const l = nonBlank[i];
    if (l.text.length > 400 || !ANY_LABEL_WORDS.test(l.text)) continue;
    const labels = [...l.text.matchAll(LABEL_RE)];
    labels.forEach((m, k) => {
      const start = (m.index ?? 0) + m[0].length;
      const end = k + 1 < labels.length ? labels[k + 1].index ?? l.text.length : l.text.length;
      const raw = l.text.slice(start, end);
      const text = raw.replace(/^[\s|:\t]+|[\s|:\t]+$/g, '');
      if (text) {
        const from = start + raw.indexOf(text);
        found.push({ label: labelOf(m[1] ?? m[2]), text: squash(text), line: l, from, to: from + text.length });
        return;
      }
      // "Số hiệu:" alone, its value on the next line; a portal may explain the label first ("Ngày ban hành là ngày, …").
      const label = m[1] ?? m[2];
      const explains = (l?: NormalisedLine) => Boolean(l && new RegExp(`^\\s*${label}\\s+là\\s`, 'u').test(l.text));
      const next = explains(nonBlank[i + 1]) ? nonBlank[i + 2] : nonBlank[i + 1];
      if (k === labels.length - 1 && next && !HAS_LABEL.test(next.text) && next.text.trim().length <= 200) {
        const t = next.text.trim().replace(/^[|:\s]+|[|\s]+$/g, '');
        const from = next.text.indexOf(t);
        if (t) found.push({ label: labelOf(m[1] ?? m[2]), text: squash(t), line: next, from, to: from + t.length });
      }
    });
  }
  // A block: two identifying labels within a few lines of each other.
  const core = found.filter((v) => v.label !== 'other');
  const kinds = new Set(core.map((v) => v.label));
  if (kinds.size < 2) return [];
  const first = core[0].line.line;
  return found.filter((v) => v.line.line >= first && v.line.line - first <= 40 && !EMPTY_VALUE.test(v.text));
}

export function readPortalMetadata(lines: readonly NormalisedLine[]): MetaReading {
  const values = metadataValues(lines);
  if (!values.length) return {};
  const out: MetaReading = {};
  const how = (label: string) => `portal metadata block "${label}:"`;
  const get = (label: Label) => values.find((v) => v.label === label);

  let symbol: SymbolMatch | null = null;
  const sv = get('symbol');
  if (sv) {
    const m = findSymbols(sv.text)[0];
    if (m && m.index <= 2) {
      symbol = m;
      const span = spanIn(sv.line, sv.from, sv.to);
      out.symbol = { value: m.symbol, span, how: how('Số hiệu') };
      out.number = { value: m.number, span, how: how('Số hiệu') };
      const lv = levelOfSymbol(m);
      if (lv) out.level = { value: lv, span, how: `${how('Số hiệu')}: the symbol's issuer code` };
    }
  }
  const kv = get('kind');
  const kw = kv ? kindWordAt(kv.text) : null;
  if (kv && kw) {
    const span = spanIn(kv.line, kv.from, kv.to);
    out.kind = { value: kw.kind, span, how: how('Loại văn bản') };
    out.kindVi = { value: kw.vi, span, how: how('Loại văn bản') };
  } else if (symbol?.kindCode && symbol.kind) {
    out.kind = { value: symbol.kind, span: out.symbol!.span, how: `${how('Số hiệu')}: the symbol's kind code` };
    out.kindVi = { value: KIND_VI[symbol.kind], span: out.symbol!.span, how: `${how('Số hiệu')}: the symbol's kind code` };
  }
  const pv = get('place');
  if (pv) {
    const span = spanIn(pv.line, pv.from, pv.to);
    const place = findProvinces(pv.text)[0];
    const onlyPlace = place && squash(pv.text.replace(/^(?:tỉnh|thành phố|tp\.?)\s+/iu, '')).length <= place.province.name.length + 1;
    const central = out.level?.value === 'CENTRAL_PARTY' || out.level?.value === 'CENTRAL_STATE' || levelOfIssuer(pv.text)?.startsWith('CENTRAL');
    if (place && !central) out.province = { value: place.province.name, span, how: how('Nơi ban hành') };
    // "Nơi ban hành: Tỉnh Vĩnh Long" names the place; the body is the symbol's ("-UBND": its People's Committee).
    const issuer = onlyPlace ? (symbol ? issuerOfSymbol(symbol, out.province?.value ?? null) : null) : levelOfIssuer(pv.text) ? completeIssuer(pv.text, out.province?.value ?? null) : null;
    if (issuer) out.issuer = { value: issuer, span, how: onlyPlace ? `${how('Nơi ban hành')} (the place) and the symbol's issuer code` : how('Nơi ban hành') };
  }
  const gv = get('signer');
  const signer = gv ? (personName(gv.text) ?? (/^(?:\p{Lu}\p{Ll}*\s+){1,4}\p{Lu}\p{Ll}*$/u.test(gv.text) ? gv.text : null)) : null;
  if (gv && signer) out.signer = { value: signer, span: spanIn(gv.line, gv.from, gv.to), how: how('Người ký') };
  const dv = get('issuedOn');
  const date = dv ? readVietnameseDate(dv.text) : null;
  if (dv && date) out.issuedOn = { value: date.iso, span: spanIn(dv.line, dv.from, dv.to), how: how('Ngày ban hành') };
  const tv = get('title');
  if (tv) out.title = { value: tv.text, span: spanIn(tv.line, tv.from, tv.to), how: how('Trích yếu') };
  else if (symbol) {
    // The page heading: "<Kind> 612/QĐ-UBND năm 2020 về phê duyệt quy trình …" above the block.
    const firstBlockLine = values[0].line.line;
    for (const l of lines) {
      if (l.line >= firstBlockLine) break;
      const w = kindWordAt(l.text.trim());
      const s = findSymbols(l.text)[0];
      if (!w || !s || s.symbol !== symbol.symbol) continue;
      const rest = /^\s*(?:năm\s+\d{4}\s*)?(?:[,:-]\s*)?(.{8,})$/u.exec(l.text.slice(s.end));
      if (rest) {
        const from = l.text.length - rest[1].length;
        out.title = { value: squash(rest[1]), span: spanIn(l, from, l.text.length), how: 'the portal page heading "<Kind> <symbol> năm … <title>"' };
      }
      break;
    }
  }
  return out;
}
