import { fullTextQuery, provinceKey, symbolLookup } from '../../../src/api/lookup';
import { fromGlobalId, fromListCursor, toGlobalId, toListCursor } from '../../../src/api/ids';
import { query, queryNames } from '../../../src/api/cypher';

describe('symbol lookup tolerant of spacing, "số" and a kind word', () => {
  it.each(['57-NQ/TW', '57/NQ-TW', 'Nghị quyết số 57-NQ/TW', ' 57 - NQ/TW '])('%p is the exact key 57NQTW', (s) => {
    expect(symbolLookup(s)).toMatchObject({ symbolKey: '57NQTW', prefix: null });
  });
  it('"nghị quyết 57" is a prefix lookup that cannot match Kết luận 57-KL/TW', () => {
    expect(symbolLookup('nghị quyết 57')).toMatchObject({ symbolKey: null, prefix: '57NQ', number: '57', kind: 'NGHI_QUYET' });
  });
});

describe('province names without diacritics', () => {
  it.each([['ha noi', 'ha-noi'], ['Hà Nội', 'ha-noi'], ['TP Hà Nội', 'ha-noi'], ['thành phố Cần Thơ', 'can-tho'], ['HA TINH', 'ha-tinh']])('%p → %p', (input, key) => {
    expect(provinceKey(input)).toBe(key);
  });
});

describe('full-text queries are literal', () => {
  it('requires every word and escapes Lucene syntax', () => {
    expect(fullTextQuery('chuyển đổi số')).toBe('+chuyển +đổi +số');
    expect(fullTextQuery('57-NQ/TW OR *')).toBe('+57\\-NQ\\/TW +\\*');
    expect(fullTextQuery('   ')).toBeNull();
  });
});

describe('global ids and cursors are opaque and checked', () => {
  it('round-trips', () => {
    expect(fromGlobalId(toGlobalId('Task', '35/KH-UBND#t3'))).toEqual({ type: 'Task', key: '35/KH-UBND#t3' });
    expect(fromListCursor(toListCursor('documents:SYMBOL', [0, '57-NQ/TW', '57-NQ/TW']), 'documents:SYMBOL')).toEqual([0, '57-NQ/TW', '57-NQ/TW']);
  });
  it('refuses forgeries, naming the argument', () => {
    expect(() => fromGlobalId(Buffer.from('Secret:x').toString('base64url'))).toThrow(/"id"/);
    expect(() => fromListCursor('!!', 'agencies', 'after')).toThrow(/"after"/);
    expect(() => fromListCursor(Buffer.from('o1:41').toString('base64url'), 'agencies')).toThrow(/not a cursor/);
    expect(() => fromListCursor(Buffer.from('k2:["agencies",[{"x":1}]]').toString('base64url'), 'agencies')).toThrow(/not a cursor/);
    // A cursor of one list is refused by another, naming the list it belongs to.
    expect(() => fromListCursor(toListCursor('agencies', ['bo tai chinh', 'bo-tai-chinh']), 'provinces')).toThrow(/another list \(agencies\)/);
  });
});

describe('named queries', () => {
  it('every query loads with its fragments spliced and takes user values only as parameters', () => {
    for (const name of queryNames()) {
      const text = query(name);
      expect(text).not.toMatch(/\{\{|\bVAR\b/);
      expect(text.length).toBeGreaterThan(10);
    }
    expect(queryNames()).toEqual(expect.arrayContaining(['tasks.page', 'lineage', 'search', 'task.derivation']));
  });
});
