import type { CollectionBeforeOperationHook, GlobalBeforeOperationHook, PayloadRequest } from 'payload'
import { APIError } from 'payload'

import { adminT } from '@/i18n/adminTranslations'

import { isStaffUser } from './roles'

/**
 * The most documents a visitor's API request returns at once: a request's work holds the one
 * JavaScript thread in slices that grow with it, and every page waits behind the slice that runs
 * (at 100 fully populated documents, a cached page's p99 rose to 40 ms; docs/scale.md).
 */
export const PUBLIC_MAX_LIMIT = 25
/** How deep a visitor's API request populates relationships: Payload's default, no further. */
export const PUBLIC_MAX_DEPTH = 2

/**
 * Visitors' REST and GraphQL requests are bounded, so that one request cannot ask for a whole
 * table fully populated. The public site's own reads go through the Local API and staff work in
 * the admin: both keep Payload's limits.
 */
const boundedRequest = (req: PayloadRequest) => req.payloadAPI !== 'local' && !isStaffUser(req.user)

const cappedDepth = (depth: unknown) => Math.min(Number(depth ?? PUBLIC_MAX_DEPTH) || 0, PUBLIC_MAX_DEPTH)

// Payload reads a limit of 0 as "no limit".
const cappedLimit = (limit: unknown) => {
  const asked = Number(limit)
  return !asked || asked > PUBLIC_MAX_LIMIT ? PUBLIC_MAX_LIMIT : asked
}

type JoinQuery = Record<string, { limit?: unknown } | false>

/** What a read's arguments may hold, whichever read it is (find, findByID, findDistinct). */
type ReadArgs = { currentDepth?: number; depth?: number; limit?: number; pagination?: boolean; joins?: JoinQuery | false }

export const limitPublicReads: CollectionBeforeOperationHook = ({ args: operationArgs, operation, req }) => {
  const args = operationArgs as ReadArgs
  // Populating relationships runs reads of its own (`currentDepth` set, `pagination: false`),
  // bounded by the depth of the read that asked for them.
  const askedByVisitor = (operation === 'read' || operation === 'readDistinct') && !args.currentDepth
  if (!askedByVisitor || !boundedRequest(req)) return operationArgs
  if (args.pagination === false) throw new APIError(adminT(req, 'paginationForStaff', { max: String(PUBLIC_MAX_LIMIT) }), 400)
  // A join field lists documents too (`joins[field][limit]=0`).
  const joins = args.joins
    ? Object.fromEntries(
        Object.entries(args.joins).map(([field, query]) => [field, query && { ...query, limit: cappedLimit(query.limit ?? 10) }]),
      )
    : args.joins
  return { ...operationArgs, limit: cappedLimit(args.limit), depth: cappedDepth(args.depth), joins }
}

export const limitPublicGlobalReads: GlobalBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'read' || !boundedRequest(req)) return args
  return { ...args, depth: cappedDepth(args.depth) }
}
