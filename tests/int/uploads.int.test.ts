import { ValidationError, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { DOCUMENT_MAX_BYTES } from '@/collections/Documents'
import { MEDIA_MAX_BYTES } from '@/collections/Media'
import { placeholderImage, placeholderPdf } from '@/seed/placeholderFiles'

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
