/*
 * Payload's REST API, as `payload generate` writes it, with cache tags expired after each change's
 * commit, and rate limits on login, forgot-password, first-register and the UI strings import.
 */
import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST } from '@payloadcms/next/routes'

import { expiringTagsAfterCommit } from '@/hooks/revalidateTags'
import { limitRest } from '@/server/rateLimit'

export const GET = expiringTagsAfterCommit(REST_GET(config))
export const POST = limitRest(config, expiringTagsAfterCommit(REST_POST(config)))
export const DELETE = expiringTagsAfterCommit(REST_DELETE(config))
export const PATCH = expiringTagsAfterCommit(REST_PATCH(config))
export const OPTIONS = REST_OPTIONS(config)
