import type { Locale } from '@/i18n/locales'
import type { Milestone } from '@/payload-types'

import { cacheTags } from '../cacheTags'
import { cachedRead } from './cachedRead'
import { findPublished } from './publishedList'

/** Every published milestone, oldest first: the timeline (a few dozen entries, not paginated). */
export const getMilestones = cachedRead(
  async (locale: Locale): Promise<Milestone[]> =>
    findPublished<Milestone>('milestones', locale, { sort: ['date', 'id'], limit: 500 }),
  ['milestones:all'],
  [cacheTags.milestones, cacheTags.news, cacheTags.projects, cacheTags.policies],
)
