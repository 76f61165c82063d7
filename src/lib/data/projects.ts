import { cacheTags } from '../cacheTags'
import { documentBySlugReader } from './documentBySlug'

/** One project with its category, images and related news. */
export const getProjectBySlug = documentBySlugReader('projects', [
  cacheTags.projects,
  cacheTags.news,
  cacheTags.media,
  cacheTags.categories,
])
