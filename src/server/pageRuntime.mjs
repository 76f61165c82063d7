import { withoutRunnableScripts } from './contentSecurityPolicy.mjs'

/**
 * Public pages go out as HTML and CSS only. Everything on them works without a script (plain
 * links, GET forms, a `<details>` menu, the language switcher through `/locale-switch`), so the
 * 137 kB gzipped of React and Next's router that a page would load only to hydrate itself buys
 * the visitor nothing; without it a page is ready as soon as it is parsed, and its policy can be
 * `script-src 'none'`. Plain JavaScript: the page cache handler loads it.
 *
 * Applied to a page when it is stored in the page cache (pageCacheHandler.mjs), so every visitor,
 * the first included, gets the same HTML. Next's error shell (`<html id="__next_error__">`, whose
 * content only the browser renders; see pageStatus.mjs) keeps its scripts. Draft mode, the admin
 * and pages rendered per request are never stored, so they keep theirs.
 *
 * A component that needs the browser to run it cannot work on a cached public page; e2e/csp.spec.ts
 * fails if a public page carries a script, and the decision is recorded in docs/security.md.
 */

const linkElement = /<link\b[^>]*>/gi
const relAttribute = /\srel\s*=\s*["']?([^"'>]+)/i
const asAttribute = /\sas\s*=\s*["']?([^"'\s>]+)/i

/** Whether a stored page is served without Next's browser runtime: all but Next's error shell. */
export function servedWithoutRuntime(value) {
  return !value.html.includes('<html id="__next_error__"')
}

/** The HTML without its runnable scripts and the hints that preload them. JSON-LD stays. */
export function withoutRuntime(html) {
  return withoutRunnableScripts(html).replace(linkElement, (link) => (preloadsScript(link) ? '' : link))
}

function preloadsScript(link) {
  const rel = relAttribute.exec(link)?.[1]?.toLowerCase().split(/\s+/) ?? []
  return rel.includes('modulepreload') || (rel.includes('preload') && asAttribute.exec(link)?.[1]?.toLowerCase() === 'script')
}
