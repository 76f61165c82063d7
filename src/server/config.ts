import path from 'node:path'

import { parsePort } from './ports'

/** Where the embedded Postgres keeps its cluster, relative to the project (git-ignored). */
export const DEFAULT_EMBEDDED_DATA_DIR = '.data/postgres'
export const DEFAULT_EMBEDDED_PORT = 54329
export const DEFAULT_DATABASE_NAME = 'science_city'

export type EmbeddedSettings = { dataDir: string; port: number; database: string }

/** Settings for the embedded Postgres from the environment, with defaults for a newcomer. */
export function embeddedSettings(env: NodeJS.ProcessEnv = process.env): EmbeddedSettings {
  return {
    dataDir: path.resolve(env.EMBEDDED_PG_DATA_DIR || DEFAULT_EMBEDDED_DATA_DIR),
    port: parsePort(env.EMBEDDED_PG_PORT, DEFAULT_EMBEDDED_PORT, 'EMBEDDED_PG_PORT'),
    database: env.EMBEDDED_PG_DATABASE || DEFAULT_DATABASE_NAME,
  }
}

/** Uploaded media and documents live on disk here (git-ignored; backed up with the database). */
export const DEFAULT_UPLOADS_DIR = '.data/uploads'

export function uploadsDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.UPLOADS_DIR || DEFAULT_UPLOADS_DIR)
}
