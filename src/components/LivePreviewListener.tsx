'use client'

import { lazy, Suspense } from 'react'

// Its own chunk, fetched only when rendered: public pages share the layout but never fetch it.
const LivePreviewRefresh = lazy(() => import('./LivePreviewRefresh').then((module) => ({ default: module.LivePreviewRefresh })))

/**
 * Rendered only in draft mode (PreviewBanner). A component, not the lazy itself: React cannot
 * render a client reference that resolves to a lazy.
 */
export function LivePreviewListener() {
  return (
    <Suspense>
      <LivePreviewRefresh />
    </Suspense>
  )
}
