import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`audit_log\` ADD \`from\` text;`)
  await db.run(sql`ALTER TABLE \`audit_log\` ADD \`to\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`audit_log\` DROP COLUMN \`from\`;`)
  await db.run(sql`ALTER TABLE \`audit_log\` DROP COLUMN \`to\`;`)
}
