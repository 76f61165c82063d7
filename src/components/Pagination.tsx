import { getTranslations } from 'next-intl/server'

import { Link } from '@/i18n/navigation'
import { listHref } from '@/lib/listParams'

type Props = { path: string; filters: Record<string, string | number | undefined>; page: number; totalPages: number }

/** Numbered pages around the current one, with previous and next; the filters stay in every link. */
export async function Pagination({ path, filters, page, totalPages }: Props) {
  if (totalPages <= 1) return null
  const t = await getTranslations('Pagination')
  const pages = [...new Set([1, page - 1, page, page + 1, totalPages])].filter((n) => n >= 1 && n <= totalPages).sort((a, b) => a - b)
  return (
    <nav className="pagination" aria-label={t('label')}>
      <ul>
        {page > 1 ? (
          <li>
            <Link href={listHref(path, filters, page - 1)} rel="prev">
              {t('previous')}
            </Link>
          </li>
        ) : null}
        {pages.map((n, i) => (
          <li key={n}>
            {i > 0 && n - pages[i - 1]! > 1 ? <span aria-hidden="true">…</span> : null}
            {n === page ? (
              <span aria-current="page">{t('page', { page: n })}</span>
            ) : (
              <Link href={listHref(path, filters, n)} aria-label={t('goToPage', { page: n })}>
                {n}
              </Link>
            )}
          </li>
        ))}
        {page < totalPages ? (
          <li>
            <Link href={listHref(path, filters, page + 1)} rel="next">
              {t('next')}
            </Link>
          </li>
        ) : null}
      </ul>
      <p className="meta">{t('summary', { page, totalPages })}</p>
    </nav>
  )
}
