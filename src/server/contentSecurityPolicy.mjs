import { createHash } from 'node:crypto'

/**
 * The Content-Security-Policy, in two parts. Plain JavaScript because next.config.mjs and the
 * page cache handler load it before any TypeScript is compiled.
 *
 * - `basePolicy` goes on every response (next.config.mjs). It has no script directive, because
 *   the admin and Next's own routes need theirs unrestricted.
 * - `pageScriptPolicy(html)` goes on every cached public page. Most carry no script at all
 *   (pageRuntime.mjs) and get `script-src 'none'`; the rest get the SHA-256 of each inline script.
 *   A nonce would make every page render per request; hashes of the stored HTML keep pages cached
 *   and still allow only the scripts Next put there.
 *   Browsers enforce both policies, so a page gets the intersection.
 */
export const basePolicy = "frame-ancestors 'self'; object-src 'none'; base-uri 'self'; form-action 'self'"

const scriptElement = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi
const srcAttribute = /\ssrc\s*=/i
const typeAttribute = /\stype\s*=\s*["']?([^"'\s>]+)/i
// Types a browser runs; anything else (application/ld+json, ...) is data and needs no hash.
const scriptTypes = new Set(['', 'text/javascript', 'application/javascript', 'module'])

const runs = (attributes) => scriptTypes.has(typeAttribute.exec(attributes)?.[1]?.toLowerCase() ?? '')

/**
 * The script elements a browser would run in this HTML: whether each loads a file, and its inline text.
 * @param {string} html
 */
function* runnableScripts(html) {
  for (const [, attributes, body] of html.matchAll(scriptElement)) {
    if (runs(attributes)) yield { external: srcAttribute.test(attributes), body }
  }
}

/** The HTML without the script elements a browser would run; data blocks (JSON-LD) stay. */
export function withoutRunnableScripts(html) {
  return html.replace(scriptElement, (element, attributes) => (runs(attributes) ? '' : element))
}

/** SHA-256 sources ('sha256-…') for the inline scripts a browser would run in this HTML. */
function inlineScriptHashes(html) {
  const hashes = new Set()
  for (const { external, body } of runnableScripts(html)) {
    if (!external) hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`)
  }
  return [...hashes]
}

/** The script policy for one page: none if it has no script, else its own files and exactly its inline scripts. */
export function pageScriptPolicy(html) {
  if (runnableScripts(html).next().done) return "script-src 'none'"
  return `script-src 'self' ${inlineScriptHashes(html).join(' ')}`.trimEnd()
}
