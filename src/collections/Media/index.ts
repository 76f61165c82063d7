import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { publicFileOrStaff, visitorsListNoFiles } from '@/access/publicFileOrStaff'
import { publicFileField } from '@/fields/publicFile'
import { limitUploadSize } from '@/hooks/limitUploadSize'
import { cacheTags } from '@/lib/cacheTags'
import { uploadsDir } from '@/server/config'

import { contentCollection } from '../shared/contentCollection'

export const MEDIA_MAX_BYTES = 10 * 1024 * 1024

/**
 * Images for covers, galleries and sharing. Payload checks the type by the file's content, not
 * its name; SVG is not accepted (it can carry scripts). sharp makes the resized copies.
 */
export const Media: CollectionConfig = contentCollection(
  {
    slug: 'media',
    labels: { singular: { en: 'Image', zh: '图片' }, plural: { en: 'Media', zh: '媒体库' } },
    admin: { useAsTitle: 'alt', defaultColumns: ['filename', 'alt', 'updatedAt'], group: { en: 'Files', zh: '文件' } },
    upload: {
      staticDir: path.join(uploadsDir(), 'media'),
      mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif'],
      focalPoint: true,
      crop: true,
      imageSizes: [
        { name: 'thumbnail', width: 480, height: 320, formatOptions: { format: 'webp', options: { quality: 78 } } },
        { name: 'card', width: 960, height: 540, formatOptions: { format: 'webp', options: { quality: 78 } } },
        { name: 'hero', width: 1920, formatOptions: { format: 'webp', options: { quality: 80 } } },
      ],
      adminThumbnail: 'thumbnail',
    },
    fields: [
      {
        name: 'alt',
        type: 'text',
        label: { en: 'Alternative text', zh: '替代文字' },
        required: true,
        localized: true,
        admin: {
          description: {
            en: 'What the image shows, for people who cannot see it.',
            zh: '描述图片内容，供无法看到图片的读者使用。',
          },
        },
      },
      { name: 'caption', type: 'textarea', label: { en: 'Caption', zh: '图片说明' }, localized: true },
      { name: 'credit', type: 'text', label: { en: 'Credit', zh: '来源/摄影' }, localized: true },
      publicFileField,
    ],
    access: { read: publicFileOrStaff },
    hooks: { beforeOperation: [visitorsListNoFiles, limitUploadSize(MEDIA_MAX_BYTES)] },
  },
  { cacheTag: cacheTags.media, drafts: false },
)
