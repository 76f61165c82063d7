/**
 * What the portal trusts of an incoming request: the address it came from, as the rate limits
 * count it (rateLimit.ts), and how much of its body it reads. No dependencies, so the production
 * web server (web.ts, bundled on its own) can use it without loading Payload.
 */
import type { IncomingMessage } from 'node:http'
import net from 'node:net'

const FORWARDED_FOR = 'x-forwarded-for'

/**
 * For web.ts, before Next sees the request: appends the socket's address to X-Forwarded-For, as a
 * proxy does. Next itself fills the header from the socket only when the request has none
 * (next/dist/server/base-server.js: `x-forwarded-for ??= socket.remoteAddress`), so without this
 * a client that sends its own would choose the address it is counted under.
 */
export function appendSocketAddress(request: IncomingMessage): void {
  const forwarded = [request.headers[FORWARDED_FOR] ?? []].flat()
  request.headers[FORWARDED_FOR] = [...forwarded, request.socket.remoteAddress ?? ''].join(', ')
}

/**
 * The client's address: the entry of X-Forwarded-For `trustedProxies` places from the right, as
 * web.ts leaves it. With no proxy in front (0) that is the socket's address; each proxy in front
 * appended the address it received the request from, so with n of them the n-th entry from the
 * right is the one the outermost saw. Entries further left were written by the client. An IPv6
 * address stands for its /64, the block one subscriber usually holds.
 */
export function clientAddress(headers: Headers, trustedProxies: number): string {
  const entries = (headers.get(FORWARDED_FOR) ?? '').split(',').map((entry) => entry.trim())
  const address = entries[Math.max(0, entries.length - 1 - trustedProxies)]!
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  if (mapped) return mapped[1]!
  const withoutZone = address.replace(/%.*$/, '')
  return net.isIPv6(withoutZone) ? ipv6Block(withoutZone) : address.slice(0, 64)
}

function ipv6Block(address: string): string {
  const [head = '', tail] = address.split('::')
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const groups = tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right]
  return `${groups
    .slice(0, 4)
    .map((group) => parseInt(group, 16).toString(16))
    .join(':')}::/64`
}

// A UI strings file is the largest body read here; the limit holds many times today's export
// (sizes: docs/security.md, "Rate limits and request bodies").
export const MAX_BODY_BYTES = 1024 * 1024

/** The limit as the messages name it. */
export const maxBodySize = `${MAX_BODY_BYTES / 1024 / 1024} MB`

/**
 * The body, or null when it is larger than MAX_BODY_BYTES: refused by its Content-Length before
 * anything is read, or, for a body that declares no length (chunked), as soon as more than that
 * has arrived.
 */
export async function readBody(request: { headers: Headers; body?: ReadableStream<Uint8Array> | null }): Promise<Buffer<ArrayBuffer> | null> {
  if (Number(request.headers.get('content-length')) > MAX_BODY_BYTES) return null
  if (!request.body) return Buffer.alloc(0)
  const chunks: Uint8Array[] = []
  let size = 0
  const reader = request.body.getReader()
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    size += read.value.byteLength
    if (size > MAX_BODY_BYTES) {
      await reader.cancel()
      return null
    }
    chunks.push(read.value)
  }
  return Buffer.concat(chunks)
}

/** The body as Request.text() decodes it (UTF-8, a byte-order mark dropped), or null as readBody. */
export async function readBodyText(request: { headers: Headers; body?: ReadableStream<Uint8Array> | null }): Promise<string | null> {
  const body = await readBody(request)
  return body && new TextDecoder().decode(body)
}
