import * as migration_20261125_062800_initial from './20261125_062800_initial';

export const migrations = [
  {
    up: migration_20261125_062800_initial.up,
    down: migration_20261125_062800_initial.down,
    name: '20261125_062800_initial'
  },
];
