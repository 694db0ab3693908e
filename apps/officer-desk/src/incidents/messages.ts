import { commonMessages, createTranslator, defineMessages, domainMessages, mergeMessages } from '@platform/ui'
import { outreachMessages } from '../outreach/messages'

/** The incidents page: a community's monthly safety indicators and the form to record or correct a month. */
export const incidentMessages = defineMessages(
  {
    'incidents.title': '社区警情统计',
    'incidents.lead': '按月份和类型统计每个社区的警情；环比、同比由记录计算得出。',
    'incidents.station': '派出所',
    'incidents.community': '社区',
    'incidents.pickCommunity': '请选择一个社区查看其警情。',
    'incidents.readOnly': '录入和更正警情由社区警务队长或派出所所长负责；您可以查看统计。',
    'incidents.table': '{community}各月警情',
    'incidents.month': '月份',
    'incidents.type.theft': '盗窃类',
    'incidents.type.telecom_fraud': '电信诈骗',
    'incidents.type.burglary': '入室盗窃',
    'incidents.type.other': '其他',
    'incidents.count': '{count} 起',
    'incidents.mom': '环比 {value}',
    'incidents.yoy': '同比 {value}',
    'incidents.none': '该社区尚无警情记录。',
    'incidents.noBase': '环比：与上月相比；同比：与去年同月相比。“—”表示上月或去年同月没有警情，无法计算变化。',
    'incidents.showAll': '显示全部 {count} 个月',
    'incidents.form.title': '录入月度警情',
    'incidents.form.lead': '每个社区每月每类警情只录入一次；已录入的月份可以更正，原数字保留在审计记录中。',
    'incidents.form.month': '月份',
    'incidents.form.type': '类型',
    'incidents.form.count': '警情起数',
    'incidents.form.submit': '保存',
    'incidents.form.saved': '已保存：{month} {type} {count} 起。',
    'incidents.form.exists':
      '该社区 {month} 的{type}警情已有记录（{was}），不能重复录入。如需改为 {count} 起，请点击“更正该月数据”。',
    'incidents.form.correct': '更正该月数据',
    'incidents.form.corrected': '已更正：{month} {type} 改为 {count} 起。',
  },
  {
    'incidents.title': 'Incidents per community',
    'incidents.lead':
      "Each community's incidents by month and type; the month-on-month and year-on-year changes are computed from the records.",
    'incidents.station': 'Station',
    'incidents.community': 'Community',
    'incidents.pickCommunity': 'Choose a community to see its incidents.',
    'incidents.readOnly':
      'Team leaders and station heads record and correct incidents; your role can read the figures.',
    'incidents.table': 'Incidents of {community} by month',
    'incidents.month': 'Month',
    'incidents.type.theft': 'Theft-type',
    'incidents.type.telecom_fraud': 'Telecom fraud',
    'incidents.type.burglary': 'Burglary',
    'incidents.type.other': 'Other',
    'incidents.count': '{count}',
    'incidents.mom': 'MoM {value}',
    'incidents.yoy': 'YoY {value}',
    'incidents.none': 'No incident on record for this community.',
    'incidents.noBase':
      'MoM: change month on month; YoY: change year on year. "—": no incident the month before or a year before, so no change can be computed.',
    'incidents.showAll': 'Show all {count} months',
    'incidents.form.title': "Record a month's incidents",
    'incidents.form.lead':
      'Each community, month and type is recorded once; a recorded month can be corrected, and the audit keeps the old number.',
    'incidents.form.month': 'Month',
    'incidents.form.type': 'Type',
    'incidents.form.count': 'Number of incidents',
    'incidents.form.submit': 'Save',
    'incidents.form.saved': 'Saved: {month}, {type}, {count}.',
    'incidents.form.exists':
      '{type} for {month} is already on record for this community ({was}) and cannot be recorded twice. To change it to {count}, choose "Correct the recorded month".',
    'incidents.form.correct': 'Correct the recorded month',
    'incidents.form.corrected': 'Corrected: {month}, {type}, now {count}.',
  },
)

/** The incidents page's `t()`, with the entry forms' words of the outreach page. */
export const ti = createTranslator(mergeMessages(commonMessages, domainMessages, outreachMessages, incidentMessages))
