import { pageArgs, parseArg, TaskFilterSchema } from '../../../src/api/validate';

describe('argument validation names the argument', () => {
  it('caps first', () => {
    expect(() => pageArgs({ first: 101 }, 100, 'agencies')).toThrow(/Invalid argument "first": must be at most 100/);
    expect(pageArgs({ first: 100 }, 100, 'agencies')).toEqual({ after: null, limit: 100 });
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
