import type http from 'node:http'

import { isPublicPagePath } from './pageResponseCache'

type Cohort = { generation: number; open: number; answered: Promise<void>; done: () => void }


/**
 * Keeps a page request that arrives after a revalidation from being answered by a render that
 * began before it. Next's response cache joins a request to a render of the same page already
 * under way; after a publish, that render may have read the old text, and the reader who was told
 * "published" would see it (bench:load counted 4–7 of 70 edits half-published that way). The page
 * cache handler already refuses to store such a render, but it cannot stop Next from handing its
 * result to the requests that joined it.
 *
 * So a request for a public page waits, when the site has been revalidated since earlier requests
 * for the same path arrived and Next is still working on them, until Next is done with those (at
 * most `maxWaitMs`, so a stuck request cannot hold a page); Next then renders it afresh. Paths are
 * compared without their query. Only this instance's revalidations count: with several instances,
 * another's publish reaches this one through the shared cache, not through this gate.
 */
export class FreshRenderGate {
  constructor(private readonly maxWaitMs = 5_000) {}

  private generation = 0
  // Per path, the requests in flight grouped by the revalidation they arrived after, oldest first.
  private cohorts = new Map<string, Cohort[]>()

  revalidated() {
    this.generation++
  }

  /**
   * Calls `forward` (Next's handler; it settles when Next is done with the request) now, or once
   * Next is done with the earlier requests for this page.
   */
  pass(request: http.IncomingMessage, response: http.ServerResponse, forward: () => Promise<unknown>) {
    const path = pagePathOf(request)
    if (path === undefined) return void forward()
    const cohorts = this.cohorts.get(path) ?? []
    const earlier = cohorts.filter((cohort) => cohort.generation < this.generation).map((cohort) => cohort.answered)
    const cohort = this.join(path, cohorts)
    let left = false
    const leave = () => {
      if (left) return
      left = true
      this.leave(path, cohort)
    }
    // A client that leaves early ends its part too.
    response.once('close', leave)
    const run = () => {
      if (response.destroyed) return leave()
      forward().then(leave, leave)
    }
    if (earlier.length === 0) return run()
    let timer: NodeJS.Timeout | undefined
    const waited = new Promise<void>((resolve) => (timer = setTimeout(resolve, this.maxWaitMs)))
    void Promise.race([Promise.all(earlier), waited]).then(() => {
      clearTimeout(timer)
      run()
    })
  }

  /** How many paths have requests in flight (for tests). */
  get pathsInFlight() {
    return this.cohorts.size
  }

  private join(path: string, cohorts: Cohort[]): Cohort {
    let cohort = cohorts.at(-1)
    if (cohort?.generation !== this.generation) {
      let done = () => {}
      const answered = new Promise<void>((resolve) => (done = resolve))
      cohort = { generation: this.generation, open: 0, answered, done }
      cohorts.push(cohort)
      this.cohorts.set(path, cohorts)
    }
    cohort.open++
    return cohort
  }

  private leave(path: string, cohort: Cohort) {
    if (--cohort.open > 0) return
    cohort.done()
    const cohorts = this.cohorts.get(path) ?? []
    const remaining = cohorts.filter((other) => other !== cohort)
    if (remaining.length > 0) this.cohorts.set(path, remaining)
    else this.cohorts.delete(path)
  }
}

/** The path of a public page request (`/zh…`, `/en…`, without the query); undefined for the rest. */
function pagePathOf(request: http.IncomingMessage): string | undefined {
  if (request.method !== 'GET' && request.method !== 'HEAD') return undefined
  const [path = ''] = (request.url ?? '').split('?')
  return isPublicPagePath(path) ? path : undefined
}
