import { NotFoundView } from '@/components/NotFoundView'

// For notFound() from a page rendered per request (draft mode, a search too long to cache), which
// cannot render NotFoundView with its status itself; Next renders this in the browser.
export default function LocalizedNotFound() {
  return <NotFoundView />
}
