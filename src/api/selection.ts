/**
 * What an operation selects below the field being resolved, so a resolver can ask the graph for only that
 * (a lineage drawing needs ids and labels, not every document's 16 properties and every edge's source text).
 */
import { isObjectType, valueFromASTUntyped, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Names of the fields selected at `path` below the current field (fragments and inline fragments followed;
 * @skip/@include are ignored, so the answer may only be larger than what is used, never smaller).
 */
export function selectedFields(info: GraphQLResolveInfo, path: readonly string[]): Set<string> {
  const out = new Set<string>();
  const visit = (set: SelectionSetNode | undefined, depth: number) => {
    for (const s of set?.selections ?? []) {
      if (s.kind === 'InlineFragment') visit(s.selectionSet, depth);
      else if (s.kind === 'FragmentSpread') visit(info.fragments[s.name.value]?.selectionSet, depth);
      else if (depth === path.length) out.add(s.name.value);
      else if (s.name.value === path[depth]) visit(s.selectionSet, depth + 1);
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet, 0);
  return out;
}

/**
 * As selectedFields, for the members of an abstract type (a union of search hits): only the fields that apply
 * to the object type `typeName`, skipping fragments on another object type (a fragment on an interface or
 * the union itself applies to every member).
 */
export function selectedFieldsOn(info: GraphQLResolveInfo, path: readonly string[], typeName: string): Set<string> {
  const out = new Set<string>();
  const applies = (condition: string | undefined) => condition === undefined || condition === typeName || !isObjectType(info.schema.getType(condition));
  const visit = (set: SelectionSetNode | undefined, depth: number) => {
    for (const s of set?.selections ?? []) {
      if (s.kind === 'InlineFragment') {
        if (depth < path.length || applies(s.typeCondition?.name.value)) visit(s.selectionSet, depth);
      } else if (s.kind === 'FragmentSpread') {
        const fragment = info.fragments[s.name.value];
        if (fragment && (depth < path.length || applies(fragment.typeCondition.name.value))) visit(fragment.selectionSet, depth);
      } else if (depth === path.length) out.add(s.name.value);
      else if (s.name.value === path[depth]) visit(s.selectionSet, depth + 1);
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet, 0);
  return out;
}

/** Whether every field selected at `path` is among `allowed`. */
export function selectsOnly(info: GraphQLResolveInfo, path: readonly string[], allowed: readonly string[]): boolean {
  return [...selectedFields(info, path)].every((f) => allowed.includes(f));
}

/**
 * The arguments of every `field` selected at `path` below the current field, with the operation's variables
 * applied (one entry per occurrence: aliases may ask the same field with other arguments).
 */
export function selectedArguments(info: GraphQLResolveInfo, path: readonly string[], field: string): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (set: SelectionSetNode | undefined, depth: number) => {
    for (const s of set?.selections ?? []) {
      if (s.kind === 'InlineFragment') visit(s.selectionSet, depth);
      else if (s.kind === 'FragmentSpread') visit(info.fragments[s.name.value]?.selectionSet, depth);
      else if (depth === path.length) {
        if (s.name.value === field) out.push(Object.fromEntries((s.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value, info.variableValues)])));
      } else if (s.name.value === path[depth]) visit(s.selectionSet, depth + 1);
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet, 0);
  return out;
}
