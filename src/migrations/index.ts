import * as migration_20261202_112143_initial from './20261202_112143_initial';

export const migrations = [
  {
    up: migration_20261202_112143_initial.up,
    down: migration_20261202_112143_initial.down,
    name: '20261202_112143_initial'
  },
];
