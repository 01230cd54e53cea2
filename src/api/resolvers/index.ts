import type { Resolvers } from '../generated/graphql';
import { Query } from './query';
import { taskLineageQuery, taskLineageTypes } from './task-lineage';
import { types } from './types';

const { Task: taskLineageFields, ...taskLineageObjects } = taskLineageTypes;

export const resolvers: Resolvers = {
  Query: { ...Query, ...taskLineageQuery },
  ...types,
  ...taskLineageObjects,
  Task: { ...types.Task, ...taskLineageFields },
};
