import { StartupError } from '../src/server/errors'

/** Runs node's parseArgs, turning an unknown option into the script's usage line. */
export function parseScriptArguments<T>(parse: () => T, usage: string): T {
  try {
    return parse()
  } catch (error) {
    // Node's message goes on to explain `--`; its first sentence is what matters here.
    throw new StartupError(`${(error as Error).message.split('. ')[0]}. ${usage}`)
  }
}

/** The database that scripts/with-db.ts made ready for this script. */
export function databaseUrlFromEnv(): string {
  const url = process.env.DATABASE_URL
  if (!url) throw new StartupError('DATABASE_URL is not set: run this script through npm (npm run db:backup / db:restore).')
  return url
}
