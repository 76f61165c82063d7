/* Payload's GraphQL API, as `payload generate` writes it, with cache tags expired after each change's commit. */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { expiringTagsAfterCommit } from '@/hooks/revalidateTags'

export const POST = expiringTagsAfterCommit(GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
