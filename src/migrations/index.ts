import * as migration_20261202_111357_initial from './20261202_111357_initial';

export const migrations = [
  {
    up: migration_20261202_111357_initial.up,
    down: migration_20261202_111357_initial.down,
    name: '20261202_111357_initial'
  },
];
