import { NotFoundView } from '@/components/NotFoundView'

// For notFound() where a page could not render NotFoundView itself (an unknown locale's layout,
// the search rendered per request); Next then renders this in the browser.
export default function LocalizedNotFound() {
  return <NotFoundView />
}
