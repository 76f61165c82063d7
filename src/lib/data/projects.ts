import { projectStatuses, type ProjectStatus } from '@/collections/Projects'
import type { Locale } from '@/i18n/locales'
import type { Project } from '@/payload-types'

import { cacheTags } from '../cacheTags'
import { getPayloadClient } from '../payload'
import { cachedRead } from './cachedRead'
import { documentBySlugReader } from './documentBySlug'
import { findPublished, publishedListReader, type Paginated } from './publishedList'

export const projectSorts = ['updated', 'progress', 'name'] as const
export type ProjectSort = (typeof projectSorts)[number]
export type ProjectFilters = { status?: ProjectStatus; category?: string; sort: ProjectSort; page: number }

const listTags = [cacheTags.projects, cacheTags.categories, cacheTags.media]
const sortFields: Record<ProjectSort, string[]> = {
  updated: ['-updatedAt'],
  progress: ['-progress', 'name'],
  name: ['name'],
}

const readProjectList = publishedListReader<Project>('projects', listTags)

/** One page of the project list, filtered by status and category. */
export const listProjects = (locale: Locale, { status, category, sort, page }: ProjectFilters): Promise<Paginated<Project>> =>
  readProjectList(locale, {
    where: [...(status ? [{ status: { equals: status } }] : []), ...(category ? [{ 'category.slug': { equals: category } }] : [])],
    sort: sortFields[sort],
    page,
  })

/** Projects the editors chose for the home page. */
export const getFeaturedProjects = cachedRead(
  async (locale: Locale): Promise<Project[]> =>
    findPublished<Project>('projects', locale, { where: [{ featured: { equals: true } }], sort: 'name', limit: 6 }),
  ['projects:featured'],
  listTags,
)

/** How many published projects are in each status (and how many have none announced). */
export const countProjectsByStatus = cachedRead(
  async (): Promise<Record<ProjectStatus | 'unknown', number>> => {
    const payload = await getPayloadClient()
    const count = async (status: ProjectStatus | 'unknown') =>
      (
        await payload.count({
          collection: 'projects',
          overrideAccess: false,
          where: {
            and: [{ _status: { equals: 'published' } }, status === 'unknown' ? { status: { exists: false } } : { status: { equals: status } }],
          },
        })
      ).totalDocs
    const keys = [...projectStatuses, 'unknown'] as const
    const counts = await Promise.all(keys.map(count))
    return Object.fromEntries(keys.map((key, i) => [key, counts[i]!])) as Record<ProjectStatus | 'unknown', number>
  },
  ['projects:by-status'],
  [cacheTags.projects],
)

/** One project with its category, images and related news. */
export const getProjectBySlug = documentBySlugReader('projects', [
  cacheTags.projects,
  cacheTags.news,
  cacheTags.media,
  cacheTags.categories,
])
