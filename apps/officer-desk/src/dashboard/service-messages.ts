import { commonMessages, createTranslator, defineMessages, domainMessages, mergeMessages } from '@platform/ui'
import { dashboardMessages } from './messages'

/** The dashboard's chart of officers' hours in the community and satisfaction, month by month. */
export const serviceTrendMessages = defineMessages(
  {
    'dash.service.title': '在社区时长与群众满意度（每月）',
    'dash.service.desc':
      '近{count}个月专职民警每周在社区的平均时长（目标 {target} 小时）和群众满意度。各月数据如下：{points}',
    'dash.service.hours': '每周在社区时长',
    'dash.service.satisfaction': '满意度',
    'dash.service.target': '目标 {target} 小时',
    'dash.service.hoursValue': '{hours} 小时',
    'dash.service.table': '查看数据表',
    'dash.service.axisHours': '小时/周',
    'dash.service.axisRate': '满意度',
  },
  {
    'dash.service.title': 'Time in the community and satisfaction per month',
    'dash.service.desc':
      "Dedicated officers' average weekly hours in the community (target {target} h) and satisfaction over the last {count} months. Month by month: {points}",
    'dash.service.hours': 'Weekly hours in the community',
    'dash.service.satisfaction': 'Satisfaction',
    'dash.service.target': 'Target {target} h',
    'dash.service.hoursValue': '{hours} h',
    'dash.service.table': 'Show the numbers',
    'dash.service.axisHours': 'h / week',
    'dash.service.axisRate': 'Satisfaction',
  },
)

/** The chart's `t()`: the dashboard's words with its own. */
export const ts = createTranslator(
  mergeMessages(commonMessages, domainMessages, dashboardMessages, serviceTrendMessages),
)
