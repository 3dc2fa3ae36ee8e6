import * as migration_20261202_110024_initial from './20261202_110024_initial';

export const migrations = [
  {
    up: migration_20261202_110024_initial.up,
    down: migration_20261202_110024_initial.down,
    name: '20261202_110024_initial'
  },
];
