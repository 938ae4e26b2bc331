import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`referral_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`referral_id\` integer,
  	\`service_id\` integer,
  	\`form_slug\` text,
  	\`staff_group\` text,
  	\`region\` text,
  	\`priority\` text NOT NULL,
  	\`stage\` text NOT NULL,
  	\`outcome\` text,
  	\`received_at\` text NOT NULL,
  	\`received_day\` text NOT NULL,
  	\`first_contact_due_at\` text,
  	\`triaged_at\` text,
  	\`first_contact_at\` text,
  	\`support_started_at\` text,
  	\`closed_at\` text,
  	\`working_days_to_first_contact\` numeric,
  	\`contacted_within_deadline\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`referral_id\`) REFERENCES \`submissions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`service_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`referral_stats_referral_idx\` ON \`referral_stats\` (\`referral_id\`);`)
  await db.run(sql`CREATE INDEX \`referral_stats_service_idx\` ON \`referral_stats\` (\`service_id\`);`)
  await db.run(sql`CREATE INDEX \`referral_stats_form_slug_idx\` ON \`referral_stats\` (\`form_slug\`);`)
  await db.run(sql`CREATE INDEX \`referral_stats_stage_idx\` ON \`referral_stats\` (\`stage\`);`)
  await db.run(sql`CREATE INDEX \`referral_stats_received_at_idx\` ON \`referral_stats\` (\`received_at\`);`)
  await db.run(sql`CREATE INDEX \`referral_stats_received_day_idx\` ON \`referral_stats\` (\`received_day\`);`)
  await db.run(sql`CREATE INDEX \`referral_stats_updated_at_idx\` ON \`referral_stats\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`referral_stats_created_at_idx\` ON \`referral_stats\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`report_rollups\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`day\` text NOT NULL,
  	\`service_key\` text NOT NULL,
  	\`counts\` text NOT NULL,
  	\`refreshed_at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`report_rollups_day_idx\` ON \`report_rollups\` (\`day\`);`)
  await db.run(sql`CREATE INDEX \`report_rollups_service_key_idx\` ON \`report_rollups\` (\`service_key\`);`)
  await db.run(sql`CREATE INDEX \`report_rollups_refreshed_at_idx\` ON \`report_rollups\` (\`refreshed_at\`);`)
  await db.run(sql`CREATE INDEX \`report_rollups_updated_at_idx\` ON \`report_rollups\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`report_rollups_created_at_idx\` ON \`report_rollups\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`day_serviceKey_idx\` ON \`report_rollups\` (\`day\`,\`service_key\`);`)
  await db.run(sql`CREATE TABLE \`retention\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`audit_log_retention_years\` numeric DEFAULT 6 NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_audit_log\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`at\` text NOT NULL,
  	\`user_id\` integer NOT NULL,
  	\`user_email\` text,
  	\`submission_id\` integer,
  	\`reference\` text,
  	\`operation\` text NOT NULL,
  	\`from\` text,
  	\`to\` text,
  	\`details\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submission_id\`) REFERENCES \`submissions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_audit_log\`("id", "at", "user_id", "user_email", "submission_id", "reference", "operation", "from", "to", "details", "updated_at", "created_at") SELECT "id", "at", "user_id", "user_email", "submission_id", "reference", "operation", "from", "to", NULL, "updated_at", "created_at" FROM \`audit_log\`;`)
  await db.run(sql`DROP TABLE \`audit_log\`;`)
  await db.run(sql`ALTER TABLE \`__new_audit_log\` RENAME TO \`audit_log\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`audit_log_at_idx\` ON \`audit_log\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_user_idx\` ON \`audit_log\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_submission_idx\` ON \`audit_log\` (\`submission_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_reference_idx\` ON \`audit_log\` (\`reference\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_updated_at_idx\` ON \`audit_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_created_at_idx\` ON \`audit_log\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`submissions\` ADD \`staff_group\` text;`)
  await db.run(sql`ALTER TABLE \`submissions\` ADD \`region\` text;`)
  // Referrals already stored: their reporting categories from their answers (as reportingFactsOf does).
  await db.run(sql`UPDATE \`submissions\` SET
    \`staff_group\` = CASE WHEN json_valid(\`answers\`) AND json_extract(\`answers\`, '$.staffGroup') IN ('doctor', 'dentist', 'pharmacy', 'healthcareProfessional', 'other') THEN json_extract(\`answers\`, '$.staffGroup') END,
    \`region\` = CASE WHEN json_valid(\`answers\`) AND json_extract(\`answers\`, '$.region') IN ('london', 'kss', 'other') THEN json_extract(\`answers\`, '$.region') END;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`referral_stats_id\` integer REFERENCES referral_stats(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`report_rollups_id\` integer REFERENCES report_rollups(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_referral_stats_id_idx\` ON \`payload_locked_documents_rels\` (\`referral_stats_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_report_rollups_id_idx\` ON \`payload_locked_documents_rels\` (\`report_rollups_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`referral_stats\`;`)
  await db.run(sql`DROP TABLE \`report_rollups\`;`)
  await db.run(sql`DROP TABLE \`retention\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`services_id\` integer,
  	\`resources_id\` integer,
  	\`policies_id\` integer,
  	\`support_lines_id\` integer,
  	\`eligibility_criteria_id\` integer,
  	\`forms_id\` integer,
  	\`form_versions_id\` integer,
  	\`form_sessions_id\` integer,
  	\`submissions_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	\`audit_log_id\` integer,
  	\`rate_limits_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`services_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`resources_id\`) REFERENCES \`resources\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policies_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`support_lines_id\`) REFERENCES \`support_lines\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`eligibility_criteria_id\`) REFERENCES \`eligibility_criteria\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`forms_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`form_versions_id\`) REFERENCES \`form_versions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`form_sessions_id\`) REFERENCES \`form_sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`submissions_id\`) REFERENCES \`submissions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`rate_limits_id\`) REFERENCES \`rate_limits\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "services_id", "resources_id", "policies_id", "support_lines_id", "eligibility_criteria_id", "forms_id", "form_versions_id", "form_sessions_id", "submissions_id", "media_id", "users_id", "audit_log_id", "rate_limits_id") SELECT "id", "order", "parent_id", "path", "services_id", "resources_id", "policies_id", "support_lines_id", "eligibility_criteria_id", "forms_id", "form_versions_id", "form_sessions_id", "submissions_id", "media_id", "users_id", "audit_log_id", "rate_limits_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_services_id_idx\` ON \`payload_locked_documents_rels\` (\`services_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_resources_id_idx\` ON \`payload_locked_documents_rels\` (\`resources_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_policies_id_idx\` ON \`payload_locked_documents_rels\` (\`policies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_support_lines_id_idx\` ON \`payload_locked_documents_rels\` (\`support_lines_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_eligibility_criteria_id_idx\` ON \`payload_locked_documents_rels\` (\`eligibility_criteria_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_forms_id_idx\` ON \`payload_locked_documents_rels\` (\`forms_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_form_versions_id_idx\` ON \`payload_locked_documents_rels\` (\`form_versions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_form_sessions_id_idx\` ON \`payload_locked_documents_rels\` (\`form_sessions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_submissions_id_idx\` ON \`payload_locked_documents_rels\` (\`submissions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_rate_limits_id_idx\` ON \`payload_locked_documents_rels\` (\`rate_limits_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_audit_log\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`at\` text NOT NULL,
  	\`user_id\` integer NOT NULL,
  	\`user_email\` text,
  	\`submission_id\` integer NOT NULL,
  	\`reference\` text,
  	\`operation\` text NOT NULL,
  	\`from\` text,
  	\`to\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submission_id\`) REFERENCES \`submissions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_audit_log\`("id", "at", "user_id", "user_email", "submission_id", "reference", "operation", "from", "to", "updated_at", "created_at") SELECT "id", "at", "user_id", "user_email", "submission_id", "reference", "operation", "from", "to", "updated_at", "created_at" FROM \`audit_log\`;`)
  await db.run(sql`DROP TABLE \`audit_log\`;`)
  await db.run(sql`ALTER TABLE \`__new_audit_log\` RENAME TO \`audit_log\`;`)
  await db.run(sql`CREATE INDEX \`audit_log_at_idx\` ON \`audit_log\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_user_idx\` ON \`audit_log\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_submission_idx\` ON \`audit_log\` (\`submission_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_reference_idx\` ON \`audit_log\` (\`reference\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_updated_at_idx\` ON \`audit_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_created_at_idx\` ON \`audit_log\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`submissions\` DROP COLUMN \`staff_group\`;`)
  await db.run(sql`ALTER TABLE \`submissions\` DROP COLUMN \`region\`;`)
}
