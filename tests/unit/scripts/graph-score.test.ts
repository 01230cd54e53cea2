/**
 * The graph scorer's identity rules (scripts/graph-score.ts), which decide in scripts/measure-graph-families.ts
 * whether a keyed file or a dated citation sits on its own real document's node. These test the scorer, not the
 * extractor or the graph writer: no figure of any set is asserted here.
 */
import { citedVerdict, citesLater, nodeVerdict, takenOver, type GraphNode } from '../../../scripts/graph-score';

const node = (facts: Partial<GraphNode>): GraphNode => ({
  id: '26-NQ/TW',
  symbolKey: '26NQTW',
  stub: false,
  level: 'CENTRAL_PARTY',
  sourcePath: null,
  issuedOn: null,
  provinces: [],
  ...facts,
});

describe('a keyed file on its node', () => {
  const keyed: Record<string, string | null> = { 'copy-dated.txt': '2022-11-03', 'copy-undated.txt': null, 'other-term.txt': '2008-08-05' };
  const dateOf = (b: string): string | null | undefined => keyed[b];

  it('is on its own document when it wrote the node, or the node holds its date', () => {
    expect(nodeVerdict('2022-11-03', 'copy-dated.txt', node({ sourcePath: 'x/copy-dated.txt', issuedOn: '2000-01-01' }), dateOf)).toBe('same');
    expect(nodeVerdict('2022-11-03', 'portal.txt', node({ sourcePath: 'x/copy-dated.txt', issuedOn: '2022-11-03' }), dateOf)).toBe('same');
  });

  it('a dateless copy of the same document written over it loses the date, not the identity', () => {
    expect(nodeVerdict('2022-11-03', 'portal.txt', node({ sourcePath: 'x/copy-undated.txt' }), dateOf)).toBe('date lost');
  });

  it('a node holding another date, or last written by a file keyed with another date, holds two documents', () => {
    expect(nodeVerdict('2022-11-03', 'portal.txt', node({ sourcePath: 'x/other-term.txt', issuedOn: '2008-08-05' }), dateOf)).toBe('two documents');
    expect(nodeVerdict('2022-11-03', 'portal.txt', node({ sourcePath: 'x/other-term.txt' }), dateOf)).toBe('two documents');
  });
});

describe('a citation keyed with the cited document\'s date', () => {
  it('is right on a node of that date, or an undated node no file of another date sits on', () => {
    expect(citedVerdict('2008-08-05', [node({ issuedOn: '2008-08-05' })], () => [])).toBe('right');
    expect(citedVerdict('2008-08-05', [node({})], () => [])).toBe('right');
  });

  it('is wrong on the node of another document of its symbol, dated or keyed otherwise', () => {
    expect(citedVerdict('2008-08-05', [node({ issuedOn: '2022-11-03' })], () => [])).toBe('wrong document');
    expect(citedVerdict('2008-08-05', [node({})], () => ['2022-11-03'])).toBe('wrong document');
  });

  it('is not linked when the citing node has no edge to its symbol', () => {
    expect(citedVerdict('2008-08-05', [], () => [])).toBe('not linked');
  });
});

describe('documents citing a later one', () => {
  it('only edges whose both ends are dated and the target later', () => {
    const edges = [
      { type: 'BASED_ON', from: '4967/QĐ-UBND', fromOn: '2012-12-08', to: '26-NQ/TW', toOn: '2022-11-03' },
      { type: 'IMPLEMENTS', from: '111/NQ-CP', fromOn: '2024-07-22', to: '29-NQ/TW', toOn: '2022-11-17' },
      { type: 'CITES', from: 'doc:1', fromOn: null, to: '29-NQ/TW', toOn: '2022-11-17' },
    ];
    expect(citesLater(edges).map((e) => e.from)).toEqual(['4967/QĐ-UBND']);
  });
});

describe('a file on no node of its own', () => {
  it('sits on a node another file took over when its id names a node written from that file', () => {
    expect(takenOver('cand-news.txt', node({ id: 'doc:1', symbolKey: null, sourcePath: 'x/kinhtedothi-news.txt' }))).toBe(true);
    expect(takenOver('cand-news.txt', node({ id: 'doc:1', symbolKey: null, sourcePath: 'x/cand-news.txt' }))).toBe(false);
    expect(takenOver('cand-news.txt', node({ id: 'doc:1', stub: true }))).toBe(false);
    expect(takenOver('cand-news.txt', undefined)).toBe(false);
  });
});
