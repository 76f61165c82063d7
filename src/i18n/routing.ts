import { defineRouting } from 'next-intl/routing'

import { defaultLocale, locales } from './locales'

export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: 'always',
  // Proxy runs only on unprefixed paths (see proxy.ts), so hreflang goes into page metadata instead.
  alternateLinks: false,
})
