import type { ChildProcess } from 'node:child_process'

/**
 * Asks a child process to stop (SIGTERM) and waits until it has; one that is still there after
 * `graceMs` is killed. The production server drains requests for up to 8 s (src/server/web.ts).
 */
export function stopChild(child: ChildProcess | undefined, graceMs = 10_000): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), graceMs)
    child.once('exit', () => {
      clearTimeout(kill)
      resolve()
    })
    child.kill('SIGTERM')
  })
}
