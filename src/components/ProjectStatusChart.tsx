import { getTranslations } from 'next-intl/server'

import { projectStatuses } from '@/collections/Projects'
import { Link } from '@/i18n/navigation'
import { listHref } from '@/lib/listParams'
import { publicPaths } from '@/lib/paths'

type Counts = Record<(typeof projectStatuses)[number] | 'unknown', number>

/**
 * Project counts by status as server-drawn SVG bars; the same figures follow as a list of links,
 * which is what screen readers and text browsers get (the drawing is hidden from them).
 */
export async function ProjectStatusChart({ counts }: { counts: Counts }) {
  const t = await getTranslations('Project')
  const rows = [...projectStatuses, 'unknown' as const].filter((status) => counts[status] > 0)
  const max = Math.max(1, ...rows.map((status) => counts[status]))
  const label = (status: (typeof rows)[number]) => (status === 'unknown' ? t('statusUnknown') : t(`statusLabels.${status}`))
  const barHeight = 28
  return (
    <figure className="status-chart">
      <svg
        viewBox={`0 0 400 ${rows.length * (barHeight + 8)}`}
        width="100%"
        role="presentation"
        aria-hidden="true"
        focusable="false"
      >
        {rows.map((status, i) => (
          <g key={status} transform={`translate(0 ${i * (barHeight + 8)})`}>
            <rect width={Math.max(4, (counts[status] / max) * 360)} height={barHeight} rx="4" className={`bar bar--${status}`} />
            <text x={Math.max(4, (counts[status] / max) * 360) + 6} y={barHeight / 2 + 5} className="bar__value">
              {counts[status]}
            </text>
          </g>
        ))}
      </svg>
      <figcaption>
        <ul className="status-chart__legend">
          {rows.map((status) => (
            <li key={status}>
              <span className={`swatch swatch--${status}`} aria-hidden="true" />
              {status === 'unknown' ? (
                label(status)
              ) : (
                <Link href={listHref(publicPaths.projectList(), { status })}>{label(status)}</Link>
              )}
              {t('projectCount', { count: counts[status] })}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  )
}
