import * as migration_20261125_080031_initial from './20261125_080031_initial';

export const migrations = [
  {
    up: migration_20261125_080031_initial.up,
    down: migration_20261125_080031_initial.down,
    name: '20261125_080031_initial'
  },
];
