import { getTranslations } from 'next-intl/server'

import { notFoundPage } from '@/components/NotFoundView'
import { ProjectCard } from '@/components/cards'
import { FilterForm } from '@/components/FilterForm'
import { Pagination } from '@/components/Pagination'
import { projectStatuses } from '@/collections/Projects'
import type { Locale } from '@/i18n/locales'
import { getCategories } from '@/lib/data/categories'
import { listProjects, projectSorts } from '@/lib/data/projects'
import { knownFilters, parsePage, pickAllowed, type Query } from '@/lib/listParams'
import { publicPaths } from '@/lib/paths'

/** The list with the filters of `query`; an unknown filter value or a page number out of range is a 404. */
export async function ProjectList({ locale, query }: { locale: Locale; query: Query }) {
  const page = parsePage(query.page)
  if (!page) return notFoundPage()
  const [t, categories] = await Promise.all([getTranslations('Project'), getCategories(locale, 'projects')])
  const chosen = knownFilters({
    sort: pickAllowed(query.sort, projectSorts),
    status: pickAllowed(query.status, projectStatuses),
    category: pickAllowed(query.category, categories.map((category) => category.slug)),
  })
  if (!chosen) return notFoundPage()
  const { sort = 'updated', ...filters } = chosen
  const result = await listProjects(locale, { ...filters, sort, page })
  if (page > Math.max(result.totalPages, 1)) return notFoundPage()

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
