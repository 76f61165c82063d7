/**
 * `npm run admin:create -- --email <address>`: creates an admin account. This is how a production
 * database gets its first admin, as the admin panel registers nobody there (docs/operations.md).
 * The password comes from ADMIN_PASSWORD or, in a terminal, is typed without being shown; it must
 * pass the accounts' password policy. Runs on the embedded Postgres unless DATABASE_URL is set
 * (scripts/with-db.ts provides it) and applies pending migrations first.
 */
import { parseArgs } from 'node:util'
import { getPayload, ValidationError } from 'payload'

import { MIN_PASSWORD_LENGTH, passwordProblem } from '../src/collections/Users/passwordPolicy'
import { runScript } from '../src/server/cli'
import { withDatabaseLock } from '../src/server/database'
import { StartupError } from '../src/server/errors'
import { applyMigrations } from '../src/server/migrate'
import { importPayloadConfig } from '../src/server/payloadConfig'
import { databaseUrlFromEnv, parseScriptArguments } from './scriptArguments'

const USAGE = 'Usage: npm run admin:create -- --email <address> (the password from ADMIN_PASSWORD, or typed in a terminal)'

const policyMessages = {
  tooShort: `The password is too short: use at least ${MIN_PASSWORD_LENGTH} characters.`,
  tooSimple: 'The password is too simple: mix letters with digits or symbols, and do not use the email address.',
}

/** Reads a line from the terminal without echoing it. */
function readHidden(prompt: string): Promise<string> {
  const { stdin, stdout } = process
  return new Promise((resolve, reject) => {
    let typed = ''
    const finish = (error?: StartupError) => {
      stdin.off('data', onData)
      stdin.setRawMode(false)
      stdin.pause()
      stdout.write('\n')
      if (error) reject(error)
      else resolve(typed)
    }
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') return finish()
        // Ctrl-C and Ctrl-D: raw mode turns them into plain characters.
        if (char === '\u0003' || char === '\u0004') return finish(new StartupError('Cancelled; nothing was changed.'))
        typed = char === '\u007f' || char === '\b' ? typed.slice(0, -1) : typed + char
      }
    }
    // Echo is off before the prompt shows, so nothing typed right away is shown either.
    stdin.setRawMode(true)
    stdin.setEncoding('utf8')
    stdin.on('data', onData)
    stdin.resume()
    stdout.write(prompt)
  })
}

async function password(email: string): Promise<string> {
  if (process.env.ADMIN_PASSWORD) return process.env.ADMIN_PASSWORD
  if (!process.stdin.isTTY) throw new StartupError('No password: set ADMIN_PASSWORD, or run the command in a terminal to type it.')
  const typed = await readHidden(`Password for ${email}: `)
  if (!passwordProblem(typed, email) && (await readHidden('The same password again: ')) !== typed) {
    throw new StartupError('The two passwords differ; nothing was changed.')
  }
  return typed
}

runScript(async () => {
  const { values, positionals } = parseScriptArguments(
    () => parseArgs({ allowPositionals: true, options: { email: { type: 'string' } } }),
    USAGE,
  )
  const email = values.email?.trim().toLowerCase()
  if (!email || positionals.length > 0) throw new StartupError(USAGE)
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) throw new StartupError(`Not an email address: ${email}`)
  const secret = await password(email)
  const problem = passwordProblem(secret, email)
  if (problem) throw new StartupError(policyMessages[problem])

  const payload = await getPayload({ config: await importPayloadConfig() })
  try {
    // Beside a starting `npm start`, which migrates under the same lock.
    await withDatabaseLock(databaseUrlFromEnv(), 'science-city:prepare-database', () => applyMigrations(payload))
    const { totalDocs } = await payload.count({ collection: 'users', where: { email: { equals: email } } })
    if (totalDocs > 0) throw new StartupError(`A user with the email ${email} exists already; nothing was changed.`)
    await payload.create({
      collection: 'users',
      data: { email, password: secret, roles: ['admin'] },
      context: { createdVia: 'npm run admin:create' },
    })
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error
    throw new StartupError(`The account was not created: ${error.data.errors.map((each) => `${each.path}: ${each.message}`).join('; ')}`)
  } finally {
    await payload.destroy()
  }
  console.log(`✔ Created the admin ${email}; log in at /admin.`)
})
