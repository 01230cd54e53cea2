/**
 * The province a provincial newspaper or portal names when it introduces the text it reprints: "Báo Ninh Thuận
 * trân trọng giới thiệu toàn văn nội dung Nghị quyết", "Cổng Thông tin điện tử tỉnh Kon Tum xin đăng tải …".
 * A provincial Party committee's resolution there ("Ban Chấp hành Đảng bộ tỉnh khóa XIII đã ban hành …") names
 * no province of its own; the paper publishing it is the province's. Read last, so any province the text
 * states wins, and only for a provincial document (a central one has none, see meta.ts).
 * Complexity: linear in the first paragraphs.
 */
import type { NormalisedLine } from '../model';
import { joinLines, splitParagraphs } from '../normalise';
import { findProvinces, PROVINCES } from '../provinces';
import { foldDiacritics, squash } from '../text';
import type { MetaReading } from './meta';

const PAPER_INTRODUCES =
  /(?:^|[\s(])((?:Báo|Đài Phát thanh và Truyền hình|Đài PT-TH|Cổng Thông tin điện tử|Cổng thông tin điện tử|Cổng TTĐT|Trang thông tin điện tử)\s+(?:điện tử\s+)?(?:tỉnh\s+|thành phố\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}))\s+(?:điện tử\s+)?(?:xin\s+)?(?:trân trọng\s+)?(?:giới thiệu|đăng tải|đăng|công bố|gửi tới)(?![\p{L}])/u;

/** "Theo dõi Báo Gia Lai trên Google News": the paper's own follow button names it. */
const FOLLOW_PAPER = /(?:^|\s)Theo dõi\s+(Báo\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}))\s+trên/u;

/**
 * "(Baonghean.vn) - Ban Thường vụ Tỉnh ủy vừa ban hành …": a provincial paper's dateline names its site, "báo" and the
 * province run together ("baonghean", "baothanhhoa", "baokontum").
 */
const DATELINE_SITE = /(?:^|\s)\((?:www\.)?[Bb]ao([a-z]{4,20})(?:\.com)?\.vn\)\s*[-–]/u;
const BY_SITE_NAME = new Map(PROVINCES.map((p) => [foldDiacritics(p.name).replace(/[\s-]+/g, ''), p]));

export function readPaperProvince(lines: readonly NormalisedLine[]): MetaReading {
  for (const para of splitParagraphs(lines).slice(0, 8)) {
    const j = joinLines(para);
    const site = DATELINE_SITE.exec(j.text);
    const byName = site ? BY_SITE_NAME.get(site[1].toLowerCase()) : undefined;
    if (site && byName) {
      const at = (site.index ?? 0) + site[0].indexOf('(');
      return { province: { value: byName.name, span: j.spanOf(at, at + site[0].trim().length), how: `the provincial paper that publishes it, by its site's name: "${squash(site[0])}"` } };
    }
    const m = PAPER_INTRODUCES.exec(j.text) ?? FOLLOW_PAPER.exec(j.text);
    const place = m ? findProvinces(m[2])[0] : undefined;
    // The whole name must be the province's ("Báo Ninh Thuận"), not a paper that only starts like one.
    if (!m || !place || place.index !== 0) continue;
    const at = (m.index ?? 0) + m[0].indexOf(m[1]);
    return { province: { value: place.province.name, span: j.spanOf(at, at + m[1].length), how: `the provincial paper that publishes it: "${squash(m[0])}"` } };
  }
  return {};
}
