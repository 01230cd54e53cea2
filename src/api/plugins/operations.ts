/**
 * The API is read-only: its schema has no Mutation or Subscription type. graphql-js would report such an
 * operation as an execution error without a code, which Apollo masks as INTERNAL_SERVER_ERROR and logs as a
 * server fault; it is the client's mistake, so it is answered 400 BAD_REQUEST before execution.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

export function queryOnlyPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (!operation || operation.operation === 'query') return;
          throw new GraphQLError(`This API is read-only: it answers query operations, not ${operation.operation} operations.`, {
            extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
          });
        },
      };
    },
  };
}
