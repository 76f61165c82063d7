/**
 * COPY ... TO STDOUT and COPY ... FROM STDIN over a `pg` client, as pg's "submittable" queries:
 * the `pg` package itself only answers a COPY with an error, and pg-copy-streams is the one more
 * dependency this saves. Both stream with backpressure, so a table never has to fit in memory.
 */
import type pg from 'pg'
import type { Readable, Writable } from 'node:stream'

type Connection = pg.Connection & {
  sendCopyFromChunk: (chunk: Buffer) => void
  endCopyFrom: () => void
  sendCopyFail: (message: string) => void
}

/** Reads the row count from the server's "COPY <n>" completion tag. */
function copiedRows(message: { text?: string }): number {
  const match = /^COPY (\d+)$/.exec(message.text ?? '')
  return match ? Number(match[1]) : Number.NaN
}

/**
 * Runs `COPY ... TO STDOUT` and writes what the server sends into `output` (which it ends);
 * resolves with the number of rows once `output` has flushed everything.
 */
export function copyTo(client: pg.Client, sql: string, output: Writable): Promise<number> {
  return new Promise((resolve, reject) => {
    let rows = Number.NaN
    let paused = false
    let connection: Connection
    const resume = () => {
      if (!paused) return
      paused = false
      connection.stream.resume()
    }
    const query = {
      submit(submitted: Connection) {
        connection = submitted
        connection.query(sql)
      },
      handleCopyData(message: { chunk: Buffer }) {
        // Pause the socket while the file side is busy, so rows never pile up in memory.
        // The chunk is a view into pg's read buffer, which the next socket read reuses: copy it.
        if (output.destroyed) return
        if (!output.write(Buffer.from(message.chunk)) && !paused) {
          paused = true
          connection.stream.pause()
          output.once('drain', resume)
        }
      },
      handleCommandComplete(message: { text?: string }) {
        rows = copiedRows(message)
      },
      handleReadyForQuery() {
        // The end of the COPY may arrive while paused; an ended output never drains, so resume now.
        output.off('drain', resume)
        resume()
        output.end(() => resolve(rows))
      },
      handleError(error: Error) {
        output.destroy()
        reject(error)
      },
      handleRowDescription() {},
      handleDataRow() {},
      handleEmptyQuery() {},
      handleCopyInResponse() {
        connection.sendCopyFail('not a COPY FROM')
      },
    }
    output.on('error', (error) => {
      // Keep reading, so the server can finish the COPY and the connection stays usable.
      resume()
      reject(error)
    })
    client.query(query as unknown as pg.Submittable)
  })
}

/**
 * Runs `COPY ... FROM STDIN` with the bytes of `input`; resolves with the number of rows the server
 * stored. When `input` fails, the COPY is aborted (the server rolls it back) and the promise
 * rejects with that error.
 */
export function copyFrom(client: pg.Client, sql: string, input: Readable): Promise<number> {
  return new Promise((resolve, reject) => {
    let rows = Number.NaN
    let inputError: Error | undefined
    let connection: Connection
    const send = async () => {
      try {
        for await (const chunk of input) {
          connection.sendCopyFromChunk(chunk as Buffer)
          // Wait for the socket when it is full instead of buffering the whole file.
          if (connection.stream.writableNeedDrain) await new Promise((drained) => connection.stream.once('drain', drained))
        }
        connection.endCopyFrom()
      } catch (error) {
        inputError = error instanceof Error ? error : new Error(String(error))
        connection.sendCopyFail(inputError.message)
      }
    }
    const query = {
      submit(submitted: Connection) {
        connection = submitted
        connection.query(sql)
      },
      handleCopyInResponse() {
        void send()
      },
      handleCommandComplete(message: { text?: string }) {
        rows = copiedRows(message)
      },
      handleReadyForQuery() {
        resolve(rows)
      },
      handleError(error: Error) {
        input.destroy()
        reject(inputError ?? error)
      },
      handleRowDescription() {},
      handleDataRow() {},
      handleEmptyQuery() {},
      handleCopyData() {},
    }
    client.query(query as unknown as pg.Submittable)
  })
}
