/**
 * The parsed-operation cache counts what a document keeps, its query text included: distinct queries padded
 * with long comments (a hostile client's cheapest way to make every query new) cannot pin memory past it.
 */
import { parse, type DocumentNode } from 'graphql';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { documentBytes, documentStore } from '../../../src/api/document-store';

const padded = (i: number) => parse(`{ provinces(first: 1) { totalCount } } # ${i} ${'x'.repeat(200_000)}`);

describe('parsed-operation cache', () => {
  it("counts a document's query text, which its JSON leaves out", () => {
    const doc = padded(0);
    expect(JSON.stringify(doc).length).toBeLessThan(2_000);
    expect(documentBytes(doc)).toBeGreaterThan(400_000);
  });

  it('holds no more than its bound of 200 KB queries, where Apollo’s default sizing kept them all', async () => {
    const ours = documentStore(2 * 2 ** 20);
    const apollos = new InMemoryLRUCache<DocumentNode>({ maxSize: 2 * 2 ** 20 });
    for (let i = 0; i < 50; i++) {
      await ours.set(`q${i}`, padded(i));
      await apollos.set(`q${i}`, padded(i));
    }
    expect(ours.keys().length).toBeLessThanOrEqual(5);
    expect(await ours.get('q49')).toBeDefined();
    expect(apollos.keys().length).toBe(50); // 50 × 200 KB of text held under a "2 MiB" cache
  });
});
