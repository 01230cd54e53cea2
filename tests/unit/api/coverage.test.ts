import { assembleCoverage } from '../../../src/api/coverage';

const tasks = [
  { id: 'hn#1', documentId: 'hn', province: 'ha-noi' },
  { id: 'hn#2', documentId: 'hn', province: 'ha-noi' },
  { id: 'ct#1', documentId: 'ct', province: 'can-tho' },
  { id: 'ct#2', documentId: 'ct', province: 'can-tho' },
  { id: 'ht#1', documentId: 'ht', province: 'ha-tinh' },
  { id: 'ht#2', documentId: 'ht', province: 'ha-tinh' },
];
const plans = [
  { id: 'hn', province: 'ha-noi' },
  { id: 'ct', province: 'can-tho' },
  { id: 'ht', province: 'ha-tinh' },
];

describe('coverage rows (assembleCoverage)', () => {
  it('without a central table: one row per cluster of counterparts across provinces, the rest local to their province', () => {
    const c = assembleCoverage({
      programme: null, plans, central: [], tasks,
      links: [{ from: 'ct#1', to: 'hn#1', score: 0.8 }, { from: 'ht#1', to: 'ct#1', score: 0.7 }, { from: 'ht#2', to: 'hn#2', score: 0.6 }],
      localises: [],
    });
    expect(c.rows.map((r) => [r.taskIds, r.provinces, r.missingProvinces])).toEqual([
      [['hn#1', 'ct#1', 'ht#1'], ['can-tho', 'ha-noi', 'ha-tinh'], []],
      [['hn#2', 'ht#2'], ['ha-noi', 'ha-tinh'], ['can-tho']],
    ]);
    expect(c.rows[0].labelTaskId).toBe('ct#1');
    expect(c.localTasks).toEqual([
      { province: 'can-tho', taskIds: ['ct#2'] },
      { province: 'ha-noi', taskIds: [] },
      { province: 'ha-tinh', taskIds: [] },
    ]);
  });

  it('with a central table: one row per central task, including those nobody took up', () => {
    const c = assembleCoverage({
      programme: 'cp', plans, central: ['cp#1', 'cp#2'], tasks, links: [],
      localises: [{ from: 'hn#1', to: 'cp#1', score: 0.9 }, { from: 'ht#1', to: 'cp#1', score: 0.8 }],
    });
    expect(c.rows.map((r) => [r.centralTaskId, r.taskIds, r.missingProvinces])).toEqual([
      ['cp#1', ['hn#1', 'ht#1'], ['can-tho']],
      ['cp#2', [], ['can-tho', 'ha-noi', 'ha-tinh']],
    ]);
    expect(c.localTasks.find((l) => l.province === 'ha-noi')!.taskIds).toEqual(['hn#2']);
  });
});
