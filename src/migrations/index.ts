import * as migration_20261202_114556_initial from './20261202_114556_initial';

export const migrations = [
  {
    up: migration_20261202_114556_initial.up,
    down: migration_20261202_114556_initial.down,
    name: '20261202_114556_initial'
  },
];
