/**
 * Document families read by their own small modules (remark's syntax extensions are the model): a Party
 * resolution's objectives with inline targets, a central plan's per-unit assignment blocks, … Each reader
 * looks at the normalised lines (and what the generic stages read: metadata, section tree) and emits the
 * same nodes the generic readers emit, with spans; a reader whose family the document is not emits nothing.
 * The list of readers is in pipeline.ts; this module holds their contract and how their output is merged.
 * Complexity: merging is linear in the tasks (claims are indexed once, text.ts `insideAny`, not scanned per task).
 */
import type { RawIndicator } from './indicators';
import type { DocumentMeta, NormalisedLine, Section } from './model';
import type { RawTask } from './tasks';
import { insideAny } from './text';

export interface FamilyInput {
  /** Normalised non-blank lines (what the generic task reader sees). */
  lines: readonly NormalisedLine[];
  document: DocumentMeta;
  sections: readonly Section[];
  /** What the generic readers found: a reader may refine it, or stand back where it already holds. */
  generic: { tasks: readonly RawTask[]; indicators: readonly RawIndicator[] };
}

/** Lines (1-based, inclusive) a reader takes over: generic tasks read from them give way to the reader's. */
export interface Claim {
  startLine: number;
  endLine: number;
}

export interface FamilyReading {
  tasks: RawTask[];
  indicators: RawIndicator[];
  claims: Claim[];
}

export interface FamilyReader {
  /** Short name for logs and tests ("unit-blocks", "objective-targets"). */
  family: string;
  read(input: FamilyInput): FamilyReading;
}

export const NOTHING: FamilyReading = { tasks: [], indicators: [], claims: [] };


/**
 * Body tasks in reading order: a reader's task takes the place of the generic task read from the same lines,
 * generic tasks (and other readers' tasks) elsewhere in its claims give way (a unit heading the generic reader
 * took for a task), and the rest of the generic reading stays. Table rows keep their place after the body.
 */
export function mergeTasks(generic: readonly RawTask[], readings: readonly FamilyReading[]): RawTask[] {
  // Inside one of the claims? Indexed once (./text.ts insideAny), not scanned for every task.
  const inClaim = insideAny(readings.flatMap((r) => r.claims));
  // A reader's tasks give way in lines another reader claims (a decision's articles are its own structure, not
  // prose a news restatement would read).
  const own = readings.flatMap((r) => {
    const inOthers = insideAny(readings.filter((o) => o !== r).flatMap((o) => o.claims));
    return r.tasks.filter((t) => !inOthers(t.span.startLine, t.span.endLine));
  });
  const body = [...generic.filter((t) => t.source === 'BODY' && !inClaim(t.span.startLine, t.span.endLine)), ...own].sort(
    (a, b) => a.span.startLine - b.span.startLine || a.span.endLine - b.span.endLine,
  );
  return [...body, ...generic.filter((t) => t.source === 'TABLE')].map((t) => ({ ...t, sameAsIndex: undefined }));
}

/** Indicators: the generic (table) ones, then each reader's, in reading order within each. */
export function mergeIndicators(generic: readonly RawIndicator[], readings: readonly FamilyReading[]): RawIndicator[] {
  return [...generic, ...readings.flatMap((r) => r.indicators)];
}
