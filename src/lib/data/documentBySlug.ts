import type { DataFromCollectionSlug } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { User } from '@/payload-types'

import type { CacheTag } from '../cacheTags'
import { getPayloadClient } from '../payload'
import { slugPattern } from '../paths'
import { cachedRead } from './cachedRead'
import { getPreviewUser } from './preview'

type SluggedCollection = 'news' | 'projects' | 'policies' | 'pages'

/** One document by slug: with an editor, the newest draft as that editor may read it; else the published version. */
export async function findBySlug<S extends SluggedCollection>(
  collection: S,
  locale: Locale,
  slug: string,
  previewUser: User | null,
): Promise<DataFromCollectionSlug<S> | null> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection,
    locale,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1,
    pagination: false,
    // Access rules apply: without an editor, only published documents are found.
    overrideAccess: false,
    draft: Boolean(previewUser),
    user: previewUser ?? undefined,
  })
  return (docs[0] as DataFromCollectionSlug<S> | undefined) ?? null
}

/**
 * A reader for one document by slug: for an editor's preview the newest draft, read with the
 * editor's own access; for everyone else the published version, cached until one of `tags`
 * (the collection and whatever the page shows from others) is revalidated.
 */
export function documentBySlugReader<S extends SluggedCollection>(collection: S, tags: CacheTag[]) {
  type Doc = DataFromCollectionSlug<S>
  const find = (locale: Locale, slug: string, previewUser: User | null) => findBySlug(collection, locale, slug, previewUser)

  const findPublished = cachedRead((locale: Locale, slug: string) => find(locale, slug, null), [`${collection}:by-slug`], tags)

  return async function readBySlug(locale: Locale, slug: string): Promise<Doc | null> {
    if (slug.length > 120 || !slugPattern.test(slug)) return null
    const previewUser = await getPreviewUser()
    return previewUser ? find(locale, slug, previewUser) : findPublished(locale, slug)
  }
}
