import type { CollectionSlug, Payload, RequiredDataFromCollectionSlug, Where } from 'payload'

import type { Page } from '@/payload-types'

import {
  seedCategories,
  seedIndicators,
  seedMilestones,
  seedNews,
  seedPages,
  seedPolicies,
  seedProjects,
  seedTags,
} from './content'
import { seedFooterMenu, seedHeaderMenu, seedSiteSettings } from './content/site'
import type { IsoDate, Localized, SeedBlock } from './content/types'
import { seedGlossary } from './glossary'
import { placeholderImage, placeholderPdf, type SeedFile } from './placeholderFiles'
import { paragraphs } from './richText'
import { demoUsers } from './users'

type SeedOptions = { withDemoUsers: boolean; reset?: boolean }
type Locale = keyof Localized<unknown>

// Seeding runs outside Next: there is no page cache to expire, and hooks must not try.
const context = { disableRevalidate: true, audit: false }

/** Collections the seed fills, in the order that deletes dependants before what they point to. */
const seededCollections = [
  'milestones',
  'indicators',
  'pages',
  'news',
  'policies',
  'projects',
  'documents',
  'media',
  'tags',
  'categories',
] as const satisfies CollectionSlug[]

// Noon in Chongqing: the same calendar day in every time zone an editor or visitor is likely in.
const date = (value: IsoDate | undefined) => (value ? new Date(`${value}T12:00:00.000+08:00`).toISOString() : undefined)

/**
 * Creates a document in Chinese and adds its English, unless one matching `where` exists: a
 * second run changes nothing. Row ids are given by the caller so both locales share the rows.
 */
async function ensureBilingual<S extends CollectionSlug>(
  payload: Payload,
  collection: S,
  where: Where,
  build: (locale: Locale) => RequiredDataFromCollectionSlug<S>,
  file?: () => Promise<SeedFile> | SeedFile,
): Promise<{ id: number; created: boolean }> {
  // Matched in Chinese: milestones are told apart by their Chinese title.
  const { docs } = await payload.find({ collection, where, locale: 'zh', limit: 1, depth: 0, pagination: false })
  const existing = docs[0] as { id: number } | undefined
  if (existing) return { id: existing.id, created: false }
  const doc = await payload.create({
    collection,
    locale: 'zh',
    context,
    data: build('zh'),
    file: file ? await file() : undefined,
  })
  // Same shape as the Chinese pass; TypeScript cannot relate it to Payload's deep-partial update
  // type while the collection is still a type parameter.
  await payload.update({ collection, id: doc.id, locale: 'en', context, data: build('en') as never })
  return { id: doc.id as number, created: true }
}

const bySlug = (slug: string): Where => ({ slug: { equals: slug } })

/** Whether any collection the seed fills holds a document. */
export async function hasContent(payload: Payload): Promise<boolean> {
  for (const collection of seededCollections) {
    if ((await payload.count({ collection, overrideAccess: true })).totalDocs > 0) return true
  }
  return false
}

/** Fills the database with the demo content (and, in development, demo logins). */
export async function seedDemoContent(payload: Payload, { withDemoUsers, reset = false }: SeedOptions): Promise<void> {
  if (reset) await removeDemoContent(payload)

  if (withDemoUsers) {
    for (const user of demoUsers) {
      const { totalDocs } = await payload.count({ collection: 'users', where: { email: { equals: user.email } } })
      if (totalDocs === 0) await payload.create({ collection: 'users', data: user, context })
    }
  }

  const counts: Record<string, number> = {}
  const count = (collection: string, created: boolean) => {
    if (created) counts[collection] = (counts[collection] ?? 0) + 1
  }
  const ids = (map: Map<string, number>, slugs: string[] | undefined) =>
    (slugs ?? []).map((slug) => {
      const id = map.get(slug)
      if (id === undefined) throw new Error(`Seed content refers to unknown slug "${slug}"`)
      return id
    })

  const categories = new Map<string, number>()
  for (const item of seedCategories) {
    const { id, created } = await ensureBilingual(payload, 'categories', bySlug(item.slug), (locale) => ({
      slug: item.slug,
      scope: item.scope,
      title: item.title[locale],
    }))
    categories.set(item.slug, id)
    count('categories', created)
  }

  const tags = new Map<string, number>()
  for (const item of seedTags) {
    const { id, created } = await ensureBilingual(payload, 'tags', bySlug(item.slug), (locale) => ({
      slug: item.slug,
      title: item.title[locale],
    }))
    tags.set(item.slug, id)
    count('tags', created)
  }

  const cover = async (key: string, name: Localized<string>) => {
    const { id, created } = await ensureBilingual(
      payload,
      'media',
      { filename: { equals: `${key}.jpg` } },
      (locale) => ({
        alt: locale === 'zh' ? `${name.zh}（示意图）` : `Illustration: ${name.en}`,
        credit: locale === 'zh' ? '演示用占位图片' : 'Placeholder image for the demo',
      }),
      () => placeholderImage(key),
    )
    count('media', created)
    return id
  }

  const projects = new Map<string, number>()
  for (const item of seedProjects) {
    const coverId = await cover(`project-${item.slug}`, item.name)
    const { id, created } = await ensureBilingual(payload, 'projects', bySlug(item.slug), (locale) => ({
      _status: 'published',
      slug: item.slug,
      category: categories.get(item.category),
      status: item.status,
      progress: item.progress,
      investment: item.investment,
      startDate: date(item.startDate),
      expectedCompletion: date(item.expectedCompletion),
      featured: item.featured ?? false,
      cover: coverId,
      name: item.name[locale],
      summary: item.summary[locale],
      body: paragraphs(...item.body[locale]),
      location: { area: item.location?.[locale] },
      updates: item.updates?.map((update, index) => ({
        id: `${item.slug}-update-${index}`,
        date: date(update.date)!,
        datePrecision: update.precision,
        text: update.text[locale],
      })),
    }))
    projects.set(item.slug, id)
    count('projects', created)
  }

  const policies = new Map<string, number>()
  for (const item of seedPolicies) {
    const attachment = await ensureBilingual(
      payload,
      'documents',
      { filename: { equals: `policy-${item.slug}.pdf` } },
      (locale) => ({ title: item.title[locale] }),
      () =>
        placeholderPdf(`policy-${item.slug}`, [
          item.title.en,
          '',
          'Placeholder attachment for the demo content of the Western (Chongqing) Science City portal.',
          ...item.keyPoints.en.map((point) => `- ${point}`),
        ]),
    )
    count('documents', attachment.created)
    const { id, created } = await ensureBilingual(payload, 'policies', bySlug(item.slug), (locale) => ({
      _status: 'published',
      slug: item.slug,
      category: categories.get(item.category),
      documentNumber: item.documentNumber,
      issuingBody: item.issuingBody[locale],
      issueDate: date(item.issueDate),
      effectiveDate: date(item.effectiveDate),
      validity: item.validity,
      title: item.title[locale],
      summary: item.summary[locale],
      keyPoints: item.keyPoints[locale].map((text, index) => ({ id: `${item.slug}-point-${index}`, text })),
      body: paragraphs(...item.body[locale]),
      interpretation: item.interpretation ? paragraphs(...item.interpretation[locale]) : undefined,
      attachments: [attachment.id],
    }))
    policies.set(item.slug, id)
    count('policies', created)
  }

  const news = new Map<string, number>()
  for (const item of seedNews) {
    const coverId = await cover(`news-${item.slug}`, item.title)
    const { id, created } = await ensureBilingual(payload, 'news', bySlug(item.slug), (locale) => ({
      _status: 'published',
      slug: item.slug,
      publishedAt: date(item.publishedAt)!,
      category: categories.get(item.category),
      tags: ids(tags, item.tags),
      relatedProjects: ids(projects, item.relatedProjects),
      relatedPolicies: ids(policies, item.relatedPolicies),
      cover: coverId,
      title: item.title[locale],
      summary: item.summary[locale],
      body: paragraphs(...item.body[locale]),
      source: item.source[locale],
    }))
    news.set(item.slug, id)
    count('news', created)
  }

  const related = { news, projects, policies }
  for (const item of seedMilestones) {
    const { created } = await ensureBilingual(
      payload,
      'milestones',
      { and: [{ date: { equals: date(item.date) } }, { title: { equals: item.title.zh } }] },
      (locale) => ({
        _status: 'published',
        date: date(item.date)!,
        datePrecision: item.precision,
        title: item.title[locale],
        description: item.description[locale],
        related: item.related
          ? { relationTo: item.related.collection, value: ids(related[item.related.collection], [item.related.slug])[0]! }
          : undefined,
      }),
    )
    count('milestones', created)
  }

  for (const item of seedIndicators) {
    const { created } = await ensureBilingual(payload, 'indicators', { key: { equals: item.key } }, (locale) => ({
      _status: 'published',
      key: item.key,
      group: item.group,
      value: item.value,
      unit: item.unit,
      qualifier: item.qualifier,
      measureWord: item.measureWord,
      label: item.label[locale],
      asOf: date(item.asOf)!,
      asOfPrecision: item.asOfPrecision,
      source: item.source[locale],
      order: item.order,
      featured: item.featured ?? false,
    }))
    count('indicators', created)
  }

  for (const item of seedPages) {
    const { created } = await ensureBilingual(payload, 'pages', bySlug(item.slug), (locale) => ({
      _status: 'published',
      slug: item.slug,
      title: item.title[locale],
      summary: item.summary[locale],
      layout: item.blocks.map((block, index) => pageBlock(block, `${item.slug}-block-${index}`, locale)),
    }))
    count('pages', created)
  }

  await seedGlobals(payload, { overwrite: reset })
  const glossaryTerms = await seedGlossary(payload)
  if (glossaryTerms > 0) counts.glossary = glossaryTerms

  const summary = Object.entries(counts).map(([collection, n]) => `${n} ${collection}`)
  payload.logger.info(summary.length > 0 ? `Seeded ${summary.join(', ')}` : 'Demo content already present; nothing to seed')
}

function pageBlock(block: SeedBlock, id: string, locale: Locale): NonNullable<Page['layout']>[number] {
  switch (block.blockType) {
    case 'richText':
      return { id, blockType: 'richText', heading: block.heading?.[locale], body: paragraphs(...block.paragraphs[locale]) }
    case 'indicatorGroup':
      return { id, blockType: 'indicatorGroup', heading: block.heading[locale], group: block.group }
    case 'cardList':
      return {
        id,
        blockType: 'cardList',
        heading: block.heading[locale],
        cards: block.cards.map((card, index) => ({
          id: `${id}-card-${index}`,
          title: card.title[locale],
          text: card.text[locale],
          href: card.href,
        })),
      }
    case 'callToAction':
      return {
        id,
        blockType: 'callToAction',
        heading: block.heading[locale],
        text: block.text[locale],
        label: block.label[locale],
        href: block.href,
      }
  }
}

/** Site settings and menus: written when empty, or again on a reset. */
async function seedGlobals(payload: Payload, { overwrite }: { overwrite: boolean }) {
  const settings = await payload.findGlobal({ slug: 'site-settings', locale: 'zh', depth: 0 })
  if (overwrite || !settings.siteName) {
    for (const locale of ['zh', 'en'] as const) {
      await payload.updateGlobal({
        slug: 'site-settings',
        locale,
        context,
        data: {
          siteName: seedSiteSettings.siteName[locale],
          tagline: seedSiteSettings.tagline[locale],
          contact: { organisation: seedSiteSettings.organisation[locale] },
          footerNote: seedSiteSettings.footerNote[locale],
        },
      })
    }
  }
  const navigation = await payload.findGlobal({ slug: 'navigation', depth: 0 })
  if (overwrite || !navigation.header?.length) {
    for (const locale of ['zh', 'en'] as const) {
      const menu = (items: typeof seedHeaderMenu, name: string) =>
        items.map((item, index) => ({ id: `${name}-${index}`, label: item.label[locale], href: item.href }))
      await payload.updateGlobal({
        slug: 'navigation',
        locale,
        context,
        data: { header: menu(seedHeaderMenu, 'header'), footer: menu(seedFooterMenu, 'footer') },
      })
    }
  }
}

/** `npm run seed -- --reset`: removes all documents (not user accounts) so the seed starts over. */
async function removeDemoContent(payload: Payload) {
  for (const collection of seededCollections) {
    await payload.delete({ collection, where: { id: { exists: true } }, context, overrideAccess: true })
  }
  payload.logger.info('Removed all content for a fresh seed')
}
