import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll } from 'vitest'

/**
 * A real HTTP server on a free loopback port for the tests of one file, listening before they
 * run and closed after. `origin()` is its address once the tests run.
 */
export function serveDuringTests(handler: http.RequestListener) {
  const server = http.createServer(handler)
  let origin = ''
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))
  return { origin: () => origin }
}
