import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`forms\` ADD \`urgent_contact_working_days\` numeric DEFAULT 1;`)
  await db.run(sql`ALTER TABLE \`_forms_v\` ADD \`version_urgent_contact_working_days\` numeric DEFAULT 1;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`meta\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`ALTER TABLE \`forms\` DROP COLUMN \`urgent_contact_working_days\`;`)
  await db.run(sql`ALTER TABLE \`_forms_v\` DROP COLUMN \`version_urgent_contact_working_days\`;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`meta\`;`)
}
