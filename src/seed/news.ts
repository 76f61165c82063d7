/**
 * Demo news, every fact taken from shared/seed/science-city-article.zh.md; the English follows
 * shared/seed/glossary.md. Years come from the report's own context (see its header note).
 */
export type SeedNews = {
  slug: string
  publishedAt: string
  zh: { title: string; summary: string; body: string[]; source: string }
  en: { title: string; summary: string; body: string[]; source: string }
}

const source = { zh: '重庆高新区', en: 'Chongqing Hi-tech Zone' }

export const seedNews: SeedNews[] = [
  {
    slug: 'science-city-officially-designated',
    publishedAt: '2021-05-17T02:00:00.000Z',
    zh: {
      title: '西部（重庆）科学城正式授牌',
      summary: '5月17日，西部（重庆）科学城正式授牌，标志着科学城建设进入新阶段。',
      body: [
        '5月17日，西部（重庆）科学城正式授牌。',
        '自2020年拉开建设大幕，一年时间，这里已经成为创新要素聚集地。伴随着基础设施建设的阔步推进，一批大装置、大平台、大院所加速落地。',
        '授牌，标志着西部（重庆）科学城建设进入新阶段。于成渝地区双城经济圈建设而言，也意味着两地优势产业合作、创新资源共享、全球资源链接等有了更广阔的空间。',
      ],
      source: source.zh,
    },
    en: {
      title: 'Western (Chongqing) Science City officially designated',
      summary:
        'On 17 May the Western (Chongqing) Science City was officially designated, marking a new stage in its construction.',
      body: [
        'On 17 May the Western (Chongqing) Science City was officially designated.',
        'Since construction began in 2020, within one year it has become a hub of innovation resources. As infrastructure construction has advanced in great strides, a number of large facilities, large platforms and large research institutes have been brought in at speed.',
        'The designation marks a new stage in the construction of the Western (Chongqing) Science City. For the Chengdu-Chongqing Economic Circle, it also means wider room for cooperation between the two regions in their strongest industries, for sharing innovation resources and for links to global resources.',
      ],
      source: source.en,
    },
  },
  {
    slug: 'collaborative-innovation-strategic-alliance-founded',
    publishedAt: '2021-04-23T02:00:00.000Z',
    zh: {
      title: '成渝地区双城经济圈高新技术产业开发区协同创新战略联盟正式成立',
      summary: '4月23日，重庆高新区、成都高新区分别代表两地高新区签署共建协同创新战略联盟框架协议。',
      body: [
        '4月23日，成渝地区双城经济圈高新技术产业开发区协同创新战略联盟正式成立。当天，重庆高新区、成都高新区分别代表两地高新区签署了《成渝地区双城经济圈高新技术产业开发区共建协同创新战略联盟框架协议》。',
        '该联盟以协同、创新、绿色、发展为宗旨，重点任务包括促进产业发展协同、资源要素协同、政策措施协同、对外开放协同以及绿色发展协同五个方面。',
      ],
      source: source.zh,
    },
    en: {
      title: 'Collaborative innovation strategic alliance of Chengdu-Chongqing Economic Circle high-tech zones founded',
      summary:
        'On 23 April the Chongqing Hi-tech Zone and the Chengdu Hi-tech Zone, each for the high-tech zones of its region, signed the framework agreement on the collaborative innovation strategic alliance.',
      body: [
        'On 23 April the collaborative innovation strategic alliance of the high-tech industrial development zones of the Chengdu-Chongqing Economic Circle was formally founded. That day the Chongqing Hi-tech Zone and the Chengdu Hi-tech Zone, each on behalf of the high-tech zones of its region, signed the Framework Agreement on Jointly Building a Collaborative Innovation Strategic Alliance of the High-tech Industrial Development Zones of the Chengdu-Chongqing Economic Circle.',
        'The alliance is dedicated to coordination, innovation, green development and growth. Its key tasks cover five areas: coordinating industrial development, resources and production factors, policies and measures, opening up to the outside world, and green development.',
      ],
      source: source.en,
    },
  },
  {
    slug: 'cross-provincial-government-services-cloud-signing',
    publishedAt: '2021-03-26T02:00:00.000Z',
    zh: {
      title: '两地高新区“云签约”政务服务跨省通办合作备忘录',
      summary: '3月26日，重庆高新区携手成都高新区采用远程音视频签约方式，联合举行《政务服务跨省通办合作备忘录》“云签约”仪式。',
      body: [
        '3月26日，重庆高新区携手成都高新区采用远程音视频签约方式，联合举行《政务服务跨省通办合作备忘录》“云签约”仪式。根据协议，双方将从深化政务服务事项跨省通办、推进政务服务数据共享、加强政务信用查询合作、开通企业“绿色通道”等8个方面深化政务服务合作。',
        '目前，重庆高新区已在政务服务中心开设4个“川渝通办”专窗，在自助服务专区放置“跨区域通办自助一体机”，建立成渝对口联系人机制，将依托全市一体化政务服务平台“渝快办”多渠道开展成渝通办。',
      ],
      source: source.zh,
    },
    en: {
      title: 'Two hi-tech zones sign memorandum on cross-provincial government services by online ("cloud") signing',
      summary:
        'On 26 March the Chongqing Hi-tech Zone and the Chengdu Hi-tech Zone held a remote online ("cloud") signing of the Memorandum of Cooperation on Cross-provincial Government Services.',
      body: [
        'On 26 March the Chongqing Hi-tech Zone and the Chengdu Hi-tech Zone signed by remote audio and video link, holding a joint online ("cloud") signing ceremony for the Memorandum of Cooperation on Cross-provincial Government Services. Under the agreement the two sides will deepen their cooperation on government services in eight areas, including more cross-provincial services, sharing government-service data, closer cooperation on government credit checks, and a fast track ("green channel") for businesses.',
        'The Chongqing Hi-tech Zone has already opened four Sichuan-Chongqing joint services windows in its government service centre, placed cross-regional self-service terminals in its self-service area and set up a system of paired contact persons in Chengdu and Chongqing. Relying on Yukuaiban, Chongqing\'s integrated government-service platform, it will offer Chengdu-Chongqing joint services through several channels.',
      ],
      source: source.en,
    },
  },
  {
    slug: 'ecology-and-environment-cooperation-agreement',
    publishedAt: '2021-03-09T02:00:00.000Z',
    zh: {
      title: '两地高新区生态环境部门签订合作协议',
      summary: '3月9日，重庆高新区生态环境局、成都高新区生态环境城管局举行签约仪式暨第一次联席会议。',
      body: [
        '3月9日，重庆高新区生态环境局、成都高新区生态环境城管局举行签约仪式暨第一次联席会议，协商协同推进成渝地区双城经济圈生态环境保护相关工作，并签订《协同推进成渝地区双城经济圈建设提升生态环境治理能力和治理体系现代化合作协议》。',
        '根据协议，双方将在基础信息数据、干部培养等多个方面进行合作，协同筑牢生态底线。',
      ],
      source: source.zh,
    },
    en: {
      title: 'Ecology and environment departments of the two hi-tech zones sign cooperation agreement',
      summary:
        'On 9 March the ecology and environment bureaus of the Chongqing Hi-tech Zone and the Chengdu Hi-tech Zone held a signing ceremony and their first joint meeting.',
      body: [
        'On 9 March the Ecology and Environment Bureau of the Chongqing Hi-tech Zone and the Ecology, Environment and Urban Management Bureau of the Chengdu Hi-tech Zone held a signing ceremony and their first joint meeting. They discussed joint work on protecting the environment in the Chengdu-Chongqing Economic Circle and signed the Cooperation Agreement on Jointly Advancing the Chengdu-Chongqing Economic Circle and Modernising Environmental Governance Capacity and Systems.',
        'Under the agreement the two sides will cooperate in several areas, including basic information and data and the training of officials, to hold the ecological baseline together.',
      ],
      source: source.en,
    },
  },
]
