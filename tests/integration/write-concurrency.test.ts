import type { ManagedTransaction } from 'neo4j-driver';
import { writeExtraction, writeInTransaction } from '../../src/graph/write';
import { useEmptyGraph } from '../support/graph';
import { provincialPlan } from '../support/extraction-fixture';

/**
 * Plans of different provinces share what they cite (59-NQ/TW, 153/NQ-CP …) and, in a large graph, those
 * nodes are dense. Writing one plan must take no write lock on them: documents are written side by side,
 * and a lock held by one until its commit queued the others and deadlocked them (the driver then retried
 * after a second's back-off).
 */
describe('writing documents side by side', () => {
  const graph = useEmptyGraph();

  it('a plan commits while another plan citing the same documents is still open', async () => {
    const [canTho, haNoi] = [provincialPlan(), provincialPlan({ symbol: '12/KH-UBND', province: 'Hà Nội', shaSeed: 'def' })];
    await writeExtraction(graph(), canTho);
    await writeExtraction(graph(), haNoi);
    // As in a graph of hundreds of plans: every shared node (cited documents, agencies, provinces) is dense.
    await graph().executeQuery("MATCH (n) WHERE (n:Document AND n.stub) OR n:Agency OR n:Province UNWIND range(1, 60) AS i CREATE (:Filler)-[:CITES]->(n)");
    const open = graph().session();
    const first = await open.beginTransaction();
    try {
      // A new version of each plan: the first holds its locks until it commits.
      await writeInTransaction(first as unknown as ManagedTransaction, { ...canTho, source: { ...canTho.source, sha256: 'f'.repeat(64) }, tasks: canTho.tasks.map((t) => ({ ...t, text: `${t.text} (sửa đổi)` })) });
      const second = graph().session();
      try {
        const tx = await second.beginTransaction({ timeout: 5000 });
        const changed = { ...haNoi, tasks: haNoi.tasks.map((t) => ({ ...t, text: `${t.text} (sửa đổi)` })) };
        await expect(writeInTransaction(tx as unknown as ManagedTransaction, changed).then(() => tx.commit())).resolves.toBeUndefined();
      } finally {
        await second.close();
      }
      await first.commit();
    } finally {
      await open.close();
    }
    const { records } = await graph().executeQuery("MATCH (t:Task) WHERE t.text ENDS WITH '(sửa đổi)' RETURN count(t) AS n");
    expect(records[0].get('n')).toBe(canTho.tasks.length + haNoi.tasks.length);
  }, 60_000);
});
