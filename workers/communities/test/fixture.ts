import { env } from 'cloudflare:workers'
import { createDb } from '../src/db'
import { branch, community, grid, gridCommunity, station } from '../src/db/schema'

/** A valid opaque id (ULID shape) whose tail names what it is, so failures read well. */
const id = (tag: string) => `01JD${tag.padStart(22, '0')}`

export const branchId = id('B1')
export const stations = { qianmen: id('S1'), beixinqiao: id('S2'), andingmen: id('S3') }
export const communities = {
  xianyukou: id('C1'),
  dashilan: id('C2'),
  caishikou: id('C3'),
  beixinqiao: id('C4'),
  haiyuncang: id('C5'),
}
export const grids = { qianmen1: id('G1'), qianmen2: id('G2'), beixinqiao1: id('G3') }

/**
 * Three stations, inserted out of code order. Qianmen: three communities, grid 1 = Dashilan,
 * grid 2 = Xianyukou + Caishikou. Beixinqiao: two communities, Haiyuncang in no grid yet.
 * Andingmen: no community.
 */
export async function insertFixture() {
  const db = createDb(env)
  const place = { housingType: 'building' as const, population: 8000, areaKm2: 0.5 }
  await db.batch([
    db.insert(branch).values({ id: branchId, nameZh: '东城分局', nameEn: 'Dongcheng Branch' }),
    db.insert(station).values([
      { id: stations.qianmen, branchId, code: '03', nameZh: '前门派出所', nameEn: 'Qianmen Station' },
      { id: stations.beixinqiao, branchId, code: '01', nameZh: '北新桥派出所', nameEn: 'Beixinqiao Station' },
      { id: stations.andingmen, branchId, code: '02', nameZh: '安定门派出所', nameEn: 'Andingmen Station' },
    ]),
    db.insert(community).values([
      {
        ...place,
        id: communities.xianyukou,
        stationId: stations.qianmen,
        nameZh: '鲜鱼口社区',
        nameEn: 'Xianyukou',
        housingType: 'bungalow',
        population: 6200,
        areaKm2: 0.42,
      },
      { ...place, id: communities.dashilan, stationId: stations.qianmen, nameZh: '大栅栏社区', nameEn: 'Dashilan' },
      { ...place, id: communities.caishikou, stationId: stations.qianmen, nameZh: '菜市口社区', nameEn: 'Caishikou' },
      {
        ...place,
        id: communities.haiyuncang,
        stationId: stations.beixinqiao,
        nameZh: '海运仓社区',
        nameEn: 'Haiyuncang',
      },
      {
        ...place,
        id: communities.beixinqiao,
        stationId: stations.beixinqiao,
        nameZh: '北新桥社区',
        nameEn: 'Beixinqiao',
      },
    ]),
    db.insert(grid).values([
      { id: grids.qianmen2, stationId: stations.qianmen, nameZh: '前门第2警格', nameEn: 'Qianmen grid 2' },
      { id: grids.qianmen1, stationId: stations.qianmen, nameZh: '前门第1警格', nameEn: 'Qianmen grid 1' },
      { id: grids.beixinqiao1, stationId: stations.beixinqiao, nameZh: '北新桥第1警格', nameEn: 'Beixinqiao grid 1' },
    ]),
    db.insert(gridCommunity).values([
      { gridId: grids.qianmen1, communityId: communities.dashilan },
      { gridId: grids.qianmen2, communityId: communities.xianyukou },
      { gridId: grids.qianmen2, communityId: communities.caishikou },
      { gridId: grids.beixinqiao1, communityId: communities.beixinqiao },
    ]),
  ])
}
