import type { SeedTag } from './types'

/** Tags for news items. */
export const seedTags: SeedTag[] = [
  { slug: 'two-zone-coordination', title: { zh: '双区联动', en: 'Two-zone coordination' } },
  { slug: 'six-ones', title: { zh: '六个一', en: '"Six Ones" key tasks' } },
  { slug: 'joint-meeting', title: { zh: '联席会议', en: 'Joint meetings' } },
  { slug: 'cross-provincial-services', title: { zh: '跨省通办', en: 'Cross-provincial services' } },
  { slug: 'innovation-platforms', title: { zh: '创新平台', en: 'Innovation platforms' } },
  { slug: 'investment', title: { zh: '投资', en: 'Investment' } },
  { slug: 'talent', title: { zh: '人才', en: 'Talent' } },
  { slug: 'transport', title: { zh: '交通', en: 'Transport' } },
]
