import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionAfterErrorHook,
  CollectionAfterLoginHook,
  CollectionBeforeOperationHook,
  PayloadRequest,
} from 'payload'

import type { AuditAction } from '@/collections/AuditLogs'

type Entry = { action: AuditAction; collection?: string; id?: number | string; summary?: string; email?: string }

async function record(req: PayloadRequest, { action, collection, id, summary, email }: Entry) {
  await req.payload.create({
    collection: 'audit-logs',
    // The entry belongs to the same transaction: an edit that rolls back leaves no entry.
    req,
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
