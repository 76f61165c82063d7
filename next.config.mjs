import { withPayload } from '@payloadcms/next/withPayload'
import createNextIntlPlugin from 'next-intl/plugin'
import { fileURLToPath } from 'node:url'

import { basePolicy } from './src/server/contentSecurityPolicy.mjs'

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts')

/**
 * Sent with every response. A static list costs nothing per request; cached pages add their own
 * script policy (src/server/pageCacheHandler.mjs).
 */
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()' },
  // The admin's live preview frames the site itself; nobody else may.
  { key: 'Content-Security-Policy', value: basePolicy },
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  ...(process.env.NODE_ENV === 'production'
    ? [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }]
    : []),
]

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  images: {
    // Uploaded media are served by Payload from this path on the same server.
    localPatterns: [{ pathname: '/api/media/file/**' }],
    formats: ['image/webp'],
    // Few widths keep every srcset (and so every page) short; the browser scales in between.
    deviceSizes: [480, 960, 1920],
    imageSizes: [],
  },
  reactStrictMode: true,
  cacheHandler: fileURLToPath(new URL('./src/server/pageCacheHandler.mjs', import.meta.url)),
  headers: async () => [{ source: '/:path*', headers: securityHeaders }],
  // The server calls its own job endpoint every 10 s (src/server/scheduledJobs.ts); not worth a log line.
  logging: { incomingRequests: { ignore: [/\/api\/payload-jobs\/run/] } },
}

export default withPayload(withNextIntl(nextConfig), { devBundleServerPackages: false })
