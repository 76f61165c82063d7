/** Next calls this once when a server starts (never during `next build`). */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { startScheduledJobRunner } = await import('./server/scheduledJobs')
  startScheduledJobRunner()
}
