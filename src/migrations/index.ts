import * as migration_20261202_113721_initial from './20261202_113721_initial';

export const migrations = [
  {
    up: migration_20261202_113721_initial.up,
    down: migration_20261202_113721_initial.down,
    name: '20261202_113721_initial'
  },
];
