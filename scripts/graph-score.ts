/**
 * The graph scorer's identity rules (scripts/measure-graph-families.ts), kept apart so they can be tested
 * without a graph: whether a keyed file sits on its own real document's node, and whether a citation keyed
 * with the cited document's date reaches that document and not another of the same symbol. Nothing here
 * knows a file or a figure of a set.
 */
import path from 'node:path';

export interface GraphNode {
  id: string;
  symbolKey: string | null;
  stub: boolean | null;
  level: string | null;
  sourcePath: string | null;
  issuedOn: string | null;
  /** The year a copy gives without its date ("Nghị quyết 68/NQ-CP 2024 …"). */
  issuedYear?: number | null;
  provinces: string[];
}

export interface GraphEdge {
  type: string;
  from: string;
  fromOn: string | null;
  to: string;
  toOn: string | null;
}

/**
 * A keyed file's verdict on the node it resolved to (its own written node, else its symbol's):
 * - 'same': its own file wrote the node, or the node holds its keyed date, or it has no keyed date;
 * - 'date lost': the node has no date now and the file that wrote it last is keyed with no other date (a
 *   dateless copy of the same document written over a dated one: the node is right, the date is gone);
 * - 'two documents': the node holds another date, or was last written by a file keyed with another date.
 * `keyedDateOf` gives the keyed date of a file by its base name (undefined when the file is not keyed).
 */
export function nodeVerdict(
  keyDate: string | null | undefined,
  base: string,
  node: GraphNode,
  keyedDateOf: (base: string) => string | null | undefined,
): 'same' | 'date lost' | 'two documents' {
  const writer = node.sourcePath ? path.basename(node.sourcePath) : null;
  if (writer === base || !keyDate || node.issuedOn === keyDate) return 'same';
  if (node.issuedOn) return 'two documents';
  const writerDate = writer ? keyedDateOf(writer) : undefined;
  return writerDate && writerDate !== keyDate ? 'two documents' : 'date lost';
}

/**
 * A citation keyed with the cited document's date (the text says "Nghị quyết số 26-NQ/TW ngày 05/8/2008"),
 * against the nodes of that symbol the citing file's node links to. A target is that document when it holds
 * the date, or holds none and no keyed file dated otherwise sits on it (`keyedDatesOn` gives the keyed dates
 * of the files resolved to a node). Else the citation was filed on another document of the same symbol
 * (26-NQ/TW of 2022 for the one of 2008): a wrong node, which a count of nodes per symbol does not see.
 */
export function citedVerdict(
  keyDate: string,
  targets: GraphNode[],
  keyedDatesOn: (node: GraphNode) => string[],
): 'right' | 'wrong document' | 'not linked' {
  if (targets.length === 0) return 'not linked';
  const isIt = (t: GraphNode): boolean =>
    t.issuedOn ? t.issuedOn === keyDate : keyedDatesOn(t).every((d) => d === keyDate);
  return targets.some(isIt) ? 'right' : 'wrong document';
}

/** Edges from a dated document to one dated after it: a document cannot cite, implement or replace a later one,
 *  so its target is another document of that symbol (or the dates were misread). */
export function citesLater(edges: GraphEdge[]): GraphEdge[] {
  return edges.filter((e) => e.fromOn && e.toOn && e.toOn > e.fromOn);
}

/** A file not on a node of its own, whose extracted id names a written node last written from another file:
 *  that node was taken over (two symbol-less news pages whose only identity is their issuer get one id). */
export function takenOver(base: string, node: GraphNode | undefined): node is GraphNode {
  return !!node && !node.stub && !!node.sourcePath && path.basename(node.sourcePath) !== base;
}
