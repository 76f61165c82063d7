import type { Access, FieldAccess } from 'payload'

import { hasRole, isTranslatorOnly } from './roles'

/** The locale translators work in; the default (Chinese) locale is the editors' alone. */
export const translationLocale = 'en'

/**
 * Editors and admins change anything. Translators change the English locale and never publish:
 * Payload asks this with `_status: 'published'` to decide whether to offer "Publish", so the
 * button is hidden for them and a forged request is refused.
 */
export const canUpdateContent: Access = ({ req: { user, locale }, data }) => {
  if (hasRole(user, 'admin', 'editor')) return true
  if (!isTranslatorOnly(user)) return false
  return locale === translationLocale && data?._status !== 'published'
}

/** For fields shared by both locales (dates, status, relations): not a translator's to change. */
export const notTranslatorField: FieldAccess = ({ req: { user } }) => !isTranslatorOnly(user)
