import { isDeepStrictEqual } from 'node:util'
import {
  flattenTopLevelFields,
  isolateObjectProperty,
  type CollectionAfterChangeHook,
  type CollectionAfterDeleteHook,
  type CollectionAfterErrorHook,
  type CollectionAfterLoginHook,
  type CollectionAfterOperationHook,
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
  type Field,
  type GlobalAfterChangeHook,
  type PayloadRequest,
} from 'payload'

import type { AuditAction } from '@/collections/AuditLogs'
import type { User } from '@/payload-types'

type Entry = { action: AuditAction; collection?: string; id?: number | string; summary?: string; email?: string }

async function record(req: PayloadRequest, { action, collection, id, summary, email }: Entry) {
  await req.payload.create({
    collection: 'audit-logs',
    // The entry belongs to the same transaction: an edit that rolls back leaves no entry. The
    // Local API would write this call's context into the request's; the rest of the request is
    // still audited.
    req: isolateObjectProperty(req, 'context'),
    overrideAccess: true,
    context: { audit: false },
    data: {
      action,
      targetCollection: collection,
      documentId: id === undefined ? undefined : String(id),
      summary: summary?.slice(0, 200),
      locale: typeof req.locale === 'string' ? req.locale : undefined,
      user: typeof req.user?.id === 'number' ? req.user.id : undefined,
      userEmail: email ?? (req.user as { email?: string } | null)?.email,
    },
  })
}

const titleOf = (doc: Record<string, unknown>) =>
  ['title', 'name', 'label', 'alt', 'email', 'key'].map((key) => doc[key]).find((value): value is string => typeof value === 'string')

/** Remembers whether this save is a draft, which afterChange hooks are not told. */
export const noteDraftSave: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'update' || operation === 'updateByID' || operation === 'create') req.context.draftSave = args.draft === true
  return args
}

/** Create, change, publish and unpublish (autosaves of a draft are left out: they are many). */
export const auditChange: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, operation, req }) => {
  if (req.context.audit === false || (req.query as { autosave?: string })?.autosave === 'true') return doc
  const wasPublished = previousDoc?._status === 'published'
  const isPublished = doc._status === 'published'
  const draftSave = req.context.draftSave === true
  const action: AuditAction =
    doc.deletedAt && !previousDoc?.deletedAt
      ? 'trash'
      : !doc.deletedAt && previousDoc?.deletedAt
        ? 'restore'
        : operation === 'create'
      ? isPublished
        ? 'publish'
        : 'create'
      : !draftSave && isPublished && !wasPublished
        ? 'publish'
        : !draftSave && wasPublished && doc._status === 'draft'
          ? 'unpublish'
          : 'update'
  await record(req, { action, collection: collection.slug, id: doc.id, summary: titleOf(doc) })
  return doc
}

export const auditDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  if (req.context.audit !== false) await record(req, { action: 'delete', collection: collection.slug, id: doc.id, summary: titleOf(doc) })
  return doc
}

export const auditLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  await record(req, { action: 'login', collection: 'users', id: user.id, summary: user.email, email: user.email })
  return user
}

/** Failed logins (wrong password, unknown email, locked account), with the email that was tried. */
export const auditFailedLogin: CollectionAfterErrorHook = async ({ error, req }) => {
  const isLogin = req.pathname?.endsWith('/login') ?? false
  if (!isLogin || !['AuthenticationError', 'LockedAuth'].includes(error.name)) return
  const email = typeof req.data?.email === 'string' ? req.data.email.slice(0, 200) : undefined
  // Its own transaction: the failed login's is rolled back.
  await record({ ...req, transactionID: undefined } as PayloadRequest, { action: 'loginFailed', collection: 'users', summary: error.name, email })
}

type Account = Pick<User, 'id' | 'email' | 'roles'>

const rolesOf = (user: Partial<Account> | undefined) => (user?.roles ?? []).join(', ')

/**
 * Accounts: created (by an admin, by `npm run admin:create` or by a first registration, which say
 * so through `context.createdVia`), their roles changed, their email or name changed. Passwords
 * are in `auditPasswordChange`; no entry holds a password or its hash.
 */
export const auditAccountChange: CollectionAfterChangeHook<User> = async ({ doc, previousDoc, operation, req }) => {
  if (req.context.audit === false) return doc
  const { email } = doc
  if (operation === 'create') {
    const via = typeof req.context.createdVia === 'string' ? `, via ${req.context.createdVia}` : ''
    await record(req, { action: 'create', collection: 'users', id: doc.id, summary: `${email} (${rolesOf(doc)})${via}` })
    return doc
  }
  if (rolesOf(doc) !== rolesOf(previousDoc)) {
    await record(req, { action: 'roleChange', collection: 'users', id: doc.id, summary: `${email}: ${rolesOf(previousDoc)} → ${rolesOf(doc)}` })
  }
  if (email !== previousDoc.email || doc.name !== previousDoc.name) {
    await record(req, { action: 'update', collection: 'users', id: doc.id, summary: email === previousDoc.email ? email : `${previousDoc.email} → ${email}` })
  }
  return doc
}

/**
 * A password set on an account (its owner on the account page, or an admin). Recorded before the
 * save, the only moment the operation still shows that a password was given; the entry is in the
 * save's transaction, so a save that fails leaves none.
 */
export const auditPasswordChange: CollectionBeforeChangeHook<User> = async ({ data, operation, originalDoc, req }) => {
  const password = (data as { password?: unknown }).password
  if (operation === 'update' && originalDoc && typeof password === 'string' && password !== '' && req.context.audit !== false) {
    await record(req, { action: 'passwordChange', collection: 'users', id: originalDoc.id, summary: originalDoc.email })
  }
  return data
}

/** Unlocks (admins only) and password resets through the emailed link. */
export const auditAccountOperation: CollectionAfterOperationHook = async (hook) => {
  if (hook.operation === 'unlock' && hook.result) {
    const email = String(hook.args.data.email ?? '').toLowerCase().trim()
    const { docs } = await hook.req.payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, depth: 0, req: hook.req })
    await record(hook.req, { action: 'unlock', collection: 'users', id: docs[0]?.id, summary: email })
  }
  if (hook.operation === 'resetPassword' && hook.result.user) {
    const { id, email } = hook.result.user as Account
    await record(hook.req, { action: 'passwordChange', collection: 'users', id, summary: email, email })
  }
  return hook.result
}

/**
 * Saves of a global (navigation, site settings): publish or update, with the names of the fields
 * whose value changed as the summary. `fields` are the global's own, without the ones hooks set.
 */
export function auditGlobalChange(fields: Field[]): GlobalAfterChangeHook {
  const names = flattenTopLevelFields(fields).flatMap((field) => ('name' in field && typeof field.name === 'string' ? [field.name] : []))
  return async ({ doc, previousDoc, global, req }) => {
    if (req.context.audit === false || (req.query as { autosave?: string })?.autosave === 'true') return doc
    const changed = names.filter((name) => !isDeepStrictEqual(doc[name], previousDoc?.[name]))
    const action: AuditAction = doc._status === 'published' && previousDoc?._status !== 'published' ? 'publish' : 'update'
    await record(req, { action, collection: global.slug, summary: changed.join(', ') })
    return doc
  }
}
