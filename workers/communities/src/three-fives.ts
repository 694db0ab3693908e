import type { ThreeFivesItem } from '@platform/contracts'

/**
 * The "three fives" (三个五) security measures of key units (六必须, sixth must). The article names
 * the measures but not their items; this reads them as the usual three areas of campus and
 * hospital security — people, physical and technical protection (人防、物防、技防) — with five
 * items each. One list, so a station that words them otherwise changes them here.
 */
export const THREE_FIVES: readonly ThreeFivesItem[] = [
  { code: 'people.guards', area: 'people', label: { zh: '专职保安在岗', en: 'Full-time guards on duty' } },
  { code: 'people.gate_log', area: 'people', label: { zh: '出入登记', en: 'Visitors logged at the gate' } },
  { code: 'people.liaison', area: 'people', label: { zh: '警务联络员', en: 'Police liaison named' } },
  { code: 'people.peak_post', area: 'people', label: { zh: '高峰时段护卫岗', en: 'Guard post at peak hours' } },
  { code: 'people.drills', area: 'people', label: { zh: '应急演练', en: 'Emergency drills held' } },
  { code: 'physical.barriers', area: 'physical', label: { zh: '防冲撞设施', en: 'Anti-ramming barriers' } },
  { code: 'physical.perimeter', area: 'physical', label: { zh: '围墙防攀爬', en: 'Perimeter secured' } },
  { code: 'physical.equipment', area: 'physical', label: { zh: '防护器械', en: 'Protective equipment' } },
  { code: 'physical.doors', area: 'physical', label: { zh: '重点部位防护门', en: 'Key rooms locked' } },
  { code: 'physical.lighting', area: 'physical', label: { zh: '照明设施', en: 'Lighting working' } },
  { code: 'technical.cctv', area: 'technical', label: { zh: '视频监控全覆盖', en: 'Full CCTV coverage' } },
  { code: 'technical.alarm', area: 'technical', label: { zh: '一键报警', en: 'One-touch alarm' } },
  { code: 'technical.retention', area: 'technical', label: { zh: '录像保存30天', en: 'Footage kept 30 days' } },
  { code: 'technical.access', area: 'technical', label: { zh: '门禁系统', en: 'Access control' } },
  { code: 'technical.linked', area: 'technical', label: { zh: '与公安联网', en: 'Linked to the police' } },
]
