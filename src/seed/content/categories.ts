import type { SeedCategory } from './types'

/** Categories for news, projects and policies (policy types). Slugs are unique across all scopes. */
export const seedCategories: SeedCategory[] = [
  // News
  { slug: 'science-city', scope: 'news', title: { zh: '科学城动态', en: 'Science City updates' } },
  { slug: 'cooperation', scope: 'news', title: { zh: '成渝合作', en: 'Chengdu-Chongqing cooperation' } },
  { slug: 'industry', scope: 'news', title: { zh: '产业发展', en: 'Industry' } },
  { slug: 'innovation', scope: 'news', title: { zh: '科技创新', en: 'Innovation' } },
  { slug: 'government-services', scope: 'news', title: { zh: '政务服务', en: 'Government services' } },

  // Projects
  { slug: 'infrastructure', scope: 'projects', title: { zh: '基础设施', en: 'Infrastructure' } },
  { slug: 'industrial-park', scope: 'projects', title: { zh: '产业园区', en: 'Industrial parks' } },
  { slug: 'research-platform', scope: 'projects', title: { zh: '科研平台', en: 'Research platforms' } },
  { slug: 'industrial-project', scope: 'projects', title: { zh: '产业项目', en: 'Industrial projects' } },

  // Policies (policy types)
  { slug: 'talent', scope: 'policies', title: { zh: '人才政策', en: 'Talent' } },
  { slug: 'government-services-policy', scope: 'policies', title: { zh: '政务服务', en: 'Government services' } },
  { slug: 'market-access', scope: 'policies', title: { zh: '市场准入', en: 'Market access' } },
  { slug: 'human-resources', scope: 'policies', title: { zh: '人力社保', en: 'Human resources and social security' } },
  { slug: 'ecology', scope: 'policies', title: { zh: '生态环境', en: 'Ecology and environment' } },
  { slug: 'cooperation-agreement', scope: 'policies', title: { zh: '合作协议', en: 'Cooperation agreements' } },
]
