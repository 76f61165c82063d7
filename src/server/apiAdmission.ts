import type http from 'node:http'

/**
 * How many API requests the web server works on at once, so that no burst of them (a whole table,
 * fully populated, twenty times over) can take the one JavaScript thread and the database pool
 * from the pages: cached pages keep answering in milliseconds, and every API request either waits
 * its turn or is told to come back (503 with Retry-After). Requests with a login (an admin session
 * cookie or an Authorization header) have slots of their own, so visitors never hold up the
 * editors; a forged login only gets the staff's slots, which are bounded too.
 */
type Gate = { slots: number; busy: number; queue: (() => void)[] }

type Limits = { visitorSlots: number; staffSlots: number; maxQueued: number; maxWaitMs: number }
// Two visitors' requests at once keep a page's wait for the thread short (docs/scale.md); a
// request waits at most ten seconds, behind at most a hundred others.
const DEFAULT_LIMITS: Limits = { visitorSlots: 2, staffSlots: 6, maxQueued: 100, maxWaitMs: 10_000 }
export const API_RETRY_AFTER_SECONDS = 5

const hasLogin = (request: http.IncomingMessage) =>
  Boolean(request.headers.authorization) || /(?:^|;\s*)payload-token=/.test(request.headers.cookie ?? '')

export class ApiAdmission {
  private gates: { visitor: Gate; staff: Gate }

  constructor(private limits: Limits = DEFAULT_LIMITS) {
    this.gates = { visitor: newGate(limits.visitorSlots), staff: newGate(limits.staffSlots) }
  }

  /**
   * Runs `handle` for an API request when a slot is free (at once for anything else), or calls
   * `refuse` when the queue is full or the wait too long.
   */
  pass(request: http.IncomingMessage, response: http.ServerResponse, handle: () => void, refuse: () => void) {
    if (!/^\/api\//.test(request.url ?? '')) return handle()
    const gate = hasLogin(request) ? this.gates.staff : this.gates.visitor
    const start = () => {
      gate.busy++
      response.once('close', () => {
        gate.busy--
        gate.queue.shift()?.()
      })
      handle()
    }
    if (gate.busy < gate.slots) return start()
    if (gate.queue.length >= this.limits.maxQueued) return refuse()
    const timer = setTimeout(() => {
      gate.queue.splice(gate.queue.indexOf(waiting), 1)
      refuse()
    }, this.limits.maxWaitMs)
    const waiting = () => {
      clearTimeout(timer)
      start()
    }
    gate.queue.push(waiting)
    // A client that gives up while waiting leaves the queue.
    response.once('close', () => {
      const at = gate.queue.indexOf(waiting)
      if (at >= 0) {
        clearTimeout(timer)
        gate.queue.splice(at, 1)
      }
    })
  }
}

function newGate(slots: number): Gate {
  return { slots, busy: 0, queue: [] }
}
