import * as migration_20261125_080031_initial from './20261125_080031_initial';
import * as migration_20261125_090641_referral_email_outbox from './20261125_090641_referral_email_outbox';
import * as migration_20261130_164442_front_door_and_housekeeping from './20261130_164442_front_door_and_housekeeping';
import * as migration_20261130_165356_case_work_stages_and_deadlines from './20261130_165356_case_work_stages_and_deadlines';
import * as migration_20261130_165848_case_change_audit from './20261130_165848_case_change_audit';
import * as migration_20261130_185631_reports_and_data_protection from './20261130_185631_reports_and_data_protection';
import * as migration_20261130_192028_report_indexes from './20261130_192028_report_indexes';

export const migrations = [
  {
    up: migration_20261125_080031_initial.up,
    down: migration_20261125_080031_initial.down,
    name: '20261125_080031_initial',
  },
  {
    up: migration_20261125_090641_referral_email_outbox.up,
    down: migration_20261125_090641_referral_email_outbox.down,
    name: '20261125_090641_referral_email_outbox',
  },
  {
    up: migration_20261130_164442_front_door_and_housekeeping.up,
    down: migration_20261130_164442_front_door_and_housekeeping.down,
    name: '20261130_164442_front_door_and_housekeeping',
  },
  {
    up: migration_20261130_165356_case_work_stages_and_deadlines.up,
    down: migration_20261130_165356_case_work_stages_and_deadlines.down,
    name: '20261130_165356_case_work_stages_and_deadlines',
  },
  {
    up: migration_20261130_165848_case_change_audit.up,
    down: migration_20261130_165848_case_change_audit.down,
    name: '20261130_165848_case_change_audit',
  },
  {
    up: migration_20261130_185631_reports_and_data_protection.up,
    down: migration_20261130_185631_reports_and_data_protection.down,
    name: '20261130_185631_reports_and_data_protection',
  },
  {
    up: migration_20261130_192028_report_indexes.up,
    down: migration_20261130_192028_report_indexes.down,
    name: '20261130_192028_report_indexes'
  },
];
