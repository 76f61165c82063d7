/** Next calls this once when a server starts (never during `next build`). */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const [{ runsScheduledJobs }, { startScheduledJobRunner }, { onShutdown }] = await Promise.all([
    import('./server/scaling'),
    import('./server/scheduledJobs'),
    import('./server/shutdown'),
  ])
  // With several instances only one runs scheduled publishing (JOBS_AUTORUN=false on the others).
  if (!runsScheduledJobs()) return
  onShutdown(startScheduledJobRunner())
}
