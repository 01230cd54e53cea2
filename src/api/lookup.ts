/**
 * Turning what users type into what the graph stores: tolerant symbols ("nghị quyết 57"), province names
 * without diacritics ("ha noi"), and full-text queries safe for Lucene.
 */
import { parseSymbolQuery, symbolKey } from '../ingest/symbols';
import { provinceByName } from '../ingest/provinces';
import { foldDiacritics, slugify, squash } from '../ingest/text';
import type { SymbolLookup } from './loaders';

/**
 * Parsed lookups by text and year. A page of 100 tasks asking `derivation(from:)` parses the same symbol 100
 * times; parsing is pure, so a bounded cache (emptied when full) answers the repeats.
 */
const lookups = new Map<string, SymbolLookup>();
const MAX_CACHED_LOOKUPS = 1000;

/** "57-NQ/TW", "57/NQ-TW", "Nghị quyết số 57-NQ/TW", "nghị quyết 57", "NQ 57" → what document.bySymbol needs. */
export function symbolLookup(text: string, year: number | null = null): SymbolLookup {
  const cacheKey = `${year ?? ''}\u0000${text}`;
  const cached = lookups.get(cacheKey);
  if (cached) return cached;
  if (lookups.size >= MAX_CACHED_LOOKUPS) lookups.clear();
  const lookup = parseLookup(text, year);
  lookups.set(cacheKey, lookup);
  return lookup;
}

function parseLookup(text: string, year: number | null): SymbolLookup {
  const raw = squash(text.normalize('NFC'));
  const q = parseSymbolQuery(raw);
  const key = year === null ? raw : `${raw}@${year}`;
  if (q.key) return { text: key, raw, year, symbolKey: q.key, prefix: null, number: null, kind: null };
  const prefix = q.number && q.kindCode ? symbolKey(`${q.number}${q.kindCode}`) : null;
  return { text: key, raw, year, symbolKey: null, prefix, number: q.number, kind: q.kind ?? null };
}

/** The folded, space-collapsed lookup form used by every `*Key` property ("Hà  Nội" → "ha noi"). */
export function foldKey(s: string): string {
  return squash(foldDiacritics(s.normalize('NFC')));
}

/** Province key as the writer stores it (slug of the canonical name): "ha noi", "TP Hà Nội" → "ha-noi". */
export function provinceKey(name: string): string {
  const known = provinceByName(name);
  if (known) return slugify(known.name);
  return slugify(foldKey(name).replace(/^(?:tinh|thanh pho|tp\.?|thu do)\s+/, ''));
}

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * A Lucene query in which every word of the user's text is required. Operators and special characters are
 * escaped, so user text is always matched literally. Returns null when no word remains.
 */
export function fullTextQuery(text: string): string | null {
  const words = squash(text.normalize('NFC'))
    .split(' ')
    .map((w) => w.replace(LUCENE_SPECIAL, '\\$&'))
    .filter((w) => w.length > 0 && !/^(?:AND|OR|NOT|TO)$/.test(w));
  if (words.length === 0) return null;
  return words.map((w) => `+${w}`).join(' ');
}
