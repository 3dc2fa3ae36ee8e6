import * as migration_20261202_124837_initial from './20261202_124837_initial';
import * as migration_20261202_184321_archive_list_indexes from './20261202_184321_archive_list_indexes';
import * as migration_20261203_070442_media_s3_columns from './20261203_070442_media_s3_columns';

export const migrations = [
  {
    up: migration_20261202_124837_initial.up,
    down: migration_20261202_124837_initial.down,
    name: '20261202_124837_initial',
  },
  {
    up: migration_20261202_184321_archive_list_indexes.up,
    down: migration_20261202_184321_archive_list_indexes.down,
    name: '20261202_184321_archive_list_indexes',
  },
  {
    up: migration_20261203_070442_media_s3_columns.up,
    down: migration_20261203_070442_media_s3_columns.down,
    name: '20261203_070442_media_s3_columns'
  },
];
