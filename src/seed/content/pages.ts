import type { SeedPage } from './types'

/** Static pages built from blocks. hrefs are site paths without the locale prefix. */
export const seedPages: SeedPage[] = [
  {
    slug: 'about',
    title: { zh: '关于科学城', en: 'About the Science City' },
    summary: {
      zh: '重庆中心城区的西部槽谷地带，一方创新高地、一座现代化新城，正加速崛起。',
      en: 'In the western trough-valley area of Chongqing\'s central urban area, an innovation highland and a modern new city are rising fast.',
    },
    blocks: [
      {
        blockType: 'richText',
        heading: { zh: '坚持高站位 谋划新思路', en: 'Aiming high, planning new approaches' },
        paragraphs: {
          zh: [
            '2020年初，中央财经委员会第六次会议提出，要推动成渝地区双城经济圈建设，在西部形成高质量发展的重要增长极。',
            '成渝“升极”，乘势而行。一年多时间，成渝地区以前所未有的凝聚力加速黏合、壮大——这为西部（重庆）科学城建设带来巨大机遇。',
            '从重庆高新区、成都高新区联手建设具有全国影响力的科技创新中心，到双城经济圈首只发展基金落地、首张“跨省通办”营业执照办理……西部（重庆）科学城始终坚持高站位、积极谋划新思路，以系列“高”“新”操作，为川渝合作贡献了重要推动力。',
          ],
          en: [
            'In early 2020 the sixth meeting of the Central Financial and Economic Affairs Commission called for advancing the Chengdu-Chongqing Economic Circle, so as to form an important growth pole for high-quality development in western China.',
            'As Chengdu and Chongqing rise to become a growth pole, the Science City is riding the momentum. In little more than a year, the Chengdu-Chongqing region has been drawing together and growing stronger with unprecedented cohesion, bringing huge opportunities for building the Western (Chongqing) Science City.',
            'From the Chongqing Hi-tech Zone and the Chengdu Hi-tech Zone joining hands to build a sci-tech innovation centre with national influence, to the landing of the Economic Circle\'s first development fund and the first business licence handled through cross-provincial services, the Western (Chongqing) Science City has kept its sights high and actively sought new approaches, giving important impetus to Sichuan-Chongqing cooperation through a series of "high" and "new" moves.',
          ],
        },
      },
      {
        blockType: 'richText',
        heading: { zh: '科学城建设成效', en: 'What the Science City has achieved' },
        paragraphs: {
          zh: [
            '不断聚集的创新合力、不断升级的创新平台也成为西部（重庆）科学城高质量发展的动力源。',
            '每一扇门都可通过面部识别自动开关；不同类型的机器人会完成智能测温、安全保卫等一系列服务……这是坐落在科学城的光大人工智能产业基地，该项目以机器人服务场景、新零售直播场景、社区智能安防系统等为核心，打造人工智能城市样本。',
            '近期，中电重庆软件园也在科学城动工建设。作为龙头，该园区将带动约300家企业入驻，成为中国电子信息产业集团有限公司在西部的重点项目之一，带动重庆网信产业升级换代。',
            '着力“铸魂”，一年多来，科学城已落地建设超瞬态实验装置、中国自然人群资源库重庆中心，获批全国首批国家应用数学中心，重点实验室、新型高端研发机构等市级以上研发机构增至278个，国家级孵化载体5个。',
            '着力“建城”，科学城含谷立交等26个项目实现通车；坪山大道等44个项目加快建设；轨道27号线、西永隧道等60个项目正开展前期工作；成渝中线高铁建成后两地之间最快可50分钟内到达。',
            '着力“搭台”，一年多来，重庆高新区引进中国电子重庆信创产业示范基地等项目131个，总投资超1632亿元，其中科技类项目占比超80％。',
            '着力“筑巢”，科学城实现1403项政务服务事项“一站式”服务，“一窗综办”率100％，1171项“最多跑一次”，240项“零材料提交”，并通过推行“以函代证”“三评合一”等创新制度，开展预约、延时上门、帮办、代办、绿色通道等暖心服务。',
            '着力“引凤”，以人才为核心，用好“金凤凰”人才政策，引育一批科学家、创新者和“大国工匠”，推动高校毕业生特别是大学城高校学生在科学城创业就业。',
          ],
          en: [
            'Ever-growing combined strength in innovation and ever-improving innovation platforms have also become a source of momentum for the high-quality development of the Western (Chongqing) Science City.',
            'Every door opens and closes automatically by facial recognition, and different types of robots carry out a range of services such as smart temperature checks and security. This is the Everbright Artificial Intelligence Industrial Base, located in the Science City. The project is built around robot service scenarios, new-retail livestreaming scenarios and smart community security systems, creating a model of an artificial-intelligence city.',
            'Construction of the CEC Chongqing Software Park has also recently begun in the Science City. As a flagship, the park will bring about 300 companies to move in. It will become one of the key projects of China Electronics Corporation (CEC) in western China and will drive the upgrading of Chongqing\'s cyberspace and information industry.',
            'Working to "forge its soul", over more than a year the Science City has brought in and begun building the Ultra-transient Experimental Facility and the China Natural Population Biobank, Chongqing Center, and has been approved for a National Center for Applied Mathematics in the first national batch. Its R&D institutions at municipal level or above, such as key laboratories and new high-end R&D institutions, have grown to 278, and it has 5 national-level incubators.',
            'Working to "build the city", the Science City has opened 26 projects, including the Hangu Interchange, to traffic; 44 projects, including Pingshan Avenue, are under construction; and 60 projects, including Rail Transit Line 27 and the Xiyong Tunnel, are in the preparatory stage. Once the Chengdu-Chongqing Central Line High-Speed Railway is built, the fastest journey between the two cities will take 50 minutes or less.',
            'Working to "build the stage", over more than a year the Chongqing Hi-tech Zone has brought in 131 projects, including the CEC Chongqing IT Application Innovation Industry Demonstration Base, with a total investment of over CNY 163.2 billion; technology projects account for over 80% of them.',
            'Working to "build the nest", the Science City offers one-stop service for 1,403 government service items, with a single-window integrated service rate of 100%; 1,171 items need "at most one trip" and 240 items allow zero-document submission. It has introduced innovative systems such as letters in lieu of certificates and three assessments in one, and offers warm services such as appointments, extended hours, home visits, assisted handling, proxy handling and a fast track ("green channel").',
            'Working to "attract the phoenix", the Science City puts talent at the core. It makes good use of the Golden Phoenix talent policy to attract and develop scientists, innovators and master craftsmen, and encourages university graduates, especially students of the universities in University Town, to start businesses and find jobs in the Science City.',
          ],
        },
      },
      { blockType: 'indicatorGroup', heading: { zh: '创新平台', en: 'Innovation platforms' }, group: 'innovation' },
      { blockType: 'indicatorGroup', heading: { zh: '城市建设', en: 'Building the city' }, group: 'construction' },
      {
        blockType: 'cardList',
        heading: { zh: '重点项目', en: 'Key projects' },
        cards: [
          {
            title: { zh: '超瞬态实验装置', en: 'Ultra-transient Experimental Facility' },
            text: { zh: '一年多来，科学城已落地建设超瞬态实验装置。', en: 'Brought in and under construction in the Science City.' },
            href: '/projects/ultra-transient-experimental-facility',
          },
          {
            title: { zh: '光大人工智能产业基地', en: 'Everbright Artificial Intelligence Industrial Base' },
            text: {
              zh: '以机器人服务场景、新零售直播场景、社区智能安防系统等为核心，打造人工智能城市样本。',
              en: 'Built around robot service scenarios, new-retail livestreaming and smart community security, creating a model of an artificial-intelligence city.',
            },
            href: '/projects/everbright-ai-industrial-base',
          },
          {
            title: { zh: '中电重庆软件园', en: 'CEC Chongqing Software Park' },
            text: { zh: '已在科学城动工建设，将带动约300家企业入驻。', en: 'Under construction in the Science City; it will bring in about 300 companies.' },
            href: '/projects/cec-chongqing-software-park',
          },
          {
            title: { zh: '含谷立交', en: 'Hangu Interchange' },
            text: { zh: '科学城实现通车的26个项目之一。', en: 'One of 26 Science City projects open to traffic.' },
            href: '/projects/hangu-interchange',
          },
        ],
      },
      {
        blockType: 'callToAction',
        heading: { zh: '了解科学城重点项目', en: 'Explore the Science City\'s projects' },
        text: {
          zh: '查看科学城基础设施、产业园区、科研平台和产业项目的建设情况。',
          en: 'See how the Science City\'s infrastructure, industrial parks, research platforms and industrial projects are progressing.',
        },
        label: { zh: '查看项目', en: 'View projects' },
        href: '/projects',
      },
    ],
  },
  {
    slug: 'cooperation',
    title: { zh: '成渝合作', en: 'Chengdu-Chongqing cooperation' },
    summary: {
      zh: '重庆高新区、成都高新区“双区联动”，共建具有全国影响力的科技创新中心。',
      en: 'Through two-zone coordination, the Chongqing Hi-tech Zone and the Chengdu Hi-tech Zone are jointly building a sci-tech innovation centre with national influence.',
    },
    blocks: [
      {
        blockType: 'richText',
        heading: { zh: '建好科学城，成渝齐步走', en: 'Building the Science City, Chengdu and Chongqing in step' },
        paragraphs: {
          zh: [
            '2020年10月16日，中共中央政治局会议审议了《成渝地区双城经济圈建设规划纲要》。会议强调，要使成渝地区成为具有全国影响力的重要经济中心、科技创新中心、改革开放新高地、高品质生活宜居地。',
            '这其中，以“一城多园”模式建设的西部科学城，正是成渝科技创新中心的核心载体和主战场。建好科学城，成渝齐步走。在这一背景下，成渝共建成为西部（重庆）科学城建设的核心任务。',
            '“推动成渝地区双城经济圈建设，既要突出‘自强’，集中精力办好自己的事情，建好西部（重庆）科学城；也要体现‘利他’，加强统筹协调，以西部（重庆）科学城为载体，积极融入‘一区两群’协调发展，加强与四川对接联动，整合周边高端资源要素，使创新成为成渝地区高质量发展的强大动能。”重庆高新区相关负责人表示。',
            '早在2020年3月，西部两大国家级高新区——重庆高新区和成都高新区就举行了第一次联席会议，共话“双城新蓝图”，共谋“两地新合作”。重庆高新区将携手成都高新区，重点围绕优势产业合作、创新资源共享、全球资源链接、共建共赢模式探索、重大功能性平台打造5个方面，共同推进成渝地区双城经济圈建设。',
            '一个月后，第二次联席会议转战成都。双方签署《重庆高新区成都高新区“双区联动”共建具有全国影响力的科技创新中心战略合作协议》。根据协议，双方将携手共同发挥引领示范作用，加快构建“两极一廊多点”创新格局。',
          ],
          en: [
            'On 16 October 2020 a meeting of the Political Bureau of the CPC Central Committee reviewed the Outline of the Construction Plan for the Chengdu-Chongqing Economic Circle. The meeting stressed that the Chengdu-Chongqing region should become an important economic centre, a sci-tech innovation centre, a new highland of reform and opening up, and a place of high-quality living, all with national influence.',
            'Within this, the Western China Science City, built on the "one city, multiple parks" model, is the core vehicle and main arena of the Chengdu-Chongqing sci-tech innovation centre. Building the Science City well means Chengdu and Chongqing moving in step. Against this background, joint development by Chengdu and Chongqing has become the core task in building the Western (Chongqing) Science City.',
            '"To advance the Chengdu-Chongqing Economic Circle, we must put the emphasis on \'strengthening ourselves\', concentrating on doing our own work well and building the Western (Chongqing) Science City well. We must also reflect \'benefiting others\': strengthening overall coordination, using the Western (Chongqing) Science City as a vehicle to integrate actively into the coordinated development of \'one area, two clusters\', working more closely with Sichuan and bringing together high-end resources from the surrounding areas, so that innovation becomes a powerful driver of high-quality development in the Chengdu-Chongqing region," said an official in charge at the Chongqing Hi-tech Zone.',
            'As early as March 2020, the two major national high-tech zones of western China, the Chongqing Hi-tech Zone and the Chengdu Hi-tech Zone, held their first joint meeting to discuss a "new blueprint for the twin cities" and "new cooperation between the two places". The Chongqing Hi-tech Zone will work with the Chengdu Hi-tech Zone to advance the Chengdu-Chongqing Economic Circle together, focusing on five areas: cooperation in their strongest industries, sharing innovation resources, links to global resources, exploring models of joint development and shared benefit, and building major functional platforms.',
            'A month later, the second joint meeting moved to Chengdu. The two sides signed the Strategic Cooperation Agreement between the Chongqing Hi-tech Zone and the Chengdu Hi-tech Zone on Jointly Building a Sci-Tech Innovation Centre with National Influence through "Two-zone Coordination". Under the agreement, the two sides will together play a leading and demonstrating role and speed up the building of an innovation layout of "two poles, one corridor, multiple nodes".',
          ],
        },
      },
      {
        blockType: 'cardList',
        heading: { zh: '“两极一廊多点”创新格局', en: 'An innovation layout of "two poles, one corridor, multiple nodes"' },
        cards: [
          {
            title: { zh: '两极', en: 'Two poles' },
            text: {
              zh: '以重庆高新区为核心的西部（重庆）科学城、以成都高新区为支撑的西部（成都）科学城。',
              en: 'The Western (Chongqing) Science City, with the Chongqing Hi-tech Zone at its core, and the Western (Chengdu) Science City, supported by the Chengdu Hi-tech Zone.',
            },
          },
          {
            title: { zh: '一廊', en: 'One corridor' },
            text: {
              zh: '成渝科技创新走廊，承载创新成果转化、高新技术产业化功能。',
              en: 'The Chengdu-Chongqing Sci-Tech Innovation Corridor, which carries the functions of turning innovation results into applications and industrialising high technology.',
            },
          },
          {
            title: { zh: '多点', en: 'Multiple nodes' },
            text: {
              zh: '成渝地区多个创新功能区和创新节点。',
              en: 'The many innovation function zones and innovation nodes in the Chengdu-Chongqing region.',
            },
          },
        ],
      },
      {
        blockType: 'cardList',
        heading: { zh: '“六个一”重点任务', en: 'The "Six Ones" key tasks' },
        cards: [
          {
            title: { zh: '共建“一城”', en: 'One city' },
            text: {
              zh: '以“一城多园”模式合作共建中国西部科学城。',
              en: 'Jointly build the Western China Science City on the "one city, multiple parks" model.',
            },
          },
          {
            title: { zh: '共建“一廊”', en: 'One corridor' },
            text: {
              zh: '增强协同创新能力，共建成渝科创走廊。',
              en: 'Strengthen collaborative innovation and jointly build the Chengdu-Chongqing Sci-Tech Innovation Corridor.',
            },
          },
          {
            title: { zh: '共建“一高地”', en: 'One highland' },
            text: {
              zh: '推进优势产业合作，共建全国新经济示范高地。',
              en: 'Advance cooperation in strong industries and jointly build a national new-economy demonstration highland.',
            },
          },
          {
            title: { zh: '共建“一区”', en: 'One zone' },
            text: {
              zh: '推动科技成果转化，共建西部创新创业引领区。',
              en: 'Promote the commercialisation of scientific and technological results and jointly build a western innovation and entrepreneurship leading zone.',
            },
          },
          {
            title: { zh: '共建“一港”', en: 'One port' },
            text: {
              zh: '加强国际科技合作，共建内陆自贸港。',
              en: 'Strengthen international sci-tech cooperation and jointly build an inland free trade port.',
            },
          },
          {
            title: { zh: '共建“一机制”', en: 'One mechanism' },
            text: {
              zh: '积极发挥市场作用，共建要素自由流动机制。',
              en: 'Give full play to the market and jointly build a mechanism for the free flow of production factors.',
            },
          },
        ],
      },
      {
        blockType: 'richText',
        heading: { zh: '“双区联动”同频共振', en: 'Two-zone coordination: working in step' },
        paragraphs: {
          zh: [
            '一年多来，重庆高新区、成都高新区围绕推动西部科学城建设，在科技创新、政务合作、党群交流、市场监管、金融创新等领域，展开了全面互动。由科学城“领衔”的成渝“合唱”，也成为双城经济圈建设的最强音。',
            '2021年3月9日，重庆高新区生态环境局、成都高新区生态环境城管局举行签约仪式暨第一次联席会议，签订《协同推进成渝地区双城经济圈建设提升生态环境治理能力和治理体系现代化合作协议》。3月26日，两地高新区联合举行《政务服务跨省通办合作备忘录》“云签约”仪式。4月23日，成渝地区双城经济圈高新技术产业开发区协同创新战略联盟正式成立。',
            '成渝两地高新区推动建立“市场准入异地同标”便利化准入机制，实现了营业执照异地互办互发。通过人力资源和社会保障合作，重庆高新区和成都高新区可实现人社信息化“两地通”、招聘求职“一点通”、养老保险待遇资格“就近认”、人才流动档案办理“零跑路”、社保卡“就近办”。',
            '拉动重点投资，总规模300亿元的成渝地区双城经济圈首只发展基金签约落地重庆高新区。聚焦人才培养，电子科技大学与西永微电园签约，在渝共建电子科技大学微电子产业技术研究院。打破种质资源“卡脖子”，川渝共建重庆市重点实验室落户西部（重庆）科学城。',
            '不断深化的“双区联动”，成为成渝地区双城经济圈高质量发展的强大引擎。',
          ],
          en: [
            'Over more than a year, the Chongqing Hi-tech Zone and the Chengdu Hi-tech Zone have worked together across the board to advance the Western China Science City, in fields including sci-tech innovation, government-services cooperation, Party and public exchanges, market regulation and financial innovation. The Chengdu-Chongqing "chorus", led by the Science City, has become the strongest voice in building the Economic Circle.',
            'On 9 March 2021 the ecology and environment bureaus of the two hi-tech zones held a signing ceremony and their first joint meeting, and signed the Cooperation Agreement on Jointly Advancing the Chengdu-Chongqing Economic Circle and Modernising Environmental Governance Capacity and Systems. On 26 March the two hi-tech zones held a joint online ("cloud") signing of the Memorandum of Cooperation on Cross-provincial Government Services. On 23 April the collaborative innovation strategic alliance of the high-tech industrial development zones of the Chengdu-Chongqing Economic Circle was formally founded.',
            'The high-tech zones of Chengdu and Chongqing have promoted an easier market-access mechanism with the same market-access standards across both regions, so that business licences are handled and issued across the two regions. Through cooperation on human resources and social security, the two zones can offer information systems connected across the two places, recruitment and job-seeking through a single access point, verification of pension entitlement at the nearest location, handling of personnel files for talent moving between them with zero trips, and handling of social security cards at the nearest location.',
            'To drive key investment, the first development fund of the Chengdu-Chongqing Economic Circle, with a total size of CNY 30 billion, has been signed and has settled in the Chongqing Hi-tech Zone. With a focus on developing talent, the University of Electronic Science and Technology of China (UESTC) has signed with the Xiyong Microelectronics Industrial Park to jointly build the UESTC Institute of Microelectronics Industry Technology in Chongqing. To break the chokehold on germplasm resources, a Chongqing key laboratory jointly built by Sichuan and Chongqing has settled in the Western (Chongqing) Science City.',
            'Ever-deepening two-zone coordination has become a powerful engine for the high-quality development of the Chengdu-Chongqing Economic Circle.',
          ],
        },
      },
      { blockType: 'indicatorGroup', heading: { zh: '合作成果', en: 'Cooperation in figures' }, group: 'cooperation' },
      {
        blockType: 'callToAction',
        heading: { zh: '合作协议与相关政策', en: 'Cooperation agreements and policies' },
        text: {
          zh: '查阅两地高新区签署的合作协议和相关政策。',
          en: 'Read the cooperation agreements signed by the two hi-tech zones and the related policies.',
        },
        label: { zh: '查看政策', en: 'View policies' },
        href: '/policies',
      },
    ],
  },
]
