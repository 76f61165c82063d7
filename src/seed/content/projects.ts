import type { SeedProject } from './types'

/**
 * Demo projects: every facility, park, road, tunnel, rail line and railway the report names.
 * Status, location and updates only where the report gives them; the report gives no progress,
 * investment, start or completion dates for any single project, so those fields are left out.
 */

const scienceCity = { zh: '西部（重庆）科学城', en: 'Western (Chongqing) Science City' }

export const seedProjects: SeedProject[] = [
  {
    slug: 'everbright-ai-industrial-base',
    category: 'industrial-project',
    // The report describes it working: face-recognition doors, robots doing temperature checks and security.
    status: 'in-operation',
    featured: true,
    name: { zh: '光大人工智能产业基地', en: 'Everbright Artificial Intelligence Industrial Base' },
    summary: {
      zh: '坐落在科学城的光大人工智能产业基地，以机器人服务场景、新零售直播场景、社区智能安防系统等为核心，打造人工智能城市样本。',
      en: 'Located in the Science City, the Everbright Artificial Intelligence Industrial Base is built around robot service scenarios, new-retail livestreaming scenarios and smart community security systems, creating a model of an artificial-intelligence city.',
    },
    body: {
      zh: [
        '每一扇门都可通过面部识别自动开关；不同类型的机器人会完成智能测温、安全保卫等一系列服务……这是坐落在科学城的光大人工智能产业基地。',
        '该项目以机器人服务场景、新零售直播场景、社区智能安防系统等为核心，打造人工智能城市样本。',
      ],
      en: [
        'Every door opens and closes automatically by facial recognition, and different types of robots carry out a range of services such as smart temperature checks and security. This is the Everbright Artificial Intelligence Industrial Base, located in the Science City.',
        'The project is built around robot service scenarios, new-retail livestreaming scenarios and smart community security systems, creating a model of an artificial-intelligence city.',
      ],
    },
    location: scienceCity,
  },
  {
    slug: 'cec-chongqing-software-park',
    category: 'industrial-park',
    status: 'under-construction', // 动工建设
    featured: true,
    name: { zh: '中电重庆软件园', en: 'CEC Chongqing Software Park' },
    summary: {
      zh: '中电重庆软件园近期在科学城动工建设，作为龙头将带动约300家企业入驻。',
      en: 'Construction of the CEC Chongqing Software Park has recently begun in the Science City; as a flagship, the park will bring in about 300 companies.',
    },
    body: {
      zh: [
        '近期，中电重庆软件园也在科学城动工建设。',
        '作为龙头，该园区将带动约300家企业入驻，成为中国电子信息产业集团有限公司在西部的重点项目之一，带动重庆网信产业升级换代。',
      ],
      en: [
        'Construction of the CEC Chongqing Software Park has also recently begun in the Science City.',
        'As a flagship, the park will bring about 300 companies to move in. It will become one of the key projects of China Electronics Corporation (CEC) in western China and will drive the upgrading of Chongqing\'s cyberspace and information industry.',
      ],
    },
    location: scienceCity,
    updates: [
      {
        // "近期" in a report of May 2021: the year is certain, the month is not.
        date: '2021-01-01',
        precision: 'year',
        text: { zh: '中电重庆软件园在科学城动工建设。', en: 'Construction of the park began in the Science City.' },
      },
    ],
  },
  {
    slug: 'ultra-transient-experimental-facility',
    category: 'research-platform',
    status: 'under-construction', // 落地建设
    featured: true,
    name: { zh: '超瞬态实验装置', en: 'Ultra-transient Experimental Facility' },
    summary: {
      zh: '一年多来，科学城已落地建设超瞬态实验装置。',
      en: 'Over more than a year, the Science City has brought in the Ultra-transient Experimental Facility and begun building it.',
    },
    body: {
      zh: [
        '着力“铸魂”，一年多来，科学城已落地建设超瞬态实验装置、中国自然人群资源库重庆中心，获批全国首批国家应用数学中心。',
      ],
      en: [
        'Working to "forge its soul", over more than a year the Science City has brought in and begun building the Ultra-transient Experimental Facility and the China Natural Population Biobank, Chongqing Center, and has been approved for a National Center for Applied Mathematics in the first national batch.',
      ],
    },
    location: scienceCity,
  },
  {
    slug: 'china-natural-population-biobank-chongqing-center',
    category: 'research-platform',
    status: 'under-construction', // 落地建设
    name: { zh: '中国自然人群资源库重庆中心', en: 'China Natural Population Biobank, Chongqing Center' },
    summary: {
      zh: '一年多来，科学城已落地建设中国自然人群资源库重庆中心。',
      en: 'Over more than a year, the Science City has brought in the China Natural Population Biobank, Chongqing Center, and begun building it.',
    },
    body: {
      zh: [
        '着力“铸魂”，一年多来，科学城已落地建设超瞬态实验装置、中国自然人群资源库重庆中心，获批全国首批国家应用数学中心。',
      ],
      en: [
        'Working to "forge its soul", over more than a year the Science City has brought in and begun building the Ultra-transient Experimental Facility and the China Natural Population Biobank, Chongqing Center, and has been approved for a National Center for Applied Mathematics in the first national batch.',
      ],
    },
    location: scienceCity,
  },
  {
    slug: 'national-center-for-applied-mathematics',
    category: 'research-platform',
    // Approved; the report gives no construction status.
    name: { zh: '国家应用数学中心', en: 'National Center for Applied Mathematics' },
    summary: {
      zh: '科学城获批全国首批国家应用数学中心。',
      en: 'The Science City has been approved for a National Center for Applied Mathematics in the first national batch.',
    },
    body: {
      zh: [
        '着力“铸魂”，一年多来，科学城已落地建设超瞬态实验装置、中国自然人群资源库重庆中心，获批全国首批国家应用数学中心，重点实验室、新型高端研发机构等市级以上研发机构增至278个，国家级孵化载体5个。',
      ],
      en: [
        'Working to "forge its soul", over more than a year the Science City has brought in and begun building the Ultra-transient Experimental Facility and the China Natural Population Biobank, Chongqing Center, and has been approved for a National Center for Applied Mathematics in the first national batch. Its R&D institutions at municipal level or above, such as key laboratories and new high-end R&D institutions, have grown to 278, and it has 5 national-level incubators.',
      ],
    },
  },
  {
    slug: 'hangu-interchange',
    category: 'infrastructure',
    status: 'completed', // 通车: open to traffic
    featured: true,
    name: { zh: '含谷立交', en: 'Hangu Interchange' },
    summary: {
      zh: '科学城含谷立交已实现通车，是科学城实现通车的26个项目之一。',
      en: 'The Science City\'s Hangu Interchange is open to traffic, one of 26 Science City projects now open to traffic.',
    },
    body: {
      zh: ['着力“建城”，科学城含谷立交等26个项目实现通车。'],
      en: ['Working to "build the city", the Science City has opened 26 projects, including the Hangu Interchange, to traffic.'],
    },
    location: scienceCity,
  },
  {
    slug: 'pingshan-avenue',
    category: 'infrastructure',
    status: 'under-construction', // 加快建设
    name: { zh: '坪山大道', en: 'Pingshan Avenue' },
    summary: {
      zh: '坪山大道正加快建设，是科学城加快建设的44个项目之一。',
      en: 'Pingshan Avenue is under construction, one of 44 Science City projects under construction.',
    },
    body: {
      zh: ['着力“建城”，科学城坪山大道等44个项目加快建设。'],
      en: ['Working to "build the city", the Science City has 44 projects under construction, including Pingshan Avenue.'],
    },
  },
  {
    slug: 'rail-transit-line-27',
    category: 'infrastructure',
    status: 'preparatory', // 前期工作
    name: { zh: '轨道27号线', en: 'Rail Transit Line 27' },
    summary: {
      zh: '轨道27号线正开展前期工作，是科学城正开展前期工作的60个项目之一。',
      en: 'Rail Transit Line 27 is in the preparatory stage, one of 60 Science City projects in the preparatory stage.',
    },
    body: {
      zh: ['着力“建城”，科学城轨道27号线、西永隧道等60个项目正开展前期工作。'],
      en: [
        'Working to "build the city", the Science City has 60 projects in the preparatory stage, including Rail Transit Line 27 and the Xiyong Tunnel.',
      ],
    },
  },
  {
    slug: 'xiyong-tunnel',
    category: 'infrastructure',
    status: 'preparatory', // 前期工作
    name: { zh: '西永隧道', en: 'Xiyong Tunnel' },
    summary: {
      zh: '西永隧道正开展前期工作，是科学城正开展前期工作的60个项目之一。',
      en: 'The Xiyong Tunnel is in the preparatory stage, one of 60 Science City projects in the preparatory stage.',
    },
    body: {
      zh: ['着力“建城”，科学城轨道27号线、西永隧道等60个项目正开展前期工作。'],
      en: [
        'Working to "build the city", the Science City has 60 projects in the preparatory stage, including Rail Transit Line 27 and the Xiyong Tunnel.',
      ],
    },
  },
  {
    slug: 'chengdu-chongqing-central-line-high-speed-railway',
    category: 'infrastructure',
    // The report gives no status for the railway.
    name: { zh: '成渝中线高铁', en: 'Chengdu-Chongqing Central Line High-Speed Railway' },
    summary: {
      zh: '成渝中线高铁建成后，两地之间最快可50分钟内到达。',
      en: 'Once the Chengdu-Chongqing Central Line High-Speed Railway is built, the fastest journey between the two cities will take 50 minutes or less.',
    },
    body: {
      zh: ['着力“建城”，成渝中线高铁建成后两地之间最快可50分钟内到达。'],
      en: [
        'As part of the work to "build the city": once the Chengdu-Chongqing Central Line High-Speed Railway is built, the fastest journey between the two cities will take 50 minutes or less.',
      ],
    },
  },
  {
    slug: 'cec-chongqing-it-application-innovation-base',
    category: 'industrial-project',
    // Introduced as one of 131 projects; the report gives no status.
    name: {
      zh: '中国电子重庆信创产业示范基地',
      en: 'CEC Chongqing IT Application Innovation Industry Demonstration Base',
    },
    summary: {
      zh: '中国电子重庆信创产业示范基地是重庆高新区一年多来引进的131个项目之一。',
      en: 'The CEC Chongqing IT Application Innovation Industry Demonstration Base is one of 131 projects the Chongqing Hi-tech Zone has brought in over more than a year.',
    },
    body: {
      zh: ['着力“搭台”，一年多来，重庆高新区引进中国电子重庆信创产业示范基地等项目131个，总投资超1632亿元，其中科技类项目占比超80％。'],
      en: [
        'Working to "build the stage", over more than a year the Chongqing Hi-tech Zone has brought in 131 projects, including the CEC Chongqing IT Application Innovation Industry Demonstration Base, with a total investment of over CNY 163.2 billion; technology projects account for over 80% of them.',
      ],
    },
  },
  {
    slug: 'xiyong-microelectronics-industrial-park',
    category: 'industrial-park',
    name: { zh: '西永微电园', en: 'Xiyong Microelectronics Industrial Park' },
    summary: {
      zh: '西永微电园与电子科技大学签约，在渝共建电子科技大学微电子产业技术研究院。',
      en: 'The Xiyong Microelectronics Industrial Park has signed with the University of Electronic Science and Technology of China (UESTC) to jointly build the UESTC Institute of Microelectronics Industry Technology in Chongqing.',
    },
    body: {
      zh: ['聚焦人才培养，电子科技大学与西永微电园签约，在渝共建电子科技大学微电子产业技术研究院。'],
      en: [
        'With a focus on developing talent, the University of Electronic Science and Technology of China (UESTC) has signed an agreement with the Xiyong Microelectronics Industrial Park to jointly build the UESTC Institute of Microelectronics Industry Technology in Chongqing.',
      ],
    },
  },
  {
    slug: 'uestc-institute-of-microelectronics-industry-technology',
    category: 'research-platform',
    // Signed to be built; the report gives no status or date.
    name: { zh: '电子科技大学微电子产业技术研究院', en: 'UESTC Institute of Microelectronics Industry Technology' },
    summary: {
      zh: '电子科技大学与西永微电园签约，在渝共建电子科技大学微电子产业技术研究院。',
      en: 'The University of Electronic Science and Technology of China (UESTC) and the Xiyong Microelectronics Industrial Park have signed to jointly build the institute in Chongqing.',
    },
    body: {
      zh: ['聚焦人才培养，电子科技大学与西永微电园签约，在渝共建电子科技大学微电子产业技术研究院。'],
      en: [
        'With a focus on developing talent, the University of Electronic Science and Technology of China (UESTC) has signed an agreement with the Xiyong Microelectronics Industrial Park to jointly build the UESTC Institute of Microelectronics Industry Technology in Chongqing.',
      ],
    },
    location: { zh: '重庆', en: 'Chongqing' },
  },
  {
    slug: 'sichuan-chongqing-germplasm-key-laboratory',
    category: 'research-platform',
    // "落户": it has settled in the Science City; the report gives no status or name beyond this.
    name: {
      zh: '川渝共建重庆市重点实验室（种质资源）',
      en: 'Chongqing Key Laboratory jointly built by Sichuan and Chongqing (germplasm resources)',
    },
    summary: {
      zh: '打破种质资源“卡脖子”，川渝共建重庆市重点实验室落户西部（重庆）科学城。',
      en: 'To break the chokehold on germplasm resources, a Chongqing key laboratory jointly built by Sichuan and Chongqing has settled in the Western (Chongqing) Science City.',
    },
    body: {
      zh: [
        '打破种质资源“卡脖子”，川渝共建重庆市重点实验室落户西部（重庆）科学城。',
        '不断深化的“双区联动”，成为成渝地区双城经济圈高质量发展的强大引擎。',
      ],
      en: [
        'To break the chokehold on germplasm resources, a Chongqing key laboratory jointly built by Sichuan and Chongqing has settled in the Western (Chongqing) Science City.',
        'Ever-deepening two-zone coordination has become a powerful engine for the high-quality development of the Chengdu-Chongqing Economic Circle.',
      ],
    },
    location: scienceCity,
  },
]
