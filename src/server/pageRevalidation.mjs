/**
 * Tells the web server (web.ts) that cached pages were revalidated. Next loads the page cache
 * handler with require() and web.ts is loaded through tsx, so each gets its own copy of this
 * module: the listeners live on globalThis, which both share.
 */
const LISTENERS = Symbol.for('science-city.page-revalidation-listeners')

/** @param {() => void} listener */
export function onPagesRevalidated(listener) {
  ;(globalThis[LISTENERS] ??= new Set()).add(listener)
}

export function pagesRevalidated() {
  for (const listener of globalThis[LISTENERS] ?? []) listener()
}
