import en from '../messages/en.json' with { type: 'json' }
import zh from '../messages/zh.json' with { type: 'json' }
import { seedNews, seedPages, seedPolicies, seedProjects } from '../src/seed/content'
import { seedSiteSettings } from '../src/seed/content/site'

/** The public page types, shared by the page, CSP and other browser tests. */
export const messages = { zh, en } as const
export const locales = ['zh', 'en'] as const
export type Locale = (typeof locales)[number]

export const news = seedNews.find((item) => item.slug === 'science-city-officially-designated')!
export const project = seedProjects.find((item) => item.slug === 'hangu-interchange')!
export const policy = seedPolicies.find((item) => item.slug === 'golden-phoenix-talent-policy')!
const about = seedPages.find((item) => item.slug === 'about')!
const cooperation = seedPages.find((item) => item.slug === 'cooperation')!

/** Every page type, with the h1 it must show in each locale. */
export const pageTypes: { name: string; path: string; h1: (locale: Locale) => string }[] = [
  { name: 'home', path: '', h1: (locale) => seedSiteSettings.siteName[locale] },
  { name: 'news list', path: '/news', h1: (locale) => messages[locale].News.title },
  { name: 'news item', path: `/news/${news.slug}`, h1: (locale) => news.title[locale] },
  { name: 'project list', path: '/projects', h1: (locale) => messages[locale].Project.title },
  { name: 'project', path: `/projects/${project.slug}`, h1: (locale) => project.name[locale] },
  { name: 'policy list', path: '/policies', h1: (locale) => messages[locale].Policy.title },
  { name: 'policy', path: `/policies/${policy.slug}`, h1: (locale) => policy.title[locale] },
  { name: 'timeline', path: '/timeline', h1: (locale) => messages[locale].Timeline.title },
  { name: 'about page', path: '/about', h1: (locale) => about.title[locale] },
  { name: 'cooperation page', path: '/cooperation', h1: (locale) => cooperation.title[locale] },
  { name: 'search', path: '/search?q=%E7%A7%91%E5%AD%A6%E5%9F%8E', h1: (locale) => messages[locale].Search.title },
]

