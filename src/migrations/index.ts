import * as migration_20261202_124837_initial from './20261202_124837_initial';
import * as migration_20261202_184321_archive_list_indexes from './20261202_184321_archive_list_indexes';

export const migrations = [
  {
    up: migration_20261202_124837_initial.up,
    down: migration_20261202_124837_initial.down,
    name: '20261202_124837_initial',
  },
  {
    up: migration_20261202_184321_archive_list_indexes.up,
    down: migration_20261202_184321_archive_list_indexes.down,
    name: '20261202_184321_archive_list_indexes'
  },
];
