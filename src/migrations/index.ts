import * as migration_20261125_181940_initial from './20261125_181940_initial';
import * as migration_20261125_192105_content_model from './20261125_192105_content_model';
import * as migration_20261125_202737_audit_log_and_trash from './20261125_202737_audit_log_and_trash';
import * as migration_20261125_215000_translators from './20261125_215000_translators';
import * as migration_20261125_220104_search_index from './20261125_220104_search_index';
import * as migration_20261126_004727_global_translation_status from './20261126_004727_global_translation_status';
import * as migration_20261126_010000_search_speed from './20261126_010000_search_speed';
import * as migration_20261126_012731_storage_s3_fields from './20261126_012731_storage_s3_fields';
import * as migration_20261126_014718_news_list_index from './20261126_014718_news_list_index';
import * as migration_20261126_103000_short_grams_by_locale from './20261126_103000_short_grams_by_locale';
import * as migration_20261126_130000_english_vectors_inline from './20261126_130000_english_vectors_inline';
import * as migration_20261208_003848_global_drafts from './20261208_003848_global_drafts';
import * as migration_20261208_004506_audit_account_actions from './20261208_004506_audit_account_actions';
import * as migration_20261208_005801_file_uses from './20261208_005801_file_uses';

export const migrations = [
  {
    up: migration_20261125_181940_initial.up,
    down: migration_20261125_181940_initial.down,
    name: '20261125_181940_initial',
  },
  {
    up: migration_20261125_192105_content_model.up,
    down: migration_20261125_192105_content_model.down,
    name: '20261125_192105_content_model',
  },
  {
    up: migration_20261125_202737_audit_log_and_trash.up,
    down: migration_20261125_202737_audit_log_and_trash.down,
    name: '20261125_202737_audit_log_and_trash',
  },
  {
    up: migration_20261125_215000_translators.up,
    down: migration_20261125_215000_translators.down,
    name: '20261125_215000_translators',
  },
  {
    up: migration_20261125_220104_search_index.up,
    down: migration_20261125_220104_search_index.down,
    name: '20261125_220104_search_index',
  },
  {
    up: migration_20261126_004727_global_translation_status.up,
    down: migration_20261126_004727_global_translation_status.down,
    name: '20261126_004727_global_translation_status',
  },
  {
    up: migration_20261126_010000_search_speed.up,
    down: migration_20261126_010000_search_speed.down,
    name: '20261126_010000_search_speed',
  },
  {
    up: migration_20261126_012731_storage_s3_fields.up,
    down: migration_20261126_012731_storage_s3_fields.down,
    name: '20261126_012731_storage_s3_fields',
  },
  {
    up: migration_20261126_014718_news_list_index.up,
    down: migration_20261126_014718_news_list_index.down,
    name: '20261126_014718_news_list_index',
  },
  {
    up: migration_20261126_103000_short_grams_by_locale.up,
    down: migration_20261126_103000_short_grams_by_locale.down,
    name: '20261126_103000_short_grams_by_locale',
  },
  {
    up: migration_20261126_130000_english_vectors_inline.up,
    down: migration_20261126_130000_english_vectors_inline.down,
    name: '20261126_130000_english_vectors_inline',
  },
  {
    up: migration_20261208_003848_global_drafts.up,
    down: migration_20261208_003848_global_drafts.down,
    name: '20261208_003848_global_drafts',
  },
  {
    up: migration_20261208_004506_audit_account_actions.up,
    down: migration_20261208_004506_audit_account_actions.down,
    name: '20261208_004506_audit_account_actions',
  },
  {
    up: migration_20261208_005801_file_uses.up,
    down: migration_20261208_005801_file_uses.down,
    name: '20261208_005801_file_uses'
  },
];
