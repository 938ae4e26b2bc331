import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`stage_service_receivedDay_idx\` ON \`referral_stats\` (\`stage\`,\`service_id\`,\`received_day\`);`)
  await db.run(sql`CREATE INDEX \`stage_firstContactDueAt_service_idx\` ON \`referral_stats\` (\`stage\`,\`first_contact_due_at\`,\`service_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`stage_service_receivedDay_idx\`;`)
  await db.run(sql`DROP INDEX \`stage_firstContactDueAt_service_idx\`;`)
}
