/**
 * Bytes of a text file → a string, as Windows tools write them too: UTF-8 with or without a byte-order mark
 * (Notepad's "UTF-8 with BOM"), and UTF-16 LE/BE ("Unicode" in Notepad and Word's "Unicode text"), told by
 * its BOM or, without one, by the NUL bytes of its ASCII characters. The BOM is not part of the text. Bytes
 * that are none of these are refused with the file name. One pass over the bytes: O(n).
 */
export class TextEncodingError extends Error {}

function looksLikeUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.3 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.3 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

export function decodeText(bytes: Uint8Array, file: string): string {
  let encoding: 'utf-8' | 'utf-16le' | 'utf-16be' = 'utf-8';
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) [encoding, start] = ['utf-16le', 2];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [encoding, start] = ['utf-16be', 2];
  else encoding = looksLikeUtf16(bytes) ?? 'utf-8';
  let text: string | null;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(start));
  } catch {
    text = null;
  }
  if (text === null || (encoding !== 'utf-8' && !mostlyLatin(text))) {
    throw new TextEncodingError(`${file}: not valid UTF-8 text (nor UTF-16); save it as UTF-8`);
  }
  return text;
}

/**
 * Byte-swapped or mislabelled UTF-16 still decodes, into CJK-looking code points. Vietnamese is written in
 * Latin letters (with combining marks and Latin Extended Additional), so most letters must be Latin.
 */
function mostlyLatin(text: string): boolean {
  let letters = 0;
  let latin = 0;
  for (let i = 0; i < text.length && letters < 4000; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0x40 || (c >= 0x2000 && c <= 0x206f)) continue; // controls, digits, punctuation
    letters++;
    if (c <= 0x024f || (c >= 0x0300 && c <= 0x036f) || (c >= 0x1e00 && c <= 0x1eff)) latin++;
  }
  return letters === 0 || latin >= letters * 0.8;
}
