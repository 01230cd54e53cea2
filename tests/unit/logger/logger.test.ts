import { logFormat } from '../../../src/logger';

describe('log format', () => {
  it('is human-readable on a terminal and JSON lines anywhere else', () => {
    expect(logFormat({}, true)).toBe('pretty');
    expect(logFormat({}, false)).toBe('json');
    expect(logFormat({ LOG_FORMAT: 'auto' }, true)).toBe('pretty');
  });

  it('follows LOG_FORMAT when it is json or pretty', () => {
    expect(logFormat({ LOG_FORMAT: 'json' }, true)).toBe('json');
    expect(logFormat({ LOG_FORMAT: 'pretty' }, false)).toBe('pretty');
  });
});
