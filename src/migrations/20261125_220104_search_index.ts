import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { reindexSearch } from '@/search/indexer'

/**
 * The site search's own table (not a Payload collection): one row per published document and
 * locale, written by the content collections' hooks (src/search/). Hand-written SQL because it
 * uses what Payload's schema builder cannot express: pg_trgm indexes for substring matching
 * (Chinese has no spaces), an n-gram index for one- and two-character terms (too short for
 * trigrams), and an English tsvector for stemmed word matching.
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
  CREATE TABLE "search_documents" (
    "collection" varchar NOT NULL,
    "doc_id" integer NOT NULL,
    "locale" varchar NOT NULL,
    "slug" varchar NOT NULL,
    "title" text NOT NULL,
    "summary" text NOT NULL DEFAULT '',
    "content" text NOT NULL,
    -- Every distinct one- and two-character piece of the lower-cased text without whitespace
    -- (computed by the indexer): a document contains a term of one or two characters exactly
    -- when this array holds it, which trigrams cannot answer.
    "short_grams" text[] NOT NULL DEFAULT '{}',
    "date" timestamp(3) with time zone,
    "date_precision" varchar,
    "year" smallint,
    "english" tsvector GENERATED ALWAYS AS (
      setweight(to_tsvector('english', "title"), 'A') ||
      setweight(to_tsvector('english', "summary"), 'B') ||
      setweight(to_tsvector('english', "content"), 'D')
    ) STORED,
    PRIMARY KEY ("collection", "doc_id", "locale")
  );
  CREATE INDEX "search_documents_content_trgm_idx" ON "search_documents" USING gin ("content" gin_trgm_ops);
  CREATE INDEX "search_documents_short_grams_idx" ON "search_documents" USING gin ("short_grams");
  CREATE INDEX "search_documents_title_trgm_idx" ON "search_documents" USING gin ("title" gin_trgm_ops);
  CREATE INDEX "search_documents_english_idx" ON "search_documents" USING gin ("english");
  CREATE INDEX "search_documents_recent_idx" ON "search_documents" USING btree ("locale", "date" DESC NULLS LAST);
  `)
  // Documents published before this migration (an existing site) become searchable at once.
  await reindexSearch(payload, req)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TABLE "search_documents";
  `)
}
