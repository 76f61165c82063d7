import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// Generated, with one change by hand: the news index also carries the id and deletedAt (INCLUDE,
// which Payload's compound indexes cannot say), so the ids of a list page, however deep, and the
// count are read from the index alone (docs/scale.md). The snapshot (.json) leaves INCLUDE out;
// Payload compares the collections with the snapshot only.
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "_status_publishedAt_createdAt_idx" ON "news" USING btree ("_status","published_at","created_at") INCLUDE ("id","deleted_at");
  CREATE INDEX "version__status_version_publishedAt_version_createdAt_idx" ON "_news_v" USING btree ("version__status","version_published_at","version_created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "_status_publishedAt_createdAt_idx";
  DROP INDEX "version__status_version_publishedAt_version_createdAt_idx";`)
}
