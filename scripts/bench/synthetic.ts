/**
 * Synthetic scale-up for the benchmark: many provinces' plans generated from the corpus's own shapes.
 * Each synthetic plan copies a real extraction (its sections, tasks with their agencies, deadlines and
 * citations, its indicators and its lineage edges) and moves it to another province under a new symbol, so
 * the graph grows the way it would with more provinces implementing the same resolutions.
 */
import crypto from 'node:crypto';
import { PROVINCES } from '../../src/ingest/provinces';
import type { Extraction } from '../../src/ingest/model';
import { foldDiacritics, slugify } from '../../src/ingest/text';

/** `count` new extractions cycling through the templates and the provinces, numbered from `offset`. */
export function synthesize(templates: Extraction[], count: number, offset = 0): Extraction[] {
  const provinces = PROVINCES.map((p) => p.name);
  const out: Extraction[] = [];
  for (let i = offset; i < offset + count; i++) {
    const t = templates[i % templates.length];
    const province = provinces[i % provinces.length];
    const symbol = `${9000 + i}/KH-UBND`;
    const rekey = (a: Extraction['agencies'][number]) =>
      a.province ? { ...a, province, key: `${slugify(province)}:${foldDiacritics(a.name)}` } : a;
    const agencies = t.agencies.map(rekey);
    // Shift dated deadlines by whole years so provinces do not all share the same dates.
    const shift = (iso: string | null) => (iso ? `${Number(iso.slice(0, 4)) + (i % 3)}${iso.slice(4)}` : iso);
    const safeShift = (iso: string | null) => {
      const s = shift(iso);
      return s && s.endsWith('-02-29') ? `${s.slice(0, 8)}28` : s;
    };
    out.push({
      ...t,
      source: { ...t.source, path: `synthetic/${slugify(province)}/${9000 + i}.txt`, sha256: crypto.createHash('sha256').update(`synthetic:${i}:${t.source.sha256}`).digest('hex') },
      documentId: symbol,
      document: { ...t.document, symbol, number: String(9000 + i), province, issuer: `UBND ${province}`, level: 'PROVINCIAL_STATE', kind: 'KE_HOACH', kindVi: 'Kế hoạch', missing: [] },
      citations: t.citations.filter((c) => c.symbol !== symbol),
      agencies,
      tasks: t.tasks.map((task) => ({
        ...task,
        deadline: task.deadline ? { ...task.deadline, start: safeShift(task.deadline.start), end: safeShift(task.deadline.end) } : null,
      })),
    });
  }
  return out;
}
