import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { loadTypeDefs } from '../../../src/api/server';
import { queryCost } from '../../../src/api/plugins/cost';
import { pageArgs, parseArg, TaskFilterSchema } from '../../../src/api/validate';

describe('argument validation names the argument', () => {
  it('caps first', () => {
    expect(() => pageArgs({ first: 101 }, 100)).toThrow(/Invalid argument "first": must be at most 100/);
    expect(pageArgs({ first: 100 }, 100)).toEqual({ skip: 0, limit: 100 });
  });
  it('normalises enum-like strings and refuses unknown ones', () => {
    expect(parseArg(TaskFilterSchema, { deadlineKind: 'period' }, 'filter')).toMatchObject({ deadlineKind: 'PERIOD' });
    expect(() => parseArg(TaskFilterSchema, { deadlineKind: 'soon' }, 'filter')).toThrow(/"filter.deadlineKind"/);
  });
  it('checks dates are real and ordered', () => {
    expect(() => parseArg(TaskFilterSchema, { deadlineFrom: '2025-13-01' }, 'filter')).toThrow(/"filter.deadlineFrom"/);
    expect(() => parseArg(TaskFilterSchema, { deadlineFrom: '2026-01-01', deadlineTo: '2025-01-01' }, 'filter')).toThrow(/"filter.deadlineTo"/);
  });
});

describe('query cost counts page sizes', () => {
  const schema = buildSchema(loadTypeDefs());
  const cost = (q: string, variables: Record<string, unknown> = {}) => {
    const doc = parse(q);
    return queryCost(schema, (doc.definitions[0] as OperationDefinitionNode).selectionSet, schema.getQueryType()!, {}, variables);
  };
  it('grows with first, from literals, variables and defaults', () => {
    const q = 'query($n: Int) { tasks(first: $n) { nodes { document { symbol } } } }';
    expect(cost(q, { n: 100 })).toBeGreaterThan(cost(q, { n: 10 }) * 9);
    expect(cost('{ tasks { nodes { document { symbol } } } }')).toBe(cost(q, { n: 20 }));
  });
  it('nested pages multiply', () => {
    expect(cost('{ documents(first: 100) { nodes { tasks(first: 100) { nodes { text } } } } }')).toBeGreaterThan(10000);
  });
});
