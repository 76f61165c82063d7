import config from '@payload-config'
import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'

import type { Role } from '@/access/roles'

import { getTestPayload } from './payload'

/**
 * Payload's real REST and GraphQL handlers (the ones src/app/(payload)/api serves), called with
 * real Requests and without a Next server: what a visitor's or an editor's HTTP call runs.
 */
const handlers = { GET: REST_GET(config), POST: REST_POST(config), PATCH: REST_PATCH(config), DELETE: REST_DELETE(config) }
const graphqlHandler = GRAPHQL_POST(config)
const base = 'http://localhost'

export type ApiResponse = { status: number; text: string; json: () => unknown; headers: Headers }

async function toResult(response: Response): Promise<ApiResponse> {
  const text = await response.text()
  return { status: response.status, text, json: () => JSON.parse(text), headers: response.headers }
}

export async function rest(
  method: keyof typeof handlers,
  path: string,
  {
    token,
    body,
    rawBody,
    headers: extra,
  }: { token?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
): Promise<ApiResponse> {
  const url = new URL(`/api${path}`, base)
  // `rawBody` is sent as it is (a file's text); a FormData as multipart (an upload), with the
  // boundary the Request chooses; any other `body` as JSON.
  const multipart = body instanceof FormData
  const headers = new Headers(multipart ? extra : { 'content-type': rawBody === undefined ? 'application/json' : 'text/plain', ...extra })
  if (token) headers.set('authorization', `JWT ${token}`)
  const encoded = multipart ? body : body === undefined ? undefined : JSON.stringify(body)
  const request = new Request(url, { method, headers, body: rawBody ?? encoded })
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  return toResult(await handlers[method](request, { params: Promise.resolve({ slug }) }))
}

export async function graphql(query: string, token?: string): Promise<ApiResponse> {
  const headers = new Headers({ 'content-type': 'application/json' })
  if (token) headers.set('authorization', `JWT ${token}`)
  const request = new Request(new URL('/api/graphql', base), { method: 'POST', headers, body: JSON.stringify({ query }) })
  return toResult(await graphqlHandler(request))
}

const password = 'a-long-test-password'

/** A user with these roles (created once per run) and a login token for REST calls. */
export async function testUser(role: Role) {
  const payload = await getTestPayload()
  const email = `matrix-${role}@example.com`
  const existing = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1 })
  let user = existing.docs[0] ?? (await payload.create({ collection: 'users', data: { email, password, roles: [role] } }))
  // The first user of an empty database is made an admin; this helper wants exactly `role`.
  if (user.roles.join() !== role) user = await payload.update({ collection: 'users', id: user.id, data: { roles: [role] } })
  const { token } = await payload.login({ collection: 'users', data: { email, password } })
  return { user: { ...user, collection: 'users' as const }, token: token! }
}
