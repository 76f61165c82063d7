import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Search that stays fast at 100,000 documents (src/lib/data/search.ts): substrings are matched
 * against a lower-cased copy of the text, so checking a candidate row is a plain LIKE rather than
 * an ILIKE that folds the whole text again; and date indexes that carry the full result order
 * (with and without a type filter), so the newest matches of a common term are read in order
 * and the walk stops as soon as it has enough. Locales are listed here because each has its own
 * text indexes: a new locale needs a migration (and, for word search, its own dictionary) anyway.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "search_documents" ADD COLUMN "folded" text GENERATED ALWAYS AS (lower("content")) STORED;
  DROP INDEX "search_documents_content_trgm_idx";
  DROP INDEX "search_documents_short_grams_idx";
  DROP INDEX "search_documents_title_trgm_idx";
  DROP INDEX "search_documents_english_idx";
  DROP INDEX "search_documents_recent_idx";
  CREATE INDEX "search_documents_recent_idx" ON "search_documents" USING btree ("locale", "date" DESC NULLS LAST, "collection", "doc_id" DESC);
  CREATE INDEX "search_documents_type_recent_idx" ON "search_documents" USING btree ("locale", "collection", "date" DESC NULLS LAST, "doc_id" DESC);
  -- One text index per locale: a search is always in one locale, and an index over both made the
  -- planner intersect it with all of the locale's rows.
  CREATE INDEX "search_documents_folded_zh_idx" ON "search_documents" USING gin ("folded" gin_trgm_ops) WHERE "locale" = 'zh';
  CREATE INDEX "search_documents_folded_en_idx" ON "search_documents" USING gin ("folded" gin_trgm_ops) WHERE "locale" = 'en';
  CREATE INDEX "search_documents_short_grams_zh_idx" ON "search_documents" USING gin ("short_grams") WHERE "locale" = 'zh';
  CREATE INDEX "search_documents_short_grams_en_idx" ON "search_documents" USING gin ("short_grams") WHERE "locale" = 'en';
  CREATE INDEX "search_documents_title_zh_idx" ON "search_documents" USING gin ("title" gin_trgm_ops) WHERE "locale" = 'zh';
  CREATE INDEX "search_documents_title_en_idx" ON "search_documents" USING gin ("title" gin_trgm_ops) WHERE "locale" = 'en';
  -- English word search runs in the English site only.
  CREATE INDEX "search_documents_english_idx" ON "search_documents" USING gin ("english") WHERE "locale" = 'en';
  ANALYZE "search_documents";
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX "search_documents_english_idx";
  DROP INDEX "search_documents_title_en_idx";
  DROP INDEX "search_documents_title_zh_idx";
  DROP INDEX "search_documents_short_grams_en_idx";
  DROP INDEX "search_documents_short_grams_zh_idx";
  DROP INDEX "search_documents_folded_en_idx";
  DROP INDEX "search_documents_folded_zh_idx";
  DROP INDEX "search_documents_type_recent_idx";
  DROP INDEX "search_documents_recent_idx";
  ALTER TABLE "search_documents" DROP COLUMN "folded";
  CREATE INDEX "search_documents_recent_idx" ON "search_documents" USING btree ("locale", "date" DESC NULLS LAST);
  CREATE INDEX "search_documents_english_idx" ON "search_documents" USING gin ("english");
  CREATE INDEX "search_documents_title_trgm_idx" ON "search_documents" USING gin ("title" gin_trgm_ops);
  CREATE INDEX "search_documents_short_grams_idx" ON "search_documents" USING gin ("short_grams");
  CREATE INDEX "search_documents_content_trgm_idx" ON "search_documents" USING gin ("content" gin_trgm_ops);
  `)
}
