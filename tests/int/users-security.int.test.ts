import { initI18n } from '@payloadcms/translations'
import { execFile } from 'node:child_process'
import type { Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { adminTranslations } from '@/i18n/adminTranslations'

import { graphql, rest, testUser } from '../helpers/api'
import { getTestPayload } from '../helpers/payload'

const password = 'a-long-test-password'

describe('unlocking an account', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await getTestPayload()
  })

  /** An account locked as five wrong passwords lock it. */
  async function lockedAccount(email: string) {
    const existing = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1 })
    const user = existing.docs[0] ?? (await payload.create({ collection: 'users', data: { email, password, roles: ['editor'] } }))
    await payload.db.updateOne({
      collection: 'users',
      id: user.id,
      data: { loginAttempts: 5, lockUntil: new Date(Date.now() + 15 * 60 * 1000).toISOString() },
      returning: false,
    })
    return user.id
  }

  const lockOf = async (id: number) => {
    const user = await payload.findByID({ collection: 'users', id, showHiddenFields: true })
    return { locked: Boolean(user.lockUntil), loginAttempts: user.loginAttempts }
  }

  it('is refused to translators and editors, over REST and GraphQL, and the lock stays', async () => {
    const email = 'unlock-refused@example.com'
    const id = await lockedAccount(email)
    for (const role of ['translator', 'editor'] as const) {
      const { token } = await testUser(role)
      expect((await rest('POST', '/users/unlock', { token, body: { email } })).status, role).toBe(403)
      const viaGraphql = (await graphql(`mutation { unlockUser(email: "${email}") }`, token)).json() as { errors?: unknown[] }
      expect(viaGraphql.errors, role).toHaveLength(1)
      expect(await lockOf(id), role).toEqual({ locked: true, loginAttempts: 5 })
    }
    expect((await rest('POST', '/users/unlock', { body: { email } })).status).toBe(403)
    expect(await lockOf(id)).toEqual({ locked: true, loginAttempts: 5 })
  })

  it('is allowed to admins, over REST and GraphQL', async () => {
    const { token } = await testUser('admin')
    const viaRest = await lockedAccount('unlock-rest@example.com')
    expect((await rest('POST', '/users/unlock', { token, body: { email: 'unlock-rest@example.com' } })).status).toBe(200)
    expect(await lockOf(viaRest)).toEqual({ locked: false, loginAttempts: 0 })

    const viaGraphql = await lockedAccount('unlock-graphql@example.com')
    expect((await graphql(`mutation { unlockUser(email: "unlock-graphql@example.com") }`, token)).json()).toEqual({ data: { unlockUser: true } })
    expect(await lockOf(viaGraphql)).toEqual({ locked: false, loginAttempts: 0 })
  })
})

describe('the first admin', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await getTestPayload()
  })
  afterEach(() => {
    vi.unstubAllEnvs()
  })

  it('cannot register through the admin in production, with a message saying what to do instead', async () => {
    vi.stubEnv('NODE_ENV', 'production')
    const before = (await payload.count({ collection: 'users' })).totalDocs
    for (const language of ['en', 'zh'] as const) {
      const response = await rest('POST', '/users/first-register', {
        body: { email: `first-register-${language}@example.com`, password },
        headers: { 'accept-language': language },
      })
      expect(response.status).toBe(403)
      expect(response.json()).toEqual({ errors: [{ message: adminTranslations[language].custom.firstRegisterClosed }] })
    }
    expect((await payload.count({ collection: 'users' })).totalDocs).toBe(before)
    // The admin's create-first-user page (shown while no user exists) names the command too.
    for (const language of ['en', 'zh'] as const) {
      const { t } = await initI18n({ config: payload.config.i18n, context: 'client', language })
      expect(t('authentication:beginCreateFirstUser')).toContain('npm run admin:create -- --email')
    }
  })

  // The other tests of this file make their users again (testUser), so the table may be emptied.
  it('registers in development, and of two registrations at once only one gets through', async () => {
    await payload.delete({ collection: 'users', where: { id: { exists: true } } })
    const register = (email: string) => rest('POST', '/users/first-register', { body: { email, password, roles: ['admin'] } })
    const responses = await Promise.all([register('race-a@example.com'), register('race-b@example.com')])
    expect(responses.map((response) => response.status).sort()).toEqual([200, 403])
    const { docs } = await payload.find({ collection: 'users', limit: 10 })
    expect(docs.map((user) => user.roles)).toEqual([['admin']])
  })

  type Result = { code: number; stdout: string; stderr: string }

  /** `npm run admin:create -- --email …` on the test database (DATABASE_URL), password from the environment. */
  function adminCreate(args: string[], adminPassword?: string): Promise<Result> {
    const env: NodeJS.ProcessEnv = { ...process.env, ADMIN_PASSWORD: adminPassword }
    if (adminPassword === undefined) delete env.ADMIN_PASSWORD
    return new Promise((resolve) => {
      execFile(process.execPath, ['--import', 'tsx', 'scripts/admin-create.ts', ...args], { env, timeout: 120_000 }, (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      )
    })
  }

  it('is created on the command line, which refuses a weak password and an existing email', async () => {
    const email = `cli-admin-${Date.now()}@example.com`
    const created = await adminCreate(['--email', email], 'Cli-admin-password-1')
    expect(created, created.stderr).toMatchObject({ code: 0 })
    expect(created.stdout).toContain(email)
    const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } } })
    expect(docs.map((user) => user.roles)).toEqual([['admin']])
    await expect(payload.login({ collection: 'users', data: { email, password: 'Cli-admin-password-1' } })).resolves.toHaveProperty('token')

    const oneLine = (result: Result) => result.stderr.trim().split('\n')
    const existing = await adminCreate(['--email', email], 'Another-password-2')
    expect(existing.code).toBe(1)
    expect(oneLine(existing)).toEqual([`✖ A user with the email ${email} exists already; nothing was changed.`])

    const weak = await adminCreate(['--email', 'cli-weak@example.com'], 'short-1')
    expect(weak.code).toBe(1)
    expect(oneLine(weak)).toEqual(['✖ The password is too short: use at least 12 characters.'])
    const simple = await adminCreate(['--email', 'cli-weak@example.com'], 'onlylowercaseletters')
    expect(oneLine(simple)).toEqual(['✖ The password is too simple: mix letters with digits or symbols, and do not use the email address.'])

    const noPassword = await adminCreate(['--email', 'cli-weak@example.com'])
    expect(noPassword.code).toBe(1)
    expect(oneLine(noPassword)).toEqual(['✖ No password: set ADMIN_PASSWORD, or run the command in a terminal to type it.'])
    expect((await payload.count({ collection: 'users', where: { email: { equals: 'cli-weak@example.com' } } })).totalDocs).toBe(0)
  })
})
