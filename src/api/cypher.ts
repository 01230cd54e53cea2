/** The API's named read queries: cypher/queries/<name>.cypher (see src/graph/cypher.ts). */
import { cypher, cypherNames } from '../graph/cypher';

/** The Cypher text of a named query, fragments spliced in. */
export function query(name: string): string {
  return cypher(`queries/${name}`);
}

/** Every named (non-fragment) query, for tests and warm-up. */
export function queryNames(): string[] {
  return cypherNames('queries');
}
