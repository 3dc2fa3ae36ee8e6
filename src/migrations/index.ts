import * as migration_20261202_111641_initial from './20261202_111641_initial';

export const migrations = [
  {
    up: migration_20261202_111641_initial.up,
    down: migration_20261202_111641_initial.down,
    name: '20261202_111641_initial'
  },
];
