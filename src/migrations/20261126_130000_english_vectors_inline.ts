import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

const englishVector = `setweight(to_tsvector('english', "title"), 'A') || setweight(to_tsvector('english', "summary"), 'B') || setweight(to_tsvector('english', "content"), 'D')`

/**
 * The texts that the date walk of a search checks for every one of up to 2,000 newest rows
 * (src/lib/data/search.ts) are kept inside the row instead of in the TOAST table, from where
 * fetching them took most of a walk:
 * - the English word vector (about 2 kB) is never moved out of line (`STORAGE MAIN`): a five-word
 *   English query over the newest 2,000 rows, 19.5 → 10 ms (on a copy of the table at 100,000
 *   news items). Chinese rows no longer carry one: only English searches read it, and its index
 *   was English-only already;
 * - a row stays whole up to a page (`toast_tuple_target`, compressed first): the lower-cased text
 *   of an English row went out of line beside the vector, and a substring walk over English rows
 *   took 47 → 26 ms, a Chinese one 16.4 → 13.7 ms (same copy).
 *
 * The column is added back rather than altered (SET EXPRESSION needs Postgres 17), in one
 * statement with the storage settings, so the one rewrite stores every row the new way. The
 * rewrite computes every English vector again: about a millisecond per document.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql.raw(`
  ALTER TABLE "search_documents" DROP COLUMN "english";
  ALTER TABLE "search_documents"
    ADD COLUMN "english" tsvector GENERATED ALWAYS AS (CASE WHEN "locale" = 'en' THEN ${englishVector} END) STORED,
    ALTER COLUMN "english" SET STORAGE MAIN,
    SET (toast_tuple_target = 8160);
  CREATE INDEX "search_documents_english_idx" ON "search_documents" USING gin ("english") WHERE "locale" = 'en';
  ANALYZE "search_documents";
  `))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql.raw(`
  ALTER TABLE "search_documents" DROP COLUMN "english";
  ALTER TABLE "search_documents"
    ADD COLUMN "english" tsvector GENERATED ALWAYS AS (${englishVector}) STORED,
    RESET (toast_tuple_target);
  CREATE INDEX "search_documents_english_idx" ON "search_documents" USING gin ("english") WHERE "locale" = 'en';
  `))
}
