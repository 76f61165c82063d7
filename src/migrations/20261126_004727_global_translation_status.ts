import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_site_settings_english_status" AS ENUM('missing', 'outdated', 'current');
  CREATE TYPE "public"."enum_navigation_english_status" AS ENUM('missing', 'outdated', 'current');
  ALTER TABLE "site_settings" ADD COLUMN "english_status" "enum_site_settings_english_status";
  ALTER TABLE "site_settings" ADD COLUMN "translation_fingerprints_zh" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "translation_fingerprints_en" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "translation_fingerprints_zh_at_english_edit" varchar;
  ALTER TABLE "navigation" ADD COLUMN "english_status" "enum_navigation_english_status";
  ALTER TABLE "navigation" ADD COLUMN "translation_fingerprints_zh" varchar;
  ALTER TABLE "navigation" ADD COLUMN "translation_fingerprints_en" varchar;
  ALTER TABLE "navigation" ADD COLUMN "translation_fingerprints_zh_at_english_edit" varchar;
  CREATE INDEX "site_settings_english_status_idx" ON "site_settings" USING btree ("english_status");
  CREATE INDEX "navigation_english_status_idx" ON "navigation" USING btree ("english_status");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "site_settings_english_status_idx";
  DROP INDEX "navigation_english_status_idx";
  ALTER TABLE "site_settings" DROP COLUMN "english_status";
  ALTER TABLE "site_settings" DROP COLUMN "translation_fingerprints_zh";
  ALTER TABLE "site_settings" DROP COLUMN "translation_fingerprints_en";
  ALTER TABLE "site_settings" DROP COLUMN "translation_fingerprints_zh_at_english_edit";
  ALTER TABLE "navigation" DROP COLUMN "english_status";
  ALTER TABLE "navigation" DROP COLUMN "translation_fingerprints_zh";
  ALTER TABLE "navigation" DROP COLUMN "translation_fingerprints_en";
  ALTER TABLE "navigation" DROP COLUMN "translation_fingerprints_zh_at_english_edit";
  DROP TYPE "public"."enum_site_settings_english_status";
  DROP TYPE "public"."enum_navigation_english_status";`)
}
