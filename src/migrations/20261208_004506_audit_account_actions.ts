import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// Generated, with one change by hand: going down keeps the entries of the new actions as 'update'
// (the old type has no value for them, and an audit log is not to be shortened).

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_audit_logs_action" ADD VALUE 'roleChange';
  ALTER TYPE "public"."enum_audit_logs_action" ADD VALUE 'passwordChange';
  ALTER TYPE "public"."enum_audit_logs_action" ADD VALUE 'unlock';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "audit_logs" ALTER COLUMN "action" SET DATA TYPE text;
  UPDATE "audit_logs" SET "action" = 'update' WHERE "action" IN ('roleChange', 'passwordChange', 'unlock');
  DROP TYPE "public"."enum_audit_logs_action";
  CREATE TYPE "public"."enum_audit_logs_action" AS ENUM('create', 'update', 'publish', 'unpublish', 'trash', 'restore', 'delete', 'login', 'loginFailed');
  ALTER TABLE "audit_logs" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_logs_action" USING "action"::"public"."enum_audit_logs_action";`)
}
