import { withPayload } from '@payloadcms/next/withPayload'
import createNextIntlPlugin from 'next-intl/plugin'

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts')

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The server calls its own job endpoint every 10 s (src/server/scheduledJobs.ts); not worth a log line.
  logging: { incomingRequests: { ignore: [/\/api\/payload-jobs\/run/] } },
}

export default withPayload(withNextIntl(nextConfig), { devBundleServerPackages: false })
