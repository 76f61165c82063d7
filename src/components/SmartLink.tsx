import type { ReactNode } from 'react'

import { Link } from '@/i18n/navigation'

/** Site paths get the locale prefix through next-intl's Link; https addresses open as they are. */
export function SmartLink({ href, children, className }: { href: string; children: ReactNode; className?: string }) {
  return href.startsWith('/') ? (
    <Link href={href} className={className}>
      {children}
    </Link>
  ) : (
    <a href={href} className={className} rel="noopener noreferrer external">
      {children}
    </a>
  )
}
