import config from '@payload-config'
import { getPayload } from 'payload'
const payload = await getPayload({ config })
await payload.jobs.queue({ task: 'schedulePublish', input: { type: 'publish', doc: { relationTo: 'news', value: 13 }, user: { relationTo: 'users', value: 1 } }, waitUntil: new Date() })
const jobs = await payload.find({ collection: 'payload-jobs', depth: 0 })
console.log(jobs.docs.map((j) => [j.id, j.taskSlug, j.queue, j.waitUntil, j.processing, j.completedAt, j.hasError]))
await payload.destroy()
process.exit(0)
