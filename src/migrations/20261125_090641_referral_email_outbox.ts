import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`submissions\` ADD \`emails_queued_at\` text;`)
  await db.run(sql`CREATE INDEX \`submissions_emails_queued_at_idx\` ON \`submissions\` (\`emails_queued_at\`);`)
  // Referrals stored before this had their email jobs queued with them.
  await db.run(sql`UPDATE \`submissions\` SET \`emails_queued_at\` = \`created_at\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`submissions_emails_queued_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`submissions\` DROP COLUMN \`emails_queued_at\`;`)
}
