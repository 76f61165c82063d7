/**
 * Shapes of the demo content. The data files next to this one hold only facts from
 * shared/seed/science-city-article.zh.md, in Chinese and in an English that follows
 * shared/seed/glossary.md; `src/seed/index.ts` turns them into Payload documents.
 */

export type Localized<T> = { zh: T; en: T }

/** Dates are ISO calendar dates, `YYYY-MM-DD`; with `precision` only the leading part counts. */
export type IsoDate = string
export type DatePrecision = 'day' | 'month' | 'year'

export type CategoryScope = 'news' | 'projects' | 'policies'

export type SeedCategory = { slug: string; scope: CategoryScope; title: Localized<string> }

export type SeedTag = { slug: string; title: Localized<string> }

export type SeedNews = {
  slug: string
  publishedAt: IsoDate
  /** Slug of a category with scope 'news'. */
  category: string
  tags: string[]
  title: Localized<string>
  summary: Localized<string>
  /** One string per paragraph. */
  body: Localized<string[]>
  source: Localized<string>
  relatedProjects?: string[]
  relatedPolicies?: string[]
}

export type ProjectStatus = 'preparatory' | 'under-construction' | 'completed' | 'in-operation'

export type SeedProject = {
  slug: string
  /** Slug of a category with scope 'projects'. */
  category: string
  /** Only when the report gives it. */
  status?: ProjectStatus
  /** 0–100, only when the report gives it. */
  progress?: number
  /** In 亿元 (100 million yuan), only when the report gives it. */
  investment?: number
  startDate?: IsoDate
  expectedCompletion?: IsoDate
  featured?: boolean
  name: Localized<string>
  summary: Localized<string>
  body: Localized<string[]>
  location?: Localized<string>
  updates?: { date: IsoDate; precision: DatePrecision; text: Localized<string> }[]
}

export type PolicyValidity = 'in-force' | 'expired' | 'replaced'

export type SeedPolicy = {
  slug: string
  /** Slug of a category with scope 'policies' (the policy type). */
  category: string
  documentNumber?: string
  issuingBody: Localized<string>
  issueDate?: IsoDate
  effectiveDate?: IsoDate
  validity: PolicyValidity
  title: Localized<string>
  summary: Localized<string>
  keyPoints: Localized<string[]>
  body: Localized<string[]>
  /** 政策解读: a short plain-language reading of the policy, from the report's own words. */
  interpretation?: Localized<string[]>
}

export type SeedMilestone = {
  date: IsoDate
  precision: DatePrecision
  title: Localized<string>
  description: Localized<string>
  related?: { collection: 'news' | 'projects' | 'policies'; slug: string }
}

export type IndicatorGroup = 'innovation' | 'construction' | 'investment' | 'government-services' | 'cooperation'
/** How the value is shown: a plain count, a percentage, an amount in 亿元, or minutes. */
export type IndicatorUnit = 'count' | 'percent' | 'cny100m' | 'minutes'
/** 超 / 约 / 内: "over", "about", "within". */
export type IndicatorQualifier = 'exact' | 'over' | 'about' | 'within'

export type SeedIndicator = {
  key: string
  group: IndicatorGroup
  value: number
  unit: IndicatorUnit
  qualifier: IndicatorQualifier
  /** Chinese measure word after a count (个, 项, 家); English shows the number alone. */
  measureWord?: string
  label: Localized<string>
  asOf: IsoDate
  asOfPrecision: DatePrecision
  source: Localized<string>
  order: number
  featured?: boolean
}

export type SeedBlock =
  | { blockType: 'richText'; heading?: Localized<string>; paragraphs: Localized<string[]> }
  | { blockType: 'indicatorGroup'; heading: Localized<string>; group: IndicatorGroup }
  | {
      blockType: 'cardList'
      heading: Localized<string>
      cards: { title: Localized<string>; text: Localized<string>; href?: string }[]
    }
  | { blockType: 'callToAction'; heading: Localized<string>; text: Localized<string>; label: Localized<string>; href: string }

export type SeedPage = { slug: string; title: Localized<string>; summary: Localized<string>; blocks: SeedBlock[] }
