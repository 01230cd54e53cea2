/**
 * "Văn phòng Tỉnh ủy xây dựng kế hoạch đảm bảo dự toán kinh phí …", "Ban Tuyên giáo Tỉnh ủy chủ động xây dựng kế hoạch
 * tuyên truyền …": a body to draw up a plan, the kind word in lower case and no tense before the verb, is given that work;
 * it enacts no document. The enacting sentence names its plan ("Ủy ban nhân dân tỉnh xây dựng Kế hoạch triển khai …"),
 * says it is done ("Ban Thường vụ Tỉnh ủy vừa xây dựng kế hoạch kiểm tra …") or opens what follows ("… xây dựng kế hoạch
 * triển khai thực hiện như sau:").
 * Complexity: one anchored test of the matched words and one scan of the rest of the sentence.
 */
const TO_DRAW_UP = /(?<!(?:đã|vừa|mới)\s+)xây dựng\s+(?:kế hoạch|chương trình|đề án|quy chế|hướng dẫn|văn bản)(?![\p{L}])\s*$/u;
const FOLLOWS = /^[^.;]*?như sau\s*:/u;

/** Is `words` (ending with "xây dựng <kind>") a body to draw the document up, given `after`, the text that follows them? */
export function toDrawUp(words: string, after: string): boolean {
  return TO_DRAW_UP.test(words) && !FOLLOWS.test(after);
}
