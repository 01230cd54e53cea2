import { ConfigError, loadConfig } from '../../../src/config';

describe('configuration from the environment', () => {
  it('gives working defaults on an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 4000, HOST: '127.0.0.1', NEO4J_BOLT_PORT: 7687, NEO4J_INSTANCE: 'dev', INGEST_ON_START: 'if-empty', CSRF_PREVENTION: true });
    expect(config.NEO4J_URI).toBeUndefined();
  });

  it('reads numbers and booleans from their string form', () => {
    expect(loadConfig({ PORT: '8080', CSRF_PREVENTION: 'false', NEO4J_STOP_ON_EXIT: '1' })).toMatchObject({ PORT: 8080, CSRF_PREVENTION: false, NEO4J_STOP_ON_EXIT: true });
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['NEO4J_URI', 'http://localhost:7474'],
    ['NEO4J_HEAP', 'lots'],
    ['NEO4J_PASSWORD', 'short'],
    ['INGEST_ON_START', 'sometimes'],
    ['MAX_PAGE_SIZE', '0'],
    ['LOG_FORMAT', 'xml'],
  ])('stops on a bad %s (%s) with a message naming the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`${name}:.*got "${value}"`));
  });

  it('accepts an Aura URI', () => {
    expect(loadConfig({ NEO4J_URI: 'neo4j+s://abcd1234.databases.neo4j.io' }).NEO4J_URI).toBe('neo4j+s://abcd1234.databases.neo4j.io');
  });

  it('reads CORS_ORIGINS as a comma-separated allowlist, empty by default, and names a bad origin', () => {
    expect(loadConfig({}).CORS_ORIGINS).toEqual([]);
    expect(loadConfig({ CORS_ORIGINS: ' https://dash.example.gov.vn/ ,http://localhost:5173,' }).CORS_ORIGINS).toEqual(['https://dash.example.gov.vn', 'http://localhost:5173']);
    expect(() => loadConfig({ CORS_ORIGINS: 'https://ok.example, dash.example.gov.vn' })).toThrow(/CORS_ORIGINS\.1: each origin must be/);
    expect(() => loadConfig({ CORS_ORIGINS: 'https://a.example/path' })).toThrow(/CORS_ORIGINS/);
  });
});
