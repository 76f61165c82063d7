import * as migration_20261125_181940_initial from './20261125_181940_initial';
import * as migration_20261125_192105_content_model from './20261125_192105_content_model';

export const migrations = [
  {
    up: migration_20261125_181940_initial.up,
    down: migration_20261125_181940_initial.down,
    name: '20261125_181940_initial',
  },
  {
    up: migration_20261125_192105_content_model.up,
    down: migration_20261125_192105_content_model.down,
    name: '20261125_192105_content_model'
  },
];
