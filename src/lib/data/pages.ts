import { cacheTags } from '../cacheTags'
import { documentBySlugReader } from './documentBySlug'

/** One page built from blocks (indicator blocks read the indicators themselves). */
export const getPageBySlug = documentBySlugReader('pages', [cacheTags.pages, cacheTags.media])
