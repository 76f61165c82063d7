type ShutdownHook = () => Promise<void> | void

/**
 * What must stop before the process exits (the job runner, the database pool). Kept on a global
 * because Next bundles the app apart from the web server that runs the hooks (src/server/web.ts):
 * each bundle has its own copy of this module, but they share the process.
 */
const registry = globalThis as typeof globalThis & { [key: symbol]: ShutdownHook[] | undefined }
const key = Symbol.for('science-city.shutdown-hooks')
const hooks = (registry[key] ??= [])

export function onShutdown(hook: ShutdownHook): void {
  hooks.push(hook)
}

/** Runs every hook once, in parallel; one that fails is reported and does not stop the others. */
export async function runShutdownHooks(): Promise<void> {
  const results = await Promise.allSettled(hooks.splice(0).map((hook) => hook()))
  for (const result of results) if (result.status === 'rejected') console.error('Shutdown step failed:', result.reason)
}
