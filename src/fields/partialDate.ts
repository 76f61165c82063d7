import type { Field } from 'payload'

export const datePrecisions = ['day', 'month', 'year'] as const
export type DatePrecision = (typeof datePrecisions)[number]

type Label = { en: string; zh: string }

/**
 * A date that may be known only to the month or the year (the report often says "March" or
 * "early 2020"): the date plus how much of it is meant, so the site never shows a made-up day.
 */
export function partialDateFields(name: string, label: Label, { required = false } = {}): Field[] {
  return [
    {
      name,
      type: 'date',
      label,
      required,
      index: true,
      admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } },
    },
    {
      name: `${name}Precision`,
      type: 'select',
      label: { en: `${label.en}: precision`, zh: `${label.zh}精度` },
      required,
      defaultValue: 'day',
      options: [
        { value: 'day', label: { en: 'Day', zh: '日' } },
        { value: 'month', label: { en: 'Month', zh: '月' } },
        { value: 'year', label: { en: 'Year', zh: '年' } },
      ],
    },
  ]
}
