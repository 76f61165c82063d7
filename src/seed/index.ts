import type { Payload } from 'payload'

import { seedNews } from './news'
import { paragraphs } from './richText'
import { demoUsers } from './users'

type SeedOptions = { withDemoUsers: boolean }

const context = { disableRevalidate: true }

/** Fills an empty database with the demo content (and, in development, demo logins). */
export async function seedDemoContent(payload: Payload, { withDemoUsers }: SeedOptions): Promise<void> {
  if (withDemoUsers && (await payload.count({ collection: 'users' })).totalDocs === 0) {
    for (const user of demoUsers) await payload.create({ collection: 'users', data: user, context })
    payload.logger.info(`Seeded ${demoUsers.length} demo users`)
  }

  if ((await payload.count({ collection: 'news' })).totalDocs > 0) return
  for (const item of seedNews) {
    const { id } = await payload.create({
      collection: 'news',
      locale: 'zh',
      context,
      data: {
        slug: item.slug,
        publishedAt: item.publishedAt,
        _status: 'published',
        title: item.zh.title,
        summary: item.zh.summary,
        body: paragraphs(...item.zh.body),
        source: item.zh.source,
      },
    })
    await payload.update({
      collection: 'news',
      id,
      locale: 'en',
      context,
      data: {
        _status: 'published',
        title: item.en.title,
        summary: item.en.summary,
        body: paragraphs(...item.en.body),
        source: item.en.source,
      },
    })
  }
  payload.logger.info(`Seeded ${seedNews.length} news items`)
}
