/**
 * Folds ranks that dagre laid out far wider than the screen. A resolution implemented by hundreds of
 * provincial plans puts them all on one rank: drawn in one row the overview is a thin line. A rank wider
 * than FOLD_FACTOR screens is cut, in dagre's own order (which keeps siblings together and crossings low),
 * into rows that give the block the screen's aspect (or packed into one row when that is enough); the ranks
 * below move down to make room. dagre still
 * decides ranks, order and spacing; this only wraps a row that would not fit.
 */
import type cytoscape from 'cytoscape';

const FOLD_FACTOR = 2.5;
const ROW_GAP = 18;
const COLUMN_GAP = 14;

export function foldWideRanks(cy: cytoscape.Core, viewport: { width: number; height: number }): number {
  const ranks = new Map<number, cytoscape.NodeSingular[]>();
  cy.nodes('.doc').forEach((n) => {
    const y = Math.round(n.position('y'));
    const rank = ranks.get(y);
    if (rank) rank.push(n);
    else ranks.set(y, [n]);
  });
  let shift = 0;
  let folded = 0;
  for (const y of [...ranks.keys()].sort((a, b) => a - b)) {
    const rank = ranks.get(y)!.sort((a, b) => a.position('x') - b.position('x'));
    for (const n of rank) n.position('y', n.position('y') + shift);
    const left = rank[0].position('x') - rank[0].width() / 2;
    const last = rank[rank.length - 1];
    const width = last.position('x') + last.width() / 2 - left;
    const limit = FOLD_FACTOR * viewport.width;
    if (width <= limit) continue;
    // Packed side by side, the rank may fit in one row (dagre spread it to sit above a wide rank below).
    const cell = rank.reduce((sum, n) => sum + n.width(), 0) / rank.length + COLUMN_GAP;
    const rowHeight = Math.max(...rank.map((n) => n.height())) + ROW_GAP;
    // Otherwise columns × cell : rows × rowHeight ≈ the screen's aspect.
    const columns = cell * rank.length <= limit ? rank.length : Math.max(1, Math.ceil(Math.sqrt((rank.length * rowHeight * viewport.width) / (cell * viewport.height))));
    const rows = Math.ceil(rank.length / columns);
    const centre = left + width / 2;
    for (let r = 0; r < rows; r++) {
      const row = rank.slice(r * columns, (r + 1) * columns);
      const rowWidth = row.reduce((s, n) => s + n.width(), 0) + COLUMN_GAP * (row.length - 1);
      let x = centre - rowWidth / 2;
      for (const n of row) {
        n.position({ x: x + n.width() / 2, y: n.position('y') + r * rowHeight });
        x += n.width() + COLUMN_GAP;
      }
    }
    shift += (rows - 1) * rowHeight;
    folded++;
  }
  return folded;
}
