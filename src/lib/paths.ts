/**
 * Public paths (without the locale prefix) of every kind of document: one place for links,
 * previews, feeds and the sitemap.
 */
export const publicPaths = {
  home: () => '/',
  newsList: () => '/news',
  news: (slug: string) => `/news/${slug}`,
  projectList: () => '/projects',
  project: (slug: string) => `/projects/${slug}`,
  policyList: () => '/policies',
  policy: (slug: string) => `/policies/${slug}`,
  timeline: () => '/timeline',
  page: (slug: string) => `/${slug}`,
  search: () => '/search',
}

/** The shape of every slug: lower-case ASCII words joined by single hyphens. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** The RSS feed of news in one locale (a route handler, outside the page tree). */
export const feedPath = (locale: string) => `/${locale}/news/feed.xml`

export type PreviewableCollection = 'news' | 'projects' | 'policies' | 'pages' | 'milestones' | 'indicators'

/** Where a document of this collection is seen on the public site. */
export function documentPath(collection: PreviewableCollection, slug: string | null | undefined): string {
  switch (collection) {
    case 'news':
      return slug ? publicPaths.news(slug) : publicPaths.newsList()
    case 'projects':
      return slug ? publicPaths.project(slug) : publicPaths.projectList()
    case 'policies':
      return slug ? publicPaths.policy(slug) : publicPaths.policyList()
    case 'pages':
      return slug ? publicPaths.page(slug) : publicPaths.home()
    case 'milestones':
      return publicPaths.timeline()
    case 'indicators':
      return publicPaths.home()
  }
}

/** The preview route that checks the editor's session, turns on draft mode and redirects. */
export function previewUrl(collection: PreviewableCollection, slug: string | null | undefined, locale: string): string {
  const query = new URLSearchParams({ collection, locale, ...(slug ? { slug } : {}) })
  return `/preview?${query}`
}
