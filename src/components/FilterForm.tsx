import { getLocale, getTranslations } from 'next-intl/server'

import { getPathname, Link } from '@/i18n/navigation'

export type FilterField = {
  name: string
  label: string
  value: string | undefined
  options: { value: string; label: string }[]
  /** The label of the "no filter" choice; a field without it always has a value (e.g. sorting). */
  allLabel?: string
}

/**
 * Filters as a plain GET form: the choice lands in the URL query, so a filtered list can be shared
 * and works without JavaScript.
 */
export async function FilterForm({ action, fields }: { action: string; fields: FilterField[] }) {
  const [t, locale] = await Promise.all([getTranslations('Filters'), getLocale()])
  return (
    <form method="get" action={getPathname({ href: action, locale })} className="filters" role="search" aria-label={t('label')}>
      {fields.map((field) => (
        <div key={field.name} className="filters__field">
          <label htmlFor={`filter-${field.name}`}>{field.label}</label>
          <select id={`filter-${field.name}`} name={field.name} defaultValue={field.value ?? ''}>
            {field.allLabel ? <option value="">{field.allLabel}</option> : null}
            {field.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      ))}
      <div className="filters__actions">
        <button type="submit" className="button">
          {t('apply')}
        </button>
        <Link href={action} className="filters__reset">
          {t('reset')}
        </Link>
      </div>
    </form>
  )
}
