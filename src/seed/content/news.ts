import type { SeedNews } from './types'

/**
 * Demo news. Every fact comes from shared/seed/science-city-article.zh.md; the English follows
 * shared/seed/glossary.md. Years come from the report's own context (see its header note).
 * `publishedAt`: the event's date where the report gives a day; the first of the month where it
 * gives only a month; the report's reporting date (2021-05-17) where it gives no date.
 */

const source = { zh: '重庆高新区', en: 'Chongqing Hi-tech Zone' }

export const seedNews: SeedNews[] = [
  {
    slug: 'science-city-officially-designated',
    publishedAt: '2021-05-17',
    category: 'science-city',
    tags: ['innovation-platforms'],
    title: {
      zh: '西部（重庆）科学城正式授牌',
      en: 'Western (Chongqing) Science City officially designated',
    },
    summary: {
      zh: '5月17日，西部（重庆）科学城正式授牌，标志着科学城建设进入新阶段。',
      en: 'On 17 May the Western (Chongqing) Science City was officially designated, marking a new stage in its construction.',
    },
    body: {
      zh: [
        '5月17日，西部（重庆）科学城正式授牌。',
        '自2020年拉开建设大幕，一年时间，这里已经成为创新要素聚集地。伴随着基础设施建设的阔步推进，一批大装置、大平台、大院所加速落地。',
        '重庆中心城区的西部槽谷地带，一方创新高地、一座现代化新城，正加速崛起。',
        '授牌，标志着西部（重庆）科学城建设进入新阶段。于成渝地区双城经济圈建设而言，也意味着两地优势产业合作、创新资源共享、全球资源链接等有了更广阔的空间。',
      ],
      en: [
        'On 17 May the Western (Chongqing) Science City was officially designated.',
        'Since construction began in 2020, within one year it has become a hub of innovation resources. As infrastructure construction has advanced in great strides, a number of large facilities, large platforms and large research institutes have been brought in at speed.',
        'In the western trough-valley area of Chongqing\'s central urban area, an innovation highland and a modern new city are rising fast.',
        'The designation marks a new stage in the construction of the Western (Chongqing) Science City. For the Chengdu-Chongqing Economic Circle, it also means wider room for cooperation between the two regions in their strongest industries, for sharing innovation resources and for links to global resources.',
      ],
    },
    source,
    relatedProjects: ['ultra-transient-experimental-facility', 'china-natural-population-biobank-chongqing-center'],
  },
  {
    slug: 'first-joint-meeting-of-two-hi-tech-zones',
    publishedAt: '2020-03-01', // month only in the report ("去年3月" = March 2020)
    category: 'cooperation',
    tags: ['joint-meeting', 'two-zone-coordination'],
    title: {
      zh: '重庆高新区和成都高新区举行第一次联席会议',
      en: 'Chongqing Hi-tech Zone and Chengdu Hi-tech Zone hold their first joint meeting',
    },
    summary: {
      zh: '2020年3月，西部两大国家级高新区——重庆高新区和成都高新区举行第一次联席会议，共话“双城新蓝图”，共谋“两地新合作”。',
      en: 'In March 2020 the two major national high-tech zones of western China, the Chongqing Hi-tech Zone and the Chengdu Hi-tech Zone, held their first joint meeting to discuss a "new blueprint for the twin cities" and "new cooperation between the two places".',
    },
    body: {
      zh: [
        '2020年3月，西部两大国家级高新区——重庆高新区和成都高新区举行第一次联席会议，共话“双城新蓝图”，共谋“两地新合作”。',
        '重庆高新区将携手成都高新区，重点围绕优势产业合作、创新资源共享、全球资源链接、共建共赢模式探索、重大功能性平台打造5个方面，共同推进成渝地区双城经济圈建设。',
        '2020年初，中央财经委员会第六次会议提出，要推动成渝地区双城经济圈建设，在西部形成高质量发展的重要增长极。',
      ],
      en: [
        'In March 2020 the two major national high-tech zones of western China, the Chongqing Hi-tech Zone and the Chengdu Hi-tech Zone, held their first joint meeting to discuss a "new blueprint for the twin cities" and "new cooperation between the two places".',
        'The Chongqing Hi-tech Zone will work with the Chengdu Hi-tech Zone to advance the Chengdu-Chongqing Economic Circle together, focusing on five areas: cooperation in their strongest industries, sharing innovation resources, links to global resources, exploring models of joint development and shared benefit, and building major functional platforms.',
        'In early 2020 the sixth meeting of the Central Financial and Economic Affairs Commission called for advancing the Chengdu-Chongqing Economic Circle, so as to form an important growth pole for high-quality development in western China.',
      ],
    },
    source,
  },
  {
    slug: 'second-joint-meeting-and-strategic-cooperation-agreement',
    publishedAt: '2020-04-01', // month only in the report ("一个月后" = April 2020)
    category: 'cooperation',
    tags: ['joint-meeting', 'two-zone-coordination', 'six-ones'],
    title: {
      zh: '第二次联席会议在成都举行 两地高新区签署“双区联动”战略合作协议',
      en: 'Second joint meeting held in Chengdu; the two hi-tech zones sign a strategic cooperation agreement on two-zone coordination',
    },
    summary: {
      zh: '第一次联席会议一个月后，第二次联席会议转战成都，双方签署“双区联动”共建具有全国影响力的科技创新中心战略合作协议，明确“六个一”重点任务。',
      en: 'A month after their first joint meeting, the two hi-tech zones held their second joint meeting in Chengdu and signed a strategic cooperation agreement on jointly building a sci-tech innovation centre with national influence through two-zone coordination, setting out the "Six Ones" key tasks.',
    },
    body: {
      zh: [
        '第一次联席会议一个月后，第二次联席会议转战成都。双方签署《重庆高新区成都高新区“双区联动”共建具有全国影响力的科技创新中心战略合作协议》。',
        '根据协议，双方将携手共同发挥引领示范作用，加快构建“两极一廊多点”创新格局。“两极”即以重庆高新区为核心的西部（重庆）科学城、以成都高新区为支撑的西部（成都）科学城；“一廊”即成渝科技创新走廊，承载创新成果转化、高新技术产业化功能；“多点”即成渝地区多个创新功能区和创新节点。',
        '同时，协议明确“六个一”重点任务，即共建“一城”，以“一城多园”模式合作共建中国西部科学城；共建“一廊”，增强协同创新能力，共建成渝科创走廊；共建“一高地”，推进优势产业合作，共建全国新经济示范高地；共建“一区”，推动科技成果转化，共建西部创新创业引领区；共建“一港”，加强国际科技合作，共建内陆自贸港；共建“一机制”，积极发挥市场作用，共建要素自由流动机制。',
        '专家表示，两地合作共建科技创新中心，就是要通过两地合作补短板，以创新为引领，带动产业在价值链上实现跃升，提高要素供给效率，提升劳动生产率，实现以创新为引领的高质量发展路径。',
      ],
      en: [
        'A month after the first joint meeting, the second joint meeting moved to Chengdu. The two sides signed the Strategic Cooperation Agreement between the Chongqing Hi-tech Zone and the Chengdu Hi-tech Zone on Jointly Building a Sci-Tech Innovation Centre with National Influence through "Two-zone Coordination".',
        'Under the agreement, the two sides will together play a leading and demonstrating role and speed up the building of an innovation layout of "two poles, one corridor, multiple nodes". The "two poles" are the Western (Chongqing) Science City, with the Chongqing Hi-tech Zone at its core, and the Western (Chengdu) Science City, supported by the Chengdu Hi-tech Zone. The "one corridor" is the Chengdu-Chongqing Sci-Tech Innovation Corridor, which carries the functions of turning innovation results into applications and industrialising high technology. The "multiple nodes" are the many innovation function zones and innovation nodes in the Chengdu-Chongqing region.',
        'The agreement also sets out the "Six Ones" key tasks: "one city", jointly building the Western China Science City on the "one city, multiple parks" model; "one corridor", strengthening collaborative innovation and jointly building the Chengdu-Chongqing Sci-Tech Innovation Corridor; "one highland", advancing cooperation in strong industries and jointly building a national new-economy demonstration highland; "one zone", promoting the commercialisation of scientific and technological results and jointly building a western innovation and entrepreneurship leading zone; "one port", strengthening international sci-tech cooperation and jointly building an inland free trade port; and "one mechanism", giving full play to the market and jointly building a mechanism for the free flow of production factors.',
        'Experts say that the two places jointly building a sci-tech innovation centre means using their cooperation to shore up weak spots, letting innovation lead, helping industries move up the value chain, making the supply of production factors more efficient and raising labour productivity, so as to follow a path of innovation-led high-quality development.',
      ],
    },
    source,
    relatedPolicies: ['two-zone-strategic-cooperation-agreement'],
  },
  {
    slug: 'ecology-and-environment-cooperation-agreement',
    publishedAt: '2021-03-09',
    category: 'cooperation',
    tags: ['joint-meeting', 'two-zone-coordination'],
    title: {
      zh: '两地高新区生态环境部门签订合作协议',
      en: 'Ecology and environment departments of the two hi-tech zones sign cooperation agreement',
    },
    summary: {
      zh: '3月9日，重庆高新区生态环境局、成都高新区生态环境城管局举行签约仪式暨第一次联席会议。',
      en: 'On 9 March the ecology and environment bureaus of the Chongqing Hi-tech Zone and the Chengdu Hi-tech Zone held a signing ceremony and their first joint meeting.',
    },
    body: {
      zh: [
        '3月9日，重庆高新区生态环境局、成都高新区生态环境城管局举行签约仪式暨第一次联席会议，协商协同推进成渝地区双城经济圈生态环境保护相关工作，并签订《协同推进成渝地区双城经济圈建设提升生态环境治理能力和治理体系现代化合作协议》。',
        '根据协议，双方将在基础信息数据、干部培养等多个方面进行合作，协同筑牢生态底线。',
      ],
      en: [
        'On 9 March the Ecology and Environment Bureau of the Chongqing Hi-tech Zone and the Ecology, Environment and Urban Management Bureau of the Chengdu Hi-tech Zone held a signing ceremony and their first joint meeting. They discussed joint work on protecting the environment in the Chengdu-Chongqing Economic Circle and signed the Cooperation Agreement on Jointly Advancing the Chengdu-Chongqing Economic Circle and Modernising Environmental Governance Capacity and Systems.',
        'Under the agreement the two sides will cooperate in several areas, including basic information and data and the training of officials, to hold the ecological baseline together.',
      ],
    },
    source,
    relatedPolicies: ['ecology-cooperation-agreement'],
  },
  {
    slug: 'cross-provincial-government-services-cloud-signing',
    publishedAt: '2021-03-26',
    category: 'government-services',
    tags: ['cross-provincial-services', 'two-zone-coordination'],
    title: {
      zh: '两地高新区“云签约”政务服务跨省通办合作备忘录',
      en: 'Two hi-tech zones sign memorandum on cross-provincial government services by online ("cloud") signing',
    },
    summary: {
      zh: '3月26日，重庆高新区携手成都高新区采用远程音视频签约方式，联合举行《政务服务跨省通办合作备忘录》“云签约”仪式。',
      en: 'On 26 March the Chongqing Hi-tech Zone and the Chengdu Hi-tech Zone held a remote online ("cloud") signing of the Memorandum of Cooperation on Cross-provincial Government Services.',
    },
    body: {
      zh: [
        '3月26日，重庆高新区携手成都高新区采用远程音视频签约方式，联合举行《政务服务跨省通办合作备忘录》“云签约”仪式。根据协议，双方将从深化政务服务事项跨省通办、推进政务服务数据共享、加强政务信用查询合作、开通企业“绿色通道”等8个方面深化政务服务合作。',
        '据介绍，目前，重庆高新区已在政务服务中心开设4个“川渝通办”专窗，在自助服务专区放置“跨区域通办自助一体机”，建立成渝对口联系人机制。',
        '重庆高新区将依托全市一体化政务服务平台“渝快办”，采取全流程网办、异地代收代办、多地联办、一体机自助办、免费邮寄等方式多渠道开展成渝通办。',
      ],
      en: [
        'On 26 March the Chongqing Hi-tech Zone and the Chengdu Hi-tech Zone signed by remote audio and video link, holding a joint online ("cloud") signing ceremony for the Memorandum of Cooperation on Cross-provincial Government Services. Under the agreement the two sides will deepen their cooperation on government services in eight areas, including more cross-provincial services for government service items, sharing government-service data, closer cooperation on government credit checks, and a fast track ("green channel") for businesses.',
        'The Chongqing Hi-tech Zone has already opened four Sichuan-Chongqing joint services windows in its government service centre, placed cross-regional self-service terminals in its self-service area and set up a mechanism of paired contact persons in Chengdu and Chongqing.',
        'Relying on Yukuaiban, Chongqing\'s integrated government-service platform, the Chongqing Hi-tech Zone will offer Chengdu-Chongqing joint services through several channels: end-to-end online handling, acceptance and handling on the applicant\'s behalf in another location, joint handling across several locations, self-service at terminals, and free postal delivery.',
      ],
    },
    source,
    relatedPolicies: ['cross-provincial-government-services-memorandum', 'sichuan-chongqing-joint-services'],
  },
  {
    slug: 'collaborative-innovation-strategic-alliance-founded',
    publishedAt: '2021-04-23',
    category: 'cooperation',
    tags: ['two-zone-coordination'],
    title: {
      zh: '成渝地区双城经济圈高新技术产业开发区协同创新战略联盟正式成立',
      en: 'Collaborative innovation strategic alliance of Chengdu-Chongqing Economic Circle high-tech zones founded',
    },
    summary: {
      zh: '4月23日，重庆高新区、成都高新区分别代表两地高新区签署共建协同创新战略联盟框架协议。',
      en: 'On 23 April the Chongqing Hi-tech Zone and the Chengdu Hi-tech Zone, each for the high-tech zones of its region, signed the framework agreement on the collaborative innovation strategic alliance.',
    },
    body: {
      zh: [
        '4月23日，成渝地区双城经济圈高新技术产业开发区协同创新战略联盟正式成立。当天，重庆高新区、成都高新区分别代表两地高新区签署了《成渝地区双城经济圈高新技术产业开发区共建协同创新战略联盟框架协议》。',
        '该联盟以协同、创新、绿色、发展为宗旨，将推动两地高新区在更大范围、更高层次上开展经济、科技合作，为成渝地区双城经济圈建设提供坚实支撑。',
        '联盟重点任务包括促进产业发展协同、资源要素协同、政策措施协同、对外开放协同以及绿色发展协同五个方面。',
      ],
      en: [
        'On 23 April the collaborative innovation strategic alliance of the high-tech industrial development zones of the Chengdu-Chongqing Economic Circle was formally founded. That day the Chongqing Hi-tech Zone and the Chengdu Hi-tech Zone, each on behalf of the high-tech zones of its region, signed the Framework Agreement on Jointly Building a Collaborative Innovation Strategic Alliance of the High-tech Industrial Development Zones of the Chengdu-Chongqing Economic Circle.',
        'The alliance is dedicated to coordination, innovation, green development and growth. It will help the high-tech zones of the two regions carry out economic and sci-tech cooperation on a wider scale and at a higher level, providing solid support for building the Chengdu-Chongqing Economic Circle.',
        'Its key tasks cover five areas: coordinating industrial development, resources and production factors, policies and measures, opening up to the outside world, and green development.',
      ],
    },
    source,
    relatedPolicies: ['collaborative-innovation-alliance-framework-agreement'],
  },
  {
    slug: 'first-development-fund-settles-in-chongqing-hi-tech-zone',
    publishedAt: '2021-05-17', // undated in the report: its reporting date
    category: 'industry',
    tags: ['investment', 'two-zone-coordination'],
    title: {
      zh: '成渝地区双城经济圈首只发展基金签约落地重庆高新区',
      en: 'First development fund of the Chengdu-Chongqing Economic Circle settles in the Chongqing Hi-tech Zone',
    },
    summary: {
      zh: '总规模300亿元的成渝地区双城经济圈首只发展基金签约落地重庆高新区。',
      en: 'The first development fund of the Chengdu-Chongqing Economic Circle, with a total size of CNY 30 billion, has been signed and has settled in the Chongqing Hi-tech Zone.',
    },
    body: {
      zh: [
        '拉动重点投资，总规模300亿元的成渝地区双城经济圈首只发展基金签约落地重庆高新区。',
        '从重庆高新区、成都高新区联手建设具有全国影响力的科技创新中心，到双城经济圈首只发展基金落地、首张“跨省通办”营业执照办理……西部（重庆）科学城始终坚持高站位、积极谋划新思路，以系列“高”“新”操作，为川渝合作贡献了重要推动力。',
      ],
      en: [
        'To drive key investment, the first development fund of the Chengdu-Chongqing Economic Circle, with a total size of CNY 30 billion, has been signed and has settled in the Chongqing Hi-tech Zone.',
        'From the Chongqing Hi-tech Zone and the Chengdu Hi-tech Zone joining hands to build a sci-tech innovation centre with national influence, to the landing of the Economic Circle\'s first development fund and the first business licence handled through cross-provincial services, the Western (Chongqing) Science City has kept its sights high and actively sought new approaches, giving important impetus to Sichuan-Chongqing cooperation through a series of "high" and "new" moves.',
      ],
    },
    source,
  },
  {
    slug: 'uestc-and-xiyong-park-to-build-microelectronics-institute',
    publishedAt: '2021-05-17', // undated in the report: its reporting date
    category: 'innovation',
    tags: ['talent', 'two-zone-coordination'],
    title: {
      zh: '电子科技大学与西永微电园签约共建电子科技大学微电子产业技术研究院',
      en: 'UESTC and the Xiyong Microelectronics Industrial Park sign to build the UESTC Institute of Microelectronics Industry Technology',
    },
    summary: {
      zh: '聚焦人才培养，电子科技大学与西永微电园签约，在渝共建电子科技大学微电子产业技术研究院。',
      en: 'With a focus on developing talent, the University of Electronic Science and Technology of China (UESTC) has signed with the Xiyong Microelectronics Industrial Park to build the UESTC Institute of Microelectronics Industry Technology in Chongqing.',
    },
    body: {
      zh: [
        '聚焦人才培养，电子科技大学与西永微电园签约，在渝共建电子科技大学微电子产业技术研究院。',
        '不断深化的“双区联动”，成为成渝地区双城经济圈高质量发展的强大引擎。',
      ],
      en: [
        'With a focus on developing talent, the University of Electronic Science and Technology of China (UESTC) has signed an agreement with the Xiyong Microelectronics Industrial Park to jointly build the UESTC Institute of Microelectronics Industry Technology in Chongqing.',
        'Ever-deepening two-zone coordination has become a powerful engine for the high-quality development of the Chengdu-Chongqing Economic Circle.',
      ],
    },
    source,
    relatedProjects: ['uestc-institute-of-microelectronics-industry-technology', 'xiyong-microelectronics-industrial-park'],
  },
  {
    slug: 'cec-chongqing-software-park-construction-begins',
    publishedAt: '2021-05-17', // undated in the report: its reporting date ("近期")
    category: 'industry',
    tags: ['investment'],
    title: {
      zh: '中电重庆软件园在科学城动工建设',
      en: 'Construction of the CEC Chongqing Software Park begins in the Science City',
    },
    summary: {
      zh: '近期，中电重庆软件园在科学城动工建设。作为龙头，该园区将带动约300家企业入驻。',
      en: 'Construction of the CEC Chongqing Software Park has recently begun in the Science City. As a flagship, the park will bring in about 300 companies.',
    },
    body: {
      zh: [
        '近期，中电重庆软件园也在科学城动工建设。',
        '作为龙头，该园区将带动约300家企业入驻，成为中国电子信息产业集团有限公司在西部的重点项目之一，带动重庆网信产业升级换代。',
        '一年多来，重庆高新区引进中国电子重庆信创产业示范基地等项目131个，总投资超1632亿元，其中科技类项目占比超80％。',
      ],
      en: [
        'Construction of the CEC Chongqing Software Park has also recently begun in the Science City.',
        'As a flagship, the park will bring about 300 companies to move in. It will become one of the key projects of China Electronics Corporation (CEC) in western China and will drive the upgrading of Chongqing\'s cyberspace and information industry.',
        'Over more than a year, the Chongqing Hi-tech Zone has brought in 131 projects, including the CEC Chongqing IT Application Innovation Industry Demonstration Base, with a total investment of over CNY 163.2 billion; technology projects account for over 80% of them.',
      ],
    },
    source,
    relatedProjects: ['cec-chongqing-software-park', 'cec-chongqing-it-application-innovation-base'],
  },
  {
    slug: 'science-city-results-over-the-past-year',
    publishedAt: '2021-05-17', // undated in the report: its reporting date ("一年多来")
    category: 'science-city',
    tags: ['innovation-platforms', 'transport', 'talent'],
    title: {
      zh: '西部（重庆）科学城一年多来建设成效',
      en: 'Western (Chongqing) Science City: results of more than a year of construction',
    },
    summary: {
      zh: '科学城着力“铸魂”“建城”“搭台”“筑巢”“引凤”，市级以上研发机构增至278个，引进项目131个，总投资超1632亿元。',
      en: 'Working to "forge its soul", "build the city", "build the stage", "build the nest" and "attract the phoenix", the Science City has grown its R&D institutions at municipal level or above to 278 and brought in 131 projects with a total investment of over CNY 163.2 billion.',
    },
    body: {
      zh: [
        '着力“铸魂”，一年多来，科学城已落地建设超瞬态实验装置、中国自然人群资源库重庆中心，获批全国首批国家应用数学中心，重点实验室、新型高端研发机构等市级以上研发机构增至278个，国家级孵化载体5个。',
        '着力“建城”，科学城含谷立交等26个项目实现通车；坪山大道等44个项目加快建设；轨道27号线、西永隧道等60个项目正开展前期工作；成渝中线高铁建成后两地之间最快可50分钟内到达。',
        '着力“搭台”，一年多来，重庆高新区引进中国电子重庆信创产业示范基地等项目131个，总投资超1632亿元，其中科技类项目占比超80％。',
        '着力“筑巢”，科学城实现1403项政务服务事项“一站式”服务，“一窗综办”率100％，1171项“最多跑一次”，240项“零材料提交”，并通过推行“以函代证”“三评合一”等创新制度，开展预约、延时上门、帮办、代办、绿色通道等暖心服务。',
        '着力“引凤”，以人才为核心，用好“金凤凰”人才政策，引育一批科学家、创新者和“大国工匠”，推动高校毕业生特别是大学城高校学生在科学城创业就业。',
      ],
      en: [
        'Working to "forge its soul", over more than a year the Science City has brought in and begun building the Ultra-transient Experimental Facility and the China Natural Population Biobank, Chongqing Center, and has been approved for a National Center for Applied Mathematics in the first national batch. Its R&D institutions at municipal level or above, such as key laboratories and new high-end R&D institutions, have grown to 278, and it has 5 national-level incubators.',
        'Working to "build the city", the Science City has opened 26 projects, including the Hangu Interchange, to traffic; 44 projects, including Pingshan Avenue, are under construction; and 60 projects, including Rail Transit Line 27 and the Xiyong Tunnel, are in the preparatory stage. Once the Chengdu-Chongqing Central Line High-Speed Railway is built, the fastest journey between the two cities will take 50 minutes or less.',
        'Working to "build the stage", over more than a year the Chongqing Hi-tech Zone has brought in 131 projects, including the CEC Chongqing IT Application Innovation Industry Demonstration Base, with a total investment of over CNY 163.2 billion; technology projects account for over 80% of them.',
        'Working to "build the nest", the Science City offers one-stop service for 1,403 government service items, with a single-window integrated service rate of 100%; 1,171 items need "at most one trip" and 240 items allow zero-document submission. It has introduced innovative systems such as letters in lieu of certificates and three assessments in one, and offers warm services such as appointments, extended hours, home visits, assisted handling, proxy handling and a fast track ("green channel").',
        'Working to "attract the phoenix", the Science City puts talent at the core. It makes good use of the Golden Phoenix talent policy to attract and develop scientists, innovators and master craftsmen, and encourages university graduates, especially students of the universities in University Town, to start businesses and find jobs in the Science City.',
      ],
    },
    source,
    relatedProjects: [
      'ultra-transient-experimental-facility',
      'china-natural-population-biobank-chongqing-center',
      'national-center-for-applied-mathematics',
      'hangu-interchange',
      'pingshan-avenue',
      'rail-transit-line-27',
      'xiyong-tunnel',
      'chengdu-chongqing-central-line-high-speed-railway',
      'cec-chongqing-it-application-innovation-base',
    ],
    relatedPolicies: ['one-stop-government-services', 'golden-phoenix-talent-policy'],
  },
  {
    slug: 'business-licences-issued-across-two-regions',
    publishedAt: '2021-05-17', // undated in the report: its reporting date
    category: 'government-services',
    tags: ['cross-provincial-services', 'two-zone-coordination'],
    title: {
      zh: '成渝两地高新区实现营业执照异地互办互发',
      en: 'High-tech zones of Chengdu and Chongqing issue business licences across the two regions',
    },
    summary: {
      zh: '成渝两地高新区推动建立“市场准入异地同标”便利化准入机制，实现了营业执照异地互办互发。',
      en: 'The high-tech zones of Chengdu and Chongqing have set up an easier market-access mechanism with the same market-access standards across both regions, so that business licences are handled and issued across the two regions.',
    },
    body: {
      zh: [
        '成渝两地高新区推动建立“市场准入异地同标”便利化准入机制。互设成渝地区双城经济圈企业开办综合窗口，构建跨区域“同一标准办一件事”的市场准入服务系统，实现了营业执照异地互办互发。',
        '从重庆高新区、成都高新区联手建设具有全国影响力的科技创新中心，到双城经济圈首只发展基金落地、首张“跨省通办”营业执照办理……西部（重庆）科学城始终坚持高站位、积极谋划新思路，以系列“高”“新”操作，为川渝合作贡献了重要推动力。',
      ],
      en: [
        'The high-tech zones of Chengdu and Chongqing have promoted an easier market-access mechanism with the same market-access standards across both regions. They have set up reciprocal integrated business start-up windows for the Chengdu-Chongqing Economic Circle and built a cross-regional market-access service system for "handling one matter to one standard", so that business licences are handled and issued across the two regions.',
        'From the Chongqing Hi-tech Zone and the Chengdu Hi-tech Zone joining hands to build a sci-tech innovation centre with national influence, to the landing of the Economic Circle\'s first development fund and the first business licence handled through cross-provincial services, the Western (Chongqing) Science City has kept its sights high and actively sought new approaches, giving important impetus to Sichuan-Chongqing cooperation through a series of "high" and "new" moves.',
      ],
    },
    source,
    relatedPolicies: ['same-market-access-standards'],
  },
]
