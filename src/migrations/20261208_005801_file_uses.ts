import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { publishedFileUses } from '@/hooks/fileUses'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "file_uses" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"file" varchar NOT NULL,
  	"source" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "media" ADD COLUMN "public" boolean DEFAULT false;
  ALTER TABLE "documents" ADD COLUMN "public" boolean DEFAULT false;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "file_uses_id" integer;
  CREATE INDEX "file_uses_file_idx" ON "file_uses" USING btree ("file");
  CREATE INDEX "file_uses_source_idx" ON "file_uses" USING btree ("source");
  CREATE INDEX "file_uses_updated_at_idx" ON "file_uses" USING btree ("updated_at");
  CREATE INDEX "file_uses_created_at_idx" ON "file_uses" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_file_uses_fk" FOREIGN KEY ("file_uses_id") REFERENCES "public"."file_uses"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "media_public_idx" ON "media" USING btree ("public");
  CREATE INDEX "documents_public_idx" ON "documents" USING btree ("public");
  CREATE INDEX "payload_locked_documents_rels_file_uses_id_idx" ON "payload_locked_documents_rels" USING btree ("file_uses_id");`)

  // Until now every file was public: from here on, those that published documents use.
  const uses = await publishedFileUses(payload, req)
  for (let start = 0; start < uses.length; start += 1000) {
    const rows = uses.slice(start, start + 1000).map(({ file, source }) => sql`(${file}, ${source})`)
    await db.execute(sql`INSERT INTO "file_uses" ("file", "source") VALUES ${sql.join(rows, sql`, `)}`)
  }
  await db.execute(sql`
  UPDATE "media" SET "public" = EXISTS (SELECT 1 FROM "file_uses" WHERE "file" = 'media:' || "media"."id");
  UPDATE "documents" SET "public" = EXISTS (SELECT 1 FROM "file_uses" WHERE "file" = 'documents:' || "documents"."id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "file_uses" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "file_uses" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_file_uses_fk";
  
  DROP INDEX "media_public_idx";
  DROP INDEX "documents_public_idx";
  DROP INDEX "payload_locked_documents_rels_file_uses_id_idx";
  ALTER TABLE "media" DROP COLUMN "public";
  ALTER TABLE "documents" DROP COLUMN "public";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "file_uses_id";`)
}
