import * as migration_20261128_172311_initial from './20261128_172311_initial';

export const migrations = [
  {
    up: migration_20261128_172311_initial.up,
    down: migration_20261128_172311_initial.down,
    name: '20261128_172311_initial'
  },
];
