/**
 * How the picture encodes the graph. Level: colour (Party red, State blue; central dark, provincial light)
 * and shape (central documents are rectangles, provincial ones rounded). Stubs (only cited, never ingested):
 * white fill, dashed border. Relations: a style per known relation, and a fallback palette for any value
 * the schema adds later (the list comes from the CitationRelation enum, not from this file).
 */
import type cytoscape from 'cytoscape';

export interface LevelStyle {
  label: string;
  color: string;
  shape: 'rectangle' | 'round-rectangle' | 'ellipse';
}

export const LEVELS: Record<string, LevelStyle> = {
  CENTRAL_PARTY: { label: 'Trung ương — Đảng', color: '#b71c1c', shape: 'rectangle' },
  CENTRAL_STATE: { label: 'Trung ương — Nhà nước', color: '#0d47a1', shape: 'rectangle' },
  PROVINCIAL_PARTY: { label: 'Tỉnh — Đảng', color: '#e57373', shape: 'round-rectangle' },
  PROVINCIAL_STATE: { label: 'Tỉnh — Nhà nước', color: '#64b5f6', shape: 'round-rectangle' },
};
export const UNKNOWN_LEVEL: LevelStyle = { label: 'Cấp chưa rõ', color: '#9e9e9e', shape: 'ellipse' };

export interface RelationStyle {
  color: string;
  line: 'solid' | 'dashed' | 'dotted';
  width: number;
}

const KNOWN_RELATIONS: Record<string, RelationStyle> = {
  IMPLEMENTS: { color: '#263238', line: 'solid', width: 2.5 },
  BASED_ON: { color: '#2e7d32', line: 'dashed', width: 1.5 },
  CITES: { color: '#9e9e9e', line: 'dotted', width: 1.2 },
  REPLACES: { color: '#6a1b9a', line: 'solid', width: 2 },
  AMENDS: { color: '#ef6c00', line: 'dashed', width: 2 },
};
const PALETTE = ['#00838f', '#ad1457', '#5d4037', '#827717', '#283593'];

export function relationStyle(name: string, index: number): RelationStyle {
  return KNOWN_RELATIONS[name] ?? { color: PALETTE[index % PALETTE.length], line: 'solid', width: 1.5 };
}

/** The Vietnamese term of an enum value: descriptions read "Triển khai / thực hiện — the citing…". */
export function relationLabel(name: string, description: string | null): string {
  const vi = description?.split(' — ')[0]?.trim();
  return vi && vi.length < 40 ? `${vi} (${name})` : name;
}

export function graphStyle(relations: string[]): cytoscape.StylesheetJson {
  const byLevel = Object.entries(LEVELS).map(([level, s]) => ({
    selector: `node[level = "${level}"]`,
    style: { 'background-color': s.color, 'border-color': s.color, shape: s.shape },
  }));
  const byRelation = relations.map((r, i) => {
    const s = relationStyle(r, i);
    return { selector: `edge[relation = "${r}"]`, style: { 'line-color': s.color, 'target-arrow-color': s.color, 'line-style': s.line, width: s.width } };
  });
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'background-color': UNKNOWN_LEVEL.color,
        shape: UNKNOWN_LEVEL.shape,
        'border-width': 2,
        'border-color': UNKNOWN_LEVEL.color,
        width: 'data(width)',
        height: 28,
        'font-size': 12,
        'font-family': 'system-ui, "DejaVu Sans", sans-serif',
        color: '#fff',
        'text-valign': 'center',
        'text-halign': 'center',
        'text-max-width': '180px',
        'text-wrap': 'ellipsis',
        'min-zoomed-font-size': 6,
      },
    },
    ...byLevel,
    { selector: 'node[?stub]', style: { 'background-color': '#fff', 'border-style': 'dashed', color: '#333' } },
    { selector: 'node[?root]', style: { 'border-width': 4, 'border-color': '#ffb300', 'font-weight': 'bold' } },
    { selector: 'node:selected', style: { 'border-color': '#ff6f00', 'border-width': 5, 'border-style': 'double', 'overlay-opacity': 0 } },
    {
      selector: 'edge',
      style: {
        'curve-style': 'bezier',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.9,
        width: 1.5,
        'line-color': '#888',
        'target-arrow-color': '#888',
        opacity: 0.85,
      },
    },
    ...byRelation,
    { selector: '.faded', style: { opacity: 0.12 } },
    { selector: 'edge.path', style: { 'line-color': '#ffb300', 'target-arrow-color': '#ffb300', width: 5, opacity: 1, 'z-index': 10 } },
    { selector: 'node.path', style: { 'border-color': '#ffb300', 'border-width': 5, opacity: 1 } },
    {
      selector: 'node.task',
      style: {
        shape: 'diamond',
        'background-color': '#ffb300',
        'border-color': '#ff6f00',
        width: 22,
        height: 22,
        padding: '0px',
        label: 'data(label)',
        color: '#333',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'font-size': 11,
      },
    },
    { selector: 'edge.task', style: { 'line-color': '#ffb300', 'target-arrow-color': '#ffb300', 'line-style': 'dashed', width: 3 } },
  ];
}
