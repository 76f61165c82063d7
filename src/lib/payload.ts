import config from '@payload-config'
import { getPayload } from 'payload'

/** The Local API for the public site's reads (one instance per server process). */
export function getPayloadClient() {
  return getPayload({ config })
}
