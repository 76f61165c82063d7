import { cacheTags } from '../cacheTags'
import { documentBySlugReader } from './documentBySlug'

/** One policy with its type, attachments, interpretation news and replacement. */
export const getPolicyBySlug = documentBySlugReader('policies', [
  cacheTags.policies,
  cacheTags.news,
  cacheTags.documents,
  cacheTags.categories,
])
