import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_news_english_status" AS ENUM('missing', 'outdated', 'current');
  CREATE TYPE "public"."enum__news_v_version_english_status" AS ENUM('missing', 'outdated', 'current');
  CREATE TYPE "public"."enum_projects_english_status" AS ENUM('missing', 'outdated', 'current');
  CREATE TYPE "public"."enum__projects_v_version_english_status" AS ENUM('missing', 'outdated', 'current');
  CREATE TYPE "public"."enum_policies_english_status" AS ENUM('missing', 'outdated', 'current');
  CREATE TYPE "public"."enum__policies_v_version_english_status" AS ENUM('missing', 'outdated', 'current');
  CREATE TYPE "public"."enum_milestones_english_status" AS ENUM('missing', 'outdated', 'current');
  CREATE TYPE "public"."enum__milestones_v_version_english_status" AS ENUM('missing', 'outdated', 'current');
  CREATE TYPE "public"."enum_indicators_english_status" AS ENUM('missing', 'outdated', 'current');
  CREATE TYPE "public"."enum__indicators_v_version_english_status" AS ENUM('missing', 'outdated', 'current');
  CREATE TYPE "public"."enum_pages_english_status" AS ENUM('missing', 'outdated', 'current');
  CREATE TYPE "public"."enum__pages_v_version_english_status" AS ENUM('missing', 'outdated', 'current');
  CREATE TYPE "public"."enum_media_english_status" AS ENUM('missing', 'outdated', 'current');
  CREATE TYPE "public"."enum_documents_english_status" AS ENUM('missing', 'outdated', 'current');
  CREATE TYPE "public"."enum_categories_english_status" AS ENUM('missing', 'outdated', 'current');
  CREATE TYPE "public"."enum_tags_english_status" AS ENUM('missing', 'outdated', 'current');
  CREATE TYPE "public"."enum_ui_strings_en_status" AS ENUM('missing', 'outdated', 'current');
  CREATE TYPE "public"."enum__ui_strings_v_version_en_status" AS ENUM('missing', 'outdated', 'current');
  CREATE TABLE "ui_strings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"zh_text" varchar,
  	"en_text" varchar,
  	"en" varchar,
  	"zh" varchar,
  	"en_default" varchar,
  	"zh_default" varchar,
  	"en_status" "enum_ui_strings_en_status",
  	"overridden" boolean,
  	"zh_at_english_edit" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_ui_strings_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_key" varchar NOT NULL,
  	"version_zh_text" varchar,
  	"version_en_text" varchar,
  	"version_en" varchar,
  	"version_zh" varchar,
  	"version_en_default" varchar,
  	"version_zh_default" varchar,
  	"version_en_status" "enum__ui_strings_v_version_en_status",
  	"version_overridden" boolean,
  	"version_zh_at_english_edit" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "glossary" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"zh" varchar NOT NULL,
  	"en" varchar NOT NULL,
  	"note" varchar,
  	"checked" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "news" ADD COLUMN "english_status" "enum_news_english_status";
  ALTER TABLE "news" ADD COLUMN "translation_fingerprints_zh" varchar;
  ALTER TABLE "news" ADD COLUMN "translation_fingerprints_en" varchar;
  ALTER TABLE "news" ADD COLUMN "translation_fingerprints_zh_at_english_edit" varchar;
  ALTER TABLE "_news_v" ADD COLUMN "version_english_status" "enum__news_v_version_english_status";
  ALTER TABLE "_news_v" ADD COLUMN "version_translation_fingerprints_zh" varchar;
  ALTER TABLE "_news_v" ADD COLUMN "version_translation_fingerprints_en" varchar;
  ALTER TABLE "_news_v" ADD COLUMN "version_translation_fingerprints_zh_at_english_edit" varchar;
  ALTER TABLE "projects" ADD COLUMN "english_status" "enum_projects_english_status";
  ALTER TABLE "projects" ADD COLUMN "translation_fingerprints_zh" varchar;
  ALTER TABLE "projects" ADD COLUMN "translation_fingerprints_en" varchar;
  ALTER TABLE "projects" ADD COLUMN "translation_fingerprints_zh_at_english_edit" varchar;
  ALTER TABLE "_projects_v" ADD COLUMN "version_english_status" "enum__projects_v_version_english_status";
  ALTER TABLE "_projects_v" ADD COLUMN "version_translation_fingerprints_zh" varchar;
  ALTER TABLE "_projects_v" ADD COLUMN "version_translation_fingerprints_en" varchar;
  ALTER TABLE "_projects_v" ADD COLUMN "version_translation_fingerprints_zh_at_english_edit" varchar;
  ALTER TABLE "policies" ADD COLUMN "english_status" "enum_policies_english_status";
  ALTER TABLE "policies" ADD COLUMN "translation_fingerprints_zh" varchar;
  ALTER TABLE "policies" ADD COLUMN "translation_fingerprints_en" varchar;
  ALTER TABLE "policies" ADD COLUMN "translation_fingerprints_zh_at_english_edit" varchar;
  ALTER TABLE "_policies_v" ADD COLUMN "version_english_status" "enum__policies_v_version_english_status";
  ALTER TABLE "_policies_v" ADD COLUMN "version_translation_fingerprints_zh" varchar;
  ALTER TABLE "_policies_v" ADD COLUMN "version_translation_fingerprints_en" varchar;
  ALTER TABLE "_policies_v" ADD COLUMN "version_translation_fingerprints_zh_at_english_edit" varchar;
  ALTER TABLE "milestones" ADD COLUMN "english_status" "enum_milestones_english_status";
  ALTER TABLE "milestones" ADD COLUMN "translation_fingerprints_zh" varchar;
  ALTER TABLE "milestones" ADD COLUMN "translation_fingerprints_en" varchar;
  ALTER TABLE "milestones" ADD COLUMN "translation_fingerprints_zh_at_english_edit" varchar;
  ALTER TABLE "_milestones_v" ADD COLUMN "version_english_status" "enum__milestones_v_version_english_status";
  ALTER TABLE "_milestones_v" ADD COLUMN "version_translation_fingerprints_zh" varchar;
  ALTER TABLE "_milestones_v" ADD COLUMN "version_translation_fingerprints_en" varchar;
  ALTER TABLE "_milestones_v" ADD COLUMN "version_translation_fingerprints_zh_at_english_edit" varchar;
  ALTER TABLE "indicators" ADD COLUMN "english_status" "enum_indicators_english_status";
  ALTER TABLE "indicators" ADD COLUMN "translation_fingerprints_zh" varchar;
  ALTER TABLE "indicators" ADD COLUMN "translation_fingerprints_en" varchar;
  ALTER TABLE "indicators" ADD COLUMN "translation_fingerprints_zh_at_english_edit" varchar;
  ALTER TABLE "_indicators_v" ADD COLUMN "version_english_status" "enum__indicators_v_version_english_status";
  ALTER TABLE "_indicators_v" ADD COLUMN "version_translation_fingerprints_zh" varchar;
  ALTER TABLE "_indicators_v" ADD COLUMN "version_translation_fingerprints_en" varchar;
  ALTER TABLE "_indicators_v" ADD COLUMN "version_translation_fingerprints_zh_at_english_edit" varchar;
  ALTER TABLE "pages" ADD COLUMN "english_status" "enum_pages_english_status";
  ALTER TABLE "pages" ADD COLUMN "translation_fingerprints_zh" varchar;
  ALTER TABLE "pages" ADD COLUMN "translation_fingerprints_en" varchar;
  ALTER TABLE "pages" ADD COLUMN "translation_fingerprints_zh_at_english_edit" varchar;
  ALTER TABLE "_pages_v" ADD COLUMN "version_english_status" "enum__pages_v_version_english_status";
  ALTER TABLE "_pages_v" ADD COLUMN "version_translation_fingerprints_zh" varchar;
  ALTER TABLE "_pages_v" ADD COLUMN "version_translation_fingerprints_en" varchar;
  ALTER TABLE "_pages_v" ADD COLUMN "version_translation_fingerprints_zh_at_english_edit" varchar;
  ALTER TABLE "media" ADD COLUMN "english_status" "enum_media_english_status";
  ALTER TABLE "media" ADD COLUMN "translation_fingerprints_zh" varchar;
  ALTER TABLE "media" ADD COLUMN "translation_fingerprints_en" varchar;
  ALTER TABLE "media" ADD COLUMN "translation_fingerprints_zh_at_english_edit" varchar;
  ALTER TABLE "documents" ADD COLUMN "english_status" "enum_documents_english_status";
  ALTER TABLE "documents" ADD COLUMN "translation_fingerprints_zh" varchar;
  ALTER TABLE "documents" ADD COLUMN "translation_fingerprints_en" varchar;
  ALTER TABLE "documents" ADD COLUMN "translation_fingerprints_zh_at_english_edit" varchar;
  ALTER TABLE "categories" ADD COLUMN "english_status" "enum_categories_english_status";
  ALTER TABLE "categories" ADD COLUMN "translation_fingerprints_zh" varchar;
  ALTER TABLE "categories" ADD COLUMN "translation_fingerprints_en" varchar;
  ALTER TABLE "categories" ADD COLUMN "translation_fingerprints_zh_at_english_edit" varchar;
  ALTER TABLE "tags" ADD COLUMN "english_status" "enum_tags_english_status";
  ALTER TABLE "tags" ADD COLUMN "translation_fingerprints_zh" varchar;
  ALTER TABLE "tags" ADD COLUMN "translation_fingerprints_en" varchar;
  ALTER TABLE "tags" ADD COLUMN "translation_fingerprints_zh_at_english_edit" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "ui_strings_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "glossary_id" integer;
  ALTER TABLE "_ui_strings_v" ADD CONSTRAINT "_ui_strings_v_parent_id_ui_strings_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."ui_strings"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "ui_strings_key_idx" ON "ui_strings" USING btree ("key");
  CREATE INDEX "ui_strings_en_status_idx" ON "ui_strings" USING btree ("en_status");
  CREATE INDEX "ui_strings_overridden_idx" ON "ui_strings" USING btree ("overridden");
  CREATE INDEX "ui_strings_updated_at_idx" ON "ui_strings" USING btree ("updated_at");
  CREATE INDEX "ui_strings_created_at_idx" ON "ui_strings" USING btree ("created_at");
  CREATE INDEX "_ui_strings_v_parent_idx" ON "_ui_strings_v" USING btree ("parent_id");
  CREATE INDEX "_ui_strings_v_version_version_key_idx" ON "_ui_strings_v" USING btree ("version_key");
  CREATE INDEX "_ui_strings_v_version_version_en_status_idx" ON "_ui_strings_v" USING btree ("version_en_status");
  CREATE INDEX "_ui_strings_v_version_version_overridden_idx" ON "_ui_strings_v" USING btree ("version_overridden");
  CREATE INDEX "_ui_strings_v_version_version_updated_at_idx" ON "_ui_strings_v" USING btree ("version_updated_at");
  CREATE INDEX "_ui_strings_v_version_version_created_at_idx" ON "_ui_strings_v" USING btree ("version_created_at");
  CREATE INDEX "_ui_strings_v_created_at_idx" ON "_ui_strings_v" USING btree ("created_at");
  CREATE INDEX "_ui_strings_v_updated_at_idx" ON "_ui_strings_v" USING btree ("updated_at");
  CREATE UNIQUE INDEX "glossary_zh_idx" ON "glossary" USING btree ("zh");
  CREATE INDEX "glossary_updated_at_idx" ON "glossary" USING btree ("updated_at");
  CREATE INDEX "glossary_created_at_idx" ON "glossary" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_ui_strings_fk" FOREIGN KEY ("ui_strings_id") REFERENCES "public"."ui_strings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_glossary_fk" FOREIGN KEY ("glossary_id") REFERENCES "public"."glossary"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "news_english_status_idx" ON "news" USING btree ("english_status");
  CREATE INDEX "_news_v_version_version_english_status_idx" ON "_news_v" USING btree ("version_english_status");
  CREATE INDEX "projects_english_status_idx" ON "projects" USING btree ("english_status");
  CREATE INDEX "_projects_v_version_version_english_status_idx" ON "_projects_v" USING btree ("version_english_status");
  CREATE INDEX "policies_english_status_idx" ON "policies" USING btree ("english_status");
  CREATE INDEX "_policies_v_version_version_english_status_idx" ON "_policies_v" USING btree ("version_english_status");
  CREATE INDEX "milestones_english_status_idx" ON "milestones" USING btree ("english_status");
  CREATE INDEX "_milestones_v_version_version_english_status_idx" ON "_milestones_v" USING btree ("version_english_status");
  CREATE INDEX "indicators_english_status_idx" ON "indicators" USING btree ("english_status");
  CREATE INDEX "_indicators_v_version_version_english_status_idx" ON "_indicators_v" USING btree ("version_english_status");
  CREATE INDEX "pages_english_status_idx" ON "pages" USING btree ("english_status");
  CREATE INDEX "_pages_v_version_version_english_status_idx" ON "_pages_v" USING btree ("version_english_status");
  CREATE INDEX "media_english_status_idx" ON "media" USING btree ("english_status");
  CREATE INDEX "documents_english_status_idx" ON "documents" USING btree ("english_status");
  CREATE INDEX "categories_english_status_idx" ON "categories" USING btree ("english_status");
  CREATE INDEX "tags_english_status_idx" ON "tags" USING btree ("english_status");
  CREATE INDEX "payload_locked_documents_rels_ui_strings_id_idx" ON "payload_locked_documents_rels" USING btree ("ui_strings_id");
  CREATE INDEX "payload_locked_documents_rels_glossary_id_idx" ON "payload_locked_documents_rels" USING btree ("glossary_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "ui_strings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_ui_strings_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "glossary" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "ui_strings" CASCADE;
  DROP TABLE "_ui_strings_v" CASCADE;
  DROP TABLE "glossary" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_ui_strings_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_glossary_fk";
  
  DROP INDEX "news_english_status_idx";
  DROP INDEX "_news_v_version_version_english_status_idx";
  DROP INDEX "projects_english_status_idx";
  DROP INDEX "_projects_v_version_version_english_status_idx";
  DROP INDEX "policies_english_status_idx";
  DROP INDEX "_policies_v_version_version_english_status_idx";
  DROP INDEX "milestones_english_status_idx";
  DROP INDEX "_milestones_v_version_version_english_status_idx";
  DROP INDEX "indicators_english_status_idx";
  DROP INDEX "_indicators_v_version_version_english_status_idx";
  DROP INDEX "pages_english_status_idx";
  DROP INDEX "_pages_v_version_version_english_status_idx";
  DROP INDEX "media_english_status_idx";
  DROP INDEX "documents_english_status_idx";
  DROP INDEX "categories_english_status_idx";
  DROP INDEX "tags_english_status_idx";
  DROP INDEX "payload_locked_documents_rels_ui_strings_id_idx";
  DROP INDEX "payload_locked_documents_rels_glossary_id_idx";
  ALTER TABLE "news" DROP COLUMN "english_status";
  ALTER TABLE "news" DROP COLUMN "translation_fingerprints_zh";
  ALTER TABLE "news" DROP COLUMN "translation_fingerprints_en";
  ALTER TABLE "news" DROP COLUMN "translation_fingerprints_zh_at_english_edit";
  ALTER TABLE "_news_v" DROP COLUMN "version_english_status";
  ALTER TABLE "_news_v" DROP COLUMN "version_translation_fingerprints_zh";
  ALTER TABLE "_news_v" DROP COLUMN "version_translation_fingerprints_en";
  ALTER TABLE "_news_v" DROP COLUMN "version_translation_fingerprints_zh_at_english_edit";
  ALTER TABLE "projects" DROP COLUMN "english_status";
  ALTER TABLE "projects" DROP COLUMN "translation_fingerprints_zh";
  ALTER TABLE "projects" DROP COLUMN "translation_fingerprints_en";
  ALTER TABLE "projects" DROP COLUMN "translation_fingerprints_zh_at_english_edit";
  ALTER TABLE "_projects_v" DROP COLUMN "version_english_status";
  ALTER TABLE "_projects_v" DROP COLUMN "version_translation_fingerprints_zh";
  ALTER TABLE "_projects_v" DROP COLUMN "version_translation_fingerprints_en";
  ALTER TABLE "_projects_v" DROP COLUMN "version_translation_fingerprints_zh_at_english_edit";
  ALTER TABLE "policies" DROP COLUMN "english_status";
  ALTER TABLE "policies" DROP COLUMN "translation_fingerprints_zh";
  ALTER TABLE "policies" DROP COLUMN "translation_fingerprints_en";
  ALTER TABLE "policies" DROP COLUMN "translation_fingerprints_zh_at_english_edit";
  ALTER TABLE "_policies_v" DROP COLUMN "version_english_status";
  ALTER TABLE "_policies_v" DROP COLUMN "version_translation_fingerprints_zh";
  ALTER TABLE "_policies_v" DROP COLUMN "version_translation_fingerprints_en";
  ALTER TABLE "_policies_v" DROP COLUMN "version_translation_fingerprints_zh_at_english_edit";
  ALTER TABLE "milestones" DROP COLUMN "english_status";
  ALTER TABLE "milestones" DROP COLUMN "translation_fingerprints_zh";
  ALTER TABLE "milestones" DROP COLUMN "translation_fingerprints_en";
  ALTER TABLE "milestones" DROP COLUMN "translation_fingerprints_zh_at_english_edit";
  ALTER TABLE "_milestones_v" DROP COLUMN "version_english_status";
  ALTER TABLE "_milestones_v" DROP COLUMN "version_translation_fingerprints_zh";
  ALTER TABLE "_milestones_v" DROP COLUMN "version_translation_fingerprints_en";
  ALTER TABLE "_milestones_v" DROP COLUMN "version_translation_fingerprints_zh_at_english_edit";
  ALTER TABLE "indicators" DROP COLUMN "english_status";
  ALTER TABLE "indicators" DROP COLUMN "translation_fingerprints_zh";
  ALTER TABLE "indicators" DROP COLUMN "translation_fingerprints_en";
  ALTER TABLE "indicators" DROP COLUMN "translation_fingerprints_zh_at_english_edit";
  ALTER TABLE "_indicators_v" DROP COLUMN "version_english_status";
  ALTER TABLE "_indicators_v" DROP COLUMN "version_translation_fingerprints_zh";
  ALTER TABLE "_indicators_v" DROP COLUMN "version_translation_fingerprints_en";
  ALTER TABLE "_indicators_v" DROP COLUMN "version_translation_fingerprints_zh_at_english_edit";
  ALTER TABLE "pages" DROP COLUMN "english_status";
  ALTER TABLE "pages" DROP COLUMN "translation_fingerprints_zh";
  ALTER TABLE "pages" DROP COLUMN "translation_fingerprints_en";
  ALTER TABLE "pages" DROP COLUMN "translation_fingerprints_zh_at_english_edit";
  ALTER TABLE "_pages_v" DROP COLUMN "version_english_status";
  ALTER TABLE "_pages_v" DROP COLUMN "version_translation_fingerprints_zh";
  ALTER TABLE "_pages_v" DROP COLUMN "version_translation_fingerprints_en";
  ALTER TABLE "_pages_v" DROP COLUMN "version_translation_fingerprints_zh_at_english_edit";
  ALTER TABLE "media" DROP COLUMN "english_status";
  ALTER TABLE "media" DROP COLUMN "translation_fingerprints_zh";
  ALTER TABLE "media" DROP COLUMN "translation_fingerprints_en";
  ALTER TABLE "media" DROP COLUMN "translation_fingerprints_zh_at_english_edit";
  ALTER TABLE "documents" DROP COLUMN "english_status";
  ALTER TABLE "documents" DROP COLUMN "translation_fingerprints_zh";
  ALTER TABLE "documents" DROP COLUMN "translation_fingerprints_en";
  ALTER TABLE "documents" DROP COLUMN "translation_fingerprints_zh_at_english_edit";
  ALTER TABLE "categories" DROP COLUMN "english_status";
  ALTER TABLE "categories" DROP COLUMN "translation_fingerprints_zh";
  ALTER TABLE "categories" DROP COLUMN "translation_fingerprints_en";
  ALTER TABLE "categories" DROP COLUMN "translation_fingerprints_zh_at_english_edit";
  ALTER TABLE "tags" DROP COLUMN "english_status";
  ALTER TABLE "tags" DROP COLUMN "translation_fingerprints_zh";
  ALTER TABLE "tags" DROP COLUMN "translation_fingerprints_en";
  ALTER TABLE "tags" DROP COLUMN "translation_fingerprints_zh_at_english_edit";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "ui_strings_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "glossary_id";
  DROP TYPE "public"."enum_news_english_status";
  DROP TYPE "public"."enum__news_v_version_english_status";
  DROP TYPE "public"."enum_projects_english_status";
  DROP TYPE "public"."enum__projects_v_version_english_status";
  DROP TYPE "public"."enum_policies_english_status";
  DROP TYPE "public"."enum__policies_v_version_english_status";
  DROP TYPE "public"."enum_milestones_english_status";
  DROP TYPE "public"."enum__milestones_v_version_english_status";
  DROP TYPE "public"."enum_indicators_english_status";
  DROP TYPE "public"."enum__indicators_v_version_english_status";
  DROP TYPE "public"."enum_pages_english_status";
  DROP TYPE "public"."enum__pages_v_version_english_status";
  DROP TYPE "public"."enum_media_english_status";
  DROP TYPE "public"."enum_documents_english_status";
  DROP TYPE "public"."enum_categories_english_status";
  DROP TYPE "public"."enum_tags_english_status";
  DROP TYPE "public"."enum_ui_strings_en_status";
  DROP TYPE "public"."enum__ui_strings_v_version_en_status";`)
}
