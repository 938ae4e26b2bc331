import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`working_calendar_closures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text NOT NULL,
  	\`label\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`working_calendar\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`working_calendar_closures_order_idx\` ON \`working_calendar_closures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`working_calendar_closures_parent_id_idx\` ON \`working_calendar_closures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`working_calendar\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`services\` ADD \`first_contact_working_days\` numeric DEFAULT 5;`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_first_contact_working_days\` numeric DEFAULT 5;`)
  await db.run(sql`ALTER TABLE \`submissions\` ADD \`applicant_name\` text;`)
  await db.run(sql`ALTER TABLE \`submissions\` ADD \`applicant_email\` text;`)
  await db.run(sql`ALTER TABLE \`submissions\` ADD \`outcome\` text;`)
  await db.run(sql`ALTER TABLE \`submissions\` ADD \`first_contact_due_at\` text;`)
  await db.run(sql`ALTER TABLE \`submissions\` ADD \`triaged_at\` text;`)
  await db.run(sql`ALTER TABLE \`submissions\` ADD \`first_contact_at\` text;`)
  await db.run(sql`ALTER TABLE \`submissions\` ADD \`support_started_at\` text;`)
  await db.run(sql`ALTER TABLE \`submissions\` ADD \`closed_at\` text;`)
  await db.run(sql`CREATE INDEX \`submissions_applicant_name_idx\` ON \`submissions\` (\`applicant_name\`);`)
  await db.run(sql`CREATE INDEX \`submissions_applicant_email_idx\` ON \`submissions\` (\`applicant_email\`);`)
  await db.run(sql`CREATE INDEX \`submissions_first_contact_due_at_idx\` ON \`submissions\` (\`first_contact_due_at\`);`)
  await db.run(sql`CREATE INDEX \`submissions_triaged_at_idx\` ON \`submissions\` (\`triaged_at\`);`)
  await db.run(sql`CREATE INDEX \`submissions_first_contact_at_idx\` ON \`submissions\` (\`first_contact_at\`);`)
  await db.run(sql`CREATE INDEX \`submissions_support_started_at_idx\` ON \`submissions\` (\`support_started_at\`);`)
  await db.run(sql`CREATE INDEX \`submissions_closed_at_idx\` ON \`submissions\` (\`closed_at\`);`)
  // The old "in progress" stage meant the trainee had been contacted: it becomes "contacted",
  // first contact dated from the referral's last change (the best the old record knows).
  await db.run(sql`UPDATE \`submissions\` SET \`status\` = 'contacted', \`first_contact_at\` = \`updated_at\` WHERE \`status\` = 'in-progress';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`UPDATE \`submissions\` SET \`status\` = 'in-progress' WHERE \`status\` IN ('contacted', 'in-support');`)
  await db.run(sql`DROP TABLE \`working_calendar_closures\`;`)
  await db.run(sql`DROP TABLE \`working_calendar\`;`)
  await db.run(sql`DROP INDEX \`submissions_applicant_name_idx\`;`)
  await db.run(sql`DROP INDEX \`submissions_applicant_email_idx\`;`)
  await db.run(sql`DROP INDEX \`submissions_first_contact_due_at_idx\`;`)
  await db.run(sql`DROP INDEX \`submissions_triaged_at_idx\`;`)
  await db.run(sql`DROP INDEX \`submissions_first_contact_at_idx\`;`)
  await db.run(sql`DROP INDEX \`submissions_support_started_at_idx\`;`)
  await db.run(sql`DROP INDEX \`submissions_closed_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`submissions\` DROP COLUMN \`applicant_name\`;`)
  await db.run(sql`ALTER TABLE \`submissions\` DROP COLUMN \`applicant_email\`;`)
  await db.run(sql`ALTER TABLE \`submissions\` DROP COLUMN \`outcome\`;`)
  await db.run(sql`ALTER TABLE \`submissions\` DROP COLUMN \`first_contact_due_at\`;`)
  await db.run(sql`ALTER TABLE \`submissions\` DROP COLUMN \`triaged_at\`;`)
  await db.run(sql`ALTER TABLE \`submissions\` DROP COLUMN \`first_contact_at\`;`)
  await db.run(sql`ALTER TABLE \`submissions\` DROP COLUMN \`support_started_at\`;`)
  await db.run(sql`ALTER TABLE \`submissions\` DROP COLUMN \`closed_at\`;`)
  await db.run(sql`ALTER TABLE \`services\` DROP COLUMN \`first_contact_working_days\`;`)
  await db.run(sql`ALTER TABLE \`_services_v\` DROP COLUMN \`version_first_contact_working_days\`;`)
}
