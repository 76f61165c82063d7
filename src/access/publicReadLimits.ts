import type { CollectionBeforeOperationHook, GlobalBeforeOperationHook, PayloadRequest } from 'payload'
import { APIError } from 'payload'

import { adminT } from '@/i18n/adminTranslations'

import { isStaffUser } from './roles'

/**
 * The most documents a visitor's API request returns at once: a request's work holds the one
 * JavaScript thread in slices that grow with it, and every page waits behind the slice that runs
 * (figures: docs/scale.md, "What a visitor can send").
 */
export const PUBLIC_MAX_LIMIT = 25
/** How deep a visitor's API request populates relationships: Payload's default, no further. */
export const PUBLIC_MAX_DEPTH = 2

/**
 * Whether a read is one a visitor asked for through REST or GraphQL (not one that populates
 * relationships for it: those run with `currentDepth` set, bounded by the read that asked). Such
 * reads are bounded; the public site's own reads go through the Local API and staff work in the
 * admin: both keep Payload's limits.
 */
export function isVisitorsRead(args: { currentDepth?: number }, req: PayloadRequest): boolean {
  return !args.currentDepth && req.payloadAPI !== 'local' && !isStaffUser(req.user)
}

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
  if ((operation !== 'read' && operation !== 'readDistinct') || !isVisitorsRead(args, req)) return operationArgs
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
  if (operation !== 'read' || !isVisitorsRead(args, req)) return args
  return { ...args, depth: cappedDepth(args.depth) }
}
