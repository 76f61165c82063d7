import { ValidationError, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { Users } from '@/collections/Users'
import { passwordProblem } from '@/collections/Users/passwordPolicy'
import { siteOrigin } from '@/server/env'

import { rest, testUser } from '../helpers/api'
import { getTestPayload } from '../helpers/payload'

describe('accounts', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await getTestPayload()
  })

  it('refuses short or one-kind passwords and the email as password', async () => {
    expect(passwordProblem('short-1', 'a@example.com')).toBe('tooShort')
    expect(passwordProblem('onlylowercaseletters', 'a@example.com')).toBe('tooSimple')
    expect(passwordProblem('someone@example.com', 'someone@example.com')).toBe('tooSimple')
    expect(passwordProblem('a-long-test-password', 'a@example.com')).toBeNull()
    await expect(
      payload.create({ collection: 'users', data: { email: 'weak@example.com', password: 'weak', roles: ['editor'] } }),
    ).rejects.toThrow(ValidationError)
  })

  it('locks an account after as many wrong passwords as many addresses together could send, even against the right one', async () => {
    const email = `lockout-${Date.now()}@example.com`
    await payload.create({ collection: 'users', data: { email, password: 'a-long-test-password', roles: ['editor'] } })
    // Payload's own handler, without the route's per-address limits (tests/int/rate-limit.int.test.ts).
    for (let attempt = 0; attempt < (Users.auth as { maxLoginAttempts: number }).maxLoginAttempts; attempt += 1) {
      expect((await rest('POST', '/users/login', { body: { email, password: 'wrong-password-1' } })).status).toBe(401)
    }
    const locked = await rest('POST', '/users/login', { body: { email, password: 'a-long-test-password' } })
    expect(locked.status).toBe(401)
    expect(locked.text).toMatch(/locked|锁定/i)
  })

  it('answers health and readiness', async () => {
    expect((await rest('GET', '/health')).json()).toEqual({ status: 'ok' })
    const ready = await rest('GET', '/ready')
    expect(ready.status).toBe(200)
    expect(ready.json()).toEqual({ status: 'ready' })
  })
})

describe('audit log', () => {
  let payload: Payload
  let editor: Awaited<ReturnType<typeof testUser>>

  beforeAll(async () => {
    payload = await getTestPayload()
    editor = await testUser('editor')
  })

  const entriesFor = async (documentId: string | number) =>
    (
      await payload.find({
        collection: 'audit-logs',
        where: { targetCollection: { equals: 'news' }, documentId: { equals: String(documentId) } },
        sort: 'createdAt',
        limit: 50,
      })
    ).docs.map((entry) => [entry.action, entry.userEmail])

  it('records who created, changed, published, unpublished and deleted what', async () => {
    const as = { overrideAccess: false, user: editor.user } as const
    const doc = await payload.create({
      collection: 'news',
      ...as,
      draft: true,
      data: { title: '审计测试', slug: 'audit-trail', publishedAt: '2021-05-17T04:00:00.000Z', _status: 'draft' },
    })
    await payload.update({ collection: 'news', id: doc.id, ...as, draft: true, data: { title: '审计测试（改）' } })
    await payload.update({ collection: 'news', id: doc.id, ...as, data: { _status: 'published' } })
    await payload.update({ collection: 'news', id: doc.id, ...as, data: { _status: 'draft' } })
    await payload.update({ collection: 'news', id: doc.id, ...as, data: { deletedAt: new Date().toISOString() } })
    await payload.update({ collection: 'news', id: doc.id, ...as, trash: true, data: { deletedAt: null } })
    await payload.delete({ collection: 'news', id: doc.id, ...as })
    const email = editor.user.email
    expect(await entriesFor(doc.id)).toEqual([
      ['create', email],
      ['update', email],
      ['publish', email],
      ['unpublish', email],
      ['trash', email],
      ['restore', email],
      ['delete', email],
    ])
  })

  it('records logins and failed logins', async () => {
    const before = (await payload.count({ collection: 'audit-logs', where: { action: { in: ['login', 'loginFailed'] } } })).totalDocs
    await rest('POST', '/users/login', { body: { email: editor.user.email, password: 'a-long-test-password' } })
    await rest('POST', '/users/login', { body: { email: 'nobody@example.com', password: 'wrong-password-1' } })
    const { docs } = await payload.find({ collection: 'audit-logs', where: { action: { in: ['login', 'loginFailed'] } }, sort: '-createdAt', limit: 2 })
    expect((await payload.count({ collection: 'audit-logs', where: { action: { in: ['login', 'loginFailed'] } } })).totalDocs).toBe(before + 2)
    expect(docs.map((entry) => [entry.action, entry.userEmail])).toEqual([
      ['loginFailed', 'nobody@example.com'],
      ['login', editor.user.email],
    ])
  })

  it('cannot be read by editors or changed by anyone', async () => {
    const admin = await testUser('admin')
    expect((await rest('GET', '/audit-logs', { token: editor.token })).status).toBe(403)
    expect((await rest('GET', '/audit-logs', { token: admin.token })).status).toBe(200)
    const { docs } = await payload.find({ collection: 'audit-logs', limit: 1 })
    const id = docs[0]!.id
    expect((await rest('PATCH', `/audit-logs/${id}`, { token: admin.token, body: { action: 'login' } })).status).toBe(403)
    expect((await rest('DELETE', `/audit-logs/${id}`, { token: admin.token })).status).toBe(403)
    expect((await rest('POST', '/audit-logs', { token: admin.token, body: { action: 'login' } })).status).toBe(403)
  })
})

describe('audit log of accounts and site-wide settings', () => {
  let payload: Payload
  let admin: Awaited<ReturnType<typeof testUser>>
  let editor: Awaited<ReturnType<typeof testUser>>

  beforeAll(async () => {
    payload = await getTestPayload()
    admin = await testUser('admin')
    editor = await testUser('editor')
  })

  /** The entries written by `act`: [action, actor, target collection, target document]. */
  async function entriesOf(act: () => Promise<unknown>) {
    const { docs: last } = await payload.find({ collection: 'audit-logs', sort: '-id', limit: 1 })
    await act()
    const { docs } = await payload.find({
      collection: 'audit-logs',
      where: { id: { greater_than: last[0]?.id ?? 0 } },
      sort: 'id',
      limit: 50,
    })
    return {
      entries: docs.map((entry) => [entry.action, entry.userEmail, entry.targetCollection, entry.documentId ?? undefined]),
      summaries: docs.map((entry) => entry.summary),
      raw: JSON.stringify(docs),
    }
  }

  const accountPassword = 'Audit-password-1'

  it('records an account that an admin creates, with its roles', async () => {
    let id = 0
    const email = `audit-created-${Date.now()}@example.com`
    const { entries, summaries, raw } = await entriesOf(async () => {
      const response = await rest('POST', '/users', { token: admin.token, body: { email, password: accountPassword, roles: ['editor'] } })
      expect(response.status).toBe(201)
      id = (response.json() as { doc: { id: number } }).doc.id
    })
    expect(entries).toEqual([['create', admin.user.email, 'users', String(id)]])
    expect(summaries).toEqual([`${email} (editor)`])
    expect(raw).not.toContain(accountPassword)
  })

  it('records role and password changes, without the password or its hash', async () => {
    const email = `audit-changed-${Date.now()}@example.com`
    const user = await payload.create({ collection: 'users', data: { email, password: accountPassword, roles: ['editor'] } })

    const roles = await entriesOf(() => rest('PATCH', `/users/${user.id}`, { token: admin.token, body: { roles: ['editor', 'translator'] } }))
    expect(roles.entries).toEqual([['roleChange', admin.user.email, 'users', String(user.id)]])
    expect(roles.summaries).toEqual([`${email}: editor → editor, translator`])

    // The user changes their own password, as the admin's account page does.
    const { token } = await payload.login({ collection: 'users', data: { email, password: accountPassword } })
    const newPassword = 'Changed-password-2'
    const changed = await entriesOf(() => rest('PATCH', `/users/${user.id}`, { token: token!, body: { password: newPassword } }))
    expect(changed.entries).toEqual([['passwordChange', email, 'users', String(user.id)]])
    expect(changed.summaries).toEqual([email])
    const { hash, salt } = await payload.findByID({ collection: 'users', id: user.id, showHiddenFields: true })
    for (const secret of [newPassword, hash!, salt!]) expect(changed.raw).not.toContain(secret)

    // A password reset (the "forgot password" link) is a password change too.
    const resetToken = await payload.forgotPassword({ collection: 'users', data: { email }, disableEmail: true })
    const resetPassword = 'Reset-password-3'
    const reset = await entriesOf(() =>
      payload.resetPassword({ collection: 'users', data: { token: resetToken, password: resetPassword }, overrideAccess: true }),
    )
    // The reset also logs the user in.
    expect(reset.entries).toEqual([
      ['login', email, 'users', String(user.id)],
      ['passwordChange', email, 'users', String(user.id)],
    ])
    expect(reset.raw).not.toContain(resetPassword)
  })

  it('records unlocks', async () => {
    const email = `audit-unlocked-${Date.now()}@example.com`
    const user = await payload.create({ collection: 'users', data: { email, password: accountPassword, roles: ['editor'] } })
    await payload.db.updateOne({ collection: 'users', id: user.id, data: { loginAttempts: 5, lockUntil: new Date(Date.now() + 60_000).toISOString() }, returning: false })
    const { entries, summaries } = await entriesOf(() => rest('POST', '/users/unlock', { token: admin.token, body: { email } }))
    expect(entries).toEqual([['unlock', admin.user.email, 'users', String(user.id)]])
    expect(summaries).toEqual([email])
  })

  it('records edits of the navigation and the site settings, naming the changed fields', async () => {
    const save = async (slug: 'navigation' | 'site-settings', body: Record<string, unknown>) =>
      expect((await rest('POST', `/globals/${slug}?locale=zh`, { token: editor.token, body: { ...body, _status: 'published' } })).status).toBe(200)
    const navigation = await entriesOf(() => save('navigation', { header: [{ label: `新闻 ${Date.now()}`, href: '/news' }] }))
    // A first publish or a change, depending on what the database held before.
    expect(navigation.entries).toEqual([[expect.stringMatching(/^(publish|update)$/), editor.user.email, 'navigation', undefined]])
    expect(navigation.summaries).toEqual(['header'])

    const siteName = '西部（重庆）科学城'
    await save('site-settings', { siteName, tagline: '一' })
    const settings = await entriesOf(() => save('site-settings', { siteName, tagline: '二' }))
    expect(settings.entries).toEqual([['update', editor.user.email, 'site-settings', undefined]])
    expect(settings.summaries).toEqual(['tagline'])
  })
})

describe('trash', () => {
  it('keeps a deleted document restorable, and out of public reads meanwhile', async () => {
    const payload = await getTestPayload()
    const editor = await testUser('editor')
    const doc = await payload.create({
      collection: 'news',
      context: { disableRevalidate: true },
      data: { title: '回收站测试', slug: 'trash-test', publishedAt: '2021-05-17T04:00:00.000Z', _status: 'published' },
    })
    // A translator may not move it to the trash; an editor may (what the admin's "Delete" does).
    const translator = await testUser('translator')
    const trashing = { deletedAt: new Date().toISOString() }
    await expect(
      payload.update({ collection: 'news', id: doc.id, overrideAccess: false, user: translator.user, locale: 'en', draft: true, data: trashing }),
    ).rejects.toThrow()
    await payload.update({ collection: 'news', id: doc.id, overrideAccess: false, user: editor.user, data: trashing })
    expect((await rest('GET', `/news?where[slug][equals]=trash-test`)).json()).toMatchObject({ totalDocs: 0 })
    const trashed = await payload.find({ collection: 'news', trash: true, where: { slug: { equals: 'trash-test' } } })
    expect(trashed.docs[0]?.deletedAt).toBeTruthy()

    await payload.update({ collection: 'news', id: doc.id, trash: true, data: { deletedAt: null } })
    expect((await rest('GET', `/news?where[slug][equals]=trash-test`)).json()).toMatchObject({ totalDocs: 1 })
  })
})

describe('cross-site requests', () => {
  it('a login cookie counts only on requests from the site itself', async () => {
    const editor = await testUser('editor')
    const me = (origin: string) =>
      rest('GET', '/users/me', { headers: { cookie: `payload-token=${editor.token}`, origin } }).then(
        (response) => (response.json() as { user: { email: string } | null }).user?.email ?? null,
      )
    // The site's own origin, whatever PORT or SITE_URL the run uses.
    expect(await me(siteOrigin())).toBe(editor.user.email)
    expect(await me('https://evil.example')).toBeNull()
  })
})
