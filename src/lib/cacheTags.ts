/**
 * Cache tags shared by the public site's reads and the hooks that expire them: one per
 * collection or global, so a change anywhere reaches every page that shows it.
 */
export const cacheTags = {
  news: 'news',
  projects: 'projects',
  policies: 'policies',
  milestones: 'milestones',
  indicators: 'indicators',
  pages: 'pages',
  categories: 'categories',
  tags: 'tags',
  media: 'media',
  documents: 'documents',
  siteSettings: 'site-settings',
  navigation: 'navigation',
  /** The admin's UI-string overrides: every page's messages depend on them. */
  uiStrings: 'ui-strings',
} as const

export type CacheTag = (typeof cacheTags)[keyof typeof cacheTags]
