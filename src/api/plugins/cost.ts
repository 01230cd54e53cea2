/**
 * A cost limit that knows page sizes: each object field costs 1 plus its children, a field with a `first`
 * argument multiplies its subtree by that page size (variables and schema defaults included), and other
 * lists count as LIST_FACTOR items. Runs once the operation is resolved, so variables are known; too costly
 * a query is refused before any database work with code QUERY_TOO_COSTLY.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  Kind,
  valueFromAST,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type SelectionSetNode,
  isObjectType,
  isInterfaceType,
} from 'graphql';

const LIST_FACTOR = 5;

export function queryCost(
  schema: GraphQLSchema,
  selectionSet: SelectionSetNode,
  parent: GraphQLCompositeType,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  seen = new Set<string>(),
): number {
  let total = 0;
  for (const sel of selectionSet.selections) {
    if (sel.kind === Kind.FIELD) {
      if (sel.name.value.startsWith('__') || !(isObjectType(parent) || isInterfaceType(parent))) continue;
      const def = parent.getFields()[sel.name.value];
      if (!def || !sel.selectionSet) continue;
      const named = getNamedType(def.type);
      if (!isCompositeType(named)) continue;
      let factor = isListType(getNullableType(def.type)) ? LIST_FACTOR : 1;
      const firstDef = def.args.find((a) => a.name === 'first');
      if (firstDef) {
        const node = sel.arguments?.find((a) => a.name.value === 'first');
        const value = node ? valueFromAST(node.value, firstDef.type, variables) : firstDef.defaultValue;
        factor = typeof value === 'number' && value >= 0 ? Math.max(value, 1) : 1;
      }
      total += 1 + factor * queryCost(schema, sel.selectionSet, named, fragments, variables, seen);
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      const cond = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : parent;
      if (cond && isCompositeType(cond)) total += queryCost(schema, sel.selectionSet, cond, fragments, variables, seen);
    } else {
      const frag = fragments[sel.name.value];
      if (!frag || seen.has(frag.name.value)) continue;
      const cond = schema.getType(frag.typeCondition.name.value);
      const inner = new Set(seen).add(frag.name.value);
      if (cond && isCompositeType(cond)) total += queryCost(schema, frag.selectionSet, cond, fragments, variables, inner);
    }
  }
  return total;
}

export function costLimitPlugin(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation || operation.operation !== 'query') return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
          const root = schema.getQueryType();
          if (!root) return;
          const cost = queryCost(schema, operation.selectionSet, root, fragments, request.variables ?? {});
          if (cost > maxCost) {
            throw new GraphQLError(`Query cost ${Math.round(cost)} exceeds the limit of ${maxCost} (MAX_QUERY_COST); ask for smaller pages or fewer nested lists.`, {
              extensions: { code: 'QUERY_TOO_COSTLY', cost: Math.round(cost), maxCost, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
