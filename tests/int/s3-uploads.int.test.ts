import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { ValidationError, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { uploadsDir } from '@/server/config'
import { placeholderImage, placeholderPdf } from '@/seed/placeholderFiles'

import type { rest as restCall, testUser as testUserCall } from '../helpers/api'

const BUCKET = 'portal-test'

type StoredObject = { body: Buffer; contentType: string }

/**
 * An S3 bucket in memory that answers the calls @payloadcms/storage-s3 makes for files below
 * 50 MB (PutObject, GetObject, DeleteObject, path-style), so that the plugin runs for real
 * without an S3 service.
 */
function startBucket(): Promise<{ objects: Map<string, StoredObject>; url: string; close: () => void }> {
  const objects = new Map<string, StoredObject>()
  const server = http.createServer(async (request, response) => {
    const key = decodeURIComponent(new URL(request.url!, 'http://s3').pathname).replace(`/${BUCKET}/`, '')
    const chunks: Buffer[] = []
    for await (const chunk of request) chunks.push(chunk as Buffer)
    const object = objects.get(key)
    if (request.method === 'PUT') {
      objects.set(key, { body: Buffer.concat(chunks), contentType: request.headers['content-type'] ?? '' })
      response.writeHead(200, { etag: '"stored"' }).end()
    } else if (request.method === 'DELETE') {
      objects.delete(key)
      response.writeHead(204).end()
    } else if (!object) {
      response.writeHead(404, { 'content-type': 'application/xml' }).end('<Error><Code>NoSuchKey</Code></Error>')
    } else {
      response.writeHead(200, { 'content-type': object.contentType, 'content-length': object.body.length, etag: '"stored"' })
      response.end(request.method === 'HEAD' ? undefined : object.body)
    }
  })
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      resolve({ objects, url: `http://127.0.0.1:${port}`, close: () => server.close() })
    })
  })
}

const file = (data: Buffer, name: string, mimetype: string) => ({ data, name, mimetype, size: data.length })
const filesIn = (folder: string) => (fs.existsSync(folder) ? fs.readdirSync(folder, { recursive: true }) : [])

describe('uploads in S3 (S3_BUCKET …)', () => {
  let bucket: Awaited<ReturnType<typeof startBucket>>
  let payload: Payload
  let rest: typeof restCall
  let testUser: typeof testUserCall

  beforeAll(async () => {
    bucket = await startBucket()
    for (const [name, value] of Object.entries({
      S3_BUCKET: BUCKET,
      S3_REGION: 'us-east-1',
      S3_ENDPOINT: bucket.url,
      S3_FORCE_PATH_STYLE: 'true',
      S3_ACCESS_KEY_ID: 'test',
      S3_SECRET_ACCESS_KEY: 'test',
    })) {
      vi.stubEnv(name, value)
    }
    // Loaded only now, so that payload.config.ts switches the plugin on.
    ;({ rest, testUser } = await import('../helpers/api'))
    payload = await (await import('../helpers/payload')).getTestPayload()
  })

  afterAll(() => {
    vi.unstubAllEnvs()
    bucket?.close()
  })

  const upload = (collection: 'media' | 'documents', data: ReturnType<typeof file>) =>
    payload.create({ collection, data: collection === 'media' ? { alt: 'S3' } : { title: 'S3' }, file: data } as never)

  type MediaDoc = { id: number; filename: string; url: string; sizes: Record<string, { filename: string | null }> }
  /** The object keys of an image and its resized copies: the same paths as under UPLOADS_DIR. */
  const keysOf = (doc: MediaDoc) =>
    [doc.filename, ...Object.values(doc.sizes).flatMap((size) => (size.filename ? [size.filename] : []))].map((name) => `media/${name}`).sort()

  it('stores an image and its resized copies in the bucket, not in UPLOADS_DIR', async () => {
    const before = filesIn(path.join(uploadsDir(), 'media')).length
    const image = await placeholderImage('s3-upload')
    const doc = (await upload('media', { ...image, name: 's3-upload.jpg' })) as MediaDoc
    const keys = keysOf(doc)
    expect(keys.length).toBeGreaterThan(1)
    expect([...bucket.objects.keys()].filter((key) => keys.includes(key)).sort()).toEqual(keys)
    expect(bucket.objects.get(`media/${doc.filename}`)).toEqual({ body: image.data, contentType: 'image/jpeg' })
    for (const key of keys.filter((key) => key !== `media/${doc.filename}`)) expect(bucket.objects.get(key)?.contentType).toBe('image/webp')
    expect(filesIn(path.join(uploadsDir(), 'media'))).toHaveLength(before)
    // The same paths as on disk: files are still served by the portal, through access control.
    expect(new URL(doc.url, 'http://portal').pathname).toBe(`/api/media/file/${doc.filename}`)
  })

  it('serves the stored file from the bucket', async () => {
    const pdf = placeholderPdf('s3-served', ['S3'])
    const doc = (await upload('documents', { ...pdf, name: 's3-served.pdf' })) as { filename: string }
    expect(bucket.objects.has(`documents/${doc.filename}`)).toBe(true)
    // No published document uses it yet: staff's to open (src/access/publicFileOrStaff.ts).
    const { token } = await testUser('editor')
    const response = await rest('GET', `/documents/file/${doc.filename}`, { token })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    expect(response.text).toBe(pdf.data.toString('utf8'))
  })

  it('still judges files by their content and size before anything reaches the bucket', async () => {
    const count = bucket.objects.size
    const html = Buffer.from('<html><script>alert(1)</script></html>')
    await expect(upload('media', file(html, 'photo.png', 'image/png'))).rejects.toThrow(ValidationError)
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    await expect(upload('media', file(svg, 'logo.svg', 'image/svg+xml'))).rejects.toThrow(ValidationError)
    const image = await placeholderImage('s3-as-pdf')
    await expect(upload('documents', file(image.data, 'policy.pdf', 'application/pdf'))).rejects.toThrow(ValidationError)
    const big = Buffer.concat([image.data, Buffer.alloc(10 * 1024 * 1024)])
    await expect(upload('media', file(big, 'big.jpg', 'image/jpeg'))).rejects.toThrow(ValidationError)
    expect(bucket.objects.size).toBe(count)
  })

  it('deletes the files from the bucket with the document', async () => {
    const image = await placeholderImage('s3-delete')
    const doc = (await upload('media', { ...image, name: 's3-delete.jpg' })) as MediaDoc
    expect(keysOf(doc).every((key) => bucket.objects.has(key))).toBe(true)
    await payload.delete({ collection: 'media', id: doc.id, context: { disableRevalidate: true } })
    expect(keysOf(doc).some((key) => bucket.objects.has(key))).toBe(false)
  })
})
