import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
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
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "ui_strings_id" integer;
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
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_ui_strings_fk" FOREIGN KEY ("ui_strings_id") REFERENCES "public"."ui_strings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_ui_strings_id_idx" ON "payload_locked_documents_rels" USING btree ("ui_strings_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "ui_strings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_ui_strings_v" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "ui_strings" CASCADE;
  DROP TABLE "_ui_strings_v" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_ui_strings_fk";
  
  DROP INDEX "payload_locked_documents_rels_ui_strings_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "ui_strings_id";
  DROP TYPE "public"."enum_ui_strings_en_status";
  DROP TYPE "public"."enum__ui_strings_v_version_en_status";`)
}
