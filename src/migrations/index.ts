import * as migration_20261202_121051_initial from './20261202_121051_initial';

export const migrations = [
  {
    up: migration_20261202_121051_initial.up,
    down: migration_20261202_121051_initial.down,
    name: '20261202_121051_initial'
  },
];
