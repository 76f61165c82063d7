import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * The n-gram index of each locale as an expression index rather than a partial one, so that the
 * planner knows how common a one- or two-character term is in that locale. Postgres takes an
 * expression's statistics from indexes over the whole table only, and the column's own
 * statistics mix both locales: "x" is in nearly every English text and in almost no Chinese one,
 * and a Chinese search for "科学城 x" read every row (src/lib/data/search.ts).
 *
 * The title indexes, which serve only "did you mean", leave the news out: suggestions name the
 * policies, projects and pages that a misspelt name means, and with 100,000 news headlines
 * sharing their words a query's trigrams matched tens of thousands of titles.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX "search_documents_short_grams_zh_idx";
  DROP INDEX "search_documents_short_grams_en_idx";
  CREATE INDEX "search_documents_short_grams_zh_idx" ON "search_documents" USING gin ((CASE WHEN "locale" = 'zh' THEN "short_grams" END));
  CREATE INDEX "search_documents_short_grams_en_idx" ON "search_documents" USING gin ((CASE WHEN "locale" = 'en' THEN "short_grams" END));
  DROP INDEX "search_documents_title_zh_idx";
  DROP INDEX "search_documents_title_en_idx";
  CREATE INDEX "search_documents_title_zh_idx" ON "search_documents" USING gin ("title" gin_trgm_ops) WHERE "locale" = 'zh' AND "collection" <> 'news';
  CREATE INDEX "search_documents_title_en_idx" ON "search_documents" USING gin ("title" gin_trgm_ops) WHERE "locale" = 'en' AND "collection" <> 'news';
  ANALYZE "search_documents";
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX "search_documents_short_grams_zh_idx";
  DROP INDEX "search_documents_short_grams_en_idx";
  CREATE INDEX "search_documents_short_grams_zh_idx" ON "search_documents" USING gin ("short_grams") WHERE "locale" = 'zh';
  CREATE INDEX "search_documents_short_grams_en_idx" ON "search_documents" USING gin ("short_grams") WHERE "locale" = 'en';
  DROP INDEX "search_documents_title_zh_idx";
  DROP INDEX "search_documents_title_en_idx";
  CREATE INDEX "search_documents_title_zh_idx" ON "search_documents" USING gin ("title" gin_trgm_ops) WHERE "locale" = 'zh';
  CREATE INDEX "search_documents_title_en_idx" ON "search_documents" USING gin ("title" gin_trgm_ops) WHERE "locale" = 'en';
  `)
}
