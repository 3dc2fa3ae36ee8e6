import * as migration_20261202_120207_initial from './20261202_120207_initial';

export const migrations = [
  {
    up: migration_20261202_120207_initial.up,
    down: migration_20261202_120207_initial.down,
    name: '20261202_120207_initial'
  },
];
