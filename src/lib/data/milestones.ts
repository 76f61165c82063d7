import { unstable_cache } from 'next/cache'

import type { Locale } from '@/i18n/locales'
import type { Milestone } from '@/payload-types'

import { cacheTags } from '../cacheTags'
import { findPublished } from './publishedList'

/** Every published milestone, oldest first: the timeline (a few dozen entries, not paginated). */
export const getMilestones = unstable_cache(
  async (locale: Locale): Promise<Milestone[]> =>
    findPublished<Milestone>('milestones', locale, { sort: ['date', 'id'], limit: 500 }),
  ['milestones:all'],
  { tags: [cacheTags.milestones, cacheTags.news, cacheTags.projects, cacheTags.policies] },
)
