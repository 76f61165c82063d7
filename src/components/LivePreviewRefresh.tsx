import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

/**
 * Inside the admin's live-preview frame: tells the admin the page is ready and re-renders the
 * server components whenever the editor's draft is saved (autosave included).
 */
export function LivePreviewRefresh() {
  const router = useRouter()
  useEffect(() => {
    if (window.parent === window) return
    const origin = window.location.origin
    const onMessage = (event: MessageEvent) => {
      if (event.origin === origin && event.data?.type === 'payload-document-event') router.refresh()
    }
    window.addEventListener('message', onMessage)
    window.parent.postMessage({ type: 'payload-live-preview', ready: true }, origin)
    return () => window.removeEventListener('message', onMessage)
  }, [router])
  return null
}
