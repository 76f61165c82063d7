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
  -- Every distinct one- and two-character piece of the lower-cased text, without whitespace:
  -- a document contains a term of one or two characters exactly when this array holds it.
  -- (Characters are split once and paired with lead(): substr() on long multibyte text is slow.
  -- Its high cost tells the planner to use the index rather than compute it for every row.)
  CREATE FUNCTION search_short_grams(content text) RETURNS text[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT COST 10000 AS $$
      SELECT coalesce(array_agg(DISTINCT piece), '{}')
      FROM (
        SELECT c, lead(c) OVER (ORDER BY n) AS next
        FROM unnest(regexp_split_to_array(lower(content), '')) WITH ORDINALITY AS chars(c, n)
      ) pairs,
      LATERAL (VALUES (c), (c || next)) AS pieces(piece)
      WHERE piece IS NOT NULL AND piece !~ '\\s'
    $$;
  CREATE TABLE "search_documents" (
    "collection" varchar NOT NULL,
    "doc_id" integer NOT NULL,
    "locale" varchar NOT NULL,
    "slug" varchar NOT NULL,
    "title" text NOT NULL,
    "summary" text NOT NULL DEFAULT '',
    "content" text NOT NULL,
    "date" timestamp(3) with time zone,
    "year" smallint,
    "english" tsvector GENERATED ALWAYS AS (
      setweight(to_tsvector('english', "title"), 'A') ||
      setweight(to_tsvector('english', "summary"), 'B') ||
      setweight(to_tsvector('english', "content"), 'D')
    ) STORED,
    PRIMARY KEY ("collection", "doc_id", "locale")
  );
  CREATE INDEX "search_documents_content_trgm_idx" ON "search_documents" USING gin ("content" gin_trgm_ops);
  CREATE INDEX "search_documents_short_grams_idx" ON "search_documents" USING gin (search_short_grams("content"));
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
  DROP FUNCTION search_short_grams(text);
  `)
}
