/**
 * Task-level lineage: Task.counterparts / Task.localises (links computed at ingest by
 * src/graph/link-counterparts.ts) and coverage(of:). Every object comes through a per-request loader, so a
 * page of tasks with their counterparts costs the same round trips as one task.
 */
import { z } from 'zod';
import type { QueryResolvers, Resolvers } from '../generated/graphql';
import type { ApiContext } from '../context';
import { assembleCoverage, type CoverageInput } from '../coverage';
import { badInput } from '../errors';
import { provinceKey, symbolLookup } from '../lookup';
import type { CoverageResultRow, ProvinceRow, TaskMatchRow, TaskRow } from '../rows';
import { parseArg, SymbolSchema } from '../validate';
import { LINKING } from '../../graph/link-counterparts';

const MinScoreSchema = z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1');
const MAX_PROVINCES = 100;

/** One entry per other task: the strongest evidence's score, every distinct reason. */
export function mergeMatches(rows: TaskMatchRow[]): TaskMatchRow[] {
  const byId = new Map<string, TaskMatchRow>();
  for (const r of rows) {
    const seen = byId.get(r.id);
    if (!seen) byId.set(r.id, { ...r, basis: [...r.basis] });
    else byId.set(r.id, { id: r.id, score: Math.max(seen.score, r.score), basis: [...new Set([...seen.basis, ...r.basis])] });
  }
  return [...byId.values()].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}

async function withTasks(ctx: ApiContext, matches: TaskMatchRow[]) {
  const tasks = await ctx.loaders.taskById.loadMany(matches.map((m) => m.id));
  return matches.flatMap((m, i) => {
    const task = tasks[i];
    return task && !(task instanceof Error) ? [{ task, score: m.score, basis: m.basis }] : [];
  });
}

async function tasksOf(ctx: ApiContext, ids: string[]): Promise<TaskRow[]> {
  return (await ctx.loaders.taskById.loadMany(ids)).filter((t): t is TaskRow => !!t && !(t instanceof Error));
}

async function provincesOf(ctx: ApiContext, keys: string[]): Promise<ProvinceRow[]> {
  return (await ctx.loaders.provinceByKey.loadMany(keys)).filter((p): p is ProvinceRow => !!p && !(p instanceof Error));
}

export const taskLineageQuery: Pick<QueryResolvers, 'coverage'> = {
  coverage: async (_p, args, ctx) => {
    const of = parseArg(SymbolSchema, args.of, 'of');
    if (args.provinces && args.provinces.length > MAX_PROVINCES) throw badInput('provinces', `must list at most ${MAX_PROVINCES} provinces`);
    const provinces = args.provinces ? args.provinces.map((p, i) => provinceKey(parseArg(SymbolSchema, p, `provinces.${i}`))) : null;
    const doc = await ctx.loaders.documentBySymbol.load(symbolLookup(of));
    if (!doc) return null;
    const [row] = await ctx.graph.run('coverage', { id: doc.id, provinces, minScore: LINKING.defaultMinScore });
    const value = assembleCoverage((row as unknown as CoverageInput | undefined) ?? { programme: null, plans: [], central: [], tasks: [], links: [], localises: [] });
    return { documentId: doc.id, ...value };
  },
};

export const taskLineageTypes: Pick<Resolvers, 'TaskMatch' | 'Coverage' | 'CoverageRow' | 'ProvinceTasks'> & { Task: Record<string, unknown> } = {
  Task: {
    counterparts: async (t: TaskRow, args: { minScore?: number | null }, ctx: ApiContext) => {
      const min = args.minScore == null ? LINKING.defaultMinScore : parseArg(MinScoreSchema, args.minScore, 'minScore');
      const matches = mergeMatches(await ctx.loaders.taskCounterparts.load(t.id)).filter((m) => m.score >= min);
      return withTasks(ctx, matches);
    },
    localises: async (t: TaskRow, _a: unknown, ctx: ApiContext) => {
      const [best] = await ctx.loaders.taskLocalises.load(t.id);
      return best ? ((await withTasks(ctx, [best]))[0] ?? null) : null;
    },
  },
  TaskMatch: {},
  Coverage: {
    document: async (c: CoverageResultRow, _a, ctx) => (await ctx.loaders.documentById.load(c.documentId))!,
    rowsFrom: (c: CoverageResultRow) => (c.programme ? 'CENTRAL_TASKS' : 'COUNTERPART_CLUSTERS'),
    programme: (c: CoverageResultRow, _a, ctx) => (c.programme ? ctx.loaders.documentById.load(c.programme) : null),
    provinces: (c: CoverageResultRow, _a, ctx) => provincesOf(ctx, c.provinces),
    plans: async (c: CoverageResultRow, _a, ctx) => (await ctx.loaders.documentById.loadMany(c.plans)).filter((d) => !!d && !(d instanceof Error)) as never,
    rows: (c: CoverageResultRow) => c.rows,
    localTasks: (c: CoverageResultRow) => c.localTasks,
  },
  CoverageRow: {
    centralTask: (r, _a, ctx) => (r.centralTaskId ? ctx.loaders.taskById.load(r.centralTaskId) : null),
    label: async (r, _a, ctx) => (await ctx.loaders.taskById.load(r.labelTaskId))?.text ?? '',
    tasks: (r, _a, ctx) => tasksOf(ctx, r.taskIds),
    provinces: (r, _a, ctx) => provincesOf(ctx, r.provinces),
    missingProvinces: (r, _a, ctx) => provincesOf(ctx, r.missingProvinces),
  },
  ProvinceTasks: {
    province: async (p, _a, ctx) => (await ctx.loaders.provinceByKey.load(p.province))!,
    tasks: (p, _a, ctx) => tasksOf(ctx, p.taskIds),
  },
};
