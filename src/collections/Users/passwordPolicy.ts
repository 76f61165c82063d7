import type { CollectionBeforeValidateHook } from 'payload'
import { ValidationError } from 'payload'

import { adminT } from '@/i18n/adminTranslations'

export const MIN_PASSWORD_LENGTH = 12

/** At least 12 characters, not only one kind of character, and not the email address itself. */
export function passwordProblem(password: string, email: string | undefined): 'tooShort' | 'tooSimple' | null {
  if (password.length < MIN_PASSWORD_LENGTH) return 'tooShort'
  const kinds = [/[a-z]/, /[A-Z]/, /\d/, /[^a-zA-Z\d]/].filter((kind) => kind.test(password)).length
  const lower = password.toLowerCase()
  const ownNames = email ? [email.toLowerCase(), email.split('@')[0]!.toLowerCase()] : []
  if (kinds < 2 || ownNames.includes(lower)) return 'tooSimple'
  return null
}

export const requireStrongPassword: CollectionBeforeValidateHook = ({ collection, data, originalDoc, req }) => {
  const password = data?.password
  if (typeof password !== 'string' || password === '') return data
  const problem = passwordProblem(password, (data?.email as string | undefined) ?? originalDoc?.email)
  if (problem) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ path: 'password', message: adminT(req, problem === 'tooShort' ? 'passwordTooShort' : 'passwordTooSimple') }],
      req,
    })
  }
  return data
}
