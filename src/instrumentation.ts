/** Next calls this once when a server starts (never during `next build`). */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const [{ startScheduledJobRunner }, { onShutdown }] = await Promise.all([
    import('./server/scheduledJobs'),
    import('./server/shutdown'),
  ])
  onShutdown(startScheduledJobRunner())
}
