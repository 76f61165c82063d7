import http from 'node:http'
import { beforeEach, describe, expect, it } from 'vitest'

import { FreshRenderGate } from '@/server/freshRenderGate'

import { serveDuringTests } from '../helpers/httpServer'

/**
 * A real HTTP server wired like src/server/web.ts, with a stand-in for Next that behaves like its
 * response cache: a request for a page whose render is under way joins that render and gets its
 * result. A render reads the "database" (`published`) when it starts and answers when the test
 * says so.
 */
let published = 'old'
const rendersUnderWay = new Map<string, { waiting: http.ServerResponse[] }>()
const finishers: (() => void)[] = []
let rendersStarted = 0

function standInForNext(request: http.IncomingMessage, response: http.ServerResponse) {
  const [path = ''] = request.url!.split('?')
  const joined = rendersUnderWay.get(path)
  if (joined) return void joined.waiting.push(response)
  const read = published
  rendersStarted++
  const render = { waiting: [response] }
  rendersUnderWay.set(path, render)
  finishers.push(() => {
    rendersUnderWay.delete(path)
    for (const waiting of render.waiting) waiting.end(`${path}: ${read}`)
  })
}

const MAX_WAIT_MS = 300
const gate = new FreshRenderGate(MAX_WAIT_MS)
// Like Next's handler, the stand-in is done with a request when its answer has been written.
const server = serveDuringTests((request, response) =>
  gate.pass(request, response, () => {
    standInForNext(request, response)
    return new Promise((resolve) => response.once('finish', resolve))
  }),
)
beforeEach(() => {
  published = 'old'
  rendersStarted = 0
})

const get = (path: string) => fetch(server.origin() + path).then((response) => response.text())
const settle = () => new Promise((resolve) => setTimeout(resolve, 50))
/** Lets the oldest render under way answer. */
async function finishRender() {
  await settle()
  finishers.shift()!()
}

/** A request for the page whose render is still under way when an editor publishes; its answer to come. */
async function requestThenPublish(path: string) {
  const answer = get(path)
  await settle()
  published = 'new'
  gate.revalidated()
  return { answer }
}

describe('a page request after a revalidation', () => {
  it('is not answered by a render of that page that began before the change', async () => {
    const before = (await requestThenPublish('/zh/news/a')).answer
    const after = get('/zh/news/a')
    await finishRender()
    expect(await before).toBe('/zh/news/a: old')
    await finishRender()
    expect(await after).toBe('/zh/news/a: new')
    expect(rendersStarted).toBe(2)
    expect(gate.pathsInFlight).toBe(0)
  })

  it('still joins renders that began after the change, and other pages are not held', async () => {
    const before = (await requestThenPublish('/zh/news/b')).answer
    const other = get('/en/news/c')
    const after = [get('/zh/news/b?x=1'), get('/zh/news/b')]
    await finishRender() // /zh/news/b's old render
    await finishRender() // /en/news/c, which did not wait for it
    expect(await other).toBe('/en/news/c: new')
    expect(await before).toBe('/zh/news/b: old')
    await finishRender() // one new render for both later requests
    expect(await Promise.all(after)).toEqual(['/zh/news/b: new', '/zh/news/b: new'])
    expect(rendersStarted).toBe(3)
  })

  it('waits for an earlier request that never ends at most its time limit', async () => {
    const stuck = get('/zh/timeline')
    await settle()
    gate.revalidated()
    const started = Date.now()
    const after = get('/zh/timeline')
    await new Promise((resolve) => setTimeout(resolve, MAX_WAIT_MS + 50))
    // Let through after the limit, the later request joined the render still under way: it gets
    // that answer. Held until the stuck one ended, it would start a render that never finishes here.
    expect(rendersStarted).toBe(1)
    await finishRender()
    expect(await after).toBe('/zh/timeline: old')
    expect(Date.now() - started).toBeGreaterThanOrEqual(MAX_WAIT_MS)
    await stuck
  })

  it('is not held by requests that were answered before the change, nor are the API and assets', async () => {
    const before = get('/zh')
    await finishRender()
    await before
    gate.revalidated()
    const after = get('/zh')
    const api = get('/api/news')
    await finishRender()
    await finishRender()
    expect(await after).toBe('/zh: old')
    expect(await api).toBe('/api/news: old')
    expect(gate.pathsInFlight).toBe(0)
  })
})
