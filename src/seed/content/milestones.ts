import type { SeedMilestone } from './types'

/**
 * Milestones, in date order. A year-precision date is written as 1 January of that year and a
 * month-precision date as the first of the month; only the leading part counts.
 */
export const seedMilestones: SeedMilestone[] = [
  {
    date: '2020-01-01', // "2020年初": early 2020, shown as the year
    precision: 'year',
    title: {
      zh: '中央财经委员会第六次会议提出推动成渝地区双城经济圈建设',
      en: 'Sixth meeting of the Central Financial and Economic Affairs Commission calls for advancing the Chengdu-Chongqing Economic Circle',
    },
    description: {
      zh: '2020年初，中央财经委员会第六次会议提出，要推动成渝地区双城经济圈建设，在西部形成高质量发展的重要增长极。',
      en: 'In early 2020 the sixth meeting of the Central Financial and Economic Affairs Commission called for advancing the Chengdu-Chongqing Economic Circle, so as to form an important growth pole for high-quality development in western China.',
    },
  },
  {
    date: '2020-01-01', // "自2020年拉开建设大幕": year only
    precision: 'year',
    title: {
      zh: '西部（重庆）科学城拉开建设大幕',
      en: 'Construction of the Western (Chongqing) Science City begins',
    },
    description: {
      zh: '自2020年拉开建设大幕，一年时间，这里已经成为创新要素聚集地。',
      en: 'Since construction began in 2020, within one year the Science City has become a hub of innovation resources.',
    },
    related: { collection: 'news', slug: 'science-city-results-over-the-past-year' },
  },
  {
    date: '2020-03-01', // month only in the report
    precision: 'month',
    title: {
      zh: '重庆高新区和成都高新区举行第一次联席会议',
      en: 'Chongqing Hi-tech Zone and Chengdu Hi-tech Zone hold their first joint meeting',
    },
    description: {
      zh: '西部两大国家级高新区——重庆高新区和成都高新区举行第一次联席会议，共话“双城新蓝图”，共谋“两地新合作”。',
      en: 'The two major national high-tech zones of western China held their first joint meeting to discuss a "new blueprint for the twin cities" and "new cooperation between the two places".',
    },
    related: { collection: 'news', slug: 'first-joint-meeting-of-two-hi-tech-zones' },
  },
  {
    date: '2020-04-01', // month only in the report
    precision: 'month',
    title: {
      zh: '第二次联席会议在成都举行',
      en: 'Second joint meeting held in Chengdu',
    },
    description: {
      zh: '第一次联席会议一个月后，重庆高新区和成都高新区第二次联席会议转战成都。',
      en: 'A month after the first joint meeting, the second joint meeting of the Chongqing Hi-tech Zone and the Chengdu Hi-tech Zone moved to Chengdu.',
    },
    related: { collection: 'news', slug: 'second-joint-meeting-and-strategic-cooperation-agreement' },
  },
  {
    date: '2020-04-01', // month only in the report
    precision: 'month',
    title: {
      zh: '两地高新区签署“双区联动”战略合作协议',
      en: 'The two hi-tech zones sign the strategic cooperation agreement on two-zone coordination',
    },
    description: {
      zh: '双方签署“双区联动”共建具有全国影响力的科技创新中心战略合作协议，加快构建“两极一廊多点”创新格局，明确“六个一”重点任务。',
      en: 'The two sides signed the strategic cooperation agreement on jointly building a sci-tech innovation centre with national influence through two-zone coordination, to speed up an innovation layout of "two poles, one corridor, multiple nodes", and set out the "Six Ones" key tasks.',
    },
    related: { collection: 'policies', slug: 'two-zone-strategic-cooperation-agreement' },
  },
  {
    date: '2020-10-16',
    precision: 'day',
    title: {
      zh: '中共中央政治局会议审议《成渝地区双城经济圈建设规划纲要》',
      en: 'Political Bureau of the CPC Central Committee reviews the Outline of the Construction Plan for the Chengdu-Chongqing Economic Circle',
    },
    description: {
      zh: '会议强调，要使成渝地区成为具有全国影响力的重要经济中心、科技创新中心、改革开放新高地、高品质生活宜居地。',
      en: 'The meeting stressed that the Chengdu-Chongqing region should become an important economic centre, a sci-tech innovation centre, a new highland of reform and opening up, and a place of high-quality living, all with national influence.',
    },
  },
  {
    // "近期" in a report of May 2021: year precision. Listed by its date, 1 January, although the
    // report suggests it came shortly before the May 2021 designation.
    date: '2021-01-01',
    precision: 'year',
    title: {
      zh: '中电重庆软件园在科学城动工建设',
      en: 'Construction of the CEC Chongqing Software Park begins in the Science City',
    },
    description: {
      zh: '作为龙头，该园区将带动约300家企业入驻，成为中国电子信息产业集团有限公司在西部的重点项目之一。',
      en: 'As a flagship, the park will bring in about 300 companies and become one of the key projects of China Electronics Corporation (CEC) in western China.',
    },
    related: { collection: 'projects', slug: 'cec-chongqing-software-park' },
  },
  {
    date: '2021-03-09',
    precision: 'day',
    title: {
      zh: '两地高新区生态环境部门签订合作协议',
      en: 'Ecology and environment departments of the two hi-tech zones sign cooperation agreement',
    },
    description: {
      zh: '重庆高新区生态环境局、成都高新区生态环境城管局举行签约仪式暨第一次联席会议，签订提升生态环境治理能力和治理体系现代化合作协议。',
      en: 'The ecology and environment bureaus of the two hi-tech zones held a signing ceremony and their first joint meeting, and signed a cooperation agreement on modernising environmental governance capacity and systems.',
    },
    related: { collection: 'policies', slug: 'ecology-cooperation-agreement' },
  },
  {
    date: '2021-03-26',
    precision: 'day',
    title: {
      zh: '《政务服务跨省通办合作备忘录》“云签约”',
      en: 'Online ("cloud") signing of the Memorandum of Cooperation on Cross-provincial Government Services',
    },
    description: {
      zh: '重庆高新区携手成都高新区采用远程音视频签约方式签署备忘录，从8个方面深化政务服务合作。',
      en: 'The Chongqing Hi-tech Zone and the Chengdu Hi-tech Zone signed the memorandum by remote audio and video link, deepening their cooperation on government services in eight areas.',
    },
    related: { collection: 'news', slug: 'cross-provincial-government-services-cloud-signing' },
  },
  {
    date: '2021-04-23',
    precision: 'day',
    title: {
      zh: '成渝地区双城经济圈高新技术产业开发区协同创新战略联盟成立',
      en: 'Collaborative innovation strategic alliance of Chengdu-Chongqing Economic Circle high-tech zones founded',
    },
    description: {
      zh: '该联盟以协同、创新、绿色、发展为宗旨，重点任务包括产业发展、资源要素、政策措施、对外开放、绿色发展五个方面的协同。',
      en: 'The alliance is dedicated to coordination, innovation, green development and growth; its key tasks cover coordination in five areas.',
    },
    related: { collection: 'news', slug: 'collaborative-innovation-strategic-alliance-founded' },
  },
  {
    date: '2021-04-23',
    precision: 'day',
    title: {
      zh: '两地高新区签署共建协同创新战略联盟框架协议',
      en: 'The two hi-tech zones sign the framework agreement on the collaborative innovation strategic alliance',
    },
    description: {
      zh: '重庆高新区、成都高新区分别代表两地高新区签署《成渝地区双城经济圈高新技术产业开发区共建协同创新战略联盟框架协议》。',
      en: 'The Chongqing Hi-tech Zone and the Chengdu Hi-tech Zone, each on behalf of the high-tech zones of its region, signed the Framework Agreement on Jointly Building a Collaborative Innovation Strategic Alliance of the High-tech Industrial Development Zones of the Chengdu-Chongqing Economic Circle.',
    },
    related: { collection: 'policies', slug: 'collaborative-innovation-alliance-framework-agreement' },
  },
  {
    date: '2021-05-17',
    precision: 'day',
    title: {
      zh: '西部（重庆）科学城正式授牌',
      en: 'Western (Chongqing) Science City officially designated',
    },
    description: {
      zh: '授牌，标志着西部（重庆）科学城建设进入新阶段。',
      en: 'The designation marks a new stage in the construction of the Western (Chongqing) Science City.',
    },
    related: { collection: 'news', slug: 'science-city-officially-designated' },
  },
]
