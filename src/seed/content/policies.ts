import type { SeedPolicy } from './types'

/**
 * Demo policies and agreements. The report gives no document numbers and no expiry dates, so
 * `documentNumber` is left out and every item is 'in-force'. `issueDate` only where the report
 * gives a day.
 */

const chongqingHiTechZone = { zh: '重庆高新区', en: 'Chongqing Hi-tech Zone' }
const bothHiTechZones = { zh: '重庆高新区、成都高新区', en: 'Chongqing Hi-tech Zone, Chengdu Hi-tech Zone' }

export const seedPolicies: SeedPolicy[] = [
  {
    slug: 'golden-phoenix-talent-policy',
    category: 'talent',
    // The report says the Science City "makes good use of" the policy; it does not name the issuer.
    issuingBody: chongqingHiTechZone,
    validity: 'in-force',
    title: { zh: '“金凤凰”人才政策', en: 'Golden Phoenix talent policy' },
    summary: {
      zh: '以人才为核心，用好“金凤凰”人才政策，引育一批科学家、创新者和“大国工匠”。',
      en: 'With talent at the core, the Science City makes good use of the Golden Phoenix talent policy to attract and develop scientists, innovators and master craftsmen.',
    },
    keyPoints: {
      zh: ['以人才为核心', '引育一批科学家、创新者和“大国工匠”', '推动高校毕业生特别是大学城高校学生在科学城创业就业'],
      en: [
        'Talent at the core',
        'Attract and develop scientists, innovators and master craftsmen',
        'Encourage university graduates, especially students of the universities in University Town, to start businesses and find jobs in the Science City',
      ],
    },
    body: {
      zh: [
        '着力“引凤”，以人才为核心，用好“金凤凰”人才政策，引育一批科学家、创新者和“大国工匠”，推动高校毕业生特别是大学城高校学生在科学城创业就业。',
      ],
      en: [
        'Working to "attract the phoenix", the Science City puts talent at the core. It makes good use of the Golden Phoenix talent policy to attract and develop scientists, innovators and master craftsmen, and encourages university graduates, especially students of the universities in University Town, to start businesses and find jobs in the Science City.',
      ],
    },
  },
  {
    slug: 'one-stop-government-services',
    category: 'government-services-policy',
    issuingBody: chongqingHiTechZone,
    validity: 'in-force',
    title: { zh: '政务服务“一站式”服务', en: 'One-stop government services' },
    summary: {
      zh: '科学城实现1403项政务服务事项“一站式”服务，“一窗综办”率100％。',
      en: 'The Science City offers one-stop service for 1,403 government service items, with a single-window integrated service rate of 100%.',
    },
    keyPoints: {
      zh: [
        '1403项政务服务事项“一站式”服务',
        '“一窗综办”率100％',
        '1171项“最多跑一次”',
        '240项“零材料提交”',
        '推行“以函代证”“三评合一”等创新制度',
        '开展预约、延时上门、帮办、代办、绿色通道等暖心服务',
      ],
      en: [
        'One-stop service for 1,403 government service items',
        'Single-window integrated service rate of 100%',
        '1,171 items need "at most one trip"',
        '240 items allow zero-document submission',
        'Innovative systems such as letters in lieu of certificates and three assessments in one',
        'Warm services such as appointments, extended hours, home visits, assisted handling, proxy handling and a fast track ("green channel")',
      ],
    },
    body: {
      zh: [
        '着力“筑巢”，科学城实现1403项政务服务事项“一站式”服务，“一窗综办”率100％，1171项“最多跑一次”，240项“零材料提交”。',
        '科学城通过推行“以函代证”“三评合一”等创新制度，开展预约、延时上门、帮办、代办、绿色通道等暖心服务。',
      ],
      en: [
        'Working to "build the nest", the Science City offers one-stop service for 1,403 government service items, with a single-window integrated service rate of 100%; 1,171 items need "at most one trip" and 240 items allow zero-document submission.',
        'The Science City has introduced innovative systems such as letters in lieu of certificates and three assessments in one, and offers warm services such as appointments, extended hours, home visits, assisted handling, proxy handling and a fast track ("green channel").',
      ],
    },
    interpretation: {
      zh: [
        '在科学城办理政务服务，1403项事项可以“一站式”办理，“一窗综办”率达到100％；1171项事项“最多跑一次”，240项事项无需提交材料。',
        '对于办事群众和企业，科学城还提供预约、延时上门、帮办、代办、绿色通道等暖心服务，并推行“以函代证”“三评合一”等创新制度。报道把这些举措称为科学城着力“筑巢”。',
      ],
      en: [
        'In the Science City, 1,403 government service items can be handled at one stop, and the single-window integrated service rate is 100%. 1,171 items need "at most one trip" and 240 items need no documents to be submitted.',
        'For people and businesses, the Science City also offers warm services such as appointments, extended hours, home visits, assisted handling, proxy handling and a fast track ("green channel"), and has introduced innovative systems such as letters in lieu of certificates and three assessments in one. The report presents these measures as the Science City\'s work to "build the nest".',
      ],
    },
  },
  {
    slug: 'sichuan-chongqing-joint-services',
    category: 'government-services-policy',
    issuingBody: chongqingHiTechZone,
    validity: 'in-force',
    title: { zh: '“川渝通办”', en: 'Sichuan-Chongqing joint services' },
    summary: {
      zh: '重庆高新区已在政务服务中心开设4个“川渝通办”专窗，并将依托“渝快办”多渠道开展成渝通办。',
      en: 'The Chongqing Hi-tech Zone has opened four Sichuan-Chongqing joint services windows in its government service centre and will offer Chengdu-Chongqing joint services through several channels via Yukuaiban.',
    },
    keyPoints: {
      zh: [
        '在政务服务中心开设4个“川渝通办”专窗',
        '在自助服务专区放置“跨区域通办自助一体机”',
        '建立成渝对口联系人机制',
        '依托全市一体化政务服务平台“渝快办”多渠道开展成渝通办',
      ],
      en: [
        'Four Sichuan-Chongqing joint services windows in the government service centre',
        'Cross-regional self-service terminals in the self-service area',
        'A mechanism of paired contact persons in Chengdu and Chongqing',
        'Chengdu-Chongqing joint services through several channels via Yukuaiban, Chongqing\'s integrated government-service platform',
      ],
    },
    body: {
      zh: [
        '据介绍，目前，重庆高新区已在政务服务中心开设4个“川渝通办”专窗，在自助服务专区放置“跨区域通办自助一体机”，建立成渝对口联系人机制。',
        '重庆高新区将依托全市一体化政务服务平台“渝快办”，采取全流程网办、异地代收代办、多地联办、一体机自助办、免费邮寄等方式多渠道开展成渝通办。',
      ],
      en: [
        'The Chongqing Hi-tech Zone has already opened four Sichuan-Chongqing joint services windows in its government service centre, placed cross-regional self-service terminals in its self-service area and set up a mechanism of paired contact persons in Chengdu and Chongqing.',
        'Relying on Yukuaiban, Chongqing\'s integrated government-service platform, the Chongqing Hi-tech Zone will offer Chengdu-Chongqing joint services through several channels: end-to-end online handling, acceptance and handling on the applicant\'s behalf in another location, joint handling across several locations, self-service at terminals, and free postal delivery.',
      ],
    },
    interpretation: {
      zh: [
        '需要办理川渝两地事项的企业和群众，可以到重庆高新区政务服务中心的4个“川渝通办”专窗办理，也可以使用自助服务专区的“跨区域通办自助一体机”。',
        '依托“渝快办”，成渝通办还可以通过全流程网办、异地代收代办、多地联办、一体机自助办、免费邮寄等方式办理。',
      ],
      en: [
        'Businesses and people with matters to handle in both Sichuan and Chongqing can go to the four Sichuan-Chongqing joint services windows at the Chongqing Hi-tech Zone government service centre, or use the cross-regional self-service terminals in its self-service area.',
        'Through Yukuaiban, Chengdu-Chongqing joint services can also be handled online from start to finish, accepted and handled on the applicant\'s behalf in another location, handled jointly across several locations, done at self-service terminals, or completed with free postal delivery.',
      ],
    },
  },
  {
    slug: 'same-market-access-standards',
    category: 'market-access',
    issuingBody: bothHiTechZones,
    validity: 'in-force',
    title: { zh: '“市场准入异地同标”便利化准入机制', en: 'Same market-access standards across both regions' },
    summary: {
      zh: '成渝两地高新区推动建立“市场准入异地同标”便利化准入机制，实现了营业执照异地互办互发。',
      en: 'The high-tech zones of Chengdu and Chongqing have promoted an easier market-access mechanism with the same market-access standards across both regions, so that business licences are handled and issued across the two regions.',
    },
    keyPoints: {
      zh: [
        '推动建立“市场准入异地同标”便利化准入机制',
        '互设成渝地区双城经济圈企业开办综合窗口',
        '构建跨区域“同一标准办一件事”的市场准入服务系统',
        '实现营业执照异地互办互发',
      ],
      en: [
        'An easier market-access mechanism with the same market-access standards across both regions',
        'Reciprocal integrated business start-up windows for the Chengdu-Chongqing Economic Circle',
        'A cross-regional market-access service system for "handling one matter to one standard"',
        'Business licences handled and issued across the two regions',
      ],
    },
    body: {
      zh: [
        '成渝两地高新区推动建立“市场准入异地同标”便利化准入机制。互设成渝地区双城经济圈企业开办综合窗口，构建跨区域“同一标准办一件事”的市场准入服务系统，实现了营业执照异地互办互发。',
      ],
      en: [
        'The high-tech zones of Chengdu and Chongqing have promoted an easier market-access mechanism with the same market-access standards across both regions. They have set up reciprocal integrated business start-up windows for the Chengdu-Chongqing Economic Circle and built a cross-regional market-access service system for "handling one matter to one standard", so that business licences are handled and issued across the two regions.',
      ],
    },
  },
  {
    slug: 'human-resources-and-social-security-cooperation',
    category: 'human-resources',
    issuingBody: bothHiTechZones,
    validity: 'in-force',
    title: { zh: '人力资源和社会保障合作', en: 'Human resources and social security cooperation' },
    summary: {
      zh: '通过人力资源和社会保障合作，重庆高新区和成都高新区可实现人社信息化“两地通”、社保卡“就近办”等。',
      en: 'Through cooperation on human resources and social security, the Chongqing Hi-tech Zone and the Chengdu Hi-tech Zone connect their information systems across the two places and let people handle social security cards nearby, among other services.',
    },
    keyPoints: {
      zh: ['人社信息化“两地通”', '招聘求职“一点通”', '养老保险待遇资格“就近认”', '人才流动档案办理“零跑路”', '社保卡“就近办”'],
      en: [
        'Human resources and social security information systems connected across the two places',
        'Recruitment and job-seeking through a single access point',
        'Pension entitlement verified at the nearest location',
        'Personnel files for talent moving between the two places handled with zero trips',
        'Social security cards handled at the nearest location',
      ],
    },
    body: {
      zh: [
        '通过人力资源和社会保障合作，重庆高新区和成都高新区可实现人社信息化“两地通”、招聘求职“一点通”、养老保险待遇资格“就近认”、人才流动档案办理“零跑路”、社保卡“就近办”。',
      ],
      en: [
        'Through cooperation on human resources and social security, the Chongqing Hi-tech Zone and the Chengdu Hi-tech Zone can offer human resources and social security information systems connected across the two places, recruitment and job-seeking through a single access point, verification of pension entitlement at the nearest location, handling of personnel files for talent moving between them with zero trips, and handling of social security cards at the nearest location.',
      ],
    },
  },
  {
    slug: 'cross-provincial-government-services-memorandum',
    category: 'cooperation-agreement',
    issuingBody: bothHiTechZones,
    issueDate: '2021-03-26',
    validity: 'in-force',
    title: { zh: '政务服务跨省通办合作备忘录', en: 'Memorandum of Cooperation on Cross-provincial Government Services' },
    summary: {
      zh: '3月26日，重庆高新区携手成都高新区以“云签约”方式签署备忘录，从8个方面深化政务服务合作。',
      en: 'On 26 March the Chongqing Hi-tech Zone and the Chengdu Hi-tech Zone signed the memorandum by online ("cloud") signing, deepening their cooperation on government services in eight areas.',
    },
    keyPoints: {
      zh: [
        '采用远程音视频签约方式“云签约”',
        '从8个方面深化政务服务合作',
        '深化政务服务事项跨省通办',
        '推进政务服务数据共享',
        '加强政务信用查询合作',
        '开通企业“绿色通道”',
      ],
      en: [
        'Signed by remote audio and video link, an online ("cloud") signing',
        'Cooperation on government services deepened in eight areas',
        'More cross-provincial services for government service items',
        'Sharing of government-service data',
        'Closer cooperation on government credit checks',
        'A fast track ("green channel") for businesses',
      ],
    },
    body: {
      zh: [
        '3月26日，重庆高新区携手成都高新区采用远程音视频签约方式，联合举行《政务服务跨省通办合作备忘录》“云签约”仪式。',
        '根据协议，双方将从深化政务服务事项跨省通办、推进政务服务数据共享、加强政务信用查询合作、开通企业“绿色通道”等8个方面深化政务服务合作。',
      ],
      en: [
        'On 26 March the Chongqing Hi-tech Zone and the Chengdu Hi-tech Zone signed by remote audio and video link, holding a joint online ("cloud") signing ceremony for the Memorandum of Cooperation on Cross-provincial Government Services.',
        'Under the agreement the two sides will deepen their cooperation on government services in eight areas, including more cross-provincial services for government service items, sharing government-service data, closer cooperation on government credit checks, and a fast track ("green channel") for businesses.',
      ],
    },
  },
  {
    slug: 'ecology-cooperation-agreement',
    category: 'ecology',
    issuingBody: {
      zh: '重庆高新区生态环境局、成都高新区生态环境城管局',
      en: 'Ecology and Environment Bureau of the Chongqing Hi-tech Zone, Ecology, Environment and Urban Management Bureau of the Chengdu Hi-tech Zone',
    },
    issueDate: '2021-03-09',
    validity: 'in-force',
    title: {
      zh: '协同推进成渝地区双城经济圈建设提升生态环境治理能力和治理体系现代化合作协议',
      en: 'Cooperation Agreement on Jointly Advancing the Chengdu-Chongqing Economic Circle and Modernising Environmental Governance Capacity and Systems',
    },
    summary: {
      zh: '3月9日，两地高新区生态环境部门签订合作协议，将在基础信息数据、干部培养等多个方面进行合作，协同筑牢生态底线。',
      en: 'On 9 March the ecology and environment bureaus of the two hi-tech zones signed a cooperation agreement to work together in several areas, including basic information and data and the training of officials, and hold the ecological baseline together.',
    },
    keyPoints: {
      zh: [
        '签约仪式暨第一次联席会议上签订',
        '协同推进成渝地区双城经济圈生态环境保护相关工作',
        '在基础信息数据、干部培养等多个方面进行合作',
        '协同筑牢生态底线',
      ],
      en: [
        'Signed at a signing ceremony that was also the first joint meeting',
        'Joint work on protecting the environment in the Chengdu-Chongqing Economic Circle',
        'Cooperation in several areas, including basic information and data and the training of officials',
        'Holding the ecological baseline together',
      ],
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
  },
  {
    slug: 'two-zone-strategic-cooperation-agreement',
    category: 'cooperation-agreement',
    issuingBody: bothHiTechZones,
    // Signed at the second joint meeting, April 2020 (month only in the report): no issueDate.
    validity: 'in-force',
    title: {
      zh: '重庆高新区成都高新区“双区联动”共建具有全国影响力的科技创新中心战略合作协议',
      en: 'Strategic Cooperation Agreement between the Chongqing Hi-tech Zone and the Chengdu Hi-tech Zone on Jointly Building a Sci-Tech Innovation Centre with National Influence through "Two-zone Coordination"',
    },
    summary: {
      zh: '双方携手共同发挥引领示范作用，加快构建“两极一廊多点”创新格局，并明确“六个一”重点任务。',
      en: 'The two sides will together play a leading and demonstrating role, speed up the building of an innovation layout of "two poles, one corridor, multiple nodes" and carry out the "Six Ones" key tasks.',
    },
    keyPoints: {
      zh: [
        '2020年4月第二次联席会议在成都签署',
        '携手共同发挥引领示范作用',
        '加快构建“两极一廊多点”创新格局',
        '明确“六个一”重点任务：一城、一廊、一高地、一区、一港、一机制',
      ],
      en: [
        'Signed at the second joint meeting, in Chengdu, in April 2020',
        'The two sides together play a leading and demonstrating role',
        'An innovation layout of "two poles, one corridor, multiple nodes" built at speed',
        'The "Six Ones" key tasks: one city, one corridor, one highland, one zone, one port and one mechanism',
      ],
    },
    body: {
      zh: [
        '2020年4月，第二次联席会议转战成都。双方签署《重庆高新区成都高新区“双区联动”共建具有全国影响力的科技创新中心战略合作协议》。',
        '根据协议，双方将携手共同发挥引领示范作用，加快构建“两极一廊多点”创新格局。“两极”即以重庆高新区为核心的西部（重庆）科学城、以成都高新区为支撑的西部（成都）科学城；“一廊”即成渝科技创新走廊，承载创新成果转化、高新技术产业化功能；“多点”即成渝地区多个创新功能区和创新节点。',
        '同时，协议明确“六个一”重点任务，即共建“一城”，以“一城多园”模式合作共建中国西部科学城；共建“一廊”，增强协同创新能力，共建成渝科创走廊；共建“一高地”，推进优势产业合作，共建全国新经济示范高地；共建“一区”，推动科技成果转化，共建西部创新创业引领区；共建“一港”，加强国际科技合作，共建内陆自贸港；共建“一机制”，积极发挥市场作用，共建要素自由流动机制。',
      ],
      en: [
        'In April 2020 the second joint meeting of the two hi-tech zones moved to Chengdu. The two sides signed the Strategic Cooperation Agreement between the Chongqing Hi-tech Zone and the Chengdu Hi-tech Zone on Jointly Building a Sci-Tech Innovation Centre with National Influence through "Two-zone Coordination".',
        'Under the agreement, the two sides will together play a leading and demonstrating role and speed up the building of an innovation layout of "two poles, one corridor, multiple nodes". The "two poles" are the Western (Chongqing) Science City, with the Chongqing Hi-tech Zone at its core, and the Western (Chengdu) Science City, supported by the Chengdu Hi-tech Zone. The "one corridor" is the Chengdu-Chongqing Sci-Tech Innovation Corridor, which carries the functions of turning innovation results into applications and industrialising high technology. The "multiple nodes" are the many innovation function zones and innovation nodes in the Chengdu-Chongqing region.',
        'The agreement also sets out the "Six Ones" key tasks: "one city", jointly building the Western China Science City on the "one city, multiple parks" model; "one corridor", strengthening collaborative innovation and jointly building the Chengdu-Chongqing Sci-Tech Innovation Corridor; "one highland", advancing cooperation in strong industries and jointly building a national new-economy demonstration highland; "one zone", promoting the commercialisation of scientific and technological results and jointly building a western innovation and entrepreneurship leading zone; "one port", strengthening international sci-tech cooperation and jointly building an inland free trade port; and "one mechanism", giving full play to the market and jointly building a mechanism for the free flow of production factors.',
      ],
    },
    interpretation: {
      zh: [
        '专家表示，两地合作共建科技创新中心，就是要通过两地合作补短板，以创新为引领，带动产业在价值链上实现跃升，提高要素供给效率，提升劳动生产率，实现以创新为引领的高质量发展路径。',
        '协议把这一目标落到“六个一”重点任务上：一座科学城、一条科创走廊、一个新经济示范高地、一个创新创业引领区、一个内陆自贸港和一套要素自由流动机制。',
      ],
      en: [
        'Experts say that the two places jointly building a sci-tech innovation centre means using their cooperation to shore up weak spots, letting innovation lead, helping industries move up the value chain, making the supply of production factors more efficient and raising labour productivity, so as to follow a path of innovation-led high-quality development.',
        'The agreement turns this aim into the "Six Ones" key tasks: one science city, one sci-tech innovation corridor, one new-economy demonstration highland, one innovation and entrepreneurship leading zone, one inland free trade port and one mechanism for the free flow of production factors.',
      ],
    },
  },
  {
    slug: 'collaborative-innovation-alliance-framework-agreement',
    category: 'cooperation-agreement',
    issuingBody: bothHiTechZones,
    issueDate: '2021-04-23',
    validity: 'in-force',
    title: {
      zh: '成渝地区双城经济圈高新技术产业开发区共建协同创新战略联盟框架协议',
      en: 'Framework Agreement on Jointly Building a Collaborative Innovation Strategic Alliance of the High-tech Industrial Development Zones of the Chengdu-Chongqing Economic Circle',
    },
    summary: {
      zh: '4月23日，重庆高新区、成都高新区分别代表两地高新区签署框架协议，成渝地区双城经济圈高新技术产业开发区协同创新战略联盟正式成立。',
      en: 'On 23 April the Chongqing Hi-tech Zone and the Chengdu Hi-tech Zone, each on behalf of the high-tech zones of its region, signed the framework agreement, and the collaborative innovation strategic alliance of the high-tech zones of the Chengdu-Chongqing Economic Circle was formally founded.',
    },
    keyPoints: {
      zh: [
        '以协同、创新、绿色、发展为宗旨',
        '推动两地高新区在更大范围、更高层次上开展经济、科技合作',
        '为成渝地区双城经济圈建设提供坚实支撑',
        '重点任务包括产业发展、资源要素、政策措施、对外开放、绿色发展五个方面的协同',
      ],
      en: [
        'Dedicated to coordination, innovation, green development and growth',
        'Economic and sci-tech cooperation between the high-tech zones of the two regions on a wider scale and at a higher level',
        'Solid support for building the Chengdu-Chongqing Economic Circle',
        'Key tasks in five areas: coordinating industrial development, resources and production factors, policies and measures, opening up, and green development',
      ],
    },
    body: {
      zh: [
        '4月23日，成渝地区双城经济圈高新技术产业开发区协同创新战略联盟正式成立。当天，重庆高新区、成都高新区分别代表两地高新区签署了《成渝地区双城经济圈高新技术产业开发区共建协同创新战略联盟框架协议》。',
        '该联盟以协同、创新、绿色、发展为宗旨，将推动两地高新区在更大范围、更高层次上开展经济、科技合作，为成渝地区双城经济圈建设提供坚实支撑，重点任务包括促进产业发展协同、资源要素协同、政策措施协同、对外开放协同以及绿色发展协同五个方面。',
      ],
      en: [
        'On 23 April the collaborative innovation strategic alliance of the high-tech industrial development zones of the Chengdu-Chongqing Economic Circle was formally founded. That day the Chongqing Hi-tech Zone and the Chengdu Hi-tech Zone, each on behalf of the high-tech zones of its region, signed the Framework Agreement on Jointly Building a Collaborative Innovation Strategic Alliance of the High-tech Industrial Development Zones of the Chengdu-Chongqing Economic Circle.',
        'The alliance is dedicated to coordination, innovation, green development and growth. It will help the high-tech zones of the two regions carry out economic and sci-tech cooperation on a wider scale and at a higher level, providing solid support for building the Chengdu-Chongqing Economic Circle. Its key tasks cover five areas: coordinating industrial development, resources and production factors, policies and measures, opening up to the outside world, and green development.',
      ],
    },
    interpretation: {
      zh: [
        '联盟将推动两地高新区在更大范围、更高层次上开展经济、科技合作，重点围绕产业发展、资源要素、政策措施、对外开放和绿色发展五个方面开展协同。',
        '报道指出，通过一体化合作，越来越多的“成渝一家亲”不断上演，包括“市场准入异地同标”、人力资源和社会保障合作、首只发展基金签约落地等。',
      ],
      en: [
        'The alliance is to take economic and sci-tech cooperation between the high-tech zones of the two regions to a wider scale and a higher level, with coordination focused on five areas: industrial development, resources and production factors, policies and measures, opening up, and green development.',
        'The report notes that, through integrated cooperation, more and more examples of Chengdu and Chongqing acting "as one family" are emerging, such as the same market-access standards across both regions, cooperation on human resources and social security, and the landing of the first development fund.',
      ],
    },
  },
]
