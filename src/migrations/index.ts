import * as migration_20261202_123346_initial from './20261202_123346_initial';

export const migrations = [
  {
    up: migration_20261202_123346_initial.up,
    down: migration_20261202_123346_initial.down,
    name: '20261202_123346_initial'
  },
];
