/**
 * Settings for running the portal on several machines (docs/scaling.md), read from the
 * environment. Each is off by default, so one machine runs as before. A wrong value is a
 * StartupError: `npm start` checks them all before anything starts (checkScalingSettings).
 */
import type { S3StorageOptions } from '@payloadcms/storage-s3'

import { StartupError } from './errors'

// Any set of variables: process.env by default, a plain object in tests.
type Env = Record<string, string | undefined>

const listOf = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)

function booleanSetting(env: Env, name: string, fallback: boolean): boolean {
  const value = env[name]?.trim().toLowerCase()
  if (!value) return fallback
  if (value === 'true' || value === 'false') return value === 'true'
  throw new StartupError(`${name} must be true or false, not "${env[name]}".`)
}

/**
 * DATABASE_REPLICA_URLS: Postgres read replicas of DATABASE_URL, comma-separated. Payload reads
 * from a random one; writes, transactions and raw SQL (the site search) go to DATABASE_URL, and so
 * do an instance's reads within 2 s of its own last write.
 */
export function readReplicaUrls(env: Env = process.env): string[] | undefined {
  const urls = listOf(env.DATABASE_REPLICA_URLS)
  urls.forEach((url, index) => {
    // The entry itself is not shown: it may hold a password.
    if (!/^postgres(ql)?:$/.test(URL.parse(url)?.protocol ?? '')) {
      throw new StartupError(`Entry ${index + 1} of DATABASE_REPLICA_URLS is not a postgres:// address.`)
    }
  })
  // Payload routes reads through replicas whenever the option is given, even an empty list.
  return urls.length > 0 ? urls : undefined
}

/** JOBS_AUTORUN (default true): whether this instance runs scheduled publishing. Exactly one should. */
export function runsScheduledJobs(env: Env = process.env): boolean {
  return booleanSetting(env, 'JOBS_AUTORUN', true)
}

const S3_REQUIRED = ['S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const
const S3_OPTIONAL = ['S3_ENDPOINT', 'S3_FORCE_PATH_STYLE'] as const

/**
 * Options for @payloadcms/storage-s3: with S3_BUCKET set, images and PDFs are stored in that
 * bucket instead of UPLOADS_DIR. Files are still served by the portal under /api/<collection>/file/,
 * through Payload's access control, and still checked by content before they are stored. The
 * plugin always adds its columns (`prefix`, `_objectKey`), so the schema, and so the migrations,
 * are the same with and without S3.
 */
export function mediaStorageOptions(env: Env = process.env): S3StorageOptions {
  // The same folders as in UPLOADS_DIR, so moving existing files to the bucket is one copy.
  const collections: S3StorageOptions['collections'] = { media: { prefix: 'media' }, documents: { prefix: 'documents' } }
  const bucket = env.S3_BUCKET?.trim()
  if (!bucket) {
    // A mistyped S3_BUCKET would otherwise store files on this machine's disk without a word.
    const stray = [...S3_REQUIRED, ...S3_OPTIONAL].filter((name) => env[name])
    if (stray.length > 0) throw new StartupError(`${stray.join(', ')} set but S3_BUCKET is not: set S3_BUCKET to store uploads in S3, or unset them.`)
    return { enabled: false, alwaysInsertFields: true, bucket: '', collections, config: {} }
  }
  const missing = S3_REQUIRED.filter((name) => !env[name]?.trim())
  if (missing.length > 0) throw new StartupError(`S3_BUCKET is set, so ${missing.join(', ')} must be set too.`)
  const endpoint = env.S3_ENDPOINT?.trim()
  if (endpoint && !/^https?:$/.test(URL.parse(endpoint)?.protocol ?? '')) {
    throw new StartupError(`S3_ENDPOINT is not an http(s) address: ${endpoint}`)
  }
  return {
    enabled: true,
    alwaysInsertFields: true,
    bucket,
    collections,
    config: {
      region: env.S3_REGION?.trim(),
      ...(endpoint ? { endpoint } : {}),
      forcePathStyle: booleanSetting(env, 'S3_FORCE_PATH_STYLE', false),
      credentials: { accessKeyId: env.S3_ACCESS_KEY_ID!.trim(), secretAccessKey: env.S3_SECRET_ACCESS_KEY!.trim() },
    },
  }
}

/**
 * Checks every setting above, and that settings meant for several instances come with a shared
 * Postgres: the embedded one serves only the machine it runs on.
 */
export function checkScalingSettings(env: Env = process.env): void {
  readReplicaUrls(env)
  mediaStorageOptions(env)
  const severalInstances = [
    ...(['DATABASE_REPLICA_URLS', 'REDIS_URL'] as const).filter((name) => env[name]?.trim()),
    ...(runsScheduledJobs(env) ? [] : ['JOBS_AUTORUN=false']),
  ]
  if (severalInstances.length > 0 && !env.DATABASE_URL) {
    throw new StartupError(
      `${severalInstances.join(', ')} ${severalInstances.length > 1 ? 'are' : 'is'} for several instances, which share one Postgres: set DATABASE_URL (the embedded Postgres serves only this machine).`,
    )
  }
}
