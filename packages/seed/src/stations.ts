// The district's 20 household-registration police stations (article: "20个户籍派出所以及163个社区").
// The seven the article names come with its figures; the thirteen others are plausible stations
// of the same district (its street offices), with plausible teams.
//
// `teams` is a small notation: teams are separated by `|`, a team's community police groups by
// `,`, and a group reads `<A's>A<B's>B`. Every A is a dedicated officer responsible for one grid,
// so a team's grids are the sum of its A's; every B is a non-dedicated officer backing them up.

export type GroupShape = { a: number; b: number }

export type StationSpec = {
  code: string
  zh: string
  en: string
  teams: string
  /** Share of communities that are bungalow courtyards (平房四合院); the rest are mixed or buildings. */
  bungalowShare: number
  population: number
  areaKm2: number
  /** A title dedicated officers carry there instead of the plain one. */
  dedicatedTitle?: { zh: string; en: string }
  /** The first B's of each team lead it (article, 前门: deputy heads and sergeants lead the teams). */
  teamLeaders?: boolean
  /** A's are seniors and B's young officers (article, 东四: "老带新"). */
  mentoring?: boolean
}

export const BRANCH = { zh: '东城分局', en: 'Dongcheng Branch' }

// biome-ignore format: one station a line reads as a table
export const STATIONS: readonly StationSpec[] = [
  { code: 'donghuamen', zh: '东华门', en: 'Donghuamen', teams: '3A2B | 2A2B | 2A2B', bungalowShare: 0.5, population: 30000, areaKm2: 3.87 },
  { code: 'jingshan', zh: '景山', en: 'Jingshan', teams: '4A1B | 3A2B', bungalowShare: 0.7, population: 30000, areaKm2: 2.4 },
  // 交道口: 1.47 km², 7 communities, mostly bungalow courtyards; its 20,000+ reached by WeChat are about a third.
  { code: 'jiaodaokou', zh: '交道口', en: 'Jiaodaokou', teams: '3A2B | 2A2B | 2A2B', bungalowShare: 0.86, population: 63000, areaKm2: 1.47 },
  { code: 'andingmen', zh: '安定门', en: 'Andingmen', teams: '3A2B | 3A2B | 3A2B', bungalowShare: 0.6, population: 35000, areaKm2: 1.9 },
  // 北新桥: 10 of its 26 community officers are dedicated, each also deputy secretary of the community.
  {
    code: 'beixinqiao', zh: '北新桥', en: 'Beixinqiao', teams: '2A3B,2A3B | 2A2B,1A3B | 2A2B,1A3B', bungalowShare: 0.5, population: 48000, areaKm2: 2.2,
    dedicatedTitle: { zh: '专职社区民警兼社区副书记', en: 'Dedicated community officer, deputy community secretary' },
  },
  // 东四: 6 communities, 6 grids, 12 community officers: a senior A and a young B in each grid.
  { code: 'dongsi', zh: '东四', en: 'Dongsi', teams: '1A1B,1A1B,1A1B | 1A1B,1A1B,1A1B', bungalowShare: 0.7, population: 30000, areaKm2: 1.5, mentoring: true },
  { code: 'chaoyangmen', zh: '朝阳门', en: 'Chaoyangmen', teams: '3A2B | 2A2B | 2A2B', bungalowShare: 0.5, population: 28000, areaKm2: 1.6 },
  { code: 'jianguomen', zh: '建国门', en: 'Jianguomen', teams: '3A2B | 3A2B | 2A2B', bungalowShare: 0.2, population: 35000, areaKm2: 2.2 },
  { code: 'dongzhimen', zh: '东直门', en: 'Dongzhimen', teams: '3A2B | 3A2B | 3A2B', bungalowShare: 0.1, population: 40000, areaKm2: 2.3 },
  { code: 'hepingli', zh: '和平里', en: 'Hepingli', teams: '4A1B | 4A1B | 3A2B', bungalowShare: 0, population: 70000, areaKm2: 3.6 },
  // 前门: 3 community policing teams of 12 officers each, led by the deputy heads and sergeants.
  {
    code: 'qianmen', zh: '前门', en: 'Qianmen', teams: '1A3B,1A3B,1A3B | 1A3B,1A3B,1A3B | 1A3B,1A3B,1A3B', bungalowShare: 0.6, population: 22000, areaKm2: 1.1,
    teamLeaders: true,
  },
  { code: 'chongwenmen', zh: '崇文门', en: 'Chongwenmen', teams: '4A1B | 3A2B', bungalowShare: 0.2, population: 28000, areaKm2: 1.6 },
  // 天坛: 4 community policing teams, each managing 2 police grids.
  { code: 'tiantan', zh: '天坛', en: 'Tiantan', teams: '2A2B | 2A2B | 2A2B | 2A2B', bungalowShare: 0.3, population: 32000, areaKm2: 1.8 },
  { code: 'tiyuguanlu', zh: '体育馆路', en: 'Tiyuguanlu', teams: '3A2B | 3A2B', bungalowShare: 0.1, population: 32000, areaKm2: 2.0 },
  { code: 'longtan', zh: '龙潭', en: 'Longtan', teams: '3A2B | 3A2B | 2A2B', bungalowShare: 0, population: 48000, areaKm2: 3.0 },
  { code: 'yongdingmenwai', zh: '永定门外', en: 'Yongdingmenwai', teams: '3A2B | 3A2B | 3A2B', bungalowShare: 0.1, population: 68000, areaKm2: 3.8 },
  // 东花市: scores its 8 community officers on a 100-point scale.
  { code: 'donghuashi', zh: '东花市', en: 'Donghuashi', teams: '3A1B | 3A1B', bungalowShare: 0.1, population: 35000, areaKm2: 1.8 },
  { code: 'wangfujing', zh: '王府井', en: 'Wangfujing', teams: '3A2B | 2A2B', bungalowShare: 0.4, population: 8000, areaKm2: 1.1 },
  { code: 'dongdan', zh: '东单', en: 'Dongdan', teams: '3A2B | 2A2B', bungalowShare: 0.4, population: 10000, areaKm2: 1.0 },
  { code: 'ditan', zh: '地坛', en: 'Ditan', teams: '2A2B | 2A2B', bungalowShare: 0.1, population: 30000, areaKm2: 1.6 },
]

/** The stations the article names, which the seed must contain. */
export const ARTICLE_STATIONS = ['北新桥', '前门', '安定门', '天坛', '东四', '交道口', '东花市'] as const

/** Reads the `teams` notation: one list of group shapes per team. */
export function parseTeams(notation: string): GroupShape[][] {
  return notation.split('|').map((team) =>
    team.split(',').map((group) => {
      const match = /^\s*(\d+)A(\d+)B\s*$/.exec(group)
      if (!match) throw new Error(`not a group shape: "${group}" in "${notation}"`)
      return { a: Number(match[1]), b: Number(match[2]) }
    }),
  )
}
