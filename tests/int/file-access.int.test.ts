import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { placeholderImage, placeholderPdf } from '@/seed/placeholderFiles'

import { graphql, rest, testUser } from '../helpers/api'
import { getTestPayload } from '../helpers/payload'

const context = { disableRevalidate: true }

/** A Lexical body with one paragraph and one embedded image. */
const bodyWithImage = (mediaId: number) => ({
  root: {
    type: 'root',
    direction: null,
    format: '',
    indent: 0,
    version: 1,
    children: [
      { type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, children: [{ type: 'text', text: '正文', version: 1, detail: 0, format: 0, mode: 'normal', style: '' }] },
      { type: 'upload', version: 3, relationTo: 'media', value: mediaId, fields: null, format: '', id: `upload-${mediaId}` },
    ],
  },
})

describe('files are public only while a published document uses them', () => {
  let payload: Payload
  let editorToken: string
  let n = 0

  beforeAll(async () => {
    payload = await getTestPayload()
    editorToken = (await testUser('editor')).token
  })

  const newPdf = async () => payload.create({ collection: 'documents', context, data: { title: '附件' }, file: placeholderPdf(`file-access-${(n += 1)}`, ['附件']) })
  const newImage = async () => payload.create({ collection: 'media', context, data: { alt: '图片' }, file: await placeholderImage(`file-access-${(n += 1)}`) })

  /** What a visitor gets for a file: its document by id and its download. */
  async function visitorSees(collection: 'media' | 'documents', doc: { id: number; filename?: string | null }) {
    const byId = await rest('GET', `/${collection}/${doc.id}`)
    const download = await rest('GET', `/${collection}/file/${doc.filename}`)
    return { byId: byId.status, download: download.status }
  }
  const shown = { byId: 200, download: 200 }

  it('a PDF attached to a draft policy is neither listed nor served to visitors; staff see it', async () => {
    const pdf = await newPdf()
    await payload.create({ collection: 'policies', context, draft: true, data: { title: '草稿政策', slug: `file-access-draft-${n}`, validity: 'in-force', attachments: [pdf.id], _status: 'draft' } })
    const seen = await visitorSees('documents', pdf)
    expect(seen.byId).not.toBe(200)
    expect(seen.download).not.toBe(200)
    expect((await rest('GET', `/documents/${pdf.id}`, { token: editorToken })).status).toBe(200)
    expect((await rest('GET', `/documents/file/${pdf.filename}`, { token: editorToken })).status).toBe(200)
  })

  it('the library is listed to staff only, through REST and GraphQL', async () => {
    expect((await rest('GET', '/media')).status).toBe(403)
    expect((await rest('GET', '/documents?limit=100')).status).toBe(403)
    expect((await graphql('{ allMedia { docs { id } } }')).text).toMatch(/not allowed|forbidden/i)
    expect((await rest('GET', '/media', { token: editorToken })).status).toBe(200)
    expect((await graphql('{ allMedia { docs { id } } }', editorToken)).text).not.toMatch(/not allowed|forbidden/i)
  })

  it('publishing the policy shows its PDF; unpublishing or trashing it hides the PDF again', async () => {
    const pdf = await newPdf()
    const policy = await payload.create({ collection: 'policies', context, data: { title: '政策', slug: `file-access-policy-${n}`, validity: 'in-force', attachments: [pdf.id], _status: 'published' } })
    expect(await visitorSees('documents', pdf)).toEqual(shown)

    await payload.update({ collection: 'policies', id: policy.id, context, data: { _status: 'draft' } })
    expect((await visitorSees('documents', pdf)).byId).not.toBe(200)

    await payload.update({ collection: 'policies', id: policy.id, context, data: { _status: 'published' } })
    expect(await visitorSees('documents', pdf)).toEqual(shown)
    await payload.update({ collection: 'policies', id: policy.id, context, data: { deletedAt: new Date().toISOString() } })
    expect((await visitorSees('documents', pdf)).download).not.toBe(200)
  })

  it('an image stays shown while any published document still uses it (cover, sharing image or body)', async () => {
    const image = await newImage()
    const byCover = await payload.create({ collection: 'news', context, data: { title: '封面', slug: `file-access-cover-${n}`, publishedAt: '2021-05-17T00:00:00.000Z', cover: image.id, _status: 'published' } })
    const byBody = await payload.create({
      collection: 'projects',
      context,
      data: { name: '正文图片', slug: `file-access-body-${n}`, body: bodyWithImage(image.id) as never, _status: 'published' },
    })
    expect(await visitorSees('media', image)).toEqual(shown)

    await payload.delete({ collection: 'news', id: byCover.id, context })
    expect(await visitorSees('media', image)).toEqual(shown)
    // A draft that drops the image leaves the published version, which still uses it, alone.
    await payload.update({ collection: 'projects', id: byBody.id, context, draft: true, data: { body: null } })
    expect(await visitorSees('media', image)).toEqual(shown)
    await payload.update({ collection: 'projects', id: byBody.id, context, data: { body: null, _status: 'published' } })
    expect((await visitorSees('media', image)).byId).not.toBe(200)

    const sharing = await newImage()
    await payload.create({ collection: 'pages', context, locale: 'en', data: { title: 'Sharing', slug: `file-access-page-${n}`, meta: { image: sharing.id }, _status: 'published' } })
    expect(await visitorSees('media', sharing)).toEqual(shown)
  })

  it('the site (the Local API with access checks, no user) still gets a published policy’s attachments populated', async () => {
    const pdf = await newPdf()
    const policy = await payload.create({ collection: 'policies', context, data: { title: '带附件', slug: `file-access-site-${n}`, validity: 'in-force', attachments: [pdf.id], _status: 'published' } })
    const read = await payload.findByID({ collection: 'policies', id: policy.id, overrideAccess: false, depth: 1 })
    expect(read.attachments?.[0]).toMatchObject({ id: pdf.id, filename: pdf.filename })
  })
})
