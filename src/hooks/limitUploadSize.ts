import type { CollectionBeforeOperationHook } from 'payload'
import { ValidationError } from 'payload'

import { adminT } from '@/i18n/adminTranslations'

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

/** Refuses an uploaded file above this collection's limit before anything is written. */
export function limitUploadSize(maxBytes: number): CollectionBeforeOperationHook {
  return ({ args, collection, operation, req }) => {
    if ((operation === 'create' || operation === 'update') && req.file && req.file.size > maxBytes) {
      throw new ValidationError({
        collection: collection.slug,
        errors: [
          {
            path: 'file',
            message: adminT(req, 'uploadTooLarge', { size: megabytes(req.file.size), limit: megabytes(maxBytes) }),
          },
        ],
        req,
      })
    }
    return args
  }
}
