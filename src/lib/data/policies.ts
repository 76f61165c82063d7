import type { PolicyValidity } from '@/collections/Policies'
import { slugify } from '@/fields/slug'
import type { Locale } from '@/i18n/locales'
import type { Policy } from '@/payload-types'

import { cacheTags } from '../cacheTags'
import { getPayloadClient } from '../payload'
import { cachedRead } from './cachedRead'
import { documentBySlugReader } from './documentBySlug'
import { findPublished, publishedListReader, publishedYears, yearRange, type Paginated } from './publishedList'

export type PolicyFilters = { type?: string; issuer?: string; year?: number; validity?: PolicyValidity; page: number }

const listTags = [cacheTags.policies, cacheTags.categories]

const readPolicyList = publishedListReader<Policy>('policies', listTags)

/** One page of the policy list, filtered by type, issuing body, year of issue and validity. */
export const listPolicies = (locale: Locale, { type, issuer, year, validity, page }: PolicyFilters): Promise<Paginated<Policy>> =>
  readPolicyList(locale, {
    where: [
      ...(type ? [{ 'category.slug': { equals: type } }] : []),
      ...(issuer ? [{ issuingBody: { equals: issuer } }] : []),
      ...(validity ? [{ validity: { equals: validity } }] : []),
      ...yearRange('issueDate', year),
    ],
    sort: ['-issueDate', '-updatedAt'],
    page,
  })

/** The newest policies, for the home page. */
export const getRecentPolicies = cachedRead(
  async (locale: Locale, limit: number): Promise<Policy[]> =>
    findPublished<Policy>('policies', locale, { sort: ['-issueDate', '-updatedAt'], limit }),
  ['policies:recent'],
  listTags,
)

export type IssuingBody = { key: string; name: string }

/**
 * Every issuing body named on a published policy: its name in this locale and a key that is the
 * same in both (the slug of the Chinese name), so a filtered list keeps its filter when the
 * visitor switches language.
 */
export const getIssuingBodies = cachedRead(
  async (locale: Locale): Promise<IssuingBody[]> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'policies',
      locale: 'all',
      overrideAccess: false,
      where: { _status: { equals: 'published' } },
      limit: 0,
      pagination: false,
      depth: 0,
      select: { issuingBody: true },
    })
    const bodies = new Map<string, string>()
    for (const doc of docs) {
      // With locale 'all', a localized field holds every locale's value.
      const names = doc.issuingBody as unknown as Partial<Record<Locale, string>> | null
      if (!names?.zh) continue
      bodies.set(slugify(names.zh), names[locale] || names.zh)
    }
    return [...bodies].map(([key, name]) => ({ key, name })).sort((a, b) => a.name.localeCompare(b.name, locale))
  },
  ['policies:issuers'],
  [cacheTags.policies],
)

/** The years in which published policies were issued, newest first. */
export const getPolicyYears = cachedRead(() => publishedYears('policies', 'issueDate'), ['policies:years'], [cacheTags.policies])

/** One policy with its type, attachments, interpretation news and replacement. */
export const getPolicyBySlug = documentBySlugReader('policies', [
  cacheTags.policies,
  cacheTags.news,
  cacheTags.documents,
  cacheTags.categories,
])
