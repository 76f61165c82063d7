import { createHmac, timingSafeEqual } from 'node:crypto'

import { payloadSecret } from './env'

const JOBS_TOKEN_HEADER = 'x-jobs-token'
const INTERVAL_MS = 10_000

function jobsToken(): string {
  return createHmac('sha256', payloadSecret()).update('payload-jobs-run').digest('hex')
}

/** Whether a request to Payload's job endpoint comes from this server's own runner. */
export function isJobRunnerRequest(headers: Headers): boolean {
  const given = Buffer.from(headers.get(JOBS_TOKEN_HEADER) ?? '')
  const expected = Buffer.from(jobsToken())
  return given.length === expected.length && timingSafeEqual(given, expected)
}

/**
 * Runs due jobs (scheduled publish and unpublish) every 10 seconds by calling Payload's own job
 * endpoint on this server. Going through a request, not an in-process cron, matters: the hooks
 * that expire the page cache only work inside a Next request.
 */
export function startScheduledJobRunner(): () => void {
  const url = `http://127.0.0.1:${process.env.PORT || 3000}/api/payload-jobs/run?queue=default&limit=20&silent=true`
  let failing = false
  const timer = setInterval(() => {
    fetch(url, { headers: { [JOBS_TOKEN_HEADER]: jobsToken() } })
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`)
        failing = false
      })
      .catch((error: unknown) => {
        // Log the first failure of a streak only: the server may still be starting.
        if (!failing) console.error(`Scheduled jobs could not run: ${error instanceof Error ? error.message : error}`)
        failing = true
      })
  }, INTERVAL_MS)
  timer.unref()
  return () => clearInterval(timer)
}
