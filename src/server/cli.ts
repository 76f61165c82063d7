import { describeConnectionError } from './database'
import { StartupError } from './errors'

/**
 * Runs a command-line script: exit code 0 when `main` resolves; otherwise its StartupError or
 * database error is printed as one `✖` line (anything else with its stack) and the code is 1.
 */
export function runScript(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      if (error instanceof StartupError) console.error(`✖ ${error.message}`)
      else if ((error as { code?: string })?.code) console.error(`✖ ${describeConnectionError(error, process.env.DATABASE_URL ?? '')}`)
      else console.error(error)
      process.exit(1)
    },
  )
}
