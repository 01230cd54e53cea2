import type { Resolvers } from '../generated/graphql';
import { Query } from './query';
import { types } from './types';

export const resolvers: Resolvers = { Query, ...types };
