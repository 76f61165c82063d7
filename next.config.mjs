import { withPayload } from '@payloadcms/next/withPayload'
import createNextIntlPlugin from 'next-intl/plugin'

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts')

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
  // The server calls its own job endpoint every 10 s (src/server/scheduledJobs.ts); not worth a log line.
  logging: { incomingRequests: { ignore: [/\/api\/payload-jobs\/run/] } },
}

export default withPayload(withNextIntl(nextConfig), { devBundleServerPackages: false })
