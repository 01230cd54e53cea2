import type { Driver } from 'neo4j-driver';
import { writeExtraction } from '../../src/graph/write';
import { useEmptyGraph } from '../support/graph';
import { provincialPlan } from '../support/extraction-fixture';

async function count(driver: Driver, query: string, params = {}): Promise<number> {
  const { records } = await driver.executeQuery(query, params);
  return records[0].get(0) as number;
}

async function snapshot(driver: Driver): Promise<string> {
  const { records } = await driver.executeQuery(
    'MATCH (n) WHERE NOT n:Migration OPTIONAL MATCH (n)-[r]->(m) RETURN labels(n)[0] + coalesce(n.id, n.key) + coalesce(type(r), "") + coalesce(m.id, m.key, "") AS row ORDER BY row',
  );
  return records.map((r) => r.get('row')).join('\n');
}

describe('writing an extraction to Neo4j', () => {
  const graph = useEmptyGraph();

  it('writes the document, its province, tasks with lead and coordinating agencies, and indicators', async () => {
    const result = await writeExtraction(graph(), provincialPlan());
    expect(result).toMatchObject({ documentId: '35/KH-UBND', status: 'created', counts: { tasks: 2, indicators: 1 } });
    expect(await count(graph(), "MATCH (:Document {id: '35/KH-UBND'})-[:IN_PROVINCE]->(p:Province {key: 'can-tho'}) RETURN count(p)")).toBe(1);
    expect(await count(graph(), "MATCH (t:Task {id: '35/KH-UBND#t1'})-[:LED_BY]->(a:Agency {name: 'Sở Khoa học và Công nghệ'}) RETURN count(a)")).toBe(1);
    expect(await count(graph(), "MATCH (t:Task {id: '35/KH-UBND#t1'})-[:COORDINATED_BY]->(a:Agency {isGroup: true}) RETURN count(a)")).toBe(1);
    expect(await count(graph(), "MATCH (t:Task {id: '35/KH-UBND#t1'}) WHERE t.deadlineEnd = date('2025-12-31') AND t.startLine = 101 RETURN count(t)")).toBe(1);
    expect(await count(graph(), "MATCH (:Task {id: '35/KH-UBND#t2', duplicateOf: '35/KH-UBND#t1'})-[:SAME_AS]->(:Task {id: '35/KH-UBND#t1'}) RETURN count(*)")).toBe(1);
    expect(await count(graph(), "MATCH (t:Task {id: '35/KH-UBND#t1'}) WHERE t.duplicateOf IS NULL RETURN count(t)")).toBe(1);
    // The restating body bullet is not counted twice: one HAS_TASK, one HAS_RESTATEMENT.
    expect(await count(graph(), "MATCH (:Document {id: '35/KH-UBND'})-[:HAS_TASK]->(t:Task) RETURN count(t)")).toBe(1);
    expect(await count(graph(), "MATCH (:Document {id: '35/KH-UBND'})-[:HAS_RESTATEMENT]->(t:Task {id: '35/KH-UBND#t2'}) RETURN count(t)")).toBe(1);
    expect(await count(graph(), "MATCH (:Indicator {value: 50.0})-[:REPORTED_BY]->(:Agency) RETURN count(*)")).toBe(1);
  });

  it('makes stubs of cited documents so the chain is walkable, keeping one edge per relation', async () => {
    await writeExtraction(graph(), provincialPlan());
    expect(await count(graph(), "MATCH (d:Document {id: '153/NQ-CP', stub: true}) WHERE d.issuedOn = date('2025-05-31') RETURN count(d)")).toBe(1);
    // 59-NQ/TW is both implemented and cited: only the IMPLEMENTS edge remains.
    expect(await count(graph(), "MATCH (:Document {id: '35/KH-UBND'})-[r]->(:Document {id: '59-NQ/TW'}) RETURN count(r)")).toBe(1);
    expect(await count(graph(), "MATCH (:Document {id: '35/KH-UBND'})-[r:CITES]->(:Document {id: '57-KL/TW', kind: 'KET_LUAN'}) RETURN count(r)")).toBe(1);
    expect(await count(graph(), "MATCH (:Task)-[:CITES]->(d:Document {id: '57-NQ/TW', stub: true}) RETURN count(d)")).toBe(1);
  });

  it('links cited documents to each other as the text states ("153/NQ-CP … thực hiện 59-NQ/TW")', async () => {
    await writeExtraction(graph(), provincialPlan());
    expect(await count(graph(), "MATCH (:Document {id: '35/KH-UBND'})-[:IMPLEMENTS]->(:Document {id: '153/NQ-CP', stub: true})-[r:IMPLEMENTS {assertedBy: '35/KH-UBND'}]->(:Document {id: '59-NQ/TW'}) RETURN count(r)")).toBe(1);
  });

  it('changes nothing when the same file is ingested again', async () => {
    await writeExtraction(graph(), provincialPlan());
    const before = await snapshot(graph());
    const again = await writeExtraction(graph(), provincialPlan());
    expect(again.status).toBe('unchanged');
    expect(await snapshot(graph())).toBe(before);
  });

  it('replaces a document’s facts with a new version without touching other documents', async () => {
    await writeExtraction(graph(), provincialPlan());
    await writeExtraction(graph(), provincialPlan({ symbol: '12/KH-UBND', province: 'Hà Nội', shaSeed: 'def' }));
    const updated = await writeExtraction(graph(), provincialPlan({ shaSeed: 'fff', taskText: 'Xây dựng đề án mới' }));
    expect(updated.status).toBe('updated');
    expect(await count(graph(), "MATCH (:Document {id: '35/KH-UBND'})-[:HAS_TASK|HAS_RESTATEMENT]->(t:Task) RETURN count(t)")).toBe(2);
    expect(await count(graph(), "MATCH (t:Task {text: 'Xây dựng đề án mới'}) RETURN count(t)")).toBe(1);
    expect(await count(graph(), "MATCH (:Document {id: '12/KH-UBND'})-[:HAS_TASK|HAS_RESTATEMENT]->(t:Task) RETURN count(t)")).toBe(2);
  });

  it('updates a document when the same file is read differently (an improved extractor)', async () => {
    await writeExtraction(graph(), provincialPlan());
    const reread = await writeExtraction(graph(), provincialPlan({ taskText: 'Tổ chức hội nghị quán triệt, đọc lại' }));
    expect(reread.status).toBe('updated');
    expect(await count(graph(), "MATCH (t:Task {text: 'Tổ chức hội nghị quán triệt, đọc lại'}) RETURN count(t)")).toBe(1);
  });

  it('keeps Hà Nội’s and Cần Thơ’s departments of the same name apart', async () => {
    await writeExtraction(graph(), provincialPlan());
    await writeExtraction(graph(), provincialPlan({ symbol: '12/KH-UBND', province: 'Hà Nội', shaSeed: 'def' }));
    expect(await count(graph(), "MATCH (a:Agency {name: 'Sở Khoa học và Công nghệ'})-[:IN_PROVINCE]->(p:Province) RETURN count(DISTINCT p)")).toBe(2);
  });

  it('turns a stub into the full document when that document is ingested', async () => {
    await writeExtraction(graph(), provincialPlan());
    const central = provincialPlan({ symbol: '153/NQ-CP', shaSeed: 'ccc' });
    central.citations = central.citations.filter((c) => c.symbol === '59-NQ/TW');
    await writeExtraction(graph(), central);
    expect(await count(graph(), "MATCH (d:Document {id: '153/NQ-CP', stub: false}) RETURN count(d)")).toBe(1);
    expect(await count(graph(), "MATCH (:Document {id: '35/KH-UBND'})-[:IMPLEMENTS]->(:Document {id: '153/NQ-CP'})-[:IMPLEMENTS]->(:Document {id: '59-NQ/TW'}) RETURN count(*)")).toBe(1);
  });

  it('rejects an invalid extraction with the reason and writes nothing', async () => {
    const bad = provincialPlan();
    bad.tasks[0].lead = ['Sở Không Tồn Tại'];
    bad.document.issuedOn = '20/8/2025';
    await expect(writeExtraction(graph(), bad)).rejects.toThrow(/issuedOn: must be an ISO date[\s\S]*agency "Sở Không Tồn Tại" is not in agencies/);
    expect(await count(graph(), 'MATCH (n) WHERE NOT n:Migration RETURN count(n)')).toBe(0);
  });

  it('links a table row to the nearest section the tree holds ("PL.IV" sits in "PL") and a body bullet to its own', async () => {
    const plan = provincialPlan();
    plan.tasks[0].section = 'PL.IV';
    await writeExtraction(graph(), plan);
    expect(await count(graph(), "MATCH (:Task {id: '35/KH-UBND#t1'})-[:IN_SECTION]->(s:Section {path: 'PL'}) RETURN count(s)")).toBe(1);
    expect(await count(graph(), "MATCH (:Task {id: '35/KH-UBND#t2'})-[:IN_SECTION]->(s:Section {path: 'II'}) RETURN count(s)")).toBe(1);
  });

  it('keeps every spelling of a shared agency as an alias, and leaves an agency stored as named untouched', async () => {
    await writeExtraction(graph(), provincialPlan());
    const other = provincialPlan({ symbol: '36/KH-UBND', shaSeed: 'abd' });
    other.agencies[0].aliases = ['Sở Khoa học và Công nghệ', 'Sở KH&CN'];
    await writeExtraction(graph(), other);
    await writeExtraction(graph(), provincialPlan({ symbol: '37/KH-UBND', shaSeed: 'abe' }));
    const { records } = await graph().executeQuery("MATCH (a:Agency {name: 'Sở Khoa học và Công nghệ'}) RETURN a.aliases AS aliases, a.searchText AS searchText");
    expect(records).toHaveLength(1);
    expect(records[0].get('aliases')).toEqual(['Sở Khoa học và Công nghệ', 'Sở KH&CN']);
    expect(records[0].get('searchText')).toContain('Sở KH&CN');
  });
});
