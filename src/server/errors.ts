/**
 * An error meant for the person running the portal: its message is printed as is, without a
 * stack trace, and the process exits with code 1.
 */
export class StartupError extends Error {
  override name = 'StartupError'
}

/** The URL with its password replaced, safe to print. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = '***'
    return parsed.toString()
  } catch {
    return '(an unparsable DATABASE_URL)'
  }
}
