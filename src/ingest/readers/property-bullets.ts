/**
 * A document library's property list without labels, one bullet a property, under the page's heading (tulieuvankien.dangcongsan.vn):
 *
 *   • 30-HD/BTGTW
 *   • Hướng dẫn
 *   • 13/04/2017
 *   • Ban Tuyên giáo Trung ương
 *   • Lâm Phương Thanh
 *
 * The list is told by its bullets holding the symbol alone and a kind word alone; the bullet holding a person's name alone (a
 * known surname) is the signer. Only the signer is read here: the heading above the list names the symbol, date and issuer.
 * Complexity: linear in the page's opening lines.
 */
import { personName } from '../document';
import type { DocumentMeta, NormalisedLine } from '../model';
import { findSymbols, kindWordAt } from '../symbols';
import { joinLines } from '../normalise';
import type { MetaReading } from './meta';

const BULLET = /^\s*[•·▪◦]\s+(.+?)\s*$/u;

export function readPropertyBullets(lines: readonly NormalisedLine[], meta: DocumentMeta): MetaReading {
  if (meta.signer) return {};
  const bullets = lines.slice(0, 30).flatMap((l) => {
    const m = BULLET.exec(l.text);
    return m ? [{ line: l, value: m[1] }] : [];
  });
  const symbolAlone = bullets.some((b) => {
    const s = findSymbols(b.value)[0];
    return s !== undefined && b.value.replace(/\s+/gu, '').length <= s.symbol.replace(/\s+/gu, '').length + 2;
  });
  const kindAlone = bullets.some((b) => {
    const kw = kindWordAt(b.value);
    return kw !== null && b.value.length <= kw.length + 2;
  });
  if (!symbolAlone || !kindAlone) return {};
  for (const b of bullets) {
    const name = personName(b.value);
    if (!name) continue;
    const j = joinLines([b.line]);
    const at = j.text.indexOf(b.value);
    return { signer: { value: name, span: j.spanOf(at, at + b.value.length), how: `a document library's property list without labels: the bullet naming a person ("${b.value}")` } };
  }
  return {};
}
