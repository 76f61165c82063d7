import type { Field, PayloadRequest } from 'payload'

import { adminT } from '@/i18n/adminTranslations'

/** Site paths (`/projects`) get the visitor's locale prefix; full https addresses open as they are. */
export function isAllowedHref(value: string): boolean {
  return /^\/(?!\/)[^\s]*$/.test(value) || /^https:\/\/[^\s]+$/.test(value)
}

export function hrefField(name = 'href', { required = true } = {}): Field {
  return {
    name,
    type: 'text',
    label: { en: 'Link', zh: '链接' },
    required,
    validate: (value: null | string | undefined, { req }: { req: PayloadRequest }) =>
      (!required && !value) || (typeof value === 'string' && isAllowedHref(value)) || adminT(req, 'hrefInvalid'),
    admin: {
      description: {
        en: 'A site path such as /projects (no language prefix), or a full https:// address.',
        zh: '站内路径（如 /projects，不含语言前缀），或完整的 https:// 地址。',
      },
    },
  }
}
