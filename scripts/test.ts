/**
 * `npm test`: type check, lint, integration tests (Vitest, on a throwaway Postgres), production
 * build, end-to-end tests (Playwright, on `npm start` with an embedded Postgres), and with
 * TEST_DATABASE_URL and REDIS_URL set, two production instances sharing them. Ends with one
 * line, `N passed, N failed`, counting every test and every failed check.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { resolveChromium } from '../e2e/browser'
import { runningPostmaster } from '../src/server/embeddedPostgres'

const resultsDir = path.resolve('test-results')
const e2eDataDir = path.resolve('.data/e2e-postgres')
const e2eUploadsDir = path.resolve('.data/e2e-uploads')
const e2ePageCacheDir = path.resolve('.data/e2e-page-cache')
let passed = 0
let failed = 0

function run(label: string, command: string, args: string[], env: Record<string, string> = {}): Promise<boolean> {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`)
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } as NodeJS.ProcessEnv })
    child.on('exit', (code) => resolve(code === 0))
  })
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T
  } catch {
    return undefined
  }
}

function countVitest(file: string) {
  type Report = { numPassedTests: number; numFailedTests: number; testResults: { status: string; assertionResults: { status: string }[] }[] }
  const report = readJson<Report>(file)
  if (!report) return false
  passed += report.numPassedTests
  failed += report.numFailedTests
  // A file that failed outside its tests (in a hook) counts once too.
  failed += report.testResults.filter((result) => result.status === 'failed' && result.assertionResults.every((test) => test.status !== 'failed')).length
  return true
}

function countPlaywright(file: string) {
  const report = readJson<{ stats: { expected: number; unexpected: number; flaky: number } }>(file)
  if (!report) return false
  passed += report.stats.expected
  failed += report.stats.unexpected + report.stats.flaky
  return true
}

async function main() {
  fs.mkdirSync(resultsDir, { recursive: true })
  const bin = (name: string) => path.resolve('node_modules/.bin', name)

  // Fail at once, before the slow steps, when there is no browser.
  try {
    resolveChromium()
  } catch (error) {
    console.error(`✖ ${(error as Error).message}`)
    failed += 1
    return
  }

  for (const [label, command, args] of [
    ['Type check', bin('tsc'), ['--noEmit']],
    ['Lint', bin('eslint'), ['--max-warnings', '0', '.']],
    ['Messages', bin('tsx'), ['scripts/i18n-check.ts']],
  ] as const) {
    if (await run(label, command, [...args])) passed += 1
    else return void (failed += 1)
  }

  const vitestReport = path.join(resultsDir, 'vitest.json')
  fs.rmSync(vitestReport, { force: true })
  const vitestOk = await run('Integration tests', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`])
  // A runner that crashed before reporting counts as one failure; reported failures count each.
  if (!countVitest(vitestReport)) failed += 1
  if (!vitestOk) return

  if (!(await run('Production build', bin('next'), ['build']))) return void (failed += 1)

  fs.rmSync(e2eDataDir, { recursive: true, force: true })
  fs.rmSync(`${e2eDataDir}.log`, { force: true })
  fs.rmSync(e2eUploadsDir, { recursive: true, force: true })
  // The e2e server's rendered pages and cached reads are its own (playwright.config.ts), never
  // where `npm start` reads, and start empty like its database.
  fs.rmSync(e2ePageCacheDir, { recursive: true, force: true })
  const playwrightReport = path.join(resultsDir, 'playwright.json')
  fs.rmSync(playwrightReport, { force: true })
  await run('End-to-end tests', bin('playwright'), ['test', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport,
  })
  if (!countPlaywright(playwrightReport)) failed += 1

  // With a shared Postgres and Redis (TEST_DATABASE_URL and REDIS_URL), the tests of several
  // instances run too: they need the production build, so they come after it.
  if (process.env.TEST_DATABASE_URL && process.env.REDIS_URL) {
    const instancesReport = path.join(resultsDir, 'vitest-instances.json')
    fs.rmSync(instancesReport, { force: true })
    await run('Two instances on shared Postgres and Redis', bin('vitest'), [
      'run',
      'tests/int/two-instances.int.test.ts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${instancesReport}`,
    ])
    if (!countVitest(instancesReport)) failed += 1
  }

  // A Postgres left running by the e2e server would mean `npm start` does not clean up after itself.
  const leftover = runningPostmaster(e2eDataDir)
  if (leftover) {
    console.error(`✖ The e2e server left its Postgres running (pid ${leftover.pid}); stopping it.`)
    process.kill(leftover.pid, 'SIGINT')
    failed += 1
  }
}

main()
  .catch((error: unknown) => {
    console.error(error)
    failed += 1
  })
  .finally(() => {
    console.log(`\n${passed} passed, ${failed} failed`)
    process.exit(failed === 0 && passed > 0 ? 0 : 1)
  })
