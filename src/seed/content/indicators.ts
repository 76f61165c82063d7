import type { SeedIndicator } from './types'

/**
 * Key figures from the report. Shown as "{qualifier}{value}{measureWord}" (超1632亿元, 约300家,
 * 50分钟内); units 'cny100m', 'percent' and 'minutes' are formatted by the portal, so they have no
 * measure word. English has no measure words: the noun is in the label.
 * asOf: the report's period (May 2021) unless the figure has its own date.
 */

const source = { zh: '重庆高新区', en: 'Chongqing Hi-tech Zone' }
const reportPeriod = { asOf: '2021-05-01', asOfPrecision: 'month' } as const

const ge = '个'
const xiang = '项'
const aspects = '个方面'

export const seedIndicators: SeedIndicator[] = [
  // Innovation ("铸魂")
  {
    key: 'rd-institutions',
    group: 'innovation',
    value: 278,
    unit: 'count',
    qualifier: 'exact', // 增至278个
    measureWord: ge,
    label: { zh: '市级以上研发机构', en: 'R&D institutions at municipal level or above' },
    ...reportPeriod,
    source,
    order: 1,
    featured: true,
  },
  {
    key: 'national-level-incubators',
    group: 'innovation',
    value: 5,
    unit: 'count',
    qualifier: 'exact',
    measureWord: ge,
    label: { zh: '国家级孵化载体', en: 'National-level incubators' },
    ...reportPeriod,
    source,
    order: 2,
    featured: true,
  },

  // Construction ("建城")
  {
    key: 'projects-open-to-traffic',
    group: 'construction',
    value: 26,
    unit: 'count',
    qualifier: 'exact',
    measureWord: ge,
    label: { zh: '实现通车的项目', en: 'Projects open to traffic' },
    ...reportPeriod,
    source,
    order: 1,
    featured: true,
  },
  {
    key: 'projects-under-construction',
    group: 'construction',
    value: 44,
    unit: 'count',
    qualifier: 'exact',
    measureWord: ge,
    label: { zh: '加快建设的项目', en: 'Projects under construction' },
    ...reportPeriod,
    source,
    order: 2,
  },
  {
    key: 'projects-in-preparatory-stage',
    group: 'construction',
    value: 60,
    unit: 'count',
    qualifier: 'exact',
    measureWord: ge,
    label: { zh: '正开展前期工作的项目', en: 'Projects in the preparatory stage' },
    ...reportPeriod,
    source,
    order: 3,
  },
  {
    key: 'chengdu-chongqing-journey-time',
    group: 'construction',
    value: 50,
    unit: 'minutes',
    qualifier: 'within', // 最快可50分钟内到达
    label: {
      zh: '成渝中线高铁建成后两地之间最快通达时间',
      en: 'Fastest journey between the two cities once the Chengdu-Chongqing Central Line High-Speed Railway is built',
    },
    ...reportPeriod,
    source,
    order: 4,
  },

  // Investment ("搭台")
  {
    key: 'projects-brought-in',
    group: 'investment',
    value: 131,
    unit: 'count',
    qualifier: 'exact',
    measureWord: ge,
    label: { zh: '重庆高新区引进项目', en: 'Projects brought in by the Chongqing Hi-tech Zone' },
    ...reportPeriod,
    source,
    order: 1,
    featured: true,
  },
  {
    key: 'total-investment',
    group: 'investment',
    value: 1632,
    unit: 'cny100m',
    qualifier: 'over', // 超1632亿元
    label: { zh: '引进项目总投资', en: 'Total investment of the projects brought in' },
    ...reportPeriod,
    source,
    order: 2,
    featured: true,
  },
  {
    key: 'technology-project-share',
    group: 'investment',
    value: 80,
    unit: 'percent',
    qualifier: 'over', // 超80％
    label: { zh: '科技类项目占比', en: 'Share of technology projects' },
    ...reportPeriod,
    source,
    order: 3,
  },
  {
    key: 'cec-software-park-companies',
    group: 'investment',
    value: 300,
    unit: 'count',
    qualifier: 'about', // 约300家
    measureWord: '家',
    label: { zh: '中电重庆软件园将带动入驻的企业', en: 'Companies the CEC Chongqing Software Park will bring in' },
    ...reportPeriod,
    source,
    order: 4,
  },

  // Government services ("筑巢")
  {
    key: 'one-stop-service-items',
    group: 'government-services',
    value: 1403,
    unit: 'count',
    qualifier: 'exact',
    measureWord: xiang,
    label: { zh: '“一站式”服务的政务服务事项', en: 'Government service items offered as a one-stop service' },
    ...reportPeriod,
    source,
    order: 1,
    featured: true,
  },
  {
    key: 'single-window-rate',
    group: 'government-services',
    value: 100,
    unit: 'percent',
    qualifier: 'exact',
    label: { zh: '“一窗综办”率', en: 'Single-window integrated service rate' },
    ...reportPeriod,
    source,
    order: 2,
  },
  {
    key: 'at-most-one-trip-items',
    group: 'government-services',
    value: 1171,
    unit: 'count',
    qualifier: 'exact',
    measureWord: xiang,
    label: { zh: '“最多跑一次”事项', en: 'Items needing "at most one trip"' },
    ...reportPeriod,
    source,
    order: 3,
  },
  {
    key: 'zero-document-items',
    group: 'government-services',
    value: 240,
    unit: 'count',
    qualifier: 'exact',
    measureWord: xiang,
    label: { zh: '“零材料提交”事项', en: 'Items allowing zero-document submission' },
    ...reportPeriod,
    source,
    order: 4,
  },

  // Chengdu-Chongqing cooperation
  {
    key: 'two-zone-cooperation-areas',
    group: 'cooperation',
    value: 5,
    unit: 'count',
    qualifier: 'exact',
    measureWord: aspects,
    label: { zh: '两地高新区重点合作方面', en: 'Key areas of cooperation between the two hi-tech zones' },
    ...reportPeriod,
    source,
    order: 1,
  },
  {
    key: 'government-services-cooperation-areas',
    group: 'cooperation',
    value: 8,
    unit: 'count',
    qualifier: 'exact',
    measureWord: aspects,
    label: {
      zh: '《政务服务跨省通办合作备忘录》政务服务合作方面',
      en: 'Areas of government-services cooperation under the Memorandum of Cooperation on Cross-provincial Government Services',
    },
    asOf: '2021-03-26',
    asOfPrecision: 'day',
    source,
    order: 2,
  },
  {
    key: 'sichuan-chongqing-joint-services-windows',
    group: 'cooperation',
    value: 4,
    unit: 'count',
    qualifier: 'exact',
    measureWord: ge,
    label: { zh: '“川渝通办”专窗', en: 'Sichuan-Chongqing joint services windows' },
    ...reportPeriod,
    source,
    order: 3,
  },
  {
    key: 'alliance-key-tasks',
    group: 'cooperation',
    value: 5,
    unit: 'count',
    qualifier: 'exact',
    measureWord: aspects,
    label: { zh: '协同创新战略联盟重点任务', en: 'Key task areas of the collaborative innovation strategic alliance' },
    asOf: '2021-04-23',
    asOfPrecision: 'day',
    source,
    order: 4,
  },
  {
    key: 'first-development-fund',
    group: 'cooperation',
    value: 300,
    unit: 'cny100m',
    qualifier: 'exact', // 总规模300亿元
    label: {
      zh: '成渝地区双城经济圈首只发展基金总规模',
      en: 'Size of the first development fund of the Chengdu-Chongqing Economic Circle',
    },
    ...reportPeriod,
    source,
    order: 5,
    featured: true,
  },
]
