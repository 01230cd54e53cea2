/**
 * The peer: @neo4j/graphql 7 behind its own Apollo server (standalone HTTP), over the same driver and graph,
 * queried by the bench exactly like the API (over HTTP, by autocannon).
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { Driver } from 'neo4j-driver';
import { PEER_TYPE_DEFS } from './peer-typedefs';

export async function startPeer(driver: Driver, port: number, database?: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
  const server = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(server, {
    listen: { port, host: '127.0.0.1' },
    context: async () => ({ sessionConfig: database ? { database } : undefined }),
  });
  return { url, stop: () => server.stop() };
}
