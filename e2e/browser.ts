import { chromium } from '@playwright/test'
import fs from 'node:fs'

/** Flags that Chromium needs as root in a container, with no network but loopback. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

/**
 * The Chromium to test with: PLAYWRIGHT_CHROMIUM_EXECUTABLE, else Debian's /usr/bin/chromium,
 * else Playwright's own download (undefined lets Playwright pick it).
 */
export function resolveChromium(): { executablePath: string | undefined } {
  const configured = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE
  if (configured) {
    if (!fs.existsSync(configured)) throw new Error(`PLAYWRIGHT_CHROMIUM_EXECUTABLE=${configured} does not exist.`)
    return { executablePath: configured }
  }
  if (fs.existsSync('/usr/bin/chromium')) return { executablePath: '/usr/bin/chromium' }
  if (fs.existsSync(chromium.executablePath())) return { executablePath: undefined }
  throw new Error(
    'No Chromium found for the end-to-end tests. Install one: `sudo apt-get install chromium` (Debian/Ubuntu), ' +
      'or `npx playwright install chromium`, or set PLAYWRIGHT_CHROMIUM_EXECUTABLE to a Chromium binary.',
  )
}
