import { sql } from '@payloadcms/db-postgres'
import { APIError, type CollectionBeforeChangeHook, type Endpoint } from 'payload'

import { adminT } from '@/i18n/adminTranslations'
import { database } from '@/search/indexer'

/**
 * `POST /api/users/first-register`, in front of Payload's own. Production never registers anyone
 * through it (the first visitor after a deploy would become admin): the first admin is made on the
 * server with `npm run admin:create`. In development it notes where the user comes from (for the
 * audit log and the check below) and hands the request on.
 */
export const firstRegisterEndpoint: Endpoint = {
  path: '/first-register',
  method: 'post',
  handler: (req) => {
    if (process.env.NODE_ENV === 'production') throw new APIError(adminT(req, 'firstRegisterClosed'), 403)
    req.context.createdVia = 'first-register'
    // Custom endpoints come first in the collection's list, Payload's own one after ours.
    const payloadsOwn = (req.payload.collections.users.config.endpoints || [])
      .filter((endpoint) => endpoint.path === '/first-register' && endpoint.method === 'post')
      .at(-1)!
    return payloadsOwn.handler(req)
  },
}

/**
 * The first user of an empty database becomes an admin. Creations of users take turns (a lock held
 * until the transaction ends), so two at once cannot both find the table empty; a first
 * registration that finds a user there is refused, not turned into an ordinary account.
 */
export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const db = await database(req.payload, req)
  await db.execute(sql`select pg_advisory_xact_lock(hashtext('users:create'))`)
  const { totalDocs } = await req.payload.count({ collection: 'users', req })
  if (totalDocs === 0) return { ...data, roles: ['admin'] }
  if (req.context.createdVia === 'first-register') throw new APIError(adminT(req, 'firstUserExists'), 403)
  return data
}
