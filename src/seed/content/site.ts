import type { Localized } from './types'

export const seedSiteSettings = {
  siteName: { zh: '西部（重庆）科学城', en: 'Western (Chongqing) Science City' },
  tagline: { zh: '一方创新高地，一座现代化新城', en: 'A highland of innovation, a modern new city' },
  organisation: { zh: '重庆高新区', en: 'Chongqing Hi-tech Zone' },
  footerNote: {
    zh: '本站演示内容均取自重庆高新区关于西部（重庆）科学城建设的报道。',
    en: 'The demonstration content of this site is taken from the Chongqing Hi-tech Zone’s report on building the Western (Chongqing) Science City.',
  },
} satisfies Record<string, Localized<string>>

type MenuItem = { label: Localized<string>; href: string }

export const seedHeaderMenu: MenuItem[] = [
  { label: { zh: '首页', en: 'Home' }, href: '/' },
  { label: { zh: '新闻动态', en: 'News' }, href: '/news' },
  { label: { zh: '重点项目', en: 'Projects' }, href: '/projects' },
  { label: { zh: '政策文件', en: 'Policies' }, href: '/policies' },
  { label: { zh: '发展历程', en: 'Timeline' }, href: '/timeline' },
  { label: { zh: '成渝合作', en: 'Chengdu-Chongqing cooperation' }, href: '/cooperation' },
  { label: { zh: '关于科学城', en: 'About' }, href: '/about' },
]

export const seedFooterMenu: MenuItem[] = [
  { label: { zh: '关于科学城', en: 'About the Science City' }, href: '/about' },
  { label: { zh: '成渝合作', en: 'Chengdu-Chongqing cooperation' }, href: '/cooperation' },
  { label: { zh: '政策文件', en: 'Policies' }, href: '/policies' },
  { label: { zh: '站内搜索', en: 'Search' }, href: '/search' },
]
