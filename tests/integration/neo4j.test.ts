import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { cleanGraph, testDriver } from '../support/graph';
import { migrate } from '../../src/graph/migrate';

describe('the provisioned Neo4j', () => {
  let driver: Driver;
  beforeAll(() => {
    driver = testDriver();
  });
  afterAll(async () => {
    await cleanGraph(driver);
    await driver.close();
  });

  it('is a real Neo4j 5.26 Community server answering over Bolt', async () => {
    const { records } = await driver.executeQuery('CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition');
    expect(records[0].get('name')).toBe('Neo4j Kernel');
    expect(records[0].get('version')).toMatch(/^5\.26\./);
    expect(records[0].get('edition')).toBe('community');
  });

  it('has the unique keys and the full-text index from cypher/migrations', async () => {
    const { records } = await driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names');
    expect(records[0].get('names')).toEqual(expect.arrayContaining(['document_id', 'task_id', 'agency_key', 'province_key', 'indicator_id']));
    const idx = await driver.executeQuery("SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes RETURN name, labelsOrTypes");
    expect(idx.records.map((r) => r.get('name'))).toEqual(expect.arrayContaining(['search_text', 'task_link_terms']));
  });

  it('records applied migrations and applies nothing twice', async () => {
    const applied = await migrate(driver);
    expect(applied).toEqual([]);
    const { records } = await driver.executeQuery('MATCH (m:Migration) RETURN m.name AS name ORDER BY name');
    const files = fs.readdirSync(path.resolve(__dirname, '..', '..', 'cypher', 'migrations')).filter((f) => f.endsWith('.cypher')).sort();
    expect(files.slice(0, 2)).toEqual(['001_constraints.cypher', '002_indexes.cypher']);
    expect(records.map((r) => r.get('name'))).toEqual(files);
  });

  it('rejects a second document with the same id', async () => {
    await driver.executeQuery("CREATE (:Document {id: 'dup-test'})");
    await expect(driver.executeQuery("CREATE (:Document {id: 'dup-test'})")).rejects.toThrow(/already exists/);
  });

  it('opens every Bolt socket with TCP_NODELAY, so a message over one TCP segment is not held back by Nagle', async () => {
    // A query over ~1,400 bytes (a named query with its fragments, a loader's 100 ids) otherwise waits for
    // the server's delayed ACK, ~40 ms per round trip.
    const setNoDelay = jest.spyOn(net.Socket.prototype, 'setNoDelay');
    const fresh = testDriver();
    try {
      await fresh.executeQuery('RETURN $padding AS p', { padding: 'x'.repeat(4000) });
      expect(setNoDelay).toHaveBeenCalledWith(true);
      expect(setNoDelay).not.toHaveBeenCalledWith(false);
    } finally {
      setNoDelay.mockRestore();
      await fresh.close();
    }
  });
});
