/*
 * Payload's GraphQL API, as `payload generate` writes it, with cache tags expired after each
 * change's commit, and rate limits on its login and forgot-password mutations.
 */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { expiringTagsAfterCommit } from '@/hooks/revalidateTags'
import { limitGraphql } from '@/server/rateLimit'

export const POST = limitGraphql(config, expiringTagsAfterCommit(GRAPHQL_POST(config)))
export const OPTIONS = REST_OPTIONS(config)
