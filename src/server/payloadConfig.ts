import { register } from 'node:module'
import type { SanitizedConfig } from 'payload'

/*
 * Without a "development" or "production" export condition, Node resolves `lexical` and
 * `@lexical/*` (loaded by the rich-text editor in the config) to wrappers that pick their build
 * with a top-level `await import()`. Node 20 sometimes never settles a module graph full of these:
 * the import of the config then hangs, or the process exits with code 13 when nothing else keeps
 * it alive. Next's bundler resolves with the condition, so scripts do the same and load the build
 * that the wrapper would have picked, directly.
 */
const condition = process.env.NODE_ENV === 'production' ? 'production' : 'development'
const addCondition = `export function resolve(specifier, context, next) {
  return next(specifier, { ...context, conditions: [...context.conditions, ${JSON.stringify(condition)}] })
}`
register(`data:text/javascript,${encodeURIComponent(addCondition)}`)

/**
 * The Payload config, for a command-line script run by Node (with tsx). Import it only through
 * this function: a static import would resolve its modules before the condition above applies.
 */
export async function importPayloadConfig(): Promise<SanitizedConfig> {
  // Migrations, bulk seeds and restores run statements longer than any page may (src/server/env.ts).
  process.env.DATABASE_STATEMENT_TIMEOUT_MS ??= '0'
  return (await import('@payload-config')).default
}
