import { ValidationError, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { DOCUMENT_MAX_BYTES } from '@/collections/Documents'
import { MEDIA_MAX_BYTES } from '@/collections/Media'
import { placeholderImage, placeholderPdf } from '@/seed/placeholderFiles'

import { rest, testUser } from '../helpers/api'
import { getTestPayload } from '../helpers/payload'

const file = (data: Buffer, name: string, mimetype: string) => ({ data, name, mimetype, size: data.length })

describe('upload validation', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await getTestPayload()
  })

  const upload = (collection: 'media' | 'documents', upload: ReturnType<typeof file>) =>
    payload.create({
      collection,
      data: collection === 'media' ? { alt: '测试' } : { title: '测试' },
      file: upload,
    } as never)

  it('accepts a real image and makes the resized WebP copies with sharp', async () => {
    const image = await placeholderImage('upload-ok')
    const doc = (await upload('media', image)) as { mimeType: string; sizes: Record<string, { mimeType: string; width: number }> }
    expect(doc.mimeType).toBe('image/jpeg')
    expect(doc.sizes.thumbnail).toMatchObject({ mimeType: 'image/webp', width: 480 })
    expect(doc.sizes.card).toMatchObject({ mimeType: 'image/webp', width: 960 })
  })

  it('judges files by their content, not their name', async () => {
    const text = Buffer.from('<html><script>alert(1)</script></html>')
    await expect(upload('media', file(text, 'photo.png', 'image/png'))).rejects.toThrow(ValidationError)
    const image = await placeholderImage('upload-as-pdf')
    await expect(upload('documents', file(image.data, 'policy.pdf', 'application/pdf'))).rejects.toThrow(ValidationError)
  })

  it('refuses SVG images, which can carry scripts', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    await expect(upload('media', file(svg, 'logo.svg', 'image/svg+xml'))).rejects.toThrow(ValidationError)
  })

  it('accepts a PDF and refuses files over each collection’s limit, saying how large is allowed', async () => {
    const pdf = placeholderPdf('upload-ok', ['ok'])
    expect(await upload('documents', pdf)).toMatchObject({ mimeType: 'application/pdf' })

    const big = Buffer.alloc(DOCUMENT_MAX_BYTES + 1, 0x20)
    pdf.data.copy(big)
    const error = await upload('documents', file(big, 'big.pdf', 'application/pdf')).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ValidationError)
    expect(JSON.stringify((error as ValidationError).data)).toMatch(/20\.0 MB/)

    const image = await placeholderImage('upload-big')
    const bigImage = Buffer.concat([image.data, Buffer.alloc(MEDIA_MAX_BYTES)])
    await expect(upload('media', file(bigImage, 'big.jpg', 'image/jpeg'))).rejects.toThrow(ValidationError)
  })
})

describe('files are the editors\': a translator neither replaces, deletes nor relabels one', () => {
  let payload: Payload
  let translatorToken: string
  let editorToken: string

  beforeAll(async () => {
    payload = await getTestPayload()
    translatorToken = (await testUser('translator')).token
    editorToken = (await testUser('editor')).token
  })

  /** A multipart PATCH as the admin sends it: the new file and the other fields as `_payload`. */
  function replacement(fileName: string, data: Buffer, fields: Record<string, unknown>) {
    const form = new FormData()
    form.set('file', new Blob([new Uint8Array(data)], { type: 'application/pdf' }), fileName)
    form.set('_payload', JSON.stringify(fields))
    return form
  }

  it('a translator\'s multipart PATCH of a policy attachment is refused and changes nothing; an editor\'s goes through', async () => {
    const original = await payload.create({ collection: 'documents', data: { title: '原附件' }, file: placeholderPdf('translator-file', ['原']) })
    const swap = placeholderPdf('translator-swap', ['swapped', 'content', 'longer'])
    const byTranslator = await rest('PATCH', `/documents/${original.id}?locale=en`, {
      token: translatorToken,
      body: replacement('swapped.pdf', swap.data, { title: 'Swapped' }),
    })
    expect(byTranslator.status).toBe(403)
    const after = await payload.findByID({ collection: 'documents', id: original.id, locale: 'all' })
    expect(after).toMatchObject({ filename: original.filename, filesize: original.filesize, title: { zh: '原附件' } })
    expect((after.title as unknown as Record<string, string | undefined>).en).toBeUndefined()

    const byEditor = await rest('PATCH', `/documents/${original.id}?locale=en`, {
      token: editorToken,
      body: replacement('replaced.pdf', swap.data, { title: 'Replaced' }),
    })
    expect(byEditor.status).toBe(200)
    const replaced = await payload.findByID({ collection: 'documents', id: original.id, locale: 'en' })
    expect(replaced).toMatchObject({ filename: 'replaced.pdf', filesize: swap.size, title: 'Replaced' })
  })

  it('a translator cannot change an image\'s English text live, nor delete the image; an editor can', async () => {
    const image = await payload.create({ collection: 'media', data: { alt: '图片' }, file: await placeholderImage('translator-media') })
    const relabel = await rest('PATCH', `/media/${image.id}?locale=en`, { token: translatorToken, body: { alt: 'An image' } })
    expect(relabel.status).toBe(403)
    expect((await rest('DELETE', `/media/${image.id}`, { token: translatorToken })).status).toBe(403)
    expect((await payload.findByID({ collection: 'media', id: image.id, locale: 'en', fallbackLocale: false })).alt).toBeFalsy()

    expect((await rest('PATCH', `/media/${image.id}?locale=en`, { token: editorToken, body: { alt: 'An image' } })).status).toBe(200)
    expect((await rest('DELETE', `/media/${image.id}`, { token: editorToken })).status).toBe(200)
  })
})
