/**
 * What can be checked of the container setup without a Docker engine: the Dockerfile's lint and
 * shape, what the build context leaves out, and where docker compose keeps uploads.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import YAML from 'yaml'

type Instruction = { keyword: string; args: string }
type Stage = { name: string | undefined; instructions: Instruction[] }

/** The Dockerfile's stages, each with its instructions (continuation lines joined, comments dropped). */
function dockerfileStages(): Stage[] {
  const text = fs.readFileSync('Dockerfile', 'utf8').replace(/\\\n/g, ' ')
  const stages: Stage[] = []
  for (const line of text.split('\n').map((each) => each.trim())) {
    if (!line || line.startsWith('#')) continue
    const [keyword = '', ...rest] = line.split(/\s+/)
    const instruction = { keyword: keyword.toUpperCase(), args: rest.join(' ') }
    if (instruction.keyword === 'FROM') {
      stages.push({ name: /\sAS\s+(\S+)$/i.exec(instruction.args)?.[1], instructions: [] })
    }
    stages.at(-1)?.instructions.push(instruction)
  }
  return stages
}

function finalStage(): Stage {
  const stage = dockerfileStages().at(-1)
  if (!stage) throw new Error('The Dockerfile has no FROM')
  return stage
}

/** The user the final stage runs as (its last USER), or undefined for root by default. */
function finalUser(): string | undefined {
  return finalStage()
    .instructions.filter((instruction) => instruction.keyword === 'USER')
    .at(-1)?.args
}

/** `RUN` lines of a stage that install packages, and whether each leaves dev dependencies out. */
function npmInstalls(stage: Stage): { args: string; omitsDev: boolean }[] {
  return stage.instructions
    .filter((instruction) => instruction.keyword === 'RUN' && /\bnpm\s+(ci|install|i)\b/.test(instruction.args))
    .map(({ args }) => ({ args, omitsDev: /--omit[= ]dev\b/.test(args) }))
}

/**
 * Whether Docker leaves `file` out of the build context under these .dockerignore lines: each
 * pattern is matched from the context's root with Go's filepath.Match plus `**`, a folder left out
 * takes its contents with it, `!` brings a path back, and the last matching line decides.
 */
function dockerIgnores(lines: string[], file: string): boolean {
  const ancestry = file.split('/').map((_, index, parts) => parts.slice(0, index + 1).join('/'))
  let ignored = false
  for (const raw of lines) {
    const line = raw.trim()
    if (!line || line.startsWith('#')) continue
    const keep = line.startsWith('!')
    const pattern = path.posix.normalize(line.slice(keep ? 1 : 0).trim()).replace(/^\/+|\/+$/g, '')
    const glob: Record<string, string> = { '**/': '(?:.*/)?', '**': '.*', '*': '[^/]*', '?': '[^/]' }
    const source = pattern.replace(/\*\*\/|\*\*|\*|\?|[.+^${}()|\\]/g, (token) => glob[token] ?? `\\${token}`)
    const matcher = new RegExp(`^${source}$`)
    if (ancestry.some((each) => matcher.test(each))) ignored = !keep
  }
  return ignored
}

type Compose = {
  services: Record<string, { environment?: Record<string, string>; volumes?: (string | { source?: string; target: string })[] }>
  volumes?: Record<string, unknown>
}

/** A service's volumes as source and target, from the short (`source:target[:mode]`) or long syntax. */
function mounts(service: Compose['services'][string]): { source: string | undefined; target: string }[] {
  return (service.volumes ?? []).map((volume) => {
    if (typeof volume !== 'string') return { source: volume.source, target: volume.target }
    const [source, target] = volume.split(':')
    return target === undefined ? { source: undefined, target: source ?? '' } : { source, target }
  })
}

describe('Dockerfile', () => {
  it('passes dockerfilelint', () => {
    const lint = spawnSync(path.resolve('node_modules/.bin/dockerfilelint'), ['--json', 'Dockerfile'], { encoding: 'utf8' })
    const report = JSON.parse(lint.stdout) as { files: { file: string; issues: unknown[] }[] }
    // A missing file would be linted as the text "Dockerfile".
    expect(report.files.map((file) => file.file)).toEqual(['Dockerfile'])
    expect(report.files[0]?.issues).toEqual([])
    expect(lint.status).toBe(0)
  })

  it('builds in earlier stages and copies only their results into the final one', () => {
    const stages = dockerfileStages()
    expect(stages.length).toBeGreaterThanOrEqual(2)
    const earlier = stages.slice(0, -1).map((stage) => stage.name)
    const copiedFrom = finalStage()
      .instructions.filter((instruction) => instruction.keyword === 'COPY')
      .map((instruction) => /--from=(\S+)/.exec(instruction.args)?.[1])
      .filter((name) => name !== undefined)
    expect(copiedFrom.length).toBeGreaterThan(0)
    for (const name of copiedFrom) expect(earlier).toContain(name)
  })

  it('runs the portal as a user other than root', () => {
    const user = finalUser()
    expect(user).toBeDefined()
    expect(user?.split(':')[0]).not.toMatch(/^(root|0)$/)
  })

  it('ships production dependencies only', () => {
    const stages = dockerfileStages()
    const final = finalStage()
    expect(npmInstalls(final).filter((install) => !install.omitsDev)).toEqual([])
    const copies = final.instructions.filter((instruction) => instruction.keyword === 'COPY' && /node_modules/.test(instruction.args))
    expect(copies.length).toBeGreaterThan(0)
    for (const copy of copies) {
      const from = stages.find((stage) => stage.name === /--from=(\S+)/.exec(copy.args)?.[1])
      expect(from, `node_modules copied from a stage: ${copy.args}`).toBeDefined()
      const installs = npmInstalls(from!)
      expect(installs.length).toBeGreaterThan(0)
      expect(installs.filter((install) => !install.omitsDev)).toEqual([])
    }
  })
})

describe('.dockerignore', () => {
  const lines = fs.readFileSync('.dockerignore', 'utf8').split('\n')

  it('keeps secrets, data, backups and local builds out of the build context', () => {
    const secretOrLocal = [
      '.env',
      '.env.local',
      '.env.production',
      'src/.env',
      'backups/2026-01-01T00-00-00Z/manifest.json',
      '.data/postgres/PG_VERSION',
      '.data/uploads/media/photo.png',
      'node_modules/next/package.json',
      '.next/BUILD_ID',
      'test-results/run/trace.zip',
      'bench/results/latest.json',
      '.git/config',
    ]
    expect(secretOrLocal.filter((file) => !dockerIgnores(lines, file))).toEqual([])
  })

  it('lets in what the build needs', () => {
    const needed = [
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'next.config.mjs',
      'payload.config.ts',
      'messages/zh.json',
      'scripts/serve.ts',
      'src/server/web.ts',
      'src/migrations/index.ts',
    ]
    expect(needed.filter((file) => dockerIgnores(lines, file))).toEqual([])
  })
})

describe('docker-compose.yml', () => {
  const compose = YAML.parse(fs.readFileSync('docker-compose.yml', 'utf8')) as Compose
  const app = compose.services.app
  if (!app) throw new Error('docker-compose.yml has no app service')
  const uploadsDir = app.environment?.UPLOADS_DIR
  // Inside the volume, not its mount point: a restore swaps the uploads folder by renaming it.
  const volume = mounts(app).find(({ target }) => uploadsDir?.startsWith(`${target.replace(/\/$/, '')}/`))

  it('sets UPLOADS_DIR to a folder inside a named volume, so recreating the container keeps uploads', () => {
    expect(uploadsDir).toMatch(/^\//)
    expect(volume, `a volume mounted above ${uploadsDir}`).toBeDefined()
    expect(Object.keys(compose.volumes ?? {})).toContain(volume?.source)
  })

  it('gives that volume to the user the image runs as', () => {
    const user = finalUser()?.split(':')[0]
    // A fresh named volume takes the owner of the image's folder at its mount point.
    const chowned = finalStage().instructions.some(
      (instruction) =>
        instruction.keyword === 'RUN' &&
        new RegExp(`\\bchown\\s+(-R\\s+)?${user}(:\\S+)?\\s+(\\S+\\s+)*${volume?.target}(\\s|$)`).test(instruction.args),
    )
    expect(chowned).toBe(true)
  })
})
