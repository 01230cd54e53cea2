/**
 * The lineage view (/explorer/lineage): a document's lineage drawn as a hierarchy (cytoscape.js with the
 * dagre layered layout), from the public GraphQL API only. Click a document for its metadata, its task count
 * per lead agency and its tasks; click a task for its derivation path up to the root, drawn on the graph.
 */
import cytoscape from 'cytoscape';
import dagre from 'cytoscape-dagre';
import {
  DERIVATION_QUERY,
  DOCUMENT_QUERY,
  exportUrl,
  gql,
  LINEAGE_QUERY,
  RELATIONS_QUERY,
  TASK_PAGE_QUERY,
  type DerivationData,
  type DocumentData,
  type LineageData,
  type Relation,
  type TaskItem,
  type TaskPage,
} from './api';
import { byId, fill, h } from './dom';
import { foldWideRanks } from './fold';
import { graphStyle, LEVELS, relationLabel, relationStyle, UNKNOWN_LEVEL } from './styles';

cytoscape.use(dagre);

const TASKS_PER_PAGE = 25;
const LEVEL_VI: Record<string, string> = Object.fromEntries(Object.entries(LEVELS).map(([k, v]) => [k, v.label]));

const form = byId<HTMLFormElement>('controls');
const symbolInput = byId<HTMLInputElement>('symbol');
const directionSelect = byId<HTMLSelectElement>('direction');
const depthSelect = byId<HTMLSelectElement>('depth');
const relationsBox = byId<HTMLElement>('relations');
const statusLine = byId<HTMLElement>('status');
const panel = byId<HTMLElement>('panel');
const legend = byId<HTMLElement>('legend');
const rootLinks = byId<HTMLElement>('root-links');

let relations: Relation[] = [];
let root: NonNullable<LineageData['lineage']>['root'] | null = null;
/** The document whose panel is open (to come back to it from a task). */
let openDocument: { id: string; key: string } | null = null;

const cy = cytoscape({
  container: byId('graph'),
  style: graphStyle([]),
  minZoom: 0.05,
  maxZoom: 3,
  // Large graphs: draw a cached texture while panning and zooming.
  textureOnViewport: true,
  hideEdgesOnViewport: true,
  boxSelectionEnabled: false,
});
// For the console (and the browser test): the cytoscape instance.
(window as unknown as { lineageView: unknown }).lineageView = { cy };

/** Node width from its label (cytoscape's width: 'label' is deprecated); labels are ellipsised at 180 px. */
function labelWidth(label: string): number {
  return Math.min(196, Math.max(56, label.length * 7.2 + 18));
}

function setStatus(text: string, kind: 'info' | 'error' = 'info'): void {
  statusLine.textContent = text;
  statusLine.className = kind;
}

function docName(d: { symbol: string | null; kindVi: string | null; title: string | null }): string {
  if (d.symbol) return `${d.kindVi ?? 'Văn bản'} ${d.symbol}`;
  return `${d.kindVi ?? 'Văn bản'} “${(d.title ?? '').slice(0, 80)}”`;
}

function exportLinks(filter: Record<string, unknown>, what: string): HTMLElement {
  return h(
    'p',
    { class: 'exports' },
    `Tải ${what}: `,
    h('a', { href: exportUrl('csv', filter), download: '', 'data-export': 'csv' }, 'CSV'),
    ' · ',
    h('a', { href: exportUrl('xlsx', filter), download: '', 'data-export': 'xlsx' }, 'Excel (XLSX)'),
  );
}

// ---- controls and legend -------------------------------------------------------------------------------

function renderRelations(selected: Set<string> | null): void {
  relationsBox.replaceChildren(
    ...relations.map((r, i) => {
      const s = relationStyle(r.name, i);
      const box = h('input', { type: 'checkbox', name: 'relation', value: r.name });
      box.checked = selected === null || selected.has(r.name);
      const swatch = h('span', { class: 'swatch-line', style: `border-top: 3px ${s.line} ${s.color}` });
      return h('label', { title: r.description ?? r.name }, box, swatch, relationLabel(r.name, r.description));
    }),
  );
}

function renderLegend(): void {
  const levels = [...Object.values(LEVELS), UNKNOWN_LEVEL].map((l) =>
    h('li', {}, h('span', { class: `swatch ${l.shape}`, style: `background:${l.color}` }), l.label),
  );
  levels.push(h('li', {}, h('span', { class: 'swatch stub' }), 'Chỉ được trích dẫn (chưa nạp)'));
  levels.push(h('li', {}, h('span', { class: 'swatch root' }), 'Văn bản gốc'));
  legend.replaceChildren(h('strong', {}, 'Chú giải:'), h('ul', {}, ...levels), h('span', { class: 'hint' }, 'Mũi tên: văn bản triển khai / trích dẫn → văn bản được triển khai / trích dẫn.'));
}

function selectedRelations(): string[] {
  return [...relationsBox.querySelectorAll<HTMLInputElement>('input[name=relation]:checked')].map((b) => b.value);
}

// ---- the lineage graph -----------------------------------------------------------------------------------

async function draw(): Promise<void> {
  const symbol = symbolInput.value.trim();
  if (!symbol) return setStatus('Nhập ký hiệu văn bản, ví dụ 59-NQ/TW.', 'error');
  const chosen = selectedRelations();
  if (chosen.length === 0 && relations.length > 0) return setStatus('Chọn ít nhất một loại quan hệ.', 'error');
  const direction = directionSelect.value;
  const depth = Number(depthSelect.value);
  setStatus(`Đang tải phả hệ của ${symbol}…`);
  const started = performance.now();
  let data: LineageData;
  try {
    data = await gql<LineageData>(LINEAGE_QUERY, { symbol, direction, depth, relations: chosen.length === relations.length ? null : chosen });
  } catch (err) {
    return setStatus(`Lỗi: ${(err as Error).message}`, 'error');
  }
  const url = new URL(location.href);
  url.searchParams.set('symbol', symbol);
  url.searchParams.set('direction', direction);
  url.searchParams.set('depth', String(depth));
  if (chosen.length === relations.length) url.searchParams.delete('relations');
  else url.searchParams.set('relations', chosen.join(','));
  history.replaceState(null, '', url);

  const lineage = data.lineage;
  cy.elements().remove();
  fill(panel, h('p', { class: 'hint' }, 'Chọn một văn bản trên sơ đồ để xem thông tin và nhiệm vụ.'));
  openDocument = null;
  if (!lineage) {
    root = null;
    rootLinks.replaceChildren();
    return setStatus(`Không tìm thấy văn bản “${symbol}”.`, 'error');
  }
  root = lineage.root;
  const fetched = performance.now();
  cy.add([
    ...lineage.nodes.map((n) => ({
      group: 'nodes' as const,
      classes: 'doc',
      data: { id: n.id, key: n.document.key, label: n.label, width: labelWidth(n.label), level: n.document.level ?? 'UNKNOWN', stub: n.stub, root: n.distance === 0, distance: n.distance, title: n.document.title ?? '' },
    })),
    ...lineage.edges.map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target, relation: e.relation } })),
  ]);
  layout();
  const rootNode = cy.getElementById(lineage.root.id);
  rootNode.select();
  const drawn = performance.now();
  setStatus(
    `${docName(lineage.root)}: ${lineage.nodes.length} văn bản, ${lineage.edges.length} quan hệ ` +
      `(tải ${Math.round(fetched - started)} ms, vẽ ${Math.round(drawn - fetched)} ms).`,
  );
  rootLinks.replaceChildren(exportLinks({ derivesFrom: lineage.root.symbol ?? lineage.root.key }, `mọi nhiệm vụ xuất phát từ ${lineage.root.symbol ?? 'văn bản gốc'}`));
  document.body.dataset.nodes = String(lineage.nodes.length);
  document.body.dataset.edges = String(lineage.edges.length);
  await showDocument(lineage.root.id, lineage.root.key);
}

/**
 * Ranks bottom-to-top with dagre: an edge goes from the implementing (lower) document up to the one it
 * implements. Mere mentions (CITES) between documents that are already placed by a hierarchy relation are
 * left out of the ranking (they are still drawn): two provincial plans citing each other are peers, and a
 * chain of such mentions would otherwise stack hundreds of peers into as many ranks. Ranks too wide for any
 * screen are then folded into rows (./fold.ts).
 */
function layout(): void {
  const hierarchical = (n: cytoscape.NodeSingular) => n.connectedEdges('[relation != "CITES"]').nonempty();
  const mentions = cy.edges('[relation = "CITES"]').filter((e) => hierarchical(e.source()) && hierarchical(e.target()));
  cy.elements()
    .not(mentions)
    .layout({ name: 'dagre', rankDir: 'BT', nodeSep: 14, rankSep: 80, edgeSep: 8, animate: false, fit: false } as cytoscape.LayoutOptions)
    .run();
  foldWideRanks(cy, { width: cy.width(), height: cy.height() });
  cy.fit(undefined, 24);
}

function clearHighlight(): void {
  cy.remove('.task');
  cy.elements().removeClass('faded path');
}

// ---- the document panel --------------------------------------------------------------------------------

function taskButton(t: TaskItem): HTMLElement {
  const b = h(
    'button',
    { type: 'button', class: 'task', 'data-task-id': t.id },
    h('span', { class: 'ordinal' }, t.ordinal ?? '•'),
    ' ',
    t.text.length > 160 ? `${t.text.slice(0, 157)}…` : t.text,
    h('small', {}, [t.leadAgencies.map((a) => a.name).join(', ') || 'chưa rõ cơ quan chủ trì', t.deadline?.raw].filter(Boolean).join(' · ')),
  );
  b.addEventListener('click', () => void showDerivation(t.id));
  return b;
}

function taskList(key: string, page: TaskPage): HTMLElement {
  const list = h('div', { class: 'tasks' }, ...page.nodes.map(taskButton));
  let cursor = page.pageInfo.endCursor;
  if (page.pageInfo.hasNextPage) {
    const more = h('button', { type: 'button', class: 'more' }, `Xem thêm (${page.totalCount - page.nodes.length} nhiệm vụ nữa)`);
    let shown = page.nodes.length;
    more.addEventListener('click', async () => {
      more.disabled = true;
      const next = (await gql<{ tasks: TaskPage }>(TASK_PAGE_QUERY, { key, first: TASKS_PER_PAGE, after: cursor })).tasks;
      for (const t of next.nodes) more.before(taskButton(t));
      shown += next.nodes.length;
      cursor = next.pageInfo.endCursor;
      more.disabled = false;
      if (!next.pageInfo.hasNextPage) more.remove();
      else more.textContent = `Xem thêm (${page.totalCount - shown} nhiệm vụ nữa)`;
    });
    list.append(more);
  }
  return list;
}

function field(label: string, value: string | null | undefined): HTMLElement[] {
  return value ? [h('dt', {}, label), h('dd', {}, value)] : [];
}

async function showDocument(id: string, key: string): Promise<void> {
  clearHighlight();
  cy.elements().unselect();
  cy.getElementById(id).select();
  openDocument = { id, key };
  fill(panel, h('p', { class: 'hint' }, 'Đang tải…'));
  let data: DocumentData;
  try {
    data = await gql<DocumentData>(DOCUMENT_QUERY, { id, key, first: TASKS_PER_PAGE });
  } catch (err) {
    fill(panel, h('p', { class: 'error' }, `Lỗi: ${(err as Error).message}`));
    return;
  }
  const d = data.document;
  if (!d) {
    fill(panel, h('p', { class: 'error' }, 'Văn bản không còn trong đồ thị.'));
    return;
  }
  const max = Math.max(1, ...data.taskCounts.groups.map((g) => g.count));
  const counts = data.taskCounts.groups.length
    ? h(
        'table',
        { class: 'counts' },
        h('thead', {}, h('tr', {}, h('th', {}, 'Cơ quan chủ trì'), h('th', {}, 'Số nhiệm vụ'))),
        h(
          'tbody',
          {},
          ...data.taskCounts.groups.map((g) =>
            h(
              'tr',
              {},
              h('td', {}, g.label ?? 'Chưa rõ'),
              h('td', {}, h('span', { class: 'bar', style: `width:${Math.round((60 * g.count) / max)}px` }), String(g.count)),
            ),
          ),
        ),
      )
    : null;
  const isRoot = root?.id === d.id;
  const asRoot = h('button', { type: 'button', class: 'link' }, 'Vẽ phả hệ từ văn bản này');
  asRoot.addEventListener('click', () => {
    symbolInput.value = d.symbol ?? d.key;
    void draw();
  });
  fill(panel, 
    h('h2', { 'data-document': d.key }, docName(d), d.stub ? h('span', { class: 'badge' }, 'chỉ được trích dẫn') : null),
    h(
      'dl',
      {},
      ...field('Trích yếu', d.title),
      ...field('Cơ quan ban hành', d.issuer),
      ...field('Cấp ban hành', d.level ? (LEVEL_VI[d.level] ?? d.level) : null),
      ...field('Ngày ban hành', d.issuedOn),
      ...field('Tỉnh/thành phố', d.province?.name),
      ...field('Người ký', d.signer),
      ...field('Tệp nguồn', d.sourcePath),
      ...field('Trường thiếu', d.missing.length ? d.missing.join(', ') : null),
    ),
    isRoot ? null : asRoot,
    d.stub
      ? h('p', { class: 'hint' }, 'Văn bản này chỉ được các văn bản khác trích dẫn; nội dung và nhiệm vụ của nó chưa được nạp.')
      : h('div', {}, h('h3', {}, `Nhiệm vụ theo cơ quan chủ trì (${data.taskCounts.total} nhiệm vụ)`), counts ?? h('p', { class: 'hint' }, 'Không có nhiệm vụ.')),
    d.stub || data.tasks.totalCount === 0
      ? null
      : h(
          'div',
          { id: 'document-tasks' },
          h('h3', {}, `Nhiệm vụ của văn bản (${data.tasks.totalCount})`),
          h('p', { class: 'hint' }, 'Chọn một nhiệm vụ để xem đường xuất phát của nó tới văn bản gốc.'),
          exportLinks({ documentSymbol: d.key }, 'nhiệm vụ của văn bản này'),
          taskList(d.key, data.tasks),
        ),
  );
}

// ---- a task's derivation -----------------------------------------------------------------------------------

async function showDerivation(taskId: string): Promise<void> {
  if (!root) return;
  const from = root.symbol ?? root.key;
  fill(panel, h('p', { class: 'hint' }, 'Đang tải…'));
  let data: DerivationData;
  try {
    data = await gql<DerivationData>(DERIVATION_QUERY, { id: taskId, from });
  } catch (err) {
    fill(panel, h('p', { class: 'error' }, `Lỗi: ${(err as Error).message}`));
    return;
  }
  const t = data.node;
  if (!t) return;
  clearHighlight();
  const back = h('button', { type: 'button', class: 'link' }, `← ${docName(t.document)}`);
  back.addEventListener('click', () => openDocument && void showDocument(openDocument.id, openDocument.key));
  const d = t.derivation;
  const details = h(
    'dl',
    {},
    ...field('Cơ quan chủ trì', t.leadAgencies.map((a) => a.name).join(', ')),
    ...field('Cơ quan phối hợp', t.coordinatingAgencies.map((a) => a.name).join(', ')),
    ...field('Thời hạn', t.deadline?.raw),
  );
  let path: HTMLElement;
  if (!d) {
    path = h('p', { class: 'error' }, `Nhiệm vụ này không xuất phát từ ${docName(root)}.`);
  } else {
    // Draw the task beside its document, and the derivation path from it up to the root.
    const taskNode = cy.add({ group: 'nodes', classes: 'task', data: { id: `task:${t.id}`, label: `Nhiệm vụ ${t.ordinal ?? ''}`.trim() } });
    const docNode = cy.getElementById(t.document.id);
    const onPath = cy.collection().union(taskNode);
    if (docNode.nonempty()) {
      const p = docNode.position();
      taskNode.position({ x: p.x + Math.max(60, docNode.width() / 2 + 30), y: p.y + 40 });
      onPath.merge(cy.add({ group: 'edges', classes: 'task', data: { id: `task-edge:${t.id}`, source: taskNode.id(), target: docNode.id(), relation: 'TASK' } }));
    }
    for (const doc of d.chain) onPath.merge(cy.getElementById(doc.id));
    for (const e of d.edges) onPath.merge(cy.getElementById(e.id));
    if (d.kind === 'CITATION' && docNode.nonempty()) {
      // The task names the root itself: the path is the task's own citation of it.
      const citation = cy.edges(`[source = "${docNode.id()}"][target = "${root.id}"]`);
      onPath.merge(citation.nonempty() ? citation : cy.add({ group: 'edges', classes: 'task', data: { id: `task-cite:${t.id}`, source: taskNode.id(), target: root.id, relation: 'TASK' } }));
    }
    onPath.merge(cy.getElementById(root.id));
    cy.elements().not(onPath).addClass('faded');
    onPath.addClass('path');
    cy.fit(onPath, 60);
    const missing = d.chain.filter((doc) => cy.getElementById(doc.id).empty());
    path = h(
      'div',
      { id: 'derivation' },
      h('p', { class: 'explanation' }, d.explanation),
      h(
        'ol',
        { class: 'chain' },
        ...d.chain.map((doc, i) => h('li', { 'data-document-id': doc.id }, docName(doc), i < d.edges.length ? h('small', {}, ` → ${d.edges[i].relation}`) : null)),
      ),
      missing.length ? h('p', { class: 'hint' }, `${missing.length} văn bản trên đường này nằm ngoài độ sâu đã vẽ.`) : null,
    );
  }
  fill(panel, back, h('h2', { 'data-task': t.id }, `Nhiệm vụ ${t.ordinal ?? ''}`.trim()), h('h3', {}, `Đường xuất phát tới ${docName(root)}`), path, h('h3', {}, 'Nội dung'), h('p', { class: 'task-text' }, t.text), details);
}

// ---- start -----------------------------------------------------------------------------------------------

cy.on('tap', 'node.doc', (e) => void showDocument(e.target.id(), e.target.data('key')));
cy.on('tap', (e) => {
  if (e.target === cy) clearHighlight();
});
form.addEventListener('submit', (e) => {
  e.preventDefault();
  void draw();
});

async function start(): Promise<void> {
  const params = new URLSearchParams(location.search);
  symbolInput.value = params.get('symbol') ?? '59-NQ/TW';
  if (params.get('direction')) directionSelect.value = params.get('direction')!.toUpperCase();
  if (params.get('depth')) depthSelect.value = params.get('depth')!;
  try {
    const data = await gql<{ __type: { enumValues: Relation[] } | null }>(RELATIONS_QUERY);
    relations = data.__type?.enumValues ?? [];
  } catch {
    // A server without introspection: draw every relation, without filters.
    relations = [];
  }
  const wanted = params.get('relations');
  renderRelations(wanted ? new Set(wanted.split(',').map((r) => r.trim().toUpperCase())) : null);
  cy.style(graphStyle(relations.map((r) => r.name)));
  renderLegend();
  await draw();
  document.body.dataset.ready = 'true';
}

void start();
