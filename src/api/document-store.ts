/**
 * Apollo's cache of parsed operations, bounded by what it really holds. Apollo's default (30 MiB) counts a
 * document by its JSON, and a document's JSON leaves out the query text its locations keep (`loc.source`):
 * each distinct query stayed in memory whole, counted as a few hundred bytes. Measured: 2,000 distinct
 * 200 KB queries (the same question with a different comment; registration off, so none was registered)
 * grew the heap, after garbage collection, by 390 MB. Counted with its text, a document costs what it pins.
 */
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { DocumentNode } from 'graphql';

export const DOCUMENT_STORE_BYTES = 30 * 2 ** 20;

/** Bytes a cached document keeps: its JSON, and its source text (two bytes a UTF-16 unit). */
export function documentBytes(doc: DocumentNode): number {
  return Buffer.byteLength(JSON.stringify(doc)) + 2 * (doc.loc?.source.body.length ?? 0);
}

export function documentStore(maxBytes = DOCUMENT_STORE_BYTES): InMemoryLRUCache<DocumentNode> {
  return new InMemoryLRUCache<DocumentNode>({ maxSize: maxBytes, sizeCalculation: documentBytes });
}
