import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`services\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`who_for\` text,
  	\`how_to_access\` text,
  	\`contact_email\` text,
  	\`contact_phone\` text,
  	\`application_form_id\` integer,
  	\`group\` text DEFAULT 'tab',
  	\`nav_order\` numeric DEFAULT 100,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`application_form_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`services_slug_idx\` ON \`services\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`services_application_form_idx\` ON \`services\` (\`application_form_id\`);`)
  await db.run(sql`CREATE INDEX \`services_updated_at_idx\` ON \`services\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`services_created_at_idx\` ON \`services\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`services__status_idx\` ON \`services\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`services_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`resources_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`resources_id\`) REFERENCES \`resources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`services_rels_order_idx\` ON \`services_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`services_rels_parent_idx\` ON \`services_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`services_rels_path_idx\` ON \`services_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`services_rels_resources_id_idx\` ON \`services_rels\` (\`resources_id\`);`)
  await db.run(sql`CREATE TABLE \`_services_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_who_for\` text,
  	\`version_how_to_access\` text,
  	\`version_contact_email\` text,
  	\`version_contact_phone\` text,
  	\`version_application_form_id\` integer,
  	\`version_group\` text DEFAULT 'tab',
  	\`version_nav_order\` numeric DEFAULT 100,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_application_form_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_services_v_parent_idx\` ON \`_services_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_slug_idx\` ON \`_services_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_application_form_idx\` ON \`_services_v\` (\`version_application_form_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_updated_at_idx\` ON \`_services_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_created_at_idx\` ON \`_services_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version__status_idx\` ON \`_services_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_created_at_idx\` ON \`_services_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_updated_at_idx\` ON \`_services_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_latest_idx\` ON \`_services_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_autosave_idx\` ON \`_services_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_services_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`resources_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_services_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`resources_id\`) REFERENCES \`resources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_services_v_rels_order_idx\` ON \`_services_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_rels_parent_idx\` ON \`_services_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_rels_path_idx\` ON \`_services_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_rels_resources_id_idx\` ON \`_services_v_rels\` (\`resources_id\`);`)
  await db.run(sql`CREATE TABLE \`resources_topics\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`resources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`resources_topics_order_idx\` ON \`resources_topics\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`resources_topics_parent_idx\` ON \`resources_topics\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`resources_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`resources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`resources_audiences_order_idx\` ON \`resources_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`resources_audiences_parent_idx\` ON \`resources_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`resources\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`type\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`url\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`resources_slug_idx\` ON \`resources\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`resources_type_idx\` ON \`resources\` (\`type\`);`)
  await db.run(sql`CREATE INDEX \`resources_updated_at_idx\` ON \`resources\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`resources_created_at_idx\` ON \`resources\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`resources__status_idx\` ON \`resources\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`resources_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`services_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`resources\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`services_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`resources_rels_order_idx\` ON \`resources_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`resources_rels_parent_idx\` ON \`resources_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`resources_rels_path_idx\` ON \`resources_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`resources_rels_services_id_idx\` ON \`resources_rels\` (\`services_id\`);`)
  await db.run(sql`CREATE TABLE \`_resources_v_version_topics\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_resources_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_resources_v_version_topics_order_idx\` ON \`_resources_v_version_topics\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_resources_v_version_topics_parent_idx\` ON \`_resources_v_version_topics\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_resources_v_version_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_resources_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_resources_v_version_audiences_order_idx\` ON \`_resources_v_version_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_resources_v_version_audiences_parent_idx\` ON \`_resources_v_version_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_resources_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_type\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_url\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`resources\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_resources_v_parent_idx\` ON \`_resources_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_resources_v_version_version_slug_idx\` ON \`_resources_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_resources_v_version_version_type_idx\` ON \`_resources_v\` (\`version_type\`);`)
  await db.run(sql`CREATE INDEX \`_resources_v_version_version_updated_at_idx\` ON \`_resources_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_resources_v_version_version_created_at_idx\` ON \`_resources_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_resources_v_version_version__status_idx\` ON \`_resources_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_resources_v_created_at_idx\` ON \`_resources_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_resources_v_updated_at_idx\` ON \`_resources_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_resources_v_latest_idx\` ON \`_resources_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_resources_v_autosave_idx\` ON \`_resources_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_resources_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`services_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_resources_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`services_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_resources_v_rels_order_idx\` ON \`_resources_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_resources_v_rels_parent_idx\` ON \`_resources_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_resources_v_rels_path_idx\` ON \`_resources_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_resources_v_rels_services_id_idx\` ON \`_resources_v_rels\` (\`services_id\`);`)
  await db.run(sql`CREATE TABLE \`policies\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`published_date\` text,
  	\`date_precision\` text DEFAULT 'day',
  	\`review_date\` text,
  	\`document_id\` integer,
  	\`order\` numeric DEFAULT 100,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`policies_slug_idx\` ON \`policies\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`policies_document_idx\` ON \`policies\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`policies_updated_at_idx\` ON \`policies\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`policies_created_at_idx\` ON \`policies\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`policies__status_idx\` ON \`policies\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_policies_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_published_date\` text,
  	\`version_date_precision\` text DEFAULT 'day',
  	\`version_review_date\` text,
  	\`version_document_id\` integer,
  	\`version_order\` numeric DEFAULT 100,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_policies_v_parent_idx\` ON \`_policies_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_slug_idx\` ON \`_policies_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_document_idx\` ON \`_policies_v\` (\`version_document_id\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_updated_at_idx\` ON \`_policies_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_created_at_idx\` ON \`_policies_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version__status_idx\` ON \`_policies_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_created_at_idx\` ON \`_policies_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_updated_at_idx\` ON \`_policies_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_latest_idx\` ON \`_policies_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_autosave_idx\` ON \`_policies_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`support_lines\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`who_for\` text,
  	\`phone\` text,
  	\`phone_hours\` text,
  	\`text_code\` text,
  	\`text_number\` text,
  	\`text_hours\` text,
  	\`link\` text,
  	\`link_label\` text,
  	\`order\` numeric DEFAULT 100,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`support_lines_updated_at_idx\` ON \`support_lines\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`support_lines_created_at_idx\` ON \`support_lines\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`eligibility_criteria_when_conditions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`field\` text NOT NULL,
  	\`operator\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`eligibility_criteria\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`eligibility_criteria_when_conditions_order_idx\` ON \`eligibility_criteria_when_conditions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`eligibility_criteria_when_conditions_parent_id_idx\` ON \`eligibility_criteria_when_conditions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`eligibility_criteria\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`key\` text NOT NULL,
  	\`role\` text DEFAULT 'route' NOT NULL,
  	\`explanation\` text NOT NULL,
  	\`not_met_reason\` text,
  	\`when_match\` text DEFAULT 'all' NOT NULL,
  	\`order\` numeric DEFAULT 100,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`eligibility_criteria_key_idx\` ON \`eligibility_criteria\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`eligibility_criteria_updated_at_idx\` ON \`eligibility_criteria\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`eligibility_criteria_created_at_idx\` ON \`eligibility_criteria\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`eligibility_criteria_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`eligibility_criteria\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`eligibility_criteria_texts_order_parent\` ON \`eligibility_criteria_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`forms_pages_show_when_conditions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms_pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_pages_show_when_conditions_order_idx\` ON \`forms_pages_show_when_conditions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_pages_show_when_conditions_parent_id_idx\` ON \`forms_pages_show_when_conditions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`fq_shorttext_show_when_conditions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`fq_shorttext\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`fq_shorttext_show_when_conditions_order_idx\` ON \`fq_shorttext_show_when_conditions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`fq_shorttext_show_when_conditions_parent_id_idx\` ON \`fq_shorttext_show_when_conditions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`fq_shorttext\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`required\` integer DEFAULT true,
  	\`label\` text,
  	\`hint\` text,
  	\`error_name\` text,
  	\`show_when_match\` text DEFAULT 'all',
  	\`validation_min_length\` numeric,
  	\`validation_max_length\` numeric,
  	\`validation_pattern\` text,
  	\`validation_pattern_message\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`fq_shorttext_order_idx\` ON \`fq_shorttext\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`fq_shorttext_parent_id_idx\` ON \`fq_shorttext\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`fq_shorttext_path_idx\` ON \`fq_shorttext\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`fq_longtext_show_when_conditions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`fq_longtext\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`fq_longtext_show_when_conditions_order_idx\` ON \`fq_longtext_show_when_conditions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`fq_longtext_show_when_conditions_parent_id_idx\` ON \`fq_longtext_show_when_conditions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`fq_longtext\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`required\` integer DEFAULT true,
  	\`label\` text,
  	\`hint\` text,
  	\`error_name\` text,
  	\`show_when_match\` text DEFAULT 'all',
  	\`validation_min_length\` numeric,
  	\`validation_max_length\` numeric,
  	\`validation_pattern\` text,
  	\`validation_pattern_message\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`fq_longtext_order_idx\` ON \`fq_longtext\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`fq_longtext_parent_id_idx\` ON \`fq_longtext\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`fq_longtext_path_idx\` ON \`fq_longtext\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`fq_email_show_when_conditions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`fq_email\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`fq_email_show_when_conditions_order_idx\` ON \`fq_email_show_when_conditions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`fq_email_show_when_conditions_parent_id_idx\` ON \`fq_email_show_when_conditions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`fq_email\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`required\` integer DEFAULT true,
  	\`label\` text,
  	\`hint\` text,
  	\`error_name\` text,
  	\`show_when_match\` text DEFAULT 'all',
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`fq_email_order_idx\` ON \`fq_email\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`fq_email_parent_id_idx\` ON \`fq_email\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`fq_email_path_idx\` ON \`fq_email\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`fq_ukphone_show_when_conditions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`fq_ukphone\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`fq_ukphone_show_when_conditions_order_idx\` ON \`fq_ukphone_show_when_conditions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`fq_ukphone_show_when_conditions_parent_id_idx\` ON \`fq_ukphone_show_when_conditions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`fq_ukphone\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`required\` integer DEFAULT true,
  	\`label\` text,
  	\`hint\` text,
  	\`error_name\` text,
  	\`show_when_match\` text DEFAULT 'all',
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`fq_ukphone_order_idx\` ON \`fq_ukphone\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`fq_ukphone_parent_id_idx\` ON \`fq_ukphone\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`fq_ukphone_path_idx\` ON \`fq_ukphone\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`fq_number_show_when_conditions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`fq_number\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`fq_number_show_when_conditions_order_idx\` ON \`fq_number_show_when_conditions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`fq_number_show_when_conditions_parent_id_idx\` ON \`fq_number_show_when_conditions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`fq_number\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`required\` integer DEFAULT true,
  	\`label\` text,
  	\`hint\` text,
  	\`error_name\` text,
  	\`show_when_match\` text DEFAULT 'all',
  	\`validation_min\` numeric,
  	\`validation_max\` numeric,
  	\`validation_integer\` integer,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`fq_number_order_idx\` ON \`fq_number\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`fq_number_parent_id_idx\` ON \`fq_number\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`fq_number_path_idx\` ON \`fq_number\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`fq_date_show_when_conditions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`fq_date\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`fq_date_show_when_conditions_order_idx\` ON \`fq_date_show_when_conditions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`fq_date_show_when_conditions_parent_id_idx\` ON \`fq_date_show_when_conditions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`fq_date\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`required\` integer DEFAULT true,
  	\`label\` text,
  	\`hint\` text,
  	\`error_name\` text,
  	\`show_when_match\` text DEFAULT 'all',
  	\`validation_date_not_in_future\` integer,
  	\`validation_date_not_in_past\` integer,
  	\`validation_date_after\` text,
  	\`validation_date_before\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`fq_date_order_idx\` ON \`fq_date\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`fq_date_parent_id_idx\` ON \`fq_date\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`fq_date_path_idx\` ON \`fq_date\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`fq_radios_show_when_conditions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`fq_radios\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`fq_radios_show_when_conditions_order_idx\` ON \`fq_radios_show_when_conditions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`fq_radios_show_when_conditions_parent_id_idx\` ON \`fq_radios_show_when_conditions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`fq_radios_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`value\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`fq_radios\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`fq_radios_options_order_idx\` ON \`fq_radios_options\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`fq_radios_options_parent_id_idx\` ON \`fq_radios_options\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`fq_radios\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`required\` integer DEFAULT true,
  	\`label\` text,
  	\`hint\` text,
  	\`error_name\` text,
  	\`show_when_match\` text DEFAULT 'all',
  	\`risk_is_risk\` integer DEFAULT false,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`fq_radios_order_idx\` ON \`fq_radios\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`fq_radios_parent_id_idx\` ON \`fq_radios\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`fq_radios_path_idx\` ON \`fq_radios\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`fq_checkboxes_show_when_conditions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`fq_checkboxes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`fq_checkboxes_show_when_conditions_order_idx\` ON \`fq_checkboxes_show_when_conditions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`fq_checkboxes_show_when_conditions_parent_id_idx\` ON \`fq_checkboxes_show_when_conditions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`fq_checkboxes_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`value\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`fq_checkboxes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`fq_checkboxes_options_order_idx\` ON \`fq_checkboxes_options\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`fq_checkboxes_options_parent_id_idx\` ON \`fq_checkboxes_options\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`fq_checkboxes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`required\` integer DEFAULT true,
  	\`label\` text,
  	\`hint\` text,
  	\`error_name\` text,
  	\`show_when_match\` text DEFAULT 'all',
  	\`validation_max_selections\` numeric,
  	\`risk_is_risk\` integer DEFAULT false,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`fq_checkboxes_order_idx\` ON \`fq_checkboxes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`fq_checkboxes_parent_id_idx\` ON \`fq_checkboxes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`fq_checkboxes_path_idx\` ON \`fq_checkboxes\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`fq_select_show_when_conditions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`fq_select\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`fq_select_show_when_conditions_order_idx\` ON \`fq_select_show_when_conditions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`fq_select_show_when_conditions_parent_id_idx\` ON \`fq_select_show_when_conditions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`fq_select_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`value\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`fq_select\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`fq_select_options_order_idx\` ON \`fq_select_options\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`fq_select_options_parent_id_idx\` ON \`fq_select_options\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`fq_select\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`required\` integer DEFAULT true,
  	\`label\` text,
  	\`hint\` text,
  	\`error_name\` text,
  	\`show_when_match\` text DEFAULT 'all',
  	\`risk_is_risk\` integer DEFAULT false,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`fq_select_order_idx\` ON \`fq_select\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`fq_select_parent_id_idx\` ON \`fq_select\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`fq_select_path_idx\` ON \`fq_select\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`fq_yesno_show_when_conditions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`fq_yesno\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`fq_yesno_show_when_conditions_order_idx\` ON \`fq_yesno_show_when_conditions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`fq_yesno_show_when_conditions_parent_id_idx\` ON \`fq_yesno_show_when_conditions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`fq_yesno\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`required\` integer DEFAULT true,
  	\`label\` text,
  	\`hint\` text,
  	\`error_name\` text,
  	\`show_when_match\` text DEFAULT 'all',
  	\`risk_is_risk\` integer DEFAULT false,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`fq_yesno_order_idx\` ON \`fq_yesno\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`fq_yesno_parent_id_idx\` ON \`fq_yesno\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`fq_yesno_path_idx\` ON \`fq_yesno\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`fq_ukaddress_show_when_conditions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`fq_ukaddress\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`fq_ukaddress_show_when_conditions_order_idx\` ON \`fq_ukaddress_show_when_conditions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`fq_ukaddress_show_when_conditions_parent_id_idx\` ON \`fq_ukaddress_show_when_conditions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`fq_ukaddress\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`required\` integer DEFAULT true,
  	\`label\` text,
  	\`hint\` text,
  	\`error_name\` text,
  	\`show_when_match\` text DEFAULT 'all',
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`fq_ukaddress_order_idx\` ON \`fq_ukaddress\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`fq_ukaddress_parent_id_idx\` ON \`fq_ukaddress\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`fq_ukaddress_path_idx\` ON \`fq_ukaddress\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`fq_registration_show_when_conditions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`fq_registration\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`fq_registration_show_when_conditions_order_idx\` ON \`fq_registration_show_when_conditions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`fq_registration_show_when_conditions_parent_id_idx\` ON \`fq_registration_show_when_conditions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`fq_registration\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`required\` integer DEFAULT true,
  	\`label\` text,
  	\`hint\` text,
  	\`error_name\` text,
  	\`show_when_match\` text DEFAULT 'all',
  	\`validation_registration_body\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`fq_registration_order_idx\` ON \`fq_registration\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`fq_registration_parent_id_idx\` ON \`fq_registration\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`fq_registration_path_idx\` ON \`fq_registration\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`fq_consent_show_when_conditions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`fq_consent\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`fq_consent_show_when_conditions_order_idx\` ON \`fq_consent_show_when_conditions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`fq_consent_show_when_conditions_parent_id_idx\` ON \`fq_consent_show_when_conditions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`fq_consent\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`required\` integer DEFAULT true,
  	\`label\` text,
  	\`hint\` text,
  	\`error_name\` text,
  	\`show_when_match\` text DEFAULT 'all',
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`fq_consent_order_idx\` ON \`fq_consent\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`fq_consent_parent_id_idx\` ON \`fq_consent\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`fq_consent_path_idx\` ON \`fq_consent\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`forms_pages_branches_when_conditions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms_pages_branches\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_pages_branches_when_conditions_order_idx\` ON \`forms_pages_branches_when_conditions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_pages_branches_when_conditions_parent_id_idx\` ON \`forms_pages_branches_when_conditions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`forms_pages_branches\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`when_match\` text DEFAULT 'all',
  	\`go_to\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms_pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_pages_branches_order_idx\` ON \`forms_pages_branches\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_pages_branches_parent_id_idx\` ON \`forms_pages_branches\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`forms_pages\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`page_id\` text,
  	\`title\` text,
  	\`kind\` text DEFAULT 'questions',
  	\`show_when_match\` text DEFAULT 'all',
  	\`exit_content\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_pages_order_idx\` ON \`forms_pages\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_pages_parent_id_idx\` ON \`forms_pages\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`forms_routing_rules_when_conditions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms_routing_rules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_routing_rules_when_conditions_order_idx\` ON \`forms_routing_rules_when_conditions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_routing_rules_when_conditions_parent_id_idx\` ON \`forms_routing_rules_when_conditions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`forms_routing_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`when_match\` text DEFAULT 'all',
  	\`service_id\` integer,
  	FOREIGN KEY (\`service_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_routing_rules_order_idx\` ON \`forms_routing_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_routing_rules_parent_id_idx\` ON \`forms_routing_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`forms_routing_rules_service_idx\` ON \`forms_routing_rules\` (\`service_id\`);`)
  await db.run(sql`CREATE TABLE \`forms\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`intro\` text,
  	\`one_question_per_page\` integer DEFAULT false,
  	\`eligibility_gate\` integer DEFAULT false,
  	\`routing_default_service_id\` integer,
  	\`confirmation\` text,
  	\`trainee_email_subject\` text,
  	\`trainee_email_body\` text,
  	\`service_email_subject\` text,
  	\`service_email_body\` text,
  	\`urgent_email_subject\` text,
  	\`urgent_email_body\` text,
  	\`slug\` text,
  	\`version\` numeric DEFAULT 0,
  	\`retention_days\` numeric DEFAULT 730,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`routing_default_service_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_routing_routing_default_service_idx\` ON \`forms\` (\`routing_default_service_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`forms_slug_idx\` ON \`forms\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`forms_updated_at_idx\` ON \`forms\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`forms_created_at_idx\` ON \`forms\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`forms__status_idx\` ON \`forms\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`forms_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_texts_order_parent\` ON \`forms_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_version_pages_show_when_conditions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v_version_pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_version_pages_show_when_conditions_order_idx\` ON \`_forms_v_version_pages_show_when_conditions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_version_pages_show_when_conditions_parent_id_idx\` ON \`_forms_v_version_pages_show_when_conditions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_fq_shorttext_v_show_when_conditions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_fq_shorttext_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_fq_shorttext_v_show_when_conditions_order_idx\` ON \`_fq_shorttext_v_show_when_conditions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_fq_shorttext_v_show_when_conditions_parent_id_idx\` ON \`_fq_shorttext_v_show_when_conditions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_fq_shorttext_v\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`required\` integer DEFAULT true,
  	\`label\` text,
  	\`hint\` text,
  	\`error_name\` text,
  	\`show_when_match\` text DEFAULT 'all',
  	\`validation_min_length\` numeric,
  	\`validation_max_length\` numeric,
  	\`validation_pattern\` text,
  	\`validation_pattern_message\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_fq_shorttext_v_order_idx\` ON \`_fq_shorttext_v\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_fq_shorttext_v_parent_id_idx\` ON \`_fq_shorttext_v\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_fq_shorttext_v_path_idx\` ON \`_fq_shorttext_v\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_fq_longtext_v_show_when_conditions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_fq_longtext_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_fq_longtext_v_show_when_conditions_order_idx\` ON \`_fq_longtext_v_show_when_conditions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_fq_longtext_v_show_when_conditions_parent_id_idx\` ON \`_fq_longtext_v_show_when_conditions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_fq_longtext_v\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`required\` integer DEFAULT true,
  	\`label\` text,
  	\`hint\` text,
  	\`error_name\` text,
  	\`show_when_match\` text DEFAULT 'all',
  	\`validation_min_length\` numeric,
  	\`validation_max_length\` numeric,
  	\`validation_pattern\` text,
  	\`validation_pattern_message\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_fq_longtext_v_order_idx\` ON \`_fq_longtext_v\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_fq_longtext_v_parent_id_idx\` ON \`_fq_longtext_v\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_fq_longtext_v_path_idx\` ON \`_fq_longtext_v\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_fq_email_v_show_when_conditions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_fq_email_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_fq_email_v_show_when_conditions_order_idx\` ON \`_fq_email_v_show_when_conditions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_fq_email_v_show_when_conditions_parent_id_idx\` ON \`_fq_email_v_show_when_conditions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_fq_email_v\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`required\` integer DEFAULT true,
  	\`label\` text,
  	\`hint\` text,
  	\`error_name\` text,
  	\`show_when_match\` text DEFAULT 'all',
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_fq_email_v_order_idx\` ON \`_fq_email_v\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_fq_email_v_parent_id_idx\` ON \`_fq_email_v\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_fq_email_v_path_idx\` ON \`_fq_email_v\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_fq_ukphone_v_show_when_conditions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_fq_ukphone_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_fq_ukphone_v_show_when_conditions_order_idx\` ON \`_fq_ukphone_v_show_when_conditions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_fq_ukphone_v_show_when_conditions_parent_id_idx\` ON \`_fq_ukphone_v_show_when_conditions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_fq_ukphone_v\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`required\` integer DEFAULT true,
  	\`label\` text,
  	\`hint\` text,
  	\`error_name\` text,
  	\`show_when_match\` text DEFAULT 'all',
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_fq_ukphone_v_order_idx\` ON \`_fq_ukphone_v\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_fq_ukphone_v_parent_id_idx\` ON \`_fq_ukphone_v\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_fq_ukphone_v_path_idx\` ON \`_fq_ukphone_v\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_fq_number_v_show_when_conditions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_fq_number_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_fq_number_v_show_when_conditions_order_idx\` ON \`_fq_number_v_show_when_conditions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_fq_number_v_show_when_conditions_parent_id_idx\` ON \`_fq_number_v_show_when_conditions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_fq_number_v\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`required\` integer DEFAULT true,
  	\`label\` text,
  	\`hint\` text,
  	\`error_name\` text,
  	\`show_when_match\` text DEFAULT 'all',
  	\`validation_min\` numeric,
  	\`validation_max\` numeric,
  	\`validation_integer\` integer,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_fq_number_v_order_idx\` ON \`_fq_number_v\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_fq_number_v_parent_id_idx\` ON \`_fq_number_v\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_fq_number_v_path_idx\` ON \`_fq_number_v\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_fq_date_v_show_when_conditions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_fq_date_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_fq_date_v_show_when_conditions_order_idx\` ON \`_fq_date_v_show_when_conditions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_fq_date_v_show_when_conditions_parent_id_idx\` ON \`_fq_date_v_show_when_conditions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_fq_date_v\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`required\` integer DEFAULT true,
  	\`label\` text,
  	\`hint\` text,
  	\`error_name\` text,
  	\`show_when_match\` text DEFAULT 'all',
  	\`validation_date_not_in_future\` integer,
  	\`validation_date_not_in_past\` integer,
  	\`validation_date_after\` text,
  	\`validation_date_before\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_fq_date_v_order_idx\` ON \`_fq_date_v\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_fq_date_v_parent_id_idx\` ON \`_fq_date_v\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_fq_date_v_path_idx\` ON \`_fq_date_v\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_fq_radios_v_show_when_conditions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_fq_radios_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_fq_radios_v_show_when_conditions_order_idx\` ON \`_fq_radios_v_show_when_conditions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_fq_radios_v_show_when_conditions_parent_id_idx\` ON \`_fq_radios_v_show_when_conditions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_fq_radios_v_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`value\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_fq_radios_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_fq_radios_v_options_order_idx\` ON \`_fq_radios_v_options\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_fq_radios_v_options_parent_id_idx\` ON \`_fq_radios_v_options\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_fq_radios_v\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`required\` integer DEFAULT true,
  	\`label\` text,
  	\`hint\` text,
  	\`error_name\` text,
  	\`show_when_match\` text DEFAULT 'all',
  	\`risk_is_risk\` integer DEFAULT false,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_fq_radios_v_order_idx\` ON \`_fq_radios_v\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_fq_radios_v_parent_id_idx\` ON \`_fq_radios_v\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_fq_radios_v_path_idx\` ON \`_fq_radios_v\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_fq_checkboxes_v_show_when_conditions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_fq_checkboxes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_fq_checkboxes_v_show_when_conditions_order_idx\` ON \`_fq_checkboxes_v_show_when_conditions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_fq_checkboxes_v_show_when_conditions_parent_id_idx\` ON \`_fq_checkboxes_v_show_when_conditions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_fq_checkboxes_v_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`value\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_fq_checkboxes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_fq_checkboxes_v_options_order_idx\` ON \`_fq_checkboxes_v_options\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_fq_checkboxes_v_options_parent_id_idx\` ON \`_fq_checkboxes_v_options\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_fq_checkboxes_v\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`required\` integer DEFAULT true,
  	\`label\` text,
  	\`hint\` text,
  	\`error_name\` text,
  	\`show_when_match\` text DEFAULT 'all',
  	\`validation_max_selections\` numeric,
  	\`risk_is_risk\` integer DEFAULT false,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_fq_checkboxes_v_order_idx\` ON \`_fq_checkboxes_v\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_fq_checkboxes_v_parent_id_idx\` ON \`_fq_checkboxes_v\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_fq_checkboxes_v_path_idx\` ON \`_fq_checkboxes_v\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_fq_select_v_show_when_conditions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_fq_select_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_fq_select_v_show_when_conditions_order_idx\` ON \`_fq_select_v_show_when_conditions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_fq_select_v_show_when_conditions_parent_id_idx\` ON \`_fq_select_v_show_when_conditions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_fq_select_v_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`value\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_fq_select_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_fq_select_v_options_order_idx\` ON \`_fq_select_v_options\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_fq_select_v_options_parent_id_idx\` ON \`_fq_select_v_options\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_fq_select_v\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`required\` integer DEFAULT true,
  	\`label\` text,
  	\`hint\` text,
  	\`error_name\` text,
  	\`show_when_match\` text DEFAULT 'all',
  	\`risk_is_risk\` integer DEFAULT false,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_fq_select_v_order_idx\` ON \`_fq_select_v\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_fq_select_v_parent_id_idx\` ON \`_fq_select_v\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_fq_select_v_path_idx\` ON \`_fq_select_v\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_fq_yesno_v_show_when_conditions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_fq_yesno_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_fq_yesno_v_show_when_conditions_order_idx\` ON \`_fq_yesno_v_show_when_conditions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_fq_yesno_v_show_when_conditions_parent_id_idx\` ON \`_fq_yesno_v_show_when_conditions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_fq_yesno_v\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`required\` integer DEFAULT true,
  	\`label\` text,
  	\`hint\` text,
  	\`error_name\` text,
  	\`show_when_match\` text DEFAULT 'all',
  	\`risk_is_risk\` integer DEFAULT false,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_fq_yesno_v_order_idx\` ON \`_fq_yesno_v\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_fq_yesno_v_parent_id_idx\` ON \`_fq_yesno_v\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_fq_yesno_v_path_idx\` ON \`_fq_yesno_v\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_fq_ukaddress_v_show_when_conditions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_fq_ukaddress_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_fq_ukaddress_v_show_when_conditions_order_idx\` ON \`_fq_ukaddress_v_show_when_conditions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_fq_ukaddress_v_show_when_conditions_parent_id_idx\` ON \`_fq_ukaddress_v_show_when_conditions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_fq_ukaddress_v\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`required\` integer DEFAULT true,
  	\`label\` text,
  	\`hint\` text,
  	\`error_name\` text,
  	\`show_when_match\` text DEFAULT 'all',
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_fq_ukaddress_v_order_idx\` ON \`_fq_ukaddress_v\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_fq_ukaddress_v_parent_id_idx\` ON \`_fq_ukaddress_v\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_fq_ukaddress_v_path_idx\` ON \`_fq_ukaddress_v\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_fq_registration_v_show_when_conditions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_fq_registration_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_fq_registration_v_show_when_conditions_order_idx\` ON \`_fq_registration_v_show_when_conditions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_fq_registration_v_show_when_conditions_parent_id_idx\` ON \`_fq_registration_v_show_when_conditions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_fq_registration_v\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`required\` integer DEFAULT true,
  	\`label\` text,
  	\`hint\` text,
  	\`error_name\` text,
  	\`show_when_match\` text DEFAULT 'all',
  	\`validation_registration_body\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_fq_registration_v_order_idx\` ON \`_fq_registration_v\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_fq_registration_v_parent_id_idx\` ON \`_fq_registration_v\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_fq_registration_v_path_idx\` ON \`_fq_registration_v\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_fq_consent_v_show_when_conditions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_fq_consent_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_fq_consent_v_show_when_conditions_order_idx\` ON \`_fq_consent_v_show_when_conditions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_fq_consent_v_show_when_conditions_parent_id_idx\` ON \`_fq_consent_v_show_when_conditions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_fq_consent_v\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`required\` integer DEFAULT true,
  	\`label\` text,
  	\`hint\` text,
  	\`error_name\` text,
  	\`show_when_match\` text DEFAULT 'all',
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_fq_consent_v_order_idx\` ON \`_fq_consent_v\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_fq_consent_v_parent_id_idx\` ON \`_fq_consent_v\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_fq_consent_v_path_idx\` ON \`_fq_consent_v\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_version_pages_branches_when_conditions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v_version_pages_branches\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_version_pages_branches_when_conditions_order_idx\` ON \`_forms_v_version_pages_branches_when_conditions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_version_pages_branches_when_conditions_parent_id_idx\` ON \`_forms_v_version_pages_branches_when_conditions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_version_pages_branches\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`when_match\` text DEFAULT 'all',
  	\`go_to\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v_version_pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_version_pages_branches_order_idx\` ON \`_forms_v_version_pages_branches\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_version_pages_branches_parent_id_idx\` ON \`_forms_v_version_pages_branches\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_version_pages\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`page_id\` text,
  	\`title\` text,
  	\`kind\` text DEFAULT 'questions',
  	\`show_when_match\` text DEFAULT 'all',
  	\`exit_content\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_version_pages_order_idx\` ON \`_forms_v_version_pages\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_version_pages_parent_id_idx\` ON \`_forms_v_version_pages\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_version_routing_rules_when_conditions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v_version_routing_rules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_version_routing_rules_when_conditions_order_idx\` ON \`_forms_v_version_routing_rules_when_conditions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_version_routing_rules_when_conditions_parent_id_idx\` ON \`_forms_v_version_routing_rules_when_conditions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_version_routing_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`when_match\` text DEFAULT 'all',
  	\`service_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`service_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_version_routing_rules_order_idx\` ON \`_forms_v_version_routing_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_version_routing_rules_parent_id_idx\` ON \`_forms_v_version_routing_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_version_routing_rules_service_idx\` ON \`_forms_v_version_routing_rules\` (\`service_id\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_intro\` text,
  	\`version_one_question_per_page\` integer DEFAULT false,
  	\`version_eligibility_gate\` integer DEFAULT false,
  	\`version_routing_default_service_id\` integer,
  	\`version_confirmation\` text,
  	\`version_trainee_email_subject\` text,
  	\`version_trainee_email_body\` text,
  	\`version_service_email_subject\` text,
  	\`version_service_email_body\` text,
  	\`version_urgent_email_subject\` text,
  	\`version_urgent_email_body\` text,
  	\`version_slug\` text,
  	\`version_version\` numeric DEFAULT 0,
  	\`version_retention_days\` numeric DEFAULT 730,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_routing_default_service_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_parent_idx\` ON \`_forms_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_version_routing_version_routing_default_service_idx\` ON \`_forms_v\` (\`version_routing_default_service_id\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_version_version_slug_idx\` ON \`_forms_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_version_version_updated_at_idx\` ON \`_forms_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_version_version_created_at_idx\` ON \`_forms_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_version_version__status_idx\` ON \`_forms_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_created_at_idx\` ON \`_forms_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_updated_at_idx\` ON \`_forms_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_latest_idx\` ON \`_forms_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_forms_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_texts_order_parent\` ON \`_forms_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`form_versions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`form_id\` integer NOT NULL,
  	\`slug\` text NOT NULL,
  	\`version\` numeric NOT NULL,
  	\`definition\` text NOT NULL,
  	\`messages\` text NOT NULL,
  	\`retention_days\` numeric NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`form_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`form_versions_form_idx\` ON \`form_versions\` (\`form_id\`);`)
  await db.run(sql`CREATE INDEX \`form_versions_slug_idx\` ON \`form_versions\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`form_versions_updated_at_idx\` ON \`form_versions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`form_versions_created_at_idx\` ON \`form_versions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`form_sessions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`token_hash\` text NOT NULL,
  	\`form_slug\` text NOT NULL,
  	\`form_version\` numeric NOT NULL,
  	\`answers\` text,
  	\`visited\` text,
  	\`risk_acknowledged\` text,
  	\`flash\` text,
  	\`idempotency_key\` text,
  	\`reference\` text,
  	\`sent\` text,
  	\`expires_at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`form_sessions_token_hash_idx\` ON \`form_sessions\` (\`token_hash\`);`)
  await db.run(sql`CREATE INDEX \`form_sessions_expires_at_idx\` ON \`form_sessions\` (\`expires_at\`);`)
  await db.run(sql`CREATE INDEX \`form_sessions_updated_at_idx\` ON \`form_sessions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`form_sessions_created_at_idx\` ON \`form_sessions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`submissions_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text NOT NULL,
  	\`author_id\` integer,
  	\`at\` text,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`submissions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`submissions_notes_order_idx\` ON \`submissions_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`submissions_notes_parent_id_idx\` ON \`submissions_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`submissions_notes_author_idx\` ON \`submissions_notes\` (\`author_id\`);`)
  await db.run(sql`CREATE TABLE \`submissions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`reference\` text NOT NULL,
  	\`answers\` text NOT NULL,
  	\`form_id\` integer NOT NULL,
  	\`form_version_id\` integer NOT NULL,
  	\`form_slug\` text NOT NULL,
  	\`eligibility_eligible\` integer,
  	\`eligibility_reason\` text,
  	\`submitted_at\` text NOT NULL,
  	\`retain_until\` text NOT NULL,
  	\`trainee_email_sent_at\` text,
  	\`service_email_sent_at\` text,
  	\`urgent_email_sent_at\` text,
  	\`idempotency_key\` text,
  	\`routed_service_id\` integer,
  	\`priority\` text DEFAULT 'normal' NOT NULL,
  	\`status\` text DEFAULT 'new' NOT NULL,
  	\`assignee_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`form_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`form_version_id\`) REFERENCES \`form_versions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`routed_service_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`submissions_reference_idx\` ON \`submissions\` (\`reference\`);`)
  await db.run(sql`CREATE INDEX \`submissions_form_idx\` ON \`submissions\` (\`form_id\`);`)
  await db.run(sql`CREATE INDEX \`submissions_form_version_idx\` ON \`submissions\` (\`form_version_id\`);`)
  await db.run(sql`CREATE INDEX \`submissions_form_slug_idx\` ON \`submissions\` (\`form_slug\`);`)
  await db.run(sql`CREATE INDEX \`submissions_submitted_at_idx\` ON \`submissions\` (\`submitted_at\`);`)
  await db.run(sql`CREATE INDEX \`submissions_retain_until_idx\` ON \`submissions\` (\`retain_until\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`submissions_idempotency_key_idx\` ON \`submissions\` (\`idempotency_key\`);`)
  await db.run(sql`CREATE INDEX \`submissions_routed_service_idx\` ON \`submissions\` (\`routed_service_id\`);`)
  await db.run(sql`CREATE INDEX \`submissions_priority_idx\` ON \`submissions\` (\`priority\`);`)
  await db.run(sql`CREATE INDEX \`submissions_status_idx\` ON \`submissions\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`submissions_assignee_idx\` ON \`submissions\` (\`assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`submissions_updated_at_idx\` ON \`submissions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`submissions_created_at_idx\` ON \`submissions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`alt\` text,
  	\`is_placeholder\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`users_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`services_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`services_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_rels_order_idx\` ON \`users_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_parent_idx\` ON \`users_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_path_idx\` ON \`users_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_services_id_idx\` ON \`users_rels\` (\`services_id\`);`)
  await db.run(sql`CREATE TABLE \`audit_log\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`at\` text NOT NULL,
  	\`user_id\` integer NOT NULL,
  	\`user_email\` text,
  	\`submission_id\` integer NOT NULL,
  	\`reference\` text,
  	\`operation\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submission_id\`) REFERENCES \`submissions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_log_at_idx\` ON \`audit_log\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_user_idx\` ON \`audit_log\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_submission_idx\` ON \`audit_log\` (\`submission_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_reference_idx\` ON \`audit_log\` (\`reference\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_updated_at_idx\` ON \`audit_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_created_at_idx\` ON \`audit_log\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`rate_limits\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`points\` numeric DEFAULT 0 NOT NULL,
  	\`expire\` numeric
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`rate_limits_key_idx\` ON \`rate_limits\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`rate_limits_expire_idx\` ON \`rate_limits\` (\`expire\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
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
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`site_settings_navigation\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text NOT NULL,
  	\`href\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_navigation_order_idx\` ON \`site_settings_navigation\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_navigation_parent_id_idx\` ON \`site_settings_navigation\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`site_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`service_name\` text DEFAULT 'Professional Support Unit' NOT NULL,
  	\`contact_email\` text NOT NULL,
  	\`intro_text\` text NOT NULL,
  	\`urgent_help_heading\` text NOT NULL,
  	\`urgent_help_text\` text,
  	\`covid_heading\` text NOT NULL,
  	\`covid_text\` text,
  	\`workforce_heading\` text NOT NULL,
  	\`workforce_text\` text,
  	\`who_can_access_heading\` text NOT NULL,
  	\`who_can_access_text\` text,
  	\`how_to_access_heading\` text NOT NULL,
  	\`how_to_access_text\` text,
  	\`questions_heading\` text NOT NULL,
  	\`questions_text\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`contact_routing_routes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`topic\` text NOT NULL,
  	\`advice\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`contact_routing\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`contact_routing_routes_order_idx\` ON \`contact_routing_routes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`contact_routing_routes_parent_id_idx\` ON \`contact_routing_routes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`contact_routing\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`services\`;`)
  await db.run(sql`DROP TABLE \`services_rels\`;`)
  await db.run(sql`DROP TABLE \`_services_v\`;`)
  await db.run(sql`DROP TABLE \`_services_v_rels\`;`)
  await db.run(sql`DROP TABLE \`resources_topics\`;`)
  await db.run(sql`DROP TABLE \`resources_audiences\`;`)
  await db.run(sql`DROP TABLE \`resources\`;`)
  await db.run(sql`DROP TABLE \`resources_rels\`;`)
  await db.run(sql`DROP TABLE \`_resources_v_version_topics\`;`)
  await db.run(sql`DROP TABLE \`_resources_v_version_audiences\`;`)
  await db.run(sql`DROP TABLE \`_resources_v\`;`)
  await db.run(sql`DROP TABLE \`_resources_v_rels\`;`)
  await db.run(sql`DROP TABLE \`policies\`;`)
  await db.run(sql`DROP TABLE \`_policies_v\`;`)
  await db.run(sql`DROP TABLE \`support_lines\`;`)
  await db.run(sql`DROP TABLE \`eligibility_criteria_when_conditions\`;`)
  await db.run(sql`DROP TABLE \`eligibility_criteria\`;`)
  await db.run(sql`DROP TABLE \`eligibility_criteria_texts\`;`)
  await db.run(sql`DROP TABLE \`forms_pages_show_when_conditions\`;`)
  await db.run(sql`DROP TABLE \`fq_shorttext_show_when_conditions\`;`)
  await db.run(sql`DROP TABLE \`fq_shorttext\`;`)
  await db.run(sql`DROP TABLE \`fq_longtext_show_when_conditions\`;`)
  await db.run(sql`DROP TABLE \`fq_longtext\`;`)
  await db.run(sql`DROP TABLE \`fq_email_show_when_conditions\`;`)
  await db.run(sql`DROP TABLE \`fq_email\`;`)
  await db.run(sql`DROP TABLE \`fq_ukphone_show_when_conditions\`;`)
  await db.run(sql`DROP TABLE \`fq_ukphone\`;`)
  await db.run(sql`DROP TABLE \`fq_number_show_when_conditions\`;`)
  await db.run(sql`DROP TABLE \`fq_number\`;`)
  await db.run(sql`DROP TABLE \`fq_date_show_when_conditions\`;`)
  await db.run(sql`DROP TABLE \`fq_date\`;`)
  await db.run(sql`DROP TABLE \`fq_radios_show_when_conditions\`;`)
  await db.run(sql`DROP TABLE \`fq_radios_options\`;`)
  await db.run(sql`DROP TABLE \`fq_radios\`;`)
  await db.run(sql`DROP TABLE \`fq_checkboxes_show_when_conditions\`;`)
  await db.run(sql`DROP TABLE \`fq_checkboxes_options\`;`)
  await db.run(sql`DROP TABLE \`fq_checkboxes\`;`)
  await db.run(sql`DROP TABLE \`fq_select_show_when_conditions\`;`)
  await db.run(sql`DROP TABLE \`fq_select_options\`;`)
  await db.run(sql`DROP TABLE \`fq_select\`;`)
  await db.run(sql`DROP TABLE \`fq_yesno_show_when_conditions\`;`)
  await db.run(sql`DROP TABLE \`fq_yesno\`;`)
  await db.run(sql`DROP TABLE \`fq_ukaddress_show_when_conditions\`;`)
  await db.run(sql`DROP TABLE \`fq_ukaddress\`;`)
  await db.run(sql`DROP TABLE \`fq_registration_show_when_conditions\`;`)
  await db.run(sql`DROP TABLE \`fq_registration\`;`)
  await db.run(sql`DROP TABLE \`fq_consent_show_when_conditions\`;`)
  await db.run(sql`DROP TABLE \`fq_consent\`;`)
  await db.run(sql`DROP TABLE \`forms_pages_branches_when_conditions\`;`)
  await db.run(sql`DROP TABLE \`forms_pages_branches\`;`)
  await db.run(sql`DROP TABLE \`forms_pages\`;`)
  await db.run(sql`DROP TABLE \`forms_routing_rules_when_conditions\`;`)
  await db.run(sql`DROP TABLE \`forms_routing_rules\`;`)
  await db.run(sql`DROP TABLE \`forms\`;`)
  await db.run(sql`DROP TABLE \`forms_texts\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_version_pages_show_when_conditions\`;`)
  await db.run(sql`DROP TABLE \`_fq_shorttext_v_show_when_conditions\`;`)
  await db.run(sql`DROP TABLE \`_fq_shorttext_v\`;`)
  await db.run(sql`DROP TABLE \`_fq_longtext_v_show_when_conditions\`;`)
  await db.run(sql`DROP TABLE \`_fq_longtext_v\`;`)
  await db.run(sql`DROP TABLE \`_fq_email_v_show_when_conditions\`;`)
  await db.run(sql`DROP TABLE \`_fq_email_v\`;`)
  await db.run(sql`DROP TABLE \`_fq_ukphone_v_show_when_conditions\`;`)
  await db.run(sql`DROP TABLE \`_fq_ukphone_v\`;`)
  await db.run(sql`DROP TABLE \`_fq_number_v_show_when_conditions\`;`)
  await db.run(sql`DROP TABLE \`_fq_number_v\`;`)
  await db.run(sql`DROP TABLE \`_fq_date_v_show_when_conditions\`;`)
  await db.run(sql`DROP TABLE \`_fq_date_v\`;`)
  await db.run(sql`DROP TABLE \`_fq_radios_v_show_when_conditions\`;`)
  await db.run(sql`DROP TABLE \`_fq_radios_v_options\`;`)
  await db.run(sql`DROP TABLE \`_fq_radios_v\`;`)
  await db.run(sql`DROP TABLE \`_fq_checkboxes_v_show_when_conditions\`;`)
  await db.run(sql`DROP TABLE \`_fq_checkboxes_v_options\`;`)
  await db.run(sql`DROP TABLE \`_fq_checkboxes_v\`;`)
  await db.run(sql`DROP TABLE \`_fq_select_v_show_when_conditions\`;`)
  await db.run(sql`DROP TABLE \`_fq_select_v_options\`;`)
  await db.run(sql`DROP TABLE \`_fq_select_v\`;`)
  await db.run(sql`DROP TABLE \`_fq_yesno_v_show_when_conditions\`;`)
  await db.run(sql`DROP TABLE \`_fq_yesno_v\`;`)
  await db.run(sql`DROP TABLE \`_fq_ukaddress_v_show_when_conditions\`;`)
  await db.run(sql`DROP TABLE \`_fq_ukaddress_v\`;`)
  await db.run(sql`DROP TABLE \`_fq_registration_v_show_when_conditions\`;`)
  await db.run(sql`DROP TABLE \`_fq_registration_v\`;`)
  await db.run(sql`DROP TABLE \`_fq_consent_v_show_when_conditions\`;`)
  await db.run(sql`DROP TABLE \`_fq_consent_v\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_version_pages_branches_when_conditions\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_version_pages_branches\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_version_pages\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_version_routing_rules_when_conditions\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_version_routing_rules\`;`)
  await db.run(sql`DROP TABLE \`_forms_v\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_texts\`;`)
  await db.run(sql`DROP TABLE \`form_versions\`;`)
  await db.run(sql`DROP TABLE \`form_sessions\`;`)
  await db.run(sql`DROP TABLE \`submissions_notes\`;`)
  await db.run(sql`DROP TABLE \`submissions\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`users_rels\`;`)
  await db.run(sql`DROP TABLE \`audit_log\`;`)
  await db.run(sql`DROP TABLE \`rate_limits\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`site_settings_navigation\`;`)
  await db.run(sql`DROP TABLE \`site_settings\`;`)
  await db.run(sql`DROP TABLE \`contact_routing_routes\`;`)
  await db.run(sql`DROP TABLE \`contact_routing\`;`)
}
