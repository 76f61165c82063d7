import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

const englishVector = `setweight(to_tsvector('english', "title"), 'A') || setweight(to_tsvector('english', "summary"), 'B') || setweight(to_tsvector('english', "content"), 'D')`

/**
 * The English word vector, which the walk of an English search reads for every one of up to
 * 2,000 newest rows (src/lib/data/search.ts), is kept inside the row instead of in the TOAST
 * table: about 2 kB each, it went out of line, and fetching it from there took half of such a
 * search (a five-word English query: 19.5 → 10 ms over the newest 2,000 rows, measured on a copy
 * of the table at 100,000 news items). Chinese rows no longer carry one: only English searches
 * read it, and its index was English-only already; inline, it would have slowed the Chinese walk.
 *
 * The column is added back rather than altered (SET EXPRESSION needs Postgres 17), in one
 * statement with its storage, so the one rewrite stores every vector the new way. The rewrite
 * computes every English vector again: about a millisecond per document.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql.raw(`
  ALTER TABLE "search_documents" DROP COLUMN "english";
  ALTER TABLE "search_documents"
    ADD COLUMN "english" tsvector GENERATED ALWAYS AS (CASE WHEN "locale" = 'en' THEN ${englishVector} END) STORED,
    ALTER COLUMN "english" SET STORAGE MAIN;
  CREATE INDEX "search_documents_english_idx" ON "search_documents" USING gin ("english") WHERE "locale" = 'en';
  ANALYZE "search_documents";
  `))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql.raw(`
  ALTER TABLE "search_documents" DROP COLUMN "english";
  ALTER TABLE "search_documents" ADD COLUMN "english" tsvector GENERATED ALWAYS AS (${englishVector}) STORED;
  CREATE INDEX "search_documents_english_idx" ON "search_documents" USING gin ("english") WHERE "locale" = 'en';
  `))
}
