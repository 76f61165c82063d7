import { SearchResults } from '@/components/SearchView'

export { generateMetadata } from '../../q/[query]/page'

// A search too long to name a file in the page cache (src/proxy.ts sends it here): rendered per
// request, from the cached data read.
export const dynamic = 'force-dynamic'

export default function LongSearchResultsPage({ params }: { params: Promise<{ locale: string; query: string }> }) {
  return <SearchResults params={params} rendered="per request" />
}
