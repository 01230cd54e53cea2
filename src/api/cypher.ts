/** The API's named read queries: cypher/queries/<name>.cypher (see src/graph/cypher.ts). */
import { cypher, cypherNames } from '../graph/cypher';

/** The Cypher text of a named query, fragments spliced in and its sections resolved for `params`. */
export function query(name: string, params: Record<string, unknown> = {}): string {
  return cypher(`queries/${name}`, params);
}

/** Every named (non-fragment) query, for tests and warm-up. */
export function queryNames(): string[] {
  return cypherNames('queries');
}
