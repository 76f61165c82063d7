import { afterEach, describe, expect, it, vi } from 'vitest'

import { StartupError } from '@/server/errors'
import { checkScalingSettings, mediaStorageOptions, readReplicaUrls, runsScheduledJobs } from '@/server/scaling'

const startScheduledJobRunner = vi.hoisted(() => vi.fn(() => () => {}))
vi.mock('@/server/scheduledJobs', () => ({ startScheduledJobRunner }))

const S3 = {
  S3_BUCKET: 'portal-media',
  S3_REGION: 'cn-southwest-1',
  S3_ACCESS_KEY_ID: 'key-id',
  S3_SECRET_ACCESS_KEY: 'secret',
}

/** A StartupError of one line that says `message`. */
function expectStartupError(run: () => unknown, message: RegExp) {
  const error = (() => {
    try {
      run()
    } catch (caught) {
      return caught
    }
  })()
  expect(error).toBeInstanceOf(StartupError)
  expect((error as Error).message).toMatch(message)
  expect((error as Error).message).not.toContain('\n')
}

describe('read replicas (DATABASE_REPLICA_URLS)', () => {
  it('are off unless listed, so Payload does not wrap the connection', () => {
    expect(readReplicaUrls({})).toBeUndefined()
    expect(readReplicaUrls({ DATABASE_REPLICA_URLS: ' , ' })).toBeUndefined()
  })

  it('are the comma-separated postgres:// addresses', () => {
    expect(readReplicaUrls({ DATABASE_REPLICA_URLS: 'postgres://r1:5432/portal, postgresql://u:p@r2/portal' })).toEqual([
      'postgres://r1:5432/portal',
      'postgresql://u:p@r2/portal',
    ])
  })

  it('refuse an entry that is not a postgres address, without printing it (it may hold a password)', () => {
    const url = 'postgres://r1/portal,mysql://u:hunter2@r2'
    expectStartupError(() => readReplicaUrls({ DATABASE_REPLICA_URLS: url }), /^Entry 2 of DATABASE_REPLICA_URLS is not a postgres:\/\/ address\.$/)
    expectStartupError(() => readReplicaUrls({ DATABASE_REPLICA_URLS: 'r1:5432' }), /^Entry 1 of/)
  })
})

describe('S3 storage for uploads (S3_*)', () => {
  it('is off without S3_BUCKET, keeping the plugin’s columns so the schema does not change', () => {
    expect(mediaStorageOptions({})).toEqual({
      enabled: false,
      alwaysInsertFields: true,
      bucket: '',
      collections: { media: { prefix: 'media' }, documents: { prefix: 'documents' } },
      config: {},
    })
  })

  it('stores images and PDFs in the bucket with the given region, endpoint and keys', () => {
    const options = mediaStorageOptions({ ...S3, S3_ENDPOINT: 'https://minio.internal:9000', S3_FORCE_PATH_STYLE: 'true' })
    expect(options).toEqual({
      enabled: true,
      alwaysInsertFields: true,
      bucket: 'portal-media',
      collections: { media: { prefix: 'media' }, documents: { prefix: 'documents' } },
      config: {
        region: 'cn-southwest-1',
        endpoint: 'https://minio.internal:9000',
        forcePathStyle: true,
        credentials: { accessKeyId: 'key-id', secretAccessKey: 'secret' },
      },
    })
  })

  it('needs no endpoint (AWS itself) and uses virtual-hosted buckets by default', () => {
    const { config } = mediaStorageOptions(S3)
    expect(config).not.toHaveProperty('endpoint')
    expect(config.forcePathStyle).toBe(false)
  })

  it('names every missing variable in one line', () => {
    expectStartupError(() => mediaStorageOptions({ S3_BUCKET: 'b', S3_REGION: 'r' }), /S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY must be set/)
  })

  it('refuses S3 settings without S3_BUCKET, which would silently store files on this machine', () => {
    expectStartupError(() => mediaStorageOptions({ S3_BUKET: 'b', S3_REGION: 'r', S3_ENDPOINT: 'http://s3' }), /S3_REGION, S3_ENDPOINT set but S3_BUCKET is not/)
  })

  it('refuses a malformed endpoint or path-style switch', () => {
    expectStartupError(() => mediaStorageOptions({ ...S3, S3_ENDPOINT: 'minio:9000' }), /S3_ENDPOINT is not an http\(s\) address/)
    expectStartupError(() => mediaStorageOptions({ ...S3, S3_FORCE_PATH_STYLE: 'yes' }), /S3_FORCE_PATH_STYLE must be true or false/)
  })
})

describe('one instance runs the jobs (JOBS_AUTORUN)', () => {
  it('is on by default and switched by true/false', () => {
    expect(runsScheduledJobs({})).toBe(true)
    expect(runsScheduledJobs({ JOBS_AUTORUN: 'TRUE' })).toBe(true)
    expect(runsScheduledJobs({ JOBS_AUTORUN: 'false' })).toBe(false)
    expectStartupError(() => runsScheduledJobs({ JOBS_AUTORUN: '0' }), /JOBS_AUTORUN must be true or false, not "0"/)
  })

  describe('when the server starts (instrumentation)', () => {
    afterEach(() => {
      vi.unstubAllEnvs()
      startScheduledJobRunner.mockClear()
    })

    async function startServer(env: Record<string, string>) {
      for (const [name, value] of Object.entries({ NEXT_RUNTIME: 'nodejs', ...env })) vi.stubEnv(name, value)
      const { register } = await import('@/instrumentation')
      await register()
    }

    it('starts the job runner by default', async () => {
      await startServer({})
      expect(startScheduledJobRunner).toHaveBeenCalledOnce()
    })

    it('does not start it with JOBS_AUTORUN=false', async () => {
      await startServer({ JOBS_AUTORUN: 'false' })
      expect(startScheduledJobRunner).not.toHaveBeenCalled()
    })
  })
})

describe('settings for several instances', () => {
  it('need a shared Postgres (DATABASE_URL), not the embedded one', () => {
    expectStartupError(
      () => checkScalingSettings({ REDIS_URL: 'redis://cache:6379', JOBS_AUTORUN: 'false' }),
      /REDIS_URL, JOBS_AUTORUN=false are for several instances, which share one Postgres: set DATABASE_URL/,
    )
    expectStartupError(() => checkScalingSettings({ DATABASE_REPLICA_URLS: 'postgres://r1/portal' }), /DATABASE_REPLICA_URLS is for several/)
    expect(() => checkScalingSettings({ DATABASE_URL: 'postgres://db/portal', REDIS_URL: 'redis://cache:6379', JOBS_AUTORUN: 'false' })).not.toThrow()
  })

  it('are all optional, and S3 alone is fine on one machine', () => {
    expect(() => checkScalingSettings({})).not.toThrow()
    expect(() => checkScalingSettings(S3)).not.toThrow()
  })

  it('are checked for mistakes too', () => {
    expectStartupError(() => checkScalingSettings({ DATABASE_URL: 'postgres://db/portal', JOBS_AUTORUN: 'no' }), /JOBS_AUTORUN/)
  })
})
