/**
 * Assembles `coverage(of:)` from what cypher/queries/coverage.cypher returns: one row per central task (its
 * LOCALISES tasks), then one row per cluster of counterparts spanning two or more provinces among the tasks
 * that localise nothing (all tasks, when the central text is absent), then per province the tasks no other
 * province shares. Clusters are connected components of COUNTERPART_OF links at the default threshold.
 * Pure: no database.
 */

export interface CoverageInput {
  programme: string | null;
  plans: { id: string; province: string }[];
  central: string[];
  tasks: { id: string; documentId: string; province: string }[];
  links: { from: string; to: string; score: number }[];
  localises: { from: string; to: string; score: number }[];
}

export interface CoverageRowValue {
  centralTaskId: string | null;
  /** The task whose text labels a cluster row (its most connected member). */
  labelTaskId: string;
  taskIds: string[];
  provinces: string[];
  missingProvinces: string[];
}

export interface CoverageValue {
  programme: string | null;
  provinces: string[];
  plans: string[];
  rows: CoverageRowValue[];
  localTasks: { province: string; taskIds: string[] }[];
}

class UnionFind {
  private readonly parent = new Map<string, string>();
  find(x: string): string {
    let root = x;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    let cur = x;
    while (cur !== root) {
      const next = this.parent.get(cur) ?? root;
      this.parent.set(cur, root);
      cur = next;
    }
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
}

export function assembleCoverage(input: CoverageInput): CoverageValue {
  const provinces = [...new Set(input.plans.map((p) => p.province))].sort();
  const provinceOf = new Map(input.tasks.map((t) => [t.id, t.province]));
  const order = new Map(input.tasks.map((t, i) => [t.id, i]));
  const byOrder = (a: string, b: string) => (order.get(a) ?? 0) - (order.get(b) ?? 0);
  const spread = (taskIds: string[]) => {
    const have = [...new Set(taskIds.map((id) => provinceOf.get(id)!))].sort();
    return { provinces: have, missingProvinces: provinces.filter((p) => !have.includes(p)) };
  };

  const rows: CoverageRowValue[] = [];
  const localising = new Map<string, string[]>();
  for (const l of input.localises) localising.set(l.to, [...(localising.get(l.to) ?? []), l.from]);
  for (const c of input.central) {
    const taskIds = [...new Set(localising.get(c) ?? [])].sort(byOrder);
    rows.push({ centralTaskId: c, labelTaskId: c, taskIds, ...spread(taskIds) });
  }

  const localised = new Set(input.localises.map((l) => l.from));
  const free = input.tasks.filter((t) => !localised.has(t.id));
  const freeIds = new Set(free.map((t) => t.id));
  const uf = new UnionFind();
  const degree = new Map<string, number>();
  for (const l of input.links) {
    if (!freeIds.has(l.from) || !freeIds.has(l.to)) continue;
    uf.union(l.from, l.to);
    degree.set(l.from, (degree.get(l.from) ?? 0) + 1);
    degree.set(l.to, (degree.get(l.to) ?? 0) + 1);
  }
  const clusters = new Map<string, string[]>();
  for (const t of free) clusters.set(uf.find(t.id), [...(clusters.get(uf.find(t.id)) ?? []), t.id]);

  const local = new Map<string, string[]>();
  for (const members of clusters.values()) {
    const s = spread(members);
    if (s.provinces.length >= 2) {
      const label = [...members].sort((a, b) => (degree.get(b) ?? 0) - (degree.get(a) ?? 0) || byOrder(a, b))[0];
      rows.push({ centralTaskId: null, labelTaskId: label, taskIds: members.sort(byOrder), ...s });
    } else {
      for (const id of members) local.set(s.provinces[0], [...(local.get(s.provinces[0]) ?? []), id]);
    }
  }
  const firstOf = (r: CoverageRowValue) => (r.taskIds.length ? (order.get(r.taskIds[0]) ?? 0) : Infinity);
  const centralRows = rows.filter((r) => r.centralTaskId);
  const clusterRows = rows.filter((r) => !r.centralTaskId).sort((a, b) => firstOf(a) - firstOf(b));
  return {
    programme: input.programme,
    provinces,
    plans: input.plans.map((p) => p.id),
    rows: [...centralRows, ...clusterRows],
    localTasks: provinces.map((p) => ({ province: p, taskIds: (local.get(p) ?? []).sort(byOrder) })),
  };
}
