import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { ProjectCard } from '@/components/cards'
import { FilterForm } from '@/components/FilterForm'
import { Pagination } from '@/components/Pagination'
import { projectStatuses } from '@/collections/Projects'
import { isLocale } from '@/i18n/locales'
import { getCategories } from '@/lib/data/categories'
import { listProjects, projectSorts } from '@/lib/data/projects'
import { parsePage, pickAllowed, type Query } from '@/lib/listParams'
import { pageMetadata } from '@/lib/metadata'
import { publicPaths } from '@/lib/paths'

// Filters and page numbers come from the query, so the page renders per request; its data reads
// are cached and revalidated on publish like every other page's.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Query> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = await getTranslations({ locale, namespace: 'Project' })
  return pageMetadata(locale, publicPaths.projectList(), { title: t('title'), description: t('description') })
}

export default async function ProjectListPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  setRequestLocale(locale)
  const query = await searchParams
  const page = parsePage(query.page)
  if (!page) notFound()
  const [t, categories] = await Promise.all([getTranslations('Project'), getCategories(locale, 'projects')])
  const sort = pickAllowed(query.sort, projectSorts) ?? 'updated'
  const filters = {
    status: pickAllowed(query.status, projectStatuses),
    category: pickAllowed(query.category, categories.map((category) => category.slug)),
  }
  const result = await listProjects(locale, { ...filters, sort, page })
  if (page > Math.max(result.totalPages, 1)) notFound()

  return (
    <>
      <header className="page-header">
        <h1>{t('title')}</h1>
        <p className="lead">{t('description')}</p>
      </header>
      <FilterForm
        action={publicPaths.projectList()}
        fields={[
          {
            name: 'status',
            label: t('status'),
            value: filters.status,
            allLabel: t('allStatuses'),
            options: projectStatuses.map((status) => ({ value: status, label: t(`statusLabels.${status}`) })),
          },
          {
            name: 'category',
            label: t('category'),
            value: filters.category,
            allLabel: t('allCategories'),
            options: categories.map((category) => ({ value: category.slug, label: category.title })),
          },
          {
            name: 'sort',
            label: t('sort'),
            value: sort,
            options: projectSorts.map((value) => ({ value, label: t(`sortLabels.${value}`) })),
          },
        ]}
      />
      <p className="meta" role="status">
        {t('count', { count: result.totalDocs })}
      </p>
      {result.docs.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <ul className="card-list">
          {result.docs.map((project) => (
            <li key={project.id}>
              <ProjectCard project={project} locale={locale} headingLevel={2} />
            </li>
          ))}
        </ul>
      )}
      <Pagination
        path={publicPaths.projectList()}
        filters={{ ...filters, sort: sort === 'updated' ? undefined : sort }}
        page={page}
        totalPages={result.totalPages}
      />
    </>
  )
}
