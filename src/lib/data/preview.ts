import { draftMode, headers } from 'next/headers'

import { isStaffUser } from '@/access/roles'
import type { User } from '@/payload-types'

import { getPayloadClient } from '../payload'

/**
 * The editor behind a preview, or null. Draft mode alone (a cookie anyone can copy) never shows
 * drafts: the request must also carry a valid admin session of a staff member.
 */
export async function getPreviewUser(): Promise<User | null> {
  if (!(await draftMode()).isEnabled) return null
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return user && isStaffUser(user) ? (user as User) : null
}
