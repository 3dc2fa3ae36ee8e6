import * as migration_20261202_122723_initial from './20261202_122723_initial';

export const migrations = [
  {
    up: migration_20261202_122723_initial.up,
    down: migration_20261202_122723_initial.down,
    name: '20261202_122723_initial'
  },
];
