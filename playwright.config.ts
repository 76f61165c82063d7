import { defineConfig, devices } from '@playwright/test'

import { chromiumArgs, resolveChromium } from './e2e/browser'
import { e2eDatabase } from './e2e/database'

const E2E_PORT = Number(process.env.E2E_PORT || 3100)
const baseURL = `http://127.0.0.1:${E2E_PORT}`

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: 'list',
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: { ...resolveChromium(), args: chromiumArgs },
  },
  projects: [
    // Production seeds no logins: this registers the first admin, whom the other tests rely on.
    { name: 'first-admin', testMatch: /admin\.spec\.ts/, use: { ...devices['Desktop Chrome'] } },
    { name: 'chromium', testIgnore: /admin\.spec\.ts/, dependencies: ['first-admin'], use: { ...devices['Desktop Chrome'] } },
  ],
  // The production server, started the way `npm start` starts it: embedded Postgres, migrations,
  // demo content. Its data and uploads folders are wiped by `npm test` before each run.
  webServer: {
    command: `node --import tsx scripts/serve.ts start`,
    url: `${baseURL}/zh`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
    env: {
      PORT: String(E2E_PORT),
      NODE_ENV: 'production',
      DATABASE_URL: '',
      ...e2eDatabase,
      UPLOADS_DIR: '.data/e2e-uploads',
      PAGE_CACHE_DIR: '.data/e2e-page-cache',
      // Its page cache is on its own disk folder even where the tests have a Redis (REDIS_URL).
      REDIS_URL: '',
      PAYLOAD_SECRET: 'e2e-test-secret',
      SITE_URL: baseURL,
      // Long-lived page copies: a test that sees a change on the next request then proves that
      // publishing clears them (src/server/pageResponseCache.ts), not that they expired.
      PAGE_COPY_TTL_MS: '600000',
    },
  },
})
